import { useMemo, useState } from 'react';
import { Button, Card, Empty, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState, sortByBranch } from '@retention/ui';
import { graphql } from './gql';
import { Chart } from './chart';
import { exportFileName, exportToExcel } from './export-excel';
import { RuleBuilder } from './rule-builder';
import { useOwnBranch, useScopeName } from './scope';
import './messages';

export const SegmentExplorerQuery = graphql(`
  query SegmentExplorer($month: String!, $segment: String!) {
    builtInSegments
    branches { code name nameEn }
    segmentCounts(month: $month) { branchCode segment count }
    segmentTrend(segment: $segment, months: 13) { month branchCode count }
  }
`);

const ExplorerMonthsQuery = graphql(`
  query ExplorerMonths {
    segmentMonths { refreshed latest }
  }
`);

/** Built-in segments by branch × month, their trend, and the rule builder for new segments. */
export function SegmentExplorer() {
  const { t } = useTranslation();
  const [{ data: months }] = useQuery({ query: ExplorerMonthsQuery });
  const [month, setMonth] = useState<string | null>(null);
  const [segment, setSegment] = useState('MID_HIGH_END');
  const current = month ?? months?.segmentMonths.latest ?? null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="segment-explorer">
      <Space>
        <span>{t('segments:segments.month')}</span>
        <Select style={{ width: 120 }} value={current} onChange={setMonth} options={(months?.segmentMonths.refreshed ?? []).map((m) => ({ value: m, label: m }))} />
        <span>{t('segments:segments.segment')}</span>
        <Select style={{ width: 220 }} value={segment} onChange={setSegment} options={SEGMENT_KEYS.map((k) => ({ value: k, label: t(`segments:segmentKeys.${k}`) }))} />
      </Space>
      {current ? <ExplorerForMonth month={current} segment={segment} /> : months && <Card size="small"><Empty description={t('segments:segments.noMonth')} /></Card>}
      <RuleBuilder month={current} />
    </Space>
  );
}

export const SEGMENT_KEYS = [
  'MID_HIGH_END', 'DYNAMIC_MID_HIGH_END', 'NEAR_MID_HIGH_END', 'CLASS_CHURN_RISK', 'CLASS_IMPORTANT', 'CLASS_ORDINARY', 'CLASS_IRREGULAR',
  'TENURE_LT_6M', 'TENURE_6_12M', 'TENURE_1_3Y', 'TENURE_3_5Y', 'TENURE_GE_5Y', 'MEASURES_GE_1', 'MEASURES_GE_2', 'MEASURES_GE_3',
] as const;

function ExplorerForMonth({ month, segment }: { month: string; segment: string }) {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: SegmentExplorerQuery, variables: { month, segment } });
  const own = useOwnBranch();
  const scopeName = useScopeName();
  const name = (b: { name: string; nameEn: string }) => (i18n.language === 'en' ? b.nameEn : b.name);
  const rows = useMemo(() => {
    const byBranch = new Map<string, Record<string, number>>();
    for (const c of data?.segmentCounts ?? []) byBranch.set(c.branchCode, { ...byBranch.get(c.branchCode), [c.segment]: c.count });
    return sortByBranch(data?.branches ?? [], (b) => b.code).map((b) => ({ code: b.code, name: name(b), ...byBranch.get(b.code) })) as ({ code: string; name: string } & Record<string, number>)[];
  }, [data, i18n.language]); // eslint-disable-line react-hooks/exhaustive-deps

  const trendOption = useMemo(() => {
    const points = data?.segmentTrend ?? [];
    const monthsSorted = [...new Set(points.map((p) => p.month))].sort();
    const top = [...rows].sort((a, b) => (b[segment] ?? 0) - (a[segment] ?? 0)).slice(0, 5);
    return {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll' },
      grid: { left: 60, right: 20, bottom: 30, top: 40 },
      xAxis: { type: 'category', data: monthsSorted },
      yAxis: { type: 'value', scale: true },
      series: top.map((b) => ({ name: b.name, type: 'line', data: monthsSorted.map((m) => points.find((p) => p.month === m && p.branchCode === b.code)?.count ?? 0) })),
    };
  }, [data, rows, segment]);

  const download = () =>
    exportToExcel(exportFileName(t('segments:segments.fileName'), scopeName, month), month, [
      { title: t('segments:col.branch'), value: (r: (typeof rows)[number]) => r.name },
      ...SEGMENT_KEYS.map((k) => ({ title: t(`segments:segmentKeys.${k}`), value: (r: (typeof rows)[number]) => r[k] ?? 0, format: 'integer' as const })),
    ], rows);

  return (
    <QueryState fetching={fetching} error={error} empty={!data}>
      <Card size="small" title={t(own ? 'segments:segments.trendBranch' : 'segments:segments.trend', { segment: t(`segments:segmentKeys.${segment}`) })}>
        <Chart option={trendOption} height={280} testId="segment-trend" />
      </Card>
      <Card size="small" title={t(own ? 'segments:segments.countsBranch' : 'segments:segments.counts', { month })} extra={<Button onClick={download}>{t('exportExcel')}</Button>} style={{ marginTop: 16 }}>
        <Table
          rowKey="code"
          size="small"
          pagination={false}
          scroll={{ x: 1600 }}
          dataSource={rows}
          columns={[
            { title: t('segments:col.branch'), dataIndex: 'name', fixed: 'left', width: 90 },
            ...SEGMENT_KEYS.map((k) => ({ title: t(`segments:segmentKeys.${k}`), dataIndex: k, align: 'right' as const, width: 100 })),
          ]}
        />
      </Card>
    </QueryState>
  );
}
