import { useState, type ReactNode } from 'react';
import { Button, Empty, Input, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { LABELS } from '@retention/domain';
import { QueryState, useLabels } from '@retention/ui';
import { STATUS_COLORS } from './campaign-status';
import { graphql } from './gql';
import type { CampaignKind, CampaignLevel, CampaignListQuery as CampaignListData, CampaignStatus } from './gql/graphql';
import { formatPercent } from './percent';
import './messages';

export const CampaignListQuery = graphql(`
  query CampaignList($filter: CampaignFilterInput) {
    campaigns(filter: $filter) {
      id name kind level status version ownerBranchCode executingBranchCodes startDate endDate controlShare priorityWeight updatedAt submittedAt publishedAt createdBy
    }
  }
`);

// New drafts are Campaigns: the list refetches after any mutation returning one (named here in case the list held none).
const listContext = { additionalTypenames: ['Campaign'] };

export type CampaignRow = CampaignListData['campaigns'][number];

const STATUSES = Object.keys(LABELS.campaignStatus) as CampaignStatus[];
const KINDS = Object.keys(LABELS.campaignKind) as CampaignKind[];
const LEVELS = Object.keys(LABELS.campaignLevel) as CampaignLevel[];

export interface CampaignTableProps {
  onOpen: (id: string) => void;
  /** Fixed statuses (the approval queue: PENDING_APPROVAL); the status filter is hidden then. */
  statuses?: CampaignStatus[];
  /** Campaigns a branch owns or executes. */
  branchCode?: string;
  /** What to do when there is nothing to show. */
  emptyText: ReactNode;
  /** Extra buttons above the table (e.g. "new campaign"). */
  toolbar?: ReactNode;
  /** Extra columns (e.g. the branch's list status). */
  extraColumns?: NonNullable<Parameters<typeof Table<CampaignRow>>[0]['columns']>;
  testId?: string;
}

/** Campaigns with status, kind and level filters, a name search and sortable columns. */
export function CampaignTable({ onOpen, statuses, branchCode, emptyText, toolbar, extraColumns = [], testId = 'campaign-table' }: CampaignTableProps) {
  const { t, i18n } = useTranslation();
  const { label, branch } = useLabels();
  const [status, setStatus] = useState<CampaignStatus[]>([]);
  const [kind, setKind] = useState<CampaignKind | null>(null);
  const [level, setLevel] = useState<CampaignLevel | null>(null);
  const [search, setSearch] = useState('');
  const filter = { status: statuses ?? (status.length ? status : null), kind, level, branchCode: branchCode ?? null, search: search.trim() || null };
  const [{ data, fetching, error }] = useQuery({ query: CampaignListQuery, variables: { filter }, context: listContext });
  const rows = data?.campaigns ?? [];
  const filtered = Boolean(status.length || kind || level || search.trim());
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={testId}>
      <Space wrap>
        {!statuses && (
          <Select mode="multiple" allowClear style={{ minWidth: 200 }} placeholder={t('campaigns:filter.status')} value={status} onChange={setStatus} data-testid="filter-status"
            options={STATUSES.map((s) => ({ value: s, label: label('campaignStatus', s) }))} />
        )}
        <Select allowClear style={{ width: 150 }} placeholder={t('campaigns:filter.kind')} value={kind} onChange={(v) => setKind(v ?? null)} data-testid="filter-kind"
          options={KINDS.map((k) => ({ value: k, label: label('campaignKind', k) }))} />
        <Select allowClear style={{ width: 130 }} placeholder={t('campaigns:filter.level')} value={level} onChange={(v) => setLevel(v ?? null)} data-testid="filter-level"
          options={LEVELS.map((l) => ({ value: l, label: label('campaignLevel', l) }))} />
        <Input.Search allowClear style={{ width: 220 }} placeholder={t('campaigns:filter.search')} onSearch={setSearch} data-testid="filter-search" />
        {toolbar}
      </Space>
      <QueryState fetching={fetching} error={error} empty={false}>
        <Table<CampaignRow>
          rowKey="id" size="small" loading={fetching && !data} pagination={{ pageSize: 15, hideOnSinglePage: true }}
          dataSource={rows}
          onRow={(r) => ({ onClick: () => onOpen(r.id), style: { cursor: 'pointer' } })}
          locale={{ emptyText: <Empty description={filtered ? t('campaigns:filter.noMatch') : emptyText} /> }}
          columns={[
            { title: t('campaigns:field.name'), dataIndex: 'name', sorter: (a, b) => a.name.localeCompare(b.name, i18n.language), render: (n: string, r) => <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(r.id)} data-testid={`open-campaign-${r.id}`}>{n}</Button> },
            { title: t('campaigns:field.kind'), dataIndex: 'kind', render: (k: string) => label('campaignKind', k), sorter: (a, b) => a.kind.localeCompare(b.kind) },
            { title: t('campaigns:field.level'), dataIndex: 'level', render: (l: string, r) => `${label('campaignLevel', l)}${r.ownerBranchCode ? ` · ${branch(r.ownerBranchCode)}` : ''}` },
            { title: t('campaigns:field.executingBranches'), dataIndex: 'executingBranchCodes', render: (codes: string[]) => (codes.length >= 21 ? t('campaigns:allBranches') : codes.map((c) => branch(c)).join('、')), ellipsis: true },
            { title: t('campaigns:field.window'), key: 'window', render: (_, r) => `${r.startDate ?? '—'} ~ ${r.endDate ?? '—'}`, sorter: (a, b) => (a.startDate ?? '').localeCompare(b.startDate ?? '') },
            { title: t('campaigns:field.controlShare'), dataIndex: 'controlShare', align: 'right', render: (v: number) => formatPercent(v) },
            { title: t('campaigns:field.priorityWeight'), dataIndex: 'priorityWeight', align: 'right', sorter: (a, b) => a.priorityWeight - b.priorityWeight },
            { title: t('campaigns:field.status'), dataIndex: 'status', render: (s: CampaignStatus) => <Tag color={STATUS_COLORS[s]}>{label('campaignStatus', s)}</Tag>, sorter: (a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) },
            { title: t('campaigns:field.updatedAt'), dataIndex: 'updatedAt', render: (v: string) => new Date(v).toLocaleDateString(i18n.language), sorter: (a, b) => a.updatedAt.localeCompare(b.updatedAt), defaultSortOrder: 'descend' },
            ...extraColumns,
          ]}
        />
      </QueryState>
    </Space>
  );
}
