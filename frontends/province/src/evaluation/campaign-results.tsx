import { useMemo, useState } from 'react';
import { Alert, Button, Card, Input, Select, Space, Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Chart, exportFileName, type ExcelColumn } from '@retention/segment-views';
import { QueryState } from '@retention/ui';
import { exportSheets, sheet } from '../analyses/export-sheets';
import { graphql } from '../gql';
import type { CampaignResultsQuery } from '../gql/graphql';
import { CiWhiskers } from './ci-whiskers';
import { branchName, ciText, figureColumns, num, pct, permille, pp, yuan, type FigureRow } from './figures';
import './evaluation-messages';

export const evaluationCampaignsQuery = graphql(`
  query EvaluationCampaigns {
    campaigns { id name kind level status }
  }
`);

export const campaignResultsQuery = graphql(`
  query CampaignResults($id: ID!, $month: String) {
    campaign(id: $id) {
      id
      name
      pool: evaluation(month: $month) {
        branchCode month startMonth afterWindowEnd provisional listSize controlSize treatedSize contacted reached accepted uptake
        churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh
        validComplaintRate complaintAlert cost incrementalRevenue roi power underpowered controlContacted
        strata: breakdown(by: STRATUM) { key branchCode noControl listSize controlSize contacted reached accepted uptake churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid validComplaintRate cost }
        tenure: breakdown(by: TENURE_BAND) { key listSize controlSize contacted reached accepted uptake churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid validComplaintRate cost }
        channels: breakdown(by: CHANNEL) { key contacted reached accepted uptake validComplaintRate cost }
      }
      branchEvaluations(month: $month) {
        branchCode month provisional listSize controlSize treatedSize contacted reached accepted uptake
        churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh
        validComplaintRate complaintAlert cost incrementalRevenue roi power underpowered controlContacted
      }
    }
  }
`);

type Pool = NonNullable<CampaignResultsQuery['campaign']['pool']>;
type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The side-by-side table and every breakdown of the pool, one sheet each. */
function exportResults(t: Translate, name: string | undefined, pool: Pool, rows: FigureRow[], label: (r: FigureRow) => string): Promise<void> {
  const named = <R extends FigureRow>(title: string, key: (r: R) => string): ExcelColumn<R>[] => [{ title, value: key }, ...figureColumns(t, () => '').slice(1)];
  return exportSheets(exportFileName(name, pool.month), [
    sheet(t('evaluation:tabs.results'), figureColumns(t, label), rows),
    sheet(t('evaluation:col.stratum'), named<Pool['strata'][number]>(t('evaluation:col.stratum'), (r) => `${label(r)} × ${t(`labels.retentionClass.${r.key}`, { defaultValue: r.key })}${r.noControl ? ` (${t('evaluation:noControl')})` : ''}`), pool.strata),
    sheet(t('evaluation:col.tenure'), named<Pool['tenure'][number]>(t('evaluation:col.tenure'), (r) => t(`labels.tenureBand.${r.key}`, { defaultValue: r.key })), pool.tenure),
    sheet<Pool['channels'][number]>(t('evaluation:col.channel'), [
      { title: t('evaluation:col.channel'), value: (r) => t(`labels.channel.${r.key}`, { defaultValue: r.key }) },
      { title: t('evaluation:col.contacted'), value: (r) => r.contacted, format: 'integer' },
      { title: t('evaluation:col.reached'), value: (r) => r.reached, format: 'integer' },
      { title: t('evaluation:col.accepted'), value: (r) => r.accepted, format: 'integer' },
      { title: t('evaluation:col.uptake'), value: (r) => r.uptake ?? null, format: 'percent' },
      { title: t('evaluation:col.validComplaintRate'), value: (r) => r.validComplaintRate ?? null, format: 'percent' },
      { title: t('evaluation:col.cost'), value: (r) => r.cost, format: 'decimal1' },
    ], pool.channels),
  ]);
}

/** The side-by-side columns every figure table shares. */
export function useFigureColumns(label: (row: FigureRow) => string) {
  const { t } = useTranslation();
  return [
    { title: t('evaluation:col.branch'), key: 'label', render: (_: unknown, r: FigureRow) => label(r) },
    { title: t('evaluation:col.listSize'), dataIndex: 'listSize', render: (v: number | null) => v?.toLocaleString() ?? '—' },
    { title: t('evaluation:col.controlSize'), dataIndex: 'controlSize', render: (v: number | null) => v?.toLocaleString() ?? '—' },
    { title: t('evaluation:col.contacted'), dataIndex: 'contacted' },
    { title: t('evaluation:col.accepted'), dataIndex: 'accepted' },
    { title: t('evaluation:col.uptake'), dataIndex: 'uptake', render: (v: number | null) => pct(v) },
    {
      title: t('evaluation:col.churnReduction'),
      key: 'churn',
      render: (_: unknown, r: FigureRow) => (
        <Tooltip title={`${t('evaluation:col.churnTreated')} ${pct(r.churnTreated)} · ${t('evaluation:col.churnControl')} ${pct(r.churnControl)}`}>
          {pp(r.churnReduction)} <small>{ciText(r.churnReductionCiLow, r.churnReductionCiHigh, (v) => pp(v))}</small>
        </Tooltip>
      ),
    },
    { title: t('evaluation:col.pValue'), dataIndex: 'pValue', render: (v: number | null) => num(v, 3) },
    {
      title: t('evaluation:col.arpuDid'),
      key: 'did',
      render: (_: unknown, r: FigureRow) => (
        <>
          {num(r.arpuDid)} <small>{ciText(r.arpuDidCiLow, r.arpuDidCiHigh, (v) => num(v))}</small>
        </>
      ),
    },
    { title: t('evaluation:col.validComplaintRate'), dataIndex: 'validComplaintRate', render: (v: number | null) => (v !== null && v > 0.004 ? <Tag color="red">{permille(v)}</Tag> : permille(v)) },
    { title: t('evaluation:col.cost'), dataIndex: 'cost', render: (v: number) => yuan(v) },
    { title: t('evaluation:col.incrementalRevenue'), dataIndex: 'incrementalRevenue', render: (v: number | null) => yuan(v) },
    { title: t('evaluation:col.roi'), dataIndex: 'roi', render: (v: number | null) => pct(v) },
    {
      title: t('evaluation:col.power'),
      key: 'power',
      render: (_: unknown, r: FigureRow) => (r.underpowered ? <Tag color="orange" title={t('evaluation:underpowered')}>{pct(r.power)}</Tag> : pct(r.power)),
    },
  ];
}

/** Results of one campaign: the pool and every branch side by side, charts, breakdowns, export. */
export function CampaignResults() {
  const { t, i18n } = useTranslation();
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const [month, setMonth] = useState('');
  const [campaigns] = useQuery({ query: evaluationCampaignsQuery });
  const validMonth = /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : null;
  const [{ data, fetching, error }] = useQuery({ query: campaignResultsQuery, variables: { id: campaignId ?? '', month: validMonth }, pause: !campaignId });
  const branchLabel = (r: FigureRow) => branchName(r.branchCode, i18n.language, t('evaluation:pool'));
  const columns = useFigureColumns(branchLabel);
  const pool = data?.campaign.pool ?? null;
  const branches = useMemo(() => data?.campaign.branchEvaluations ?? [], [data]);
  const rows: FigureRow[] = useMemo(() => (pool ? [...branches, pool] : branches), [branches, pool]);

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          style={{ minWidth: 280 }}
          placeholder={t('evaluation:pickCampaign')}
          loading={campaigns.fetching}
          value={campaignId ?? undefined}
          onChange={setCampaignId}
          options={(campaigns.data?.campaigns ?? []).filter((c) => c.status !== 'DRAFT').map((c) => ({ value: c.id, label: c.name }))}
          data-testid="campaign-select"
          showSearch
          optionFilterProp="label"
        />
        <Input style={{ width: 240 }} placeholder={t('evaluation:latest')} data-testid="results-month" value={month} onChange={(e) => setMonth(e.target.value.trim())} addonBefore={t('evaluation:month')} />
        <Button disabled={!pool} onClick={() => pool && void exportResults(t, data?.campaign.name, pool, rows, branchLabel)} data-testid="results-export">
          {t('evaluation:actions.export')}
        </Button>
        <Button disabled={rows.length === 0} onClick={() => window.print()}>
          {t('evaluation:actions.print')}
        </Button>
      </Space>
      {campaignId && (
        <QueryState fetching={fetching} error={error} empty={!pool}>
          {pool && <PoolResults pool={pool} branches={branches} rows={rows} columns={columns} label={branchLabel} />}
        </QueryState>
      )}
    </Space>
  );
}

function PoolResults({ pool, branches, rows, columns, label }: { pool: Pool; branches: FigureRow[]; rows: FigureRow[]; columns: ReturnType<typeof useFigureColumns>; label: (r: FigureRow) => string }) {
  const { t } = useTranslation();
  const names = branches.map(label);
  const bar = (values: (number | null | undefined)[], name: string) => ({
    grid: { left: 48, right: 16, top: 24, bottom: 32 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: names },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => `${(v * 100).toFixed(1)}%` } },
    series: [{ type: 'bar', name, data: values.map((v) => v ?? 0) }],
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {pool.provisional && <Alert type="info" showIcon message={t('evaluation:provisional')} />}
      {pool.underpowered && <Alert type="warning" showIcon message={t('evaluation:underpowered')} />}
      {pool.complaintAlert && <Alert type="error" showIcon message={t('evaluation:complaintAlert')} />}
      {pool.controlContacted > 0 && <Alert type="warning" showIcon message={t('evaluation:controlContacted', { n: pool.controlContacted })} />}
      <Table rowKey={(r) => r.branchCode ?? 'pool'} size="small" pagination={false} scroll={{ x: true }} dataSource={rows} columns={columns} data-testid="results-table" />
      <Space wrap align="start" style={{ width: '100%' }}>
        <Card size="small" title={t('evaluation:charts.uptake')} style={{ width: 420 }}>
          <Chart height={220} option={bar(branches.map((b) => b.uptake), t('evaluation:col.uptake'))} testId="uptake-chart" />
        </Card>
        <Card size="small" title={t('evaluation:charts.churn')} style={{ width: 560 }}>
          <CiWhiskers
            title={t('evaluation:charts.churn')}
            rows={rows.map((r) => ({ label: label(r), value: r.churnReduction ?? null, low: r.churnReductionCiLow ?? null, high: r.churnReductionCiHigh ?? null }))}
          />
        </Card>
        <Card size="small" title={t('evaluation:charts.complaints')} style={{ width: 420 }}>
          <Chart height={220} option={bar(branches.map((b) => b.validComplaintRate), t('evaluation:col.validComplaintRate'))} testId="complaint-chart" />
        </Card>
      </Space>
      <Card size="small" title={t('evaluation:col.stratum')}>
        <Table
          rowKey={(r) => `${r.branchCode}:${r.key}`}
          size="small"
          pagination={false}
          dataSource={pool.strata}
          columns={[
            { title: t('evaluation:col.stratum'), key: 'k', render: (_, r) => `${label({ ...r, branchCode: r.branchCode })} × ${t(`labels.retentionClass.${r.key}`, { defaultValue: r.key })}` },
            ...columns.slice(1).filter((c) => !['power'].includes(String(c.key ?? ''))),
            { title: '', key: 'nc', render: (_, r) => (r.noControl ? <Tag>{t('evaluation:noControl')}</Tag> : null) },
          ]}
        />
      </Card>
      <Card size="small" title={t('evaluation:col.tenure')}>
        <Table rowKey="key" size="small" pagination={false} dataSource={pool.tenure} columns={[{ title: t('evaluation:col.tenure'), key: 'k', render: (_, r) => t(`labels.tenureBand.${r.key}`, { defaultValue: r.key }) }, ...columns.slice(1)]} />
      </Card>
      <Card size="small" title={t('evaluation:col.channel')}>
        <Table
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={pool.channels}
          columns={[
            { title: t('evaluation:col.channel'), key: 'k', render: (_, r) => t(`labels.channel.${r.key}`, { defaultValue: r.key }) },
            { title: t('evaluation:col.contacted'), dataIndex: 'contacted' },
            { title: t('evaluation:col.reached'), dataIndex: 'reached' },
            { title: t('evaluation:col.accepted'), dataIndex: 'accepted' },
            { title: t('evaluation:col.uptake'), dataIndex: 'uptake', render: (v: number | null) => pct(v) },
            { title: t('evaluation:col.validComplaintRate'), dataIndex: 'validComplaintRate', render: (v: number | null) => permille(v) },
            { title: t('evaluation:col.cost'), dataIndex: 'cost', render: (v: number) => yuan(v) },
          ]}
        />
      </Card>
    </Space>
  );
}
