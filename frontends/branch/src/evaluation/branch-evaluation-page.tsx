import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Card, Col, Descriptions, Input, List, Row, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { exportFileName, exportToExcel } from '@retention/segment-views';
import { exportSheets, sheet } from './export-sheets';
import { QueryState, useSession } from '@retention/ui';
import { graphql } from '../gql';
import type { BranchCampaignEvaluationQuery } from '../gql/graphql';
import { interval, num, pct, permille, pp, yuan } from './format';
import { ReportForm } from './report-form';
import './evaluation-messages';

export const branchEvaluationCampaignsQuery = graphql(`
  query BranchEvaluationCampaigns {
    campaigns { id name kind level status }
  }
`);

export const branchCampaignEvaluationQuery = graphql(`
  query BranchCampaignEvaluation($id: ID!, $branchCode: String, $month: String) {
    campaign(id: $id) {
      id
      name
      evaluation(branchCode: $branchCode, month: $month) {
        branchCode month startMonth afterWindowEnd provisional listSize controlSize treatedSize contacted reached accepted uptake
        churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh
        validComplaintRate complaintAlert cost incrementalRevenue roi power underpowered controlContacted
        strata: breakdown(by: STRATUM) { key noControl listSize controlSize contacted accepted uptake churnReduction churnReductionCiLow churnReductionCiHigh arpuDid validComplaintRate }
        tenure: breakdown(by: TENURE_BAND) { key noControl listSize controlSize contacted accepted uptake churnReduction churnReductionCiLow churnReductionCiHigh arpuDid validComplaintRate }
        channels: breakdown(by: CHANNEL) { key contacted reached accepted uptake validComplaintRate cost }
        managers { agentId displayName contacted accepted uptake }
      }
    }
  }
`);

export const branchReportsQuery = graphql(`
  query BranchEvaluationReports($campaignId: ID) {
    evaluationReports(campaignId: $campaignId) {
      id status version month branchCode whatWorked problems customerFeedback suggestions nextActions tags retentionClasses reviewerComment submittedAt
    }
  }
`);

export const branchSharedPracticesQuery = graphql(`
  query BranchSharedPractices($filter: SharedPracticeFilter) {
    sharedPractices(filter: $filter) { id month campaignName campaignKind branchCode tags retentionClasses whatWorked problems suggestions }
  }
`);

export const branchNoticesQuery = graphql(`
  query BranchEvaluationNotices {
    evaluationNotifications(first: 30) { id kind campaignName month comment createdAt read }
    unreadEvaluationNotificationCount
  }
`);

export const branchMarkNoticesReadMutation = graphql(`
  mutation BranchMarkNoticesRead {
    markEvaluationNotificationsRead
  }
`);

const REFRESH = { additionalTypenames: ['EvaluationReport'] };
const KINDS = ['TENURE', 'TERMINAL', 'DEPOSIT_GIFT', 'PLAN_MIGRATION', 'SERVICE_PUSH', 'CARE'];
const CLASSES = ['IMPORTANT', 'ORDINARY', 'IRREGULAR', 'CHURN_RISK'];

type Evaluation = NonNullable<BranchCampaignEvaluationQuery['campaign']['evaluation']>;

/** The unread count for the menu badge. */
export function useUnreadEvaluationNotices(pause = false): number {
  const [{ data }] = useQuery({ query: branchNoticesQuery, context: REFRESH, pause });
  return data?.unreadEvaluationNotificationCount ?? 0;
}

/** A branch's post-evaluation: its own results per campaign, its reports, shared practice, notices. */
export function BranchEvaluationPage() {
  const { t } = useTranslation();
  const unread = useUnreadEvaluationNotices();
  return (
    <Card size="small">
      <Tabs
        destroyOnHidden
        items={[
          { key: 'results', label: t('branchEvaluation:tabs.results'), children: <ResultsAndReport /> },
          { key: 'shared', label: t('branchEvaluation:tabs.shared'), children: <SharedPracticesList /> },
          { key: 'notices', label: <Badge count={unread} size="small" offset={[8, 0]}>{t('branchEvaluation:tabs.notices')}</Badge>, children: <Notices /> },
        ]}
      />
    </Card>
  );
}

function ResultsAndReport() {
  const { t } = useTranslation();
  const branchCode = useSession().user?.branch?.code ?? '';
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const [month, setMonth] = useState('');
  const validMonth = /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : null;
  const [campaigns] = useQuery({ query: branchEvaluationCampaignsQuery });
  const [{ data, fetching, error }] = useQuery({ query: branchCampaignEvaluationQuery, variables: { id: campaignId ?? '', branchCode, month: validMonth }, pause: !campaignId });
  const [reports, refetchReports] = useQuery({ query: branchReportsQuery, variables: { campaignId }, pause: !campaignId, context: REFRESH });
  const evaluation = data?.campaign.evaluation ?? null;
  const report = useMemo(
    () => (reports.data?.evaluationReports ?? []).find((r) => r.branchCode === branchCode && r.month === evaluation?.month) ?? null,
    [reports.data, branchCode, evaluation?.month],
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          style={{ minWidth: 280 }}
          placeholder={t('branchEvaluation:pickCampaign')}
          value={campaignId ?? undefined}
          onChange={setCampaignId}
          options={(campaigns.data?.campaigns ?? []).filter((c) => c.status !== 'DRAFT').map((c) => ({ value: c.id, label: c.name }))}
          data-testid="branch-eval-campaign"
          showSearch
          optionFilterProp="label"
        />
        <Input style={{ width: 240 }} addonBefore={t('branchEvaluation:month')} placeholder={t('branchEvaluation:latest')} value={month} onChange={(e) => setMonth(e.target.value.trim())} />
      </Space>
      {campaignId && (
        <QueryState fetching={fetching} error={error} empty={!evaluation} emptyText={t('branchEvaluation:noResults')}>
          {evaluation && (
            <Row gutter={16}>
              <Col xs={24} xl={14}>
                <Results evaluation={evaluation} name={data?.campaign.name ?? ''} />
              </Col>
              <Col xs={24} xl={10}>
                <Card size="small" title={`${t('branchEvaluation:report.title')} · ${evaluation.month}`}>
                  <ReportForm campaignId={campaignId} branchCode={branchCode} month={evaluation.month} report={report} onChanged={() => refetchReports({ requestPolicy: 'network-only' })} />
                </Card>
              </Col>
            </Row>
          )}
        </QueryState>
      )}
    </Space>
  );
}

function Results({ evaluation: e, name }: { evaluation: Evaluation; name: string }) {
  const { t } = useTranslation();
  const f = (k: string) => t(`branchEvaluation:figure.${k}`);
  const breakdownColumns = (label: (key: string) => string) => [
    { title: '', key: 'k', render: (_: unknown, r: { key: string; noControl: boolean }) => (<>{label(r.key)} {r.noControl && <Tag>{t('branchEvaluation:noControl')}</Tag>}</>) },
    { title: f('listSize'), dataIndex: 'listSize' },
    { title: f('controlSize'), dataIndex: 'controlSize' },
    { title: f('uptake'), dataIndex: 'uptake', render: (v: number | null) => pct(v) },
    { title: f('churnReduction'), key: 'c', render: (_: unknown, r: { churnReduction?: number | null; churnReductionCiLow?: number | null; churnReductionCiHigh?: number | null }) => `${pp(r.churnReduction)}${interval(r.churnReductionCiLow, r.churnReductionCiHigh, pp)}` },
    { title: f('arpuDid'), dataIndex: 'arpuDid', render: (v: number | null) => num(v) },
    { title: f('validComplaintRate'), dataIndex: 'validComplaintRate', render: (v: number | null) => permille(v) },
  ];
  const summary: [string, string][] = [
    [f('listSize'), `${e.listSize} (${f('controlSize')} ${e.controlSize})`],
    [f('uptake'), `${pct(e.uptake)} (${e.accepted}/${e.contacted})`],
    [f('churnTreated'), pct(e.churnTreated)],
    [f('churnControl'), pct(e.churnControl)],
    [f('churnReduction'), `${pp(e.churnReduction)}${interval(e.churnReductionCiLow, e.churnReductionCiHigh, pp)}`],
    [f('pValue'), num(e.pValue, 3)],
    [f('arpuDid'), `${num(e.arpuDid)}${interval(e.arpuDidCiLow, e.arpuDidCiHigh, (v) => num(v))}`],
    [f('validComplaintRate'), permille(e.validComplaintRate)],
    [f('cost'), yuan(e.cost)],
    [f('incrementalRevenue'), yuan(e.incrementalRevenue)],
    [f('roi'), pct(e.roi)],
    [f('power'), pct(e.power)],
  ];
  type Row = Evaluation['strata'][number] | Evaluation['tenure'][number];
  const breakdownSheet = (title: string, label: (key: string) => string, rows: Row[]) =>
    sheet<Row>(title, [
      { title, value: (r) => `${label(r.key)}${r.noControl ? ` (${t('branchEvaluation:noControl')})` : ''}` },
      { title: f('listSize'), value: (r) => r.listSize ?? null, format: 'integer' },
      { title: f('controlSize'), value: (r) => r.controlSize ?? null, format: 'integer' },
      { title: f('contacted'), value: (r) => r.contacted, format: 'integer' },
      { title: f('accepted'), value: (r) => r.accepted, format: 'integer' },
      { title: f('uptake'), value: (r) => r.uptake ?? null, format: 'percent' },
      { title: f('churnReduction'), value: (r) => r.churnReduction ?? null, format: 'percent' },
      { title: `${f('churnReduction')} −`, value: (r) => r.churnReductionCiLow ?? null, format: 'percent' },
      { title: `${f('churnReduction')} +`, value: (r) => r.churnReductionCiHigh ?? null, format: 'percent' },
      { title: f('arpuDid'), value: (r) => r.arpuDid ?? null, format: 'decimal1' },
      { title: f('validComplaintRate'), value: (r) => r.validComplaintRate ?? null, format: 'percent' },
    ], rows);
  const exportResults = () =>
    exportSheets(exportFileName(name, e.branchCode, e.month), [
      sheet<[string, string]>(e.month, [{ title: '', value: (r) => r[0] }, { title: '', value: (r) => r[1] }], summary),
      breakdownSheet(f('stratum'), (k) => t(`labels.retentionClass.${k}`, { defaultValue: k }), e.strata),
      breakdownSheet(f('tenure'), (k) => t(`labels.tenureBand.${k}`, { defaultValue: k }), e.tenure),
      sheet<Evaluation['channels'][number]>(f('channel'), [
        { title: f('channel'), value: (r) => t(`labels.channel.${r.key}`, { defaultValue: r.key }) },
        { title: f('contacted'), value: (r) => r.contacted, format: 'integer' },
        { title: f('reached'), value: (r) => r.reached, format: 'integer' },
        { title: f('accepted'), value: (r) => r.accepted, format: 'integer' },
        { title: f('uptake'), value: (r) => r.uptake ?? null, format: 'percent' },
        { title: f('validComplaintRate'), value: (r) => r.validComplaintRate ?? null, format: 'percent' },
        { title: f('cost'), value: (r) => r.cost, format: 'decimal1' },
      ], e.channels),
      sheet<Evaluation['managers'][number]>(f('manager'), [
        { title: f('manager'), value: (r) => r.displayName ?? r.agentId },
        { title: f('contacted'), value: (r) => r.contacted, format: 'integer' },
        { title: f('accepted'), value: (r) => r.accepted, format: 'integer' },
        { title: f('uptake'), value: (r) => r.uptake ?? null, format: 'percent' },
      ], e.managers),
    ]);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="branch-results">
      {e.provisional && <Alert type="info" showIcon message={t('branchEvaluation:provisional')} />}
      {e.underpowered && <Alert type="warning" showIcon message={t('branchEvaluation:underpowered')} />}
      {e.complaintAlert && <Alert type="error" showIcon message={t('branchEvaluation:complaintAlert')} />}
      <Space>
        <Button size="small" onClick={() => void exportResults()} data-testid="branch-results-export">
          {t('branchEvaluation:export')}
        </Button>
        <Button size="small" onClick={() => window.print()}>
          {t('branchEvaluation:print')}
        </Button>
      </Space>
      <Descriptions size="small" bordered column={2} items={summary.map(([label, value]) => ({ key: label, label, children: value }))} />
      <Typography.Title level={5}>{f('stratum')}</Typography.Title>
      <Table rowKey="key" size="small" pagination={false} dataSource={e.strata} columns={breakdownColumns((k) => t(`labels.retentionClass.${k}`, { defaultValue: k }))} />
      <Typography.Title level={5}>{f('tenure')}</Typography.Title>
      <Table rowKey="key" size="small" pagination={false} dataSource={e.tenure} columns={breakdownColumns((k) => t(`labels.tenureBand.${k}`, { defaultValue: k }))} />
      <Typography.Title level={5}>{f('channel')}</Typography.Title>
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={e.channels}
        columns={[
          { title: f('channel'), dataIndex: 'key', render: (k: string) => t(`labels.channel.${k}`, { defaultValue: k }) },
          { title: f('contacted'), dataIndex: 'contacted' },
          { title: f('reached'), dataIndex: 'reached' },
          { title: f('accepted'), dataIndex: 'accepted' },
          { title: f('uptake'), dataIndex: 'uptake', render: (v: number | null) => pct(v) },
          { title: f('validComplaintRate'), dataIndex: 'validComplaintRate', render: (v: number | null) => permille(v) },
        ]}
      />
      <Typography.Title level={5}>{f('manager')}</Typography.Title>
      <Table
        rowKey="agentId"
        size="small"
        pagination={false}
        dataSource={e.managers}
        columns={[
          { title: f('manager'), key: 'n', render: (_, r) => r.displayName ?? r.agentId },
          { title: f('contacted'), dataIndex: 'contacted' },
          { title: f('accepted'), dataIndex: 'accepted' },
          { title: f('uptake'), dataIndex: 'uptake', render: (v: number | null) => pct(v) },
        ]}
      />
    </Space>
  );
}

/** Shared good practice from every branch, by kind, class, tag and words. */
export function SharedPracticesList() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<{ kind?: string; retentionClass?: string; tag?: string; text?: string }>({});
  const [draft, setDraft] = useState(filter);
  const [{ data, fetching, error }] = useQuery({ query: branchSharedPracticesQuery, variables: { filter }, context: REFRESH });
  const rows = data?.sharedPractices ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select allowClear style={{ width: 160 }} placeholder={t('branchEvaluation:filter.kind')} value={draft.kind} onChange={(kind) => setDraft({ ...draft, kind })} options={KINDS.map((k) => ({ value: k, label: t(`campaignKind.${k}`) }))} />
        <Select allowClear style={{ width: 160 }} placeholder={t('branchEvaluation:filter.class')} value={draft.retentionClass} onChange={(retentionClass) => setDraft({ ...draft, retentionClass })} options={CLASSES.map((c) => ({ value: c, label: t(`labels.retentionClass.${c}`) }))} />
        <Input style={{ width: 140 }} aria-label={t('branchEvaluation:filter.tag')} placeholder={t('branchEvaluation:filter.tag')} value={draft.tag} onChange={(e) => setDraft({ ...draft, tag: e.target.value || undefined })} />
        <Input style={{ width: 200 }} placeholder={t('branchEvaluation:filter.text')} value={draft.text} onChange={(e) => setDraft({ ...draft, text: e.target.value || undefined })} />
        <Button type="primary" onClick={() => setFilter(draft)}>
          {t('branchEvaluation:filter.search')}
        </Button>
        <Button
          disabled={rows.length === 0}
          onClick={() =>
            void exportToExcel(exportFileName(t('branchEvaluation:tabs.shared')), t('branchEvaluation:tabs.shared'), [
              { title: t('branchEvaluation:filter.kind'), value: (r) => (r.campaignKind ? t(`campaignKind.${r.campaignKind}`) : '') },
              { title: t('branchEvaluation:pickCampaign'), value: (r) => r.campaignName ?? '' },
              { title: t('branchEvaluation:branch'), value: (r) => r.branchCode ?? '' },
              { title: t('branchEvaluation:month'), value: (r) => r.month },
              { title: t('branchEvaluation:report.whatWorked'), value: (r) => r.whatWorked },
              { title: t('branchEvaluation:report.problems'), value: (r) => r.problems },
              { title: t('branchEvaluation:report.suggestions'), value: (r) => r.suggestions },
              { title: t('branchEvaluation:filter.tag'), value: (r) => r.tags.join(', ') },
            ], rows)
          }
        >
          {t('branchEvaluation:export')}
        </Button>
      </Space>
      <QueryState fetching={fetching} error={error} empty={rows.length === 0}>
        <List
          data-testid="shared-practices"
          dataSource={rows}
          renderItem={(r) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <Space>
                    {r.campaignName}
                    {r.campaignKind && <Tag>{t(`campaignKind.${r.campaignKind}`)}</Tag>}
                    <span>{r.branchCode}</span>
                    <span>{r.month}</span>
                  </Space>
                }
                description={
                  <>
                    <Typography.Paragraph>{r.whatWorked}</Typography.Paragraph>
                    {r.suggestions && <Typography.Paragraph type="secondary">{r.suggestions}</Typography.Paragraph>}
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
  const [{ data, fetching, error }, refetch] = useQuery({ query: branchNoticesQuery, context: REFRESH });
  const [, markRead] = useMutation(branchMarkNoticesReadMutation);
  const rows = data?.evaluationNotifications ?? [];
  return (
    <QueryState fetching={fetching} error={error} empty={rows.length === 0}>
      <Button size="small" onClick={async () => { await markRead({}); refetch({ requestPolicy: 'network-only' }); }}>
        {t('branchEvaluation:markRead')}
      </Button>
      <List
        dataSource={rows}
        renderItem={(n) => (
          <List.Item>
            <Typography.Text strong={!n.read}>{t(`branchEvaluation:notice.${n.kind}`, { campaign: n.campaignName ?? '', comment: n.comment ?? '' })}</Typography.Text>
            <Typography.Text type="secondary">{new Date(n.createdAt).toLocaleString(i18n.language)}</Typography.Text>
          </List.Item>
        )}
      />
    </QueryState>
  );
}
