import { useMemo, useState } from 'react';
import { Alert, Button, Card, Descriptions, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Chart, exportFileName, exportToExcel } from '@retention/segment-views';
import { QueryState, useLabels } from '@retention/ui';
import { graphql } from '../gql';
import type { KpiScoreboardQuery as KpiScoreboardData } from '../gql/graphql';
import { formatKpi, KPI_KEYS, quarterOfMonth } from './kpi-messages';
import { KpiCohortChoice } from './cohort-choice';
import { TargetsEditor } from './targets-editor';

export const KpiMonthsQuery = graphql(`
  query KpiMonths {
    segmentMonths { refreshed latest }
  }
`);

export const KpiScoreboardQuery = graphql(`
  query KpiScoreboard($year: Int!, $month: String!) {
    kpiScoreboard(year: $year, month: $month) {
      branchCode rank total movement previousRank
      scores { kpi actual target weight cap attainment score noData numerator denominator figures { key period value } }
    }
  }
`);

export const KpiTrendQuery = graphql(`
  query KpiTrend($year: Int!, $through: String) {
    kpiTrend(year: $year, throughMonth: $through) { month branchCode rank total }
  }
`);

export const PlannerRuleQuery = graphql(`
  query ProvincePlannerRule($quarter: String!) {
    plannerSessionCheck(quarter: $quarter) { branchCode ok sessions }
  }
`);

type Row = KpiScoreboardData['kpiScoreboard'][number];
type Score = Row['scores'][number];

/** ↑ up (green), ↓ down (red), — unchanged; a branch not ranked last month is "new". */
export function Movement({ value }: { value: number | null | undefined }) {
  const { t } = useTranslation();
  if (value === null || value === undefined) return <Tag>{t('kpi:new')}</Tag>;
  if (value > 0) return <Tooltip title={t('kpi:up', { n: value })}><span style={{ color: '#389e0d' }} aria-label={t('kpi:up', { n: value })}>▲ {value}</span></Tooltip>;
  if (value < 0) return <Tooltip title={t('kpi:down', { n: -value })}><span style={{ color: '#cf1322' }} aria-label={t('kpi:down', { n: -value })}>▼ {-value}</span></Tooltip>;
  return <span aria-label={t('kpi:same')}>—</span>;
}

/** One KPI line with the raw figures it came from (the drill-down). */
export function ScoreDetail({ score }: { score: Score }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" column={4} bordered>
      <Descriptions.Item label={t('kpi:actual')}>{score.noData ? <Tag color="warning">{t('kpi:noData')}</Tag> : formatKpi(score.kpi, score.actual)}</Descriptions.Item>
      <Descriptions.Item label={t('kpi:target')}>{formatKpi(score.kpi, score.target)}</Descriptions.Item>
      <Descriptions.Item label={t('kpi:attainment')}>{`${(score.attainment * 100).toFixed(1)}%`}{score.cap !== 1 ? ` (${t('kpi:cap')} ${score.cap})` : ''}</Descriptions.Item>
      <Descriptions.Item label={t('kpi:score')}>{`${score.score.toFixed(2)} / ${score.weight}`}</Descriptions.Item>
      <Descriptions.Item label={t('kpi:figures')} span={4}>
        {score.figures.length === 0 ? '—' : score.figures.map((f) => <Tag key={`${f.key}${f.period}`}>{`${t(`kpi:figure.${f.key}`)} ${f.period}: ${f.value.toLocaleString()}`}</Tag>)}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** The province's KPI league table: ranks with movement, per-KPI scores, drill-down, charts, Excel export, targets. */
export function ScoreboardPage() {
  const { t } = useTranslation();
  const { branch } = useLabels();
  const [months] = useQuery({ query: KpiMonthsQuery });
  const refreshed = months.data?.segmentMonths.refreshed ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const month = chosen ?? months.data?.segmentMonths.latest ?? null;
  const year = month ? Number(month.slice(0, 4)) : new Date().getFullYear();
  const [board] = useQuery({ query: KpiScoreboardQuery, variables: { year, month: month ?? '' }, pause: !month });
  const [trend] = useQuery({ query: KpiTrendQuery, variables: { year, through: month }, pause: !month });
  const [planner] = useQuery({ query: PlannerRuleQuery, variables: { quarter: month ? quarterOfMonth(month) : '' }, pause: !month });
  const [chartKpi, setChartKpi] = useState<string>('MID_HIGH_END_AVG');
  const rows = useMemo(() => board.data?.kpiScoreboard ?? [], [board.data]);
  const kpis = KPI_KEYS.filter((k) => rows.some((r) => r.scores.some((s) => s.kpi === k)));
  const scoreOf = (row: Row, kpi: string) => row.scores.find((s) => s.kpi === kpi);

  const barOption = useMemo(() => {
    const lines = rows.map((r) => ({ code: r.branchCode, s: r.scores.find((s) => s.kpi === chartKpi) })).filter((x) => x.s);
    const scale = (v: number | null | undefined) => (v === null || v === undefined ? null : chartKpi === 'MID_HIGH_END_AVG' ? v : Number((v * 100).toFixed(2)));
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: [t('kpi:actual'), t('kpi:target')] },
      grid: { left: 60, right: 20, bottom: 40 },
      xAxis: { type: 'category', data: lines.map((l) => branch(l.code)) },
      yAxis: { type: 'value', name: chartKpi === 'MID_HIGH_END_AVG' ? '' : '%' },
      series: [
        { name: t('kpi:actual'), type: 'bar', data: lines.map((l) => scale(l.s!.actual)) },
        { name: t('kpi:target'), type: 'bar', data: lines.map((l) => scale(l.s!.target)) },
      ],
    };
  }, [rows, chartKpi, branch, t]);

  const trendOption = useMemo(() => {
    const points = trend.data?.kpiTrend ?? [];
    const monthsOf = [...new Set(points.map((p) => p.month))].sort();
    const top = rows.slice(0, 5).map((r) => r.branchCode);
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: top.map((c) => branch(c)) },
      grid: { left: 50, right: 20, bottom: 40 },
      xAxis: { type: 'category', data: monthsOf },
      yAxis: { type: 'value', name: t('kpi:total') },
      series: top.map((code) => ({ name: branch(code), type: 'line', data: monthsOf.map((m) => points.find((p) => p.month === m && p.branchCode === code)?.total ?? null) })),
    };
  }, [trend.data, rows, branch, t]);

  const exportBoard = () =>
    exportToExcel(
      exportFileName('KPI', month),
      'KPI',
      [
        { title: t('kpi:rank'), value: (r: Row) => r.rank, format: 'integer' as const },
        { title: t('kpi:branch'), value: (r: Row) => branch(r.branchCode) },
        { title: t('kpi:total'), value: (r: Row) => Number(r.total.toFixed(2)), format: 'decimal1' as const },
        { title: t('kpi:movement'), value: (r: Row) => r.movement ?? null },
        ...kpis.flatMap((k) => [
          { title: `${t(`kpi:name.${k}`)} ${t('kpi:actual')}`, value: (r: Row) => scoreOf(r, k)?.actual ?? null },
          { title: `${t(`kpi:name.${k}`)} ${t('kpi:target')}`, value: (r: Row) => scoreOf(r, k)?.target ?? null },
          { title: `${t(`kpi:name.${k}`)} ${t('kpi:score')}`, value: (r: Row) => scoreOf(r, k)?.score ?? null },
        ]),
      ],
      rows,
    );

  const missing = (planner.data?.plannerSessionCheck ?? []).filter((p) => !p.ok);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="kpi-scoreboard">
      <Card
        size="small"
        title={t('kpi:title')}
        extra={
          <Space>
            <span>{t('kpi:month')}</span>
            <Select
              style={{ width: 120 }}
              value={month ?? undefined}
              onChange={setChosen}
              options={[...refreshed].reverse().map((m) => ({ value: m, label: m }))}
              aria-label={t('kpi:month')}
            />
            <Button onClick={() => void exportBoard()} disabled={rows.length === 0}>{t('kpi:export')}</Button>
          </Space>
        }
      >
        {planner.data && (
          <Alert
            style={{ marginBottom: 12 }}
            type={missing.length ? 'warning' : 'success'}
            showIcon
            message={`${t('kpi:plannerRule')}（${month ? quarterOfMonth(month) : ''}）：${missing.length ? t('kpi:plannerMissing') + missing.map((p) => branch(p.branchCode)).join('、') : t('kpi:plannerOk')}`}
          />
        )}
        <QueryState fetching={board.fetching || months.fetching} error={board.error ?? months.error} empty={rows.length === 0}>
          <Table
            rowKey="branchCode"
            size="small"
            pagination={false}
            dataSource={rows}
            scroll={{ x: true }}
            expandable={{
              expandedRowRender: (row) => (
                <Space direction="vertical" style={{ width: '100%' }}>
                  {row.scores.map((s) => (
                    <div key={s.kpi}>
                      <Typography.Text strong>{t(`kpi:name.${s.kpi}`)}</Typography.Text>
                      <ScoreDetail score={s} />
                    </div>
                  ))}
                </Space>
              ),
            }}
            columns={[
              { title: t('kpi:rank'), dataIndex: 'rank', width: 60 },
              { title: t('kpi:movement'), key: 'movement', width: 80, render: (_, r) => <Movement value={r.movement} /> },
              { title: t('kpi:branch'), key: 'branch', render: (_, r) => branch(r.branchCode) },
              { title: t('kpi:total'), key: 'total', render: (_, r) => <b>{r.total.toFixed(2)}</b> },
              ...kpis.map((k) => ({
                title: t(`kpi:name.${k}`),
                key: k,
                render: (_: unknown, r: Row) => {
                  const s = scoreOf(r, k);
                  if (!s) return '—';
                  return (
                    <Tooltip title={`${t('kpi:actual')} ${formatKpi(k, s.actual)} / ${t('kpi:target')} ${formatKpi(k, s.target)}`}>
                      {s.noData ? <Tag color="warning">{t('kpi:noData')}</Tag> : `${s.score.toFixed(1)}/${s.weight}`}
                    </Tooltip>
                  );
                },
              })),
            ]}
          />
        </QueryState>
      </Card>
      {rows.length > 0 && (
        <Card
          size="small"
          title={t('kpi:chart')}
          extra={<Select style={{ width: 200 }} value={chartKpi} onChange={setChartKpi} options={kpis.map((k) => ({ value: k, label: t(`kpi:name.${k}`) }))} aria-label={t('kpi:chartKpi')} />}
        >
          <Chart option={barOption} testId="kpi-bars" />
        </Card>
      )}
      {rows.length > 0 && (
        <Card size="small" title={t('kpi:trend')}>
          <Chart option={trendOption} testId="kpi-trend" />
        </Card>
      )}
      <TargetsEditor year={year} />
      <KpiCohortChoice year={year} />
    </Space>
  );
}
