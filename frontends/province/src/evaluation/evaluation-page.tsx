import { useState } from 'react';
import { Badge, Button, Card, Input, List, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { exportFileName, exportToExcel } from '@retention/segment-views';
import { QueryState } from '@retention/ui';
import { graphql } from '../gql';
import type { EvaluationStatus } from '../gql/graphql';
import { CampaignResults } from './campaign-results';
import { branchName } from './figures';
import { ReportDetail, ReportPrintPage } from './report-detail';
import { ReviewActions } from './review-actions';
import './evaluation-messages';

export const EvaluationReportsQuery = graphql(`
  query EvaluationReports {
    evaluationReports { id status version month tags updatedAt sharedPractice branchCode branch { code name nameEn } campaign { id name kind } }
  }
`);

export const ReviewQueueQuery = graphql(`
  query ReviewQueue {
    evaluationReviewQueue { id status version month campaignName campaignKind branchCode submittedAt sharedPractice tags }
  }
`);

export const SharedPracticesQuery = graphql(`
  query ProvinceSharedPractices($filter: SharedPracticeFilter) {
    sharedPractices(filter: $filter) { id status version month campaignName campaignKind branchCode tags retentionClasses whatWorked sharedAt sharedPractice }
  }
`);

export const EvaluationNoticesQuery = graphql(`
  query ProvinceEvaluationNotices {
    evaluationNotifications(first: 30) { id kind campaignName branchCode month comment actorName createdAt read }
    unreadEvaluationNotificationCount
  }
`);

export const MarkNoticesReadMutation = graphql(`
  mutation ProvinceMarkNoticesRead {
    markEvaluationNotificationsRead
  }
`);

const REFRESH = { additionalTypenames: ['EvaluationReport'] };
const KINDS = ['TENURE', 'TERMINAL', 'DEPOSIT_GIFT', 'PLAN_MIGRATION', 'SERVICE_PUSH', 'CARE'];
const CLASSES = ['IMPORTANT', 'ORDINARY', 'IRREGULAR', 'CHURN_RISK'];

/** Post-evaluation for the province: the tabs, and a report's printable page. */
export function EvaluationPage() {
  return (
    <Routes>
      <Route path="reports/:id/print" element={<ReportPrintPage />} />
      <Route path="*" element={<EvaluationTabs />} />
    </Routes>
  );
}

/** Every report, the review queue, campaign results side by side, shared practice, notices. */
function EvaluationTabs() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const [notices] = useQuery({ query: EvaluationNoticesQuery, context: REFRESH });
  const unread = notices.data?.unreadEvaluationNotificationCount ?? 0;
  return (
    <Card size="small" title={t('province:reports')}>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'reports', label: t('evaluation:tabs.reports'), children: <AllReports onOpen={setOpen} /> },
          { key: 'queue', label: t('evaluation:tabs.queue'), children: <ReviewQueue onOpen={setOpen} /> },
          { key: 'results', label: t('evaluation:tabs.results'), children: <CampaignResults /> },
          { key: 'shared', label: t('evaluation:tabs.shared'), children: <SharedPractices onOpen={setOpen} /> },
          { key: 'notices', label: <Badge count={unread} size="small" offset={[8, 0]}>{t('evaluation:tabs.notices')}</Badge>, children: <Notices /> },
        ]}
      />
      <ReportDetail id={open} onClose={() => setOpen(null)} extra={(report) => <ReviewActions report={report} />} />
    </Card>
  );
}

function AllReports({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: EvaluationReportsQuery, context: REFRESH });
  const reports = data?.evaluationReports ?? [];
  const branchOf = (r: (typeof reports)[number]) => (r.branch ? (i18n.language === 'en' ? r.branch.nameEn : r.branch.name) : t('evaluation:report.province'));
  return (
    <QueryState fetching={fetching} error={error} empty={reports.length === 0}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Button
          size="small"
          onClick={() =>
            void exportToExcel(exportFileName(t('evaluation:tabs.reports')), t('evaluation:tabs.reports'), [
              { title: t('evaluation:col.branch'), value: branchOf },
              { title: t('evaluation:col.campaign'), value: (r) => r.campaign?.name ?? '' },
              { title: t('evaluation:col.month'), value: (r) => r.month },
              { title: t('evaluation:col.status'), value: (r) => t(`evaluationStatus.${r.status}`) },
              { title: t('evaluation:col.shared'), value: (r) => (r.sharedPractice ? '✓' : '') },
              { title: t('evaluation:col.tags'), value: (r) => r.tags.join(', ') },
              { title: t('evaluation:col.updated'), value: (r) => new Date(r.updatedAt).toISOString().slice(0, 10) },
            ], reports)
          }
        >
          {t('evaluation:actions.export')}
        </Button>
        <Table
          rowKey="id"
          size="small"
          dataSource={reports}
          data-testid="all-reports"
          columns={[
            { title: t('province:col.branch'), key: 'branch', render: (_, r) => branchOf(r) },
            { title: t('province:col.campaign'), key: 'campaign', render: (_, r) => r.campaign?.name ?? '—' },
            { title: t('evaluation:col.month'), dataIndex: 'month' },
            { title: t('province:col.status'), dataIndex: 'status', render: (s: EvaluationStatus) => <Tag>{t(`evaluationStatus.${s}`)}</Tag> },
            { title: t('province:col.shared'), dataIndex: 'sharedPractice', render: (v: boolean) => (v ? '✓' : '') },
            { title: t('province:col.updated'), dataIndex: 'updatedAt', render: (d: string) => new Date(d).toLocaleDateString(i18n.language) },
            {
              title: t('evaluation:col.actions'),
              key: 'actions',
              render: (_, r) => (
                <Space>
                  <Button size="small" type="link" onClick={() => onOpen(r.id)}>
                    {t('evaluation:actions.view')}
                  </Button>
                  <ReviewActions report={r} />
                </Space>
              ),
            },
          ]}
        />
      </Space>
    </QueryState>
  );
}

function ReviewQueue({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ReviewQueueQuery, context: REFRESH, requestPolicy: 'cache-and-network' });
  const queue = data?.evaluationReviewQueue ?? [];
  return (
    <QueryState fetching={fetching} error={error} empty={queue.length === 0} emptyText={t('evaluation:review.empty')}>
      <Button
        size="small"
        style={{ marginBottom: 8 }}
        onClick={() =>
          void exportToExcel(exportFileName(t('evaluation:tabs.queue')), t('evaluation:tabs.queue'), [
            { title: t('evaluation:col.campaign'), value: (r) => r.campaignName ?? '' },
            { title: t('evaluation:col.branch'), value: (r) => branchName(r.branchCode, i18n.language, t('evaluation:report.province')) },
            { title: t('evaluation:col.month'), value: (r) => r.month },
            { title: t('evaluation:col.submittedAt'), value: (r) => (r.submittedAt ? new Date(r.submittedAt).toISOString().slice(0, 16).replace('T', ' ') : '') },
          ], queue)
        }
      >
        {t('evaluation:actions.export')}
      </Button>
      <Table
        rowKey="id"
        size="small"
        dataSource={queue}
        data-testid="review-queue"
        columns={[
          { title: t('evaluation:col.campaign'), dataIndex: 'campaignName' },
          { title: t('evaluation:col.branch'), key: 'b', render: (_, r) => branchName(r.branchCode, i18n.language, t('evaluation:report.province')) },
          { title: t('evaluation:col.month'), dataIndex: 'month' },
          { title: t('evaluation:col.submittedAt'), dataIndex: 'submittedAt', render: (d: string | null) => (d ? new Date(d).toLocaleString(i18n.language) : '—') },
          {
            title: t('evaluation:col.actions'),
            key: 'a',
            render: (_, r) => (
              <Space>
                <Button size="small" type="link" onClick={() => onOpen(r.id)}>
                  {t('evaluation:actions.view')}
                </Button>
                <ReviewActions report={r} onDone={() => refetch({ requestPolicy: 'network-only' })} />
              </Space>
            ),
          },
        ]}
      />
    </QueryState>
  );
}

/** Shared good practice, searchable by kind, class, tag and words (the branch app has the same page). */
export function SharedPractices({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<{ kind?: string; retentionClass?: string; tag?: string; text?: string }>({});
  const [draft, setDraft] = useState(filter);
  const [{ data, fetching, error }] = useQuery({ query: SharedPracticesQuery, variables: { filter }, context: REFRESH });
  const rows = data?.sharedPractices ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select allowClear style={{ width: 160 }} placeholder={t('evaluation:filter.kind')} value={draft.kind} onChange={(kind) => setDraft({ ...draft, kind })} options={KINDS.map((k) => ({ value: k, label: t(`campaignKind.${k}`) }))} />
        <Select allowClear style={{ width: 160 }} placeholder={t('evaluation:filter.class')} value={draft.retentionClass} onChange={(retentionClass) => setDraft({ ...draft, retentionClass })} options={CLASSES.map((c) => ({ value: c, label: t(`labels.retentionClass.${c}`) }))} />
        <Input style={{ width: 140 }} placeholder={t('evaluation:filter.tag')} value={draft.tag} onChange={(e) => setDraft({ ...draft, tag: e.target.value || undefined })} />
        <Input style={{ width: 200 }} placeholder={t('evaluation:filter.text')} value={draft.text} onChange={(e) => setDraft({ ...draft, text: e.target.value || undefined })} />
        <Button type="primary" onClick={() => setFilter(draft)}>
          {t('evaluation:filter.search')}
        </Button>
        <Button
          disabled={rows.length === 0}
          onClick={() =>
            void exportToExcel(exportFileName(t('evaluation:tabs.shared')), t('evaluation:tabs.shared'), [
              { title: t('evaluation:col.campaign'), value: (r) => r.campaignName ?? '' },
              { title: t('evaluation:col.kind'), value: (r) => (r.campaignKind ? t(`campaignKind.${r.campaignKind}`) : '') },
              { title: t('evaluation:col.branch'), value: (r) => branchName(r.branchCode, i18n.language, t('evaluation:report.province')) },
              { title: t('evaluation:col.month'), value: (r) => r.month },
              { title: t('evaluation:report.whatWorked'), value: (r) => r.whatWorked },
              { title: t('evaluation:col.tags'), value: (r) => r.tags.join(', ') },
              { title: t('evaluation:col.classes'), value: (r) => r.retentionClasses.map((c) => t(`labels.retentionClass.${c}`)).join(', ') },
            ], rows)
          }
        >
          {t('evaluation:actions.export')}
        </Button>
      </Space>
      <QueryState fetching={fetching} error={error} empty={rows.length === 0}>
        <List
          data-testid="province-shared-practices"
          dataSource={rows}
          renderItem={(r) => (
            <List.Item actions={[<Button key="v" size="small" type="link" onClick={() => onOpen(r.id)}>{t('evaluation:actions.view')}</Button>]}>
              <List.Item.Meta
                title={
                  <Space>
                    {r.campaignName}
                    <Tag>{r.campaignKind ? t(`campaignKind.${r.campaignKind}`) : ''}</Tag>
                    <span>{branchName(r.branchCode, i18n.language, t('evaluation:report.province'))}</span>
                    <span>{r.month}</span>
                  </Space>
                }
                description={
                  <>
                    <Typography.Paragraph ellipsis={{ rows: 2 }}>{r.whatWorked}</Typography.Paragraph>
                    {r.tags.map((tag) => (
                      <Tag key={tag}>{tag}</Tag>
                    ))}
                    {r.retentionClasses.map((c) => (
                      <Tag key={c} color="blue">
                        {t(`labels.retentionClass.${c}`)}
                      </Tag>
                    ))}
                  </>
                }
              />
            </List.Item>
          )}
        />
      </QueryState>
    </Space>
  );
}

function Notices() {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: EvaluationNoticesQuery, context: REFRESH });
  const [, markRead] = useMutation(MarkNoticesReadMutation);
  const rows = data?.evaluationNotifications ?? [];
  return (
    <QueryState fetching={fetching} error={error} empty={rows.length === 0}>
      <Button size="small" onClick={async () => { await markRead({}); refetch({ requestPolicy: 'network-only' }); }}>
        {t('evaluation:actions.markRead')}
      </Button>
      <List
        dataSource={rows}
        renderItem={(n) => (
          <List.Item>
            <Typography.Text strong={!n.read}>
              {t(`evaluation:notice.${n.kind}`, { branch: branchName(n.branchCode, i18n.language, t('evaluation:report.province')), campaign: n.campaignName ?? '', comment: n.comment ?? '' })}
            </Typography.Text>
            <Typography.Text type="secondary">{new Date(n.createdAt).toLocaleString(i18n.language)}</Typography.Text>
          </List.Item>
        )}
      />
    </QueryState>
  );
}
