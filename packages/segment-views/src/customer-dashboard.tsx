import { useMemo } from 'react';
import { Button, Card, Col, Empty, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState, SummaryTable, sortByBranch } from '@retention/ui';
import { graphql } from './gql';
import { Chart } from './chart';
import { exportFileName, exportToExcel } from './export-excel';
import { useOwnBranch, useScopeLabel, useScopeName } from './scope';
import './messages';

export const CustomerDashboardQuery = graphql(`
  query CustomerDashboard($month: String!, $year: Int!) {
    branches {
      code name nameEn
      midHighEndCount(month: $month)
      nearMidHighEndCount(month: $month)
      dynamicMidHighEndCount(month: $month)
      midHighEndMonthlyAverage(year: $year) { yearToDate monthsLoaded }
      crossStabilization(month: $month) { atLeastOne atLeastTwo atLeastThree }
    }
    segmentCounts(month: $month) { branchCode segment count }
    segmentTrend(segment: "MID_HIGH_END", months: 13) { month branchCode count }
  }
`);

const MonthsQuery = graphql(`
  query SegmentMonthsForDashboard {
    segmentMonths { latest refreshed }
  }
`);

const CLASSES = ['CLASS_IMPORTANT', 'CLASS_ORDINARY', 'CLASS_IRREGULAR', 'CLASS_CHURN_RISK'] as const;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Customer dashboard (DOMAIN.md §3): mid-high-end by branch and month, classes, pools, measures — for every branch the caller may see. */
export function CustomerDashboard() {
  const { t } = useTranslation();
  const [months] = useQuery({ query: MonthsQuery });
  const latest = months.data?.segmentMonths.latest;
  if (months.fetching && !months.data) return <QueryState fetching empty>{null}</QueryState>;
  if (!latest) return <Card><Empty description={t('segments:dashboard.noData')} /></Card>;
  return <DashboardForMonth month={latest} />;
}

function DashboardForMonth({ month }: { month: string }) {
  const { t, i18n } = useTranslation();
  const scope = useScopeLabel();
  const scopeName = useScopeName();
  // A branch user sees one branch: its own figures by segment, not a chart of "all branches" with one bar.
  const own = useOwnBranch();
  const year = Number(month.slice(0, 4));
  const [{ data, fetching, error }] = useQuery({ query: CustomerDashboardQuery, variables: { month, year } });
  const name = (b: { name: string; nameEn: string }) => (i18n.language === 'en' ? b.nameEn : b.name);
  const branches = useMemo(() => sortByBranch(data?.branches ?? [], (b) => b.code), [data]);
  const totals = useMemo(() => {
    const sum = (key: string) => (data?.segmentCounts ?? []).filter((c) => c.segment === key).reduce((s, c) => s + c.count, 0);
    return { mhe: sum('MID_HIGH_END'), near: sum('NEAR_MID_HIGH_END'), dynamic: sum('DYNAMIC_MID_HIGH_END'), ge1: sum('MEASURES_GE_1'), classes: CLASSES.map((k) => sum(k)) };
  }, [data]);
  const ytd = branches.reduce((s, b) => s + (b.midHighEndMonthlyAverage.yearToDate ?? 0), 0);

  const ownOption = useMemo(() => {
    const keys = [
      [t('segments:dashboard.midHighEnd'), totals.mhe], [t('segments:dashboard.ytdAverage'), Math.round(ytd)], [t('segments:dashboard.dynamic'), totals.dynamic],
      [t('segments:dashboard.near'), totals.near], ...CLASSES.map((k, i) => [t(`segments:classes.${k}`), totals.classes[i]]),
    ] as [string, number][];
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 60, right: 20, bottom: 60 },
      xAxis: { type: 'category', data: keys.map(([name]) => name), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value' },
      series: [{ name: own ? (i18n.language === 'en' ? own.nameEn : own.name) : '', type: 'bar', data: keys.map(([, value]) => value) }],
    };
  }, [totals, ytd, own, t, i18n.language]);

  const barOption = useMemo(() => ({
    tooltip: { trigger: 'axis' },
    legend: { data: [t('segments:dashboard.midHighEnd'), t('segments:dashboard.ytdAverage')] },
    grid: { left: 50, right: 20, bottom: 60 },
    xAxis: { type: 'category', data: branches.map(name), axisLabel: { rotate: 45 } },
    yAxis: { type: 'value' },
    series: [
      { name: t('segments:dashboard.midHighEnd'), type: 'bar', data: branches.map((b) => b.midHighEndCount) },
      { name: t('segments:dashboard.ytdAverage'), type: 'bar', data: branches.map((b) => Math.round(b.midHighEndMonthlyAverage.yearToDate ?? 0)) },
    ],
  }), [branches, t, i18n.language]); // eslint-disable-line react-hooks/exhaustive-deps

  const trendOption = useMemo(() => {
    const byMonth = new Map<string, number>();
    for (const p of data?.segmentTrend ?? []) byMonth.set(p.month, (byMonth.get(p.month) ?? 0) + p.count);
    const monthsSorted = [...byMonth.keys()].sort();
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 60, right: 20, bottom: 30 },
      xAxis: { type: 'category', data: monthsSorted },
      yAxis: { type: 'value', scale: true },
      series: [{ name: t('segments:dashboard.midHighEnd'), type: 'line', smooth: true, data: monthsSorted.map((m) => byMonth.get(m)) }],
    };
  }, [data, t]);

  const classOption = useMemo(() => ({
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['40%', '70%'], data: CLASSES.map((k, i) => ({ name: t(`segments:classes.${k}`), value: totals.classes[i] })) }],
  }), [totals, t]);

  const download = () =>
    exportToExcel(exportFileName(t('segments:dashboard.fileName'), scopeName, month), month, [
      { title: t('segments:col.code'), value: (b: (typeof branches)[number]) => b.code },
      { title: t('segments:col.branch'), value: (b) => name(b) },
      { title: t('segments:dashboard.midHighEnd'), value: (b) => b.midHighEndCount, format: 'integer' },
      { title: t('segments:dashboard.ytdAverage'), value: (b) => Number((b.midHighEndMonthlyAverage.yearToDate ?? 0).toFixed(1)), format: 'decimal1' },
      { title: t('segments:dashboard.dynamic'), value: (b) => b.dynamicMidHighEndCount, format: 'integer' },
      { title: t('segments:dashboard.near'), value: (b) => b.nearMidHighEndCount, format: 'integer' },
      { title: t('segments:dashboard.measures1'), value: (b) => b.crossStabilization.atLeastOne, format: 'percent' },
      { title: t('segments:dashboard.measures2'), value: (b) => b.crossStabilization.atLeastTwo, format: 'percent' },
      { title: t('segments:dashboard.measures3'), value: (b) => b.crossStabilization.atLeastThree, format: 'percent' },
    ], branches);

  return (
    <QueryState fetching={fetching} error={error} empty={!data}>
      <div data-testid="customer-dashboard">
        <Row gutter={16} style={{ marginBottom: 16 }}>
          <Col span={6}><Card size="small"><Statistic title={`${t('segments:dashboard.midHighEnd')} (${month})`} value={totals.mhe} /></Card></Col>
          <Col span={6}><Card size="small"><Statistic title={`${t('segments:dashboard.ytdAverage')} (${year})`} value={Math.round(ytd)} /></Card></Col>
          <Col span={6}><Card size="small"><Statistic title={t('segments:dashboard.near')} value={totals.near} /></Card></Col>
          <Col span={6}><Card size="small"><Statistic title={t('segments:dashboard.dynamic')} value={totals.dynamic} /></Card></Col>
        </Row>
        <Row gutter={16} style={{ marginBottom: 16 }}>
          <Col xs={24} xl={16}>
            {own ? (
              <Card size="small" title={t('segments:dashboard.bySegmentOwn')}><Chart option={ownOption} testId="chart-own" /></Card>
            ) : (
              <Card size="small" title={t('segments:dashboard.byBranch')}><Chart option={barOption} testId="chart-branches" /></Card>
            )}
          </Col>
          <Col xs={24} xl={8}><Card size="small" title={t('segments:dashboard.classMix')}><Chart option={classOption} /></Card></Col>
        </Row>
        <Card size="small" title={t('segments:dashboard.trend', { scope })} style={{ marginBottom: 16 }}><Chart option={trendOption} height={260} /></Card>
        <Card size="small" title={t(own ? 'segments:dashboard.tableOwn' : 'segments:dashboard.table')} extra={<Button onClick={download}>{t('exportExcel')}</Button>}>
          {/* The first page every province user sees: a plain table, so antd's Table is not downloaded before it. */}
          <SummaryTable
            testId="dashboard-table"
            rows={branches}
            rowKey={(b) => b.code}
            columns={[
              { key: 'name', title: t('segments:col.branch'), render: (b) => name(b) },
              { key: 'mhe', title: t('segments:dashboard.midHighEnd'), align: 'right', render: (b) => b.midHighEndCount.toLocaleString() },
              { key: 'ytd', title: t('segments:dashboard.ytdAverage'), align: 'right', render: (b) => (b.midHighEndMonthlyAverage.yearToDate ?? 0).toLocaleString(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) },
              { key: 'dynamic', title: t('segments:dashboard.dynamic'), align: 'right', render: (b) => b.dynamicMidHighEndCount.toLocaleString() },
              { key: 'near', title: t('segments:dashboard.near'), align: 'right', render: (b) => b.nearMidHighEndCount.toLocaleString() },
              { key: 'm1', title: t('segments:dashboard.measures1'), align: 'right', render: (b) => pct(b.crossStabilization.atLeastOne) },
              { key: 'm2', title: t('segments:dashboard.measures2'), align: 'right', render: (b) => pct(b.crossStabilization.atLeastTwo) },
              { key: 'm3', title: t('segments:dashboard.measures3'), align: 'right', render: (b) => pct(b.crossStabilization.atLeastThree) },
            ]}
          />
        </Card>
      </div>
    </QueryState>
  );
}
