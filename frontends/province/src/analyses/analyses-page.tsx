import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Input, Row, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { BRANCHES } from '@retention/domain';
import { Chart, exportFileName, type ExcelColumn } from '@retention/segment-views';
import { QueryState } from '@retention/ui';
import { graphql } from '../gql';
import type { AnalysisPopulation, ChurnAnalysisPageQuery, UptakeByTenurePageQuery } from '../gql/graphql';
import { exportSheets, sheet } from './export-sheets';
import './analyses-messages';

export const churnAnalysisPageQuery = graphql(`
  query ChurnAnalysisPage($baseMonth: String, $month: String, $population: AnalysisPopulation, $branchCode: String) {
    churnAnalysis(baseMonth: $baseMonth, month: $month, population: $population, branchCode: $branchCode) {
      baseMonth month population branchCode participationFrom participationTo
      total { members churned churnRate }
      byMeasure { measure with { members churned churnRate } without { members churned churnRate } difference }
      byMeasureCount { measures members churned churnRate }
      byParticipation { participation members churned churnRate }
    }
  }
`);

export const uptakeByTenurePageQuery = graphql(`
  query UptakeByTenurePage($branchCode: String) {
    uptakeByTenureBand(branchCode: $branchCode) { campaignKind tenureBand campaigns contacted accepted uptake }
  }
`);

type Analysis = NonNullable<ChurnAnalysisPageQuery['churnAnalysis']>;
type Uptake = UptakeByTenurePageQuery['uptakeByTenureBand'][number];
interface Group {
  members: number;
  churned: number;
  churnRate?: number | null;
}

const POPULATIONS: AnalysisPopulation[] = ['DYNAMIC_MID_HIGH_END', 'MID_HIGH_END', 'ON_NETWORK'];
const BANDS = ['LT_6M', '6_12M', '1_3Y', '3_5Y', 'GE_5Y', 'UNKNOWN'];
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);
const pp = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)}pp`);
const percentAxis = { type: 'value', axisLabel: { formatter: (v: number) => `${(v * 100).toFixed(0)}%` } };

/**
 * Seed-style analyses for the province (issue 13 item 6): churn of a photo cohort by
 * stabilizing measure, by number of measures and by campaign participation; uptake by
 * tenure band per campaign kind. Charts, tables, one Excel file with every table, print.
 */
export function AnalysesPage() {
  const { t, i18n } = useTranslation();
  const [population, setPopulation] = useState<AnalysisPopulation>('DYNAMIC_MID_HIGH_END');
  const [baseMonth, setBaseMonth] = useState('');
  const [month, setMonth] = useState('');
  const [branchCode, setBranchCode] = useState<string | null>(null);
  const variables = { population, branchCode, baseMonth: MONTH.test(baseMonth) ? baseMonth : null, month: MONTH.test(month) ? month : null };
  const [churn] = useQuery({ query: churnAnalysisPageQuery, variables });
  const [uptake] = useQuery({ query: uptakeByTenurePageQuery, variables: { branchCode } });
  const analysis = churn.data?.churnAnalysis ?? null;
  const uptakeRows = useMemo(() => uptake.data?.uptakeByTenureBand ?? [], [uptake.data]);
  const label = {
    measure: (m: string) => t(`labels.measure.${m}`, { defaultValue: m }),
    band: (b: string) => (b === 'UNKNOWN' ? t('analyses:uptake.unknown') : t(`labels.tenureBand.${b}`, { defaultValue: b })),
    kind: (k: string) => t(`campaignKind.${k}`, { defaultValue: k }),
    participation: (p: string) => t(`analyses:participation.${p}`),
  };
  const groupColumns = <T extends Group>(first: ExcelColumn<T>): ExcelColumn<T>[] => [
    first,
    { title: t('analyses:col.members'), value: (r) => r.members, format: 'integer' },
    { title: t('analyses:col.churned'), value: (r) => r.churned, format: 'integer' },
    { title: t('analyses:col.churnRate'), value: (r) => r.churnRate ?? null, format: 'percent' },
  ];

  const exportAll = () => {
    if (!analysis) return;
    type M = Analysis['byMeasure'][number];
    void exportSheets(exportFileName(t('analyses:title'), analysis.branchCode, analysis.baseMonth, analysis.month), [
      sheet<M>(t('analyses:measure.title'), [
        { title: t('analyses:col.group'), value: (r) => label.measure(r.measure) },
        { title: `${t('analyses:measure.with')} · ${t('analyses:col.members')}`, value: (r) => r.with.members, format: 'integer' },
        { title: `${t('analyses:measure.with')} · ${t('analyses:col.churnRate')}`, value: (r) => r.with.churnRate ?? null, format: 'percent' },
        { title: `${t('analyses:measure.without')} · ${t('analyses:col.members')}`, value: (r) => r.without.members, format: 'integer' },
        { title: `${t('analyses:measure.without')} · ${t('analyses:col.churnRate')}`, value: (r) => r.without.churnRate ?? null, format: 'percent' },
        { title: t('analyses:measure.difference'), value: (r) => r.difference ?? null, format: 'percent' },
      ], analysis.byMeasure),
      sheet(t('analyses:count.title'), groupColumns<Analysis['byMeasureCount'][number]>({ title: t('analyses:count.measures'), value: (r) => r.measures, format: 'integer' }), analysis.byMeasureCount),
      sheet(t('analyses:participation.title'), groupColumns<Analysis['byParticipation'][number]>({ title: t('analyses:col.group'), value: (r) => label.participation(r.participation) }), analysis.byParticipation),
      sheet<Uptake>(t('analyses:uptake.title'), [
        { title: t('analyses:uptake.kind'), value: (r) => label.kind(r.campaignKind) },
        { title: t('analyses:uptake.band'), value: (r) => label.band(r.tenureBand) },
        { title: t('analyses:uptake.campaigns'), value: (r) => r.campaigns, format: 'integer' },
        { title: t('analyses:col.contacted'), value: (r) => r.contacted, format: 'integer' },
        { title: t('analyses:col.accepted'), value: (r) => r.accepted, format: 'integer' },
        { title: t('analyses:col.uptake'), value: (r) => r.uptake ?? null, format: 'percent' },
      ], uptakeRows),
    ]);
  };

  return (
    <Card size="small" title={t('analyses:title')} data-testid="analyses-page">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Select style={{ width: 180 }} value={population} onChange={setPopulation} aria-label={t('analyses:population.label')} options={POPULATIONS.map((p) => ({ value: p, label: t(`analyses:population.${p}`) }))} data-testid="analyses-population" />
          <Select
            style={{ width: 160 }}
            allowClear
            placeholder={t('analyses:allBranches')}
            value={branchCode ?? undefined}
            onChange={(v) => setBranchCode(v ?? null)}
            options={BRANCHES.map((b) => ({ value: b.code, label: i18n.language === 'en' ? b.nameEn : b.nameZh }))}
          />
          <Input style={{ width: 200 }} addonBefore={t('analyses:baseMonth')} placeholder={t('analyses:defaultBase')} value={baseMonth} onChange={(e) => setBaseMonth(e.target.value.trim())} />
          <Input style={{ width: 220 }} addonBefore={t('analyses:month')} placeholder={t('analyses:latest')} value={month} onChange={(e) => setMonth(e.target.value.trim())} />
          <Button disabled={!analysis} onClick={exportAll} data-testid="analyses-export">
            {t('analyses:export')}
          </Button>
          <Button onClick={() => window.print()}>{t('analyses:print')}</Button>
        </Space>
        <QueryState fetching={churn.fetching} error={churn.error} empty={!analysis} emptyText={t('analyses:empty')}>
          {analysis && <ChurnSections analysis={analysis} label={label} />}
        </QueryState>
        <Card size="small" title={t('analyses:uptake.title')}>
          <QueryState fetching={uptake.fetching} error={uptake.error} empty={uptakeRows.length === 0}>
            <UptakeSection rows={uptakeRows} label={label} />
          </QueryState>
        </Card>
      </Space>
    </Card>
  );
}

type Labels = Record<'measure' | 'band' | 'kind' | 'participation', (key: string) => string>;

function ChurnSections({ analysis: a, label }: { analysis: Analysis; label: Labels }) {
  const { t } = useTranslation();
  const groupCols = [
    { title: t('analyses:col.members'), dataIndex: 'members', render: (v: number) => v.toLocaleString() },
    { title: t('analyses:col.churned'), dataIndex: 'churned', render: (v: number) => v.toLocaleString() },
    { title: t('analyses:col.churnRate'), dataIndex: 'churnRate', render: (v: number | null) => pct(v) },
  ];
  const bars = (names: string[], series: { name: string; data: (number | null | undefined)[] }[]) => ({
    grid: { left: 48, right: 16, top: 32, bottom: 32 },
    tooltip: { trigger: 'axis' },
    legend: series.length > 1 ? { top: 0 } : undefined,
    xAxis: { type: 'category', data: names },
    yAxis: percentAxis,
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.data.map((v) => v ?? 0) })),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text data-testid="analyses-window">
        {t('analyses:window', { base: a.baseMonth, month: a.month, population: t(`analyses:population.${a.population}`), members: a.total.members.toLocaleString(), rate: pct(a.total.churnRate) })}
      </Typography.Text>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('analyses:measure.title')} extra={<Typography.Text type="secondary">{t('analyses:measure.note')}</Typography.Text>}>
            <Chart
              height={240}
              testId="measure-chart"
              option={bars(a.byMeasure.map((m) => label.measure(m.measure)), [
                { name: t('analyses:measure.with'), data: a.byMeasure.map((m) => m.with.churnRate) },
                { name: t('analyses:measure.without'), data: a.byMeasure.map((m) => m.without.churnRate) },
              ])}
            />
            <Table
              rowKey="measure"
              size="small"
              pagination={false}
              dataSource={a.byMeasure}
              data-testid="measure-table"
              columns={[
                { title: t('analyses:col.group'), dataIndex: 'measure', render: (m: string) => label.measure(m) },
                { title: `${t('analyses:measure.with')}`, key: 'w', render: (_, r) => `${pct(r.with.churnRate)} (${r.with.members.toLocaleString()})` },
                { title: `${t('analyses:measure.without')}`, key: 'o', render: (_, r) => `${pct(r.without.churnRate)} (${r.without.members.toLocaleString()})` },
                { title: t('analyses:measure.difference'), dataIndex: 'difference', render: (v: number | null) => pp(v) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('analyses:count.title')} extra={<Typography.Text type="secondary">{t('analyses:count.note')}</Typography.Text>}>
            <Chart height={240} testId="measure-count-chart" option={bars(a.byMeasureCount.map((c) => String(c.measures)), [{ name: t('analyses:col.churnRate'), data: a.byMeasureCount.map((c) => c.churnRate) }])} />
            <Table rowKey="measures" size="small" pagination={false} dataSource={a.byMeasureCount} data-testid="measure-count-table" columns={[{ title: t('analyses:count.measures'), dataIndex: 'measures' }, ...groupCols]} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small" title={t('analyses:participation.title')}>
            <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('analyses:participation.note', { from: a.participationFrom, to: a.participationTo })} />
            <Row gutter={16}>
              <Col xs={24} xl={12}>
                <Chart height={240} testId="participation-chart" option={bars(a.byParticipation.map((p) => label.participation(p.participation)), [{ name: t('analyses:col.churnRate'), data: a.byParticipation.map((p) => p.churnRate) }])} />
              </Col>
              <Col xs={24} xl={12}>
                <Table
                  rowKey="participation"
                  size="small"
                  pagination={false}
                  dataSource={a.byParticipation}
                  data-testid="participation-table"
                  columns={[{ title: t('analyses:col.group'), dataIndex: 'participation', render: (p: string) => label.participation(p) }, ...groupCols]}
                />
              </Col>
            </Row>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

function UptakeSection({ rows, label }: { rows: Uptake[]; label: Labels }) {
  const { t } = useTranslation();
  const kinds = [...new Set(rows.map((r) => r.campaignKind))];
  const bands = BANDS.filter((b) => rows.some((r) => r.tenureBand === b));
  const option = {
    grid: { left: 48, right: 16, top: 32, bottom: 32 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: bands.map(label.band) },
    yAxis: percentAxis,
    series: kinds.map((k) => ({ type: 'bar', name: label.kind(k), data: bands.map((b) => rows.find((r) => r.campaignKind === k && r.tenureBand === b)?.uptake ?? 0) })),
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('analyses:uptake.note')}</Typography.Text>
      <Chart height={260} testId="uptake-tenure-chart" option={option} />
      <Table
        rowKey={(r) => `${r.campaignKind}:${r.tenureBand}`}
        size="small"
        pagination={false}
        dataSource={rows}
        data-testid="uptake-tenure-table"
        columns={[
          { title: t('analyses:uptake.kind'), dataIndex: 'campaignKind', render: (k: string) => label.kind(k) },
          { title: t('analyses:uptake.band'), dataIndex: 'tenureBand', render: (b: string) => label.band(b) },
          { title: t('analyses:uptake.campaigns'), dataIndex: 'campaigns' },
          { title: t('analyses:col.contacted'), dataIndex: 'contacted', render: (v: number) => v.toLocaleString() },
          { title: t('analyses:col.accepted'), dataIndex: 'accepted', render: (v: number) => v.toLocaleString() },
          { title: t('analyses:col.uptake'), dataIndex: 'uptake', render: (v: number | null) => pct(v) },
        ]}
      />
    </Space>
  );
}
