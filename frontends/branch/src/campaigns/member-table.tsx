import { useState } from 'react';
import { Alert, Button, Select, Space, Table, Tag, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery, type OperationResult } from 'urql';
import { LABELS } from '@retention/domain';
import { exportToExcel } from '@retention/segment-views';
import { QueryState, serverErrorMessage, useLabels } from '@retention/ui';
import { graphql } from '../gql';
import type { ListMembersQuery as ListMembersData, ListMemberStatus, SuppressionReason } from '../gql/graphql';
import './list-messages';

export const ListMembersQuery = graphql(`
  query ListMembers($id: ID!, $branchCode: String!, $first: Int!, $after: String, $status: ListMemberStatus, $reason: SuppressionReason, $stratum: String) {
    campaign(id: $id) {
      id
      targetList(branchCode: $branchCode) {
        branchCode
        members(first: $first, after: $after, status: $status, reason: $reason, stratum: $stratum) {
          totalCount
          pageInfo { endCursor hasNextPage }
          nodes { subscriberId msisdnMasked status reason stratum byCampaignId addedAt }
        }
      }
    }
  }
`);

type MemberPage = NonNullable<ListMembersData['campaign']['targetList']>['members'];

const STATUSES = Object.keys(LABELS.listMemberStatus) as ListMemberStatus[];
const REASONS = Object.keys(LABELS.suppressionReason) as SuppressionReason[];
const STRATA = Object.keys(LABELS.retentionClass);
const PAGE = 50;
const EXPORT_PAGE = 1000;
const STATUS_COLORS: Record<ListMemberStatus, string> = { TREATED: 'green', CONTROL: 'gold', SUPPRESSED: 'default' };

/** The list's members ordered by customer id, with filters, cursor paging and an Excel export (numbers masked: 138****1234). */
export function MemberTable({ campaignId, branchCode }: { campaignId: string; branchCode: string }) {
  const { t, i18n } = useTranslation();
  const { label, branch } = useLabels();
  const client = useClient();
  const [status, setStatus] = useState<ListMemberStatus | null>(null);
  const [reason, setReason] = useState<SuppressionReason | null>(null);
  const [stratum, setStratum] = useState<string | null>(null);
  // Cursors of the pages seen so far: [null] is the first page.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [exporting, setExporting] = useState(false);
  const filters = { status, reason, stratum };
  const after = cursors[cursors.length - 1];
  const [{ data, fetching, error }] = useQuery({ query: ListMembersQuery, variables: { id: campaignId, branchCode, first: PAGE, after, ...filters } });
  const members = data?.campaign.targetList?.members;
  const refilter = (patch: Partial<typeof filters>) => {
    if ('status' in patch) setStatus(patch.status ?? null);
    if ('reason' in patch) setReason(patch.reason ?? null);
    if ('stratum' in patch) setStratum(patch.stratum ?? null);
    setCursors([null]);
  };

  const exportAll = async () => {
    setExporting(true);
    try {
      const rows: MemberPage['nodes'] = [];
      let cursor: string | null = null;
      for (;;) {
        const res: OperationResult<ListMembersData> = await client.query(ListMembersQuery, { id: campaignId, branchCode, first: EXPORT_PAGE, after: cursor, ...filters }, { requestPolicy: 'network-only' }).toPromise();
        if (res.error || !res.data) throw new Error(serverErrorMessage(res.error, i18n.language));
        const page: MemberPage | undefined = res.data.campaign.targetList?.members;
        if (!page) break;
        rows.push(...page.nodes);
        if (!page.pageInfo.hasNextPage) break;
        cursor = page.pageInfo.endCursor ?? null;
      }
      await exportToExcel(`${t('branch:members.file')}-${branch(branchCode)}-${campaignId.slice(0, 8)}.xlsx`, t('branch:members.sheet'), [
        { title: t('branch:members.subscriber'), value: (r) => r.subscriberId },
        { title: t('listExec:members.msisdn'), value: (r) => r.msisdnMasked },
        { title: t('branch:members.status'), value: (r) => label('listMemberStatus', r.status) },
        { title: t('branch:members.reason'), value: (r) => (r.reason ? label('suppressionReason', r.reason) : '') },
        { title: t('branch:members.stratum'), value: (r) => (r.stratum ? label('retentionClass', r.stratum) : '') },
        { title: t('branch:members.byCampaign'), value: (r) => r.byCampaignId ?? '' },
        { title: t('branch:members.addedAt'), value: (r) => new Date(r.addedAt).toLocaleString(i18n.language) },
      ], rows);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="member-table">
      <Space wrap>
        <Select allowClear style={{ width: 140 }} placeholder={t('branch:members.status')} value={status} onChange={(v) => refilter({ status: v ?? null })} data-testid="member-status"
          options={STATUSES.map((s) => ({ value: s, label: label('listMemberStatus', s) }))} />
        <Select allowClear style={{ width: 240 }} placeholder={t('branch:members.reason')} value={reason} onChange={(v) => refilter({ reason: v ?? null })} data-testid="member-reason"
          options={REASONS.map((r) => ({ value: r, label: label('suppressionReason', r) }))} />
        <Select allowClear style={{ width: 160 }} placeholder={t('branch:members.stratum')} value={stratum} onChange={(v) => refilter({ stratum: v ?? null })} data-testid="member-stratum"
          options={STRATA.map((s) => ({ value: s, label: label('retentionClass', s) }))} />
        <Button onClick={exportAll} loading={exporting} disabled={!members?.totalCount} data-testid="member-export">{t('exportExcel')}</Button>
        {members && <span data-testid="member-total">{t('branch:members.total', { n: members.totalCount.toLocaleString() })}</span>}
      </Space>
      {error ? <Alert type="error" showIcon message={serverErrorMessage(error, i18n.language)} /> : null}
      <QueryState fetching={fetching} empty={false}>
        <Table
          size="small" rowKey="subscriberId" loading={fetching} pagination={false} dataSource={members?.nodes ?? []}
          locale={{ emptyText: t('branch:members.empty') }}
          columns={[
            { title: t('branch:members.subscriber'), dataIndex: 'subscriberId' },
            { title: t('listExec:members.msisdn'), dataIndex: 'msisdnMasked' },
            { title: t('branch:members.status'), dataIndex: 'status', render: (s: ListMemberStatus) => <Tag color={STATUS_COLORS[s]}>{label('listMemberStatus', s)}</Tag> },
            { title: t('branch:members.reason'), dataIndex: 'reason', render: (r: string | null) => (r ? label('suppressionReason', r) : '—') },
            { title: t('branch:members.stratum'), dataIndex: 'stratum', render: (s: string | null) => (s ? label('retentionClass', s) : '—') },
            { title: t('branch:members.byCampaign'), dataIndex: 'byCampaignId', render: (id: string | null) => (id ? <Tag>{id.slice(0, 8)}</Tag> : '—') },
            { title: t('branch:members.addedAt'), dataIndex: 'addedAt', render: (v: string) => new Date(v).toLocaleDateString(i18n.language) },
          ]}
        />
      </QueryState>
      <Space>
        <Button size="small" disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))} data-testid="member-prev">{t('branch:members.prev')}</Button>
        <span>{t('branch:members.page', { n: cursors.length })}</span>
        <Button size="small" disabled={!members?.pageInfo.hasNextPage} onClick={() => setCursors((c) => [...c, members?.pageInfo.endCursor ?? null])} data-testid="member-next">{t('branch:members.next')}</Button>
      </Space>
    </Space>
  );
}
