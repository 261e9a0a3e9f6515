import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabels } from '@retention/ui';
import type { CampaignDetailQuery as CampaignDetailData } from './gql/graphql';
import { formatPercent } from './percent';
import './messages';

type Entry = CampaignDetailData['campaign']['audit'][number];

const FRACTIONS = new Set(['controlShare', 'targetUptake', 'targetChurnReduction']);

/** A changed value as a planner reads it: fractions as %, lists joined, labels for codes. */
function useFormatValue() {
  const { t } = useTranslation();
  const { label, branch } = useLabels();
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (FRACTIONS.has(field) && typeof value === 'number') return formatPercent(value);
    if (field === 'kind' && typeof value === 'string') return label('campaignKind', value);
    if (field === 'channels' && Array.isArray(value)) return value.map((v) => label('channel', String(v))).join('、');
    if (field === 'executingBranchCodes' && Array.isArray(value)) return value.length >= 21 ? t('campaigns:allBranches') : value.map((v) => branch(String(v))).join('、');
    if (field === 'targetSegmentKey' && typeof value === 'string') return label('segmentKey', value);
    if (field === 'offerTiers' && Array.isArray(value)) return value.map((v) => (v as { code?: string; name?: string }).code ?? '').join('、') || '—';
    if (typeof value === 'boolean') return value ? t('campaigns:yes') : t('campaigns:no');
    if (typeof value === 'object') return JSON.stringify(value).slice(0, 160);
    return String(value).slice(0, 300);
  };
}

/** Every transition and edit of a campaign: who, when, from, to, what changed. */
export function AuditJournal({ entries }: { entries: Entry[] }) {
  const { t, i18n } = useTranslation();
  const { label } = useLabels();
  const format = useFormatValue();
  return (
    <Table
      size="small" rowKey="id" pagination={{ pageSize: 10, hideOnSinglePage: true }} data-testid="audit-journal"
      dataSource={entries}
      locale={{ emptyText: t('campaigns:audit.empty') }}
      columns={[
        { title: t('campaigns:audit.at'), dataIndex: 'at', width: 170, render: (at: string) => new Date(at).toLocaleString(i18n.language) },
        { title: t('campaigns:audit.actor'), dataIndex: 'actor', width: 120 },
        { title: t('campaigns:audit.action'), dataIndex: 'action', width: 110, render: (a: string) => <Tag>{label('campaignAuditAction', a)}</Tag> },
        {
          title: t('campaigns:audit.transition'), key: 'transition', width: 180,
          render: (_, e) => (e.fromStatus === e.toStatus || !e.toStatus ? (e.toStatus ? label('campaignStatus', e.toStatus) : '—') : `${e.fromStatus ? label('campaignStatus', e.fromStatus) : '∅'} → ${label('campaignStatus', e.toStatus)}`),
        },
        {
          title: t('campaigns:audit.changes'), key: 'changes',
          render: (_, e) => (
            <>
              {e.changes.map((c) => (
                <div key={c.field} data-testid={`audit-change-${c.field}`}>
                  <Typography.Text strong>{t(`campaigns:field.${c.field}`, { defaultValue: c.field })}</Typography.Text>：{format(c.field, c.from)} → {format(c.field, c.to)}
                </div>
              ))}
              {e.comment && <Typography.Text type="secondary" data-testid="audit-comment">{t('campaigns:audit.comment')}：{e.comment}</Typography.Text>}
            </>
          ),
        },
      ]}
    />
  );
}
