import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Select, Space, Table, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery, type OperationResult } from 'urql';
import { BRANCH_CODES } from '@retention/domain';
import { exportFileName, exportToExcel } from '@retention/segment-views';
import { QueryState, serverErrorMessage, useLabels } from '@retention/ui';
import { graphql } from '../gql';
import type { MsisdnRevealFilter, MsisdnRevealLogQuery as LogData } from '../gql/graphql';
import './policy-messages';

export const MsisdnRevealLogQuery = graphql(`
  query MsisdnRevealLog($filter: MsisdnRevealFilter, $first: Int!, $after: String) {
    msisdnRevealLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id revealedAt userId user branchCode subscriberId campaignId campaignName taskId }
    }
  }
`);

export const MsisdnRevealUsersQuery = graphql(`
  query MsisdnRevealUsers($branchCode: String) { msisdnRevealUsers(branchCode: $branchCode) { userId user branchCode } }
`);

type Entry = LogData['msisdnRevealLog']['nodes'][number];
const PAGE = 50;
const EXPORT_PAGE = 1000;

/**
 * Issue 10 item 6: every reveal of a full number, for admins and province planners — by
 * branch, person, customer and days, paged by cursor, exported to Excel as filtered.
 */
export function RevealLogPage() {
  const { t, i18n } = useTranslation();
  const { branch } = useLabels();
  const client = useClient();
  const [draft, setDraft] = useState<MsisdnRevealFilter>({});
  const [filter, setFilter] = useState<MsisdnRevealFilter>({});
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [exporting, setExporting] = useState(false);
  const after = cursors[cursors.length - 1];
  const [{ data, fetching, error }] = useQuery({ query: MsisdnRevealLogQuery, variables: { filter, first: PAGE, after }, requestPolicy: 'cache-and-network' });
  const [{ data: users }] = useQuery({ query: MsisdnRevealUsersQuery, variables: { branchCode: draft.branchCode ?? null } });
  const log = data?.msisdnRevealLog;
  const apply = (next: MsisdnRevealFilter) => {
    const clean = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== null && v !== undefined && String(v).trim() !== '')) as MsisdnRevealFilter;
    setFilter(clean);
    setCursors([null]);
  };
  const at = (v: string) => new Date(v).toLocaleString(i18n.language);

  const exportAll = async () => {
    setExporting(true);
    try {
      const rows: Entry[] = [];
      let cursor: string | null = null;
      for (;;) {
        const res: OperationResult<LogData> = await client.query(MsisdnRevealLogQuery, { filter, first: EXPORT_PAGE, after: cursor }, { requestPolicy: 'network-only' }).toPromise();
        if (res.error || !res.data) throw new Error(serverErrorMessage(res.error, i18n.language));
        rows.push(...res.data.msisdnRevealLog.nodes);
        if (!res.data.msisdnRevealLog.pageInfo.hasNextPage) break;
        cursor = res.data.msisdnRevealLog.pageInfo.endCursor ?? null;
      }
      await exportToExcel(exportFileName(t('policy:reveals.file'), filter.branchCode ? branch(filter.branchCode) : null, filter.from, filter.to), t('policy:reveals.sheet'), [
        { title: t('policy:reveals.at'), value: (r) => at(r.revealedAt) },
        { title: t('policy:reveals.user'), value: (r) => r.user },
        { title: t('policy:reveals.branch'), value: (r) => branch(r.branchCode) },
        { title: t('policy:reveals.subscriber'), value: (r) => r.subscriberId },
        { title: t('policy:reveals.campaign'), value: (r) => r.campaignName ?? r.campaignId },
        { title: t('policy:reveals.task'), value: (r) => r.taskId },
      ], rows);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card size="small" title={t('policy:reveals.title')} data-testid="reveal-log">
      <Typography.Paragraph type="secondary">{t('policy:reveals.help')}</Typography.Paragraph>
      <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }} onFinish={() => apply(draft)}>
        <Form.Item label={t('policy:reveals.branch')}>
          <Select allowClear style={{ width: 140 }} placeholder={t('policy:reveals.allBranches')} value={draft.branchCode ?? undefined} data-testid="reveal-branch"
            onChange={(v?: string) => setDraft((d) => ({ ...d, branchCode: v ?? null, userId: null }))} options={BRANCH_CODES.map((c) => ({ value: c, label: `${branch(c)} ${c}` }))} showSearch optionFilterProp="label" />
        </Form.Item>
        <Form.Item label={t('policy:reveals.user')}>
          <Select allowClear style={{ width: 160 }} placeholder={t('policy:reveals.allUsers')} value={draft.userId ?? undefined} data-testid="reveal-user"
            onChange={(v?: string) => setDraft((d) => ({ ...d, userId: v ?? null }))} options={(users?.msisdnRevealUsers ?? []).map((u) => ({ value: u.userId, label: u.branchCode ? `${u.user}（${branch(u.branchCode)}）` : u.user }))} showSearch optionFilterProp="label" />
        </Form.Item>
        <Form.Item label={t('policy:reveals.subscriber')}>
          <Input style={{ width: 130 }} value={draft.subscriberId ?? ''} onChange={(e) => setDraft((d) => ({ ...d, subscriberId: e.target.value }))} data-testid="reveal-subscriber" />
        </Form.Item>
        <Form.Item label={t('policy:reveals.from')}>
          <Input type="date" value={draft.from ?? ''} onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))} data-testid="reveal-from" />
        </Form.Item>
        <Form.Item label={t('policy:reveals.to')}>
          <Input type="date" value={draft.to ?? ''} onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))} data-testid="reveal-to" />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" data-testid="reveal-search">{t('policy:reveals.search')}</Button>
            <Button onClick={() => { setDraft({}); apply({}); }}>{t('policy:reveals.reset')}</Button>
            <Button onClick={exportAll} loading={exporting} disabled={!log?.totalCount} data-testid="reveal-export">{t('policy:reveals.export')}</Button>
          </Space>
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon style={{ marginBottom: 8 }} message={serverErrorMessage(error, i18n.language)} data-testid="reveal-error" />}
      <QueryState fetching={fetching && !data} empty={false}>
        {log && <Typography.Text data-testid="reveal-total">{t('policy:reveals.total', { n: log.totalCount.toLocaleString() })}</Typography.Text>}
        <Table<Entry>
          size="small" rowKey="id" pagination={false} loading={fetching} dataSource={log?.nodes ?? []} style={{ marginTop: 8 }} data-testid="reveal-table"
          locale={{ emptyText: t('policy:reveals.empty') }}
          columns={[
            { title: t('policy:reveals.at'), dataIndex: 'revealedAt', width: 180, render: at },
            { title: t('policy:reveals.user'), dataIndex: 'user' },
            { title: t('policy:reveals.branch'), dataIndex: 'branchCode', render: (c: string) => branch(c) },
            { title: t('policy:reveals.subscriber'), dataIndex: 'subscriberId' },
            { title: t('policy:reveals.campaign'), key: 'campaign', render: (_, r) => r.campaignName ?? r.campaignId },
            { title: t('policy:reveals.task'), dataIndex: 'taskId', render: (id: string) => <Typography.Text code>{id.slice(0, 8)}</Typography.Text> },
          ]}
        />
      </QueryState>
      <Space style={{ marginTop: 8 }}>
        <Button size="small" disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))} data-testid="reveal-prev">{t('policy:reveals.prev')}</Button>
        <span>{t('policy:reveals.page', { n: cursors.length })}</span>
        <Button size="small" disabled={!log?.pageInfo.hasNextPage} onClick={() => setCursors((c) => [...c, log?.pageInfo.endCursor ?? null])} data-testid="reveal-next">{t('policy:reveals.next')}</Button>
      </Space>
    </Card>
  );
}

/** The admin page loads this module from the province remote (exposed as ./RevealLog). */
export default RevealLogPage;
