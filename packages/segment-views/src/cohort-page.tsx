import { useMemo, useState } from 'react';
import { Alert, Button, Card, Form, Input, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Capability } from '@retention/domain';
import { QueryState, serverErrorMessage, sortByBranch, useCan, useLabels } from '@retention/ui';
import { graphql } from './gql';
import { SEGMENT_KEYS } from './segment-explorer';
import { Chart } from './chart';
import { exportFileName, exportToExcel } from './export-excel';
import { useOwnBranch, useScopeLabel, useScopeName } from './scope';
import './messages';

const CohortsQuery = graphql(`
  query Cohorts {
    cohorts { id name segmentKey baseMonth members createdAt }
    segmentMonths { refreshed }
  }
`);

export const CohortRetentionQuery = graphql(`
  query CohortRetention($id: ID!) {
    cohortRetention(id: $id) { month branchCode split withMeasure members retention churnRate valueRetention }
  }
`);

const CreateCohortMutation = graphql(`
  mutation CreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) { id name members }
  }
`);

const SPLITS = ['VNET', 'ANY_MEASURE', 'GOTONE', 'GROUP', 'FAMILY', 'DEPOSIT_GIFT', 'TERMINAL'] as const;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

// The list may be empty, and so hold no Cohort for the cache to invalidate by: name it.
const cohortsContext = { additionalTypenames: ['Cohort'] };

/** Photo cohorts (拍照客户): freeze a segment at a month, then follow retention and churn. */
export function CohortPage() {
  const { t, i18n } = useTranslation();
  const listScope = useScopeLabel();
  const [{ data, fetching, error }] = useQuery({ query: CohortsQuery, context: cohortsContext });
  const [selected, setSelected] = useState<string | null>(null);
  const [created, create] = useMutation(CreateCohortMutation);
  const canCreate = useCan(Capability.COHORT_CREATE);
  const current = selected ?? data?.cohorts[0]?.id ?? null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="cohort-page">
      {canCreate && (
        <Card size="small" title={t('segments:cohorts.create')}>
          <Form
            layout="inline"
            onFinish={async (values: { name: string; segment: string; baseMonth: string }) => {
              const res = await create({ input: values });
              // The new Cohort in the result makes the client's cache refetch the list.
              if (res.data) setSelected(res.data.createCohort.id);
            }}
          >
            <Form.Item name="name" rules={[{ required: true, message: t('segments:cohorts.nameRequired') }]}><Input placeholder={t('segments:cohorts.name')} /></Form.Item>
            <Form.Item name="segment" initialValue="MID_HIGH_END"><Select style={{ width: 180 }} options={SEGMENT_KEYS.map((k) => ({ value: k, label: t(`segments:segmentKeys.${k}`) }))} /></Form.Item>
            <Form.Item name="baseMonth" rules={[{ required: true, message: t('segments:cohorts.monthRequired') }]}>
              <Select style={{ width: 120 }} placeholder={t('segments:cohorts.baseMonth')} options={(data?.segmentMonths.refreshed ?? []).map((m) => ({ value: m, label: m }))} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={created.fetching}>{t('segments:cohorts.freeze')}</Button>
          </Form>
          {created.error && <Alert type="error" showIcon style={{ marginTop: 8 }} message={serverErrorMessage(created.error, i18n.language)} />}
        </Card>
      )}
      <QueryState fetching={fetching} error={error} empty={!data?.cohorts.length} emptyText={t('segments:cohorts.empty')}>
        <Select style={{ width: 360 }} value={current} onChange={setSelected}
          options={(data?.cohorts ?? []).map((c) => ({ value: c.id, label: `${c.name} · ${c.baseMonth} · ${t('segments:cohorts.membersOf', { scope: listScope, n: c.members.toLocaleString() })}` }))} />
        {current && <CohortCurves id={current} name={data?.cohorts.find((c) => c.id === current)?.name ?? ''} />}
      </QueryState>
    </Space>
  );
}

function CohortCurves({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  const scope = useScopeLabel();
  const scopeName = useScopeName();
  const own = useOwnBranch();
  const { branch: branchName } = useLabels();
  const [{ data, fetching, error }] = useQuery({ query: CohortRetentionQuery, variables: { id } });
  const [split, setSplit] = useState<(typeof SPLITS)[number]>('VNET');
  const points = useMemo(() => data?.cohortRetention ?? [], [data]);
  const months = useMemo(() => [...new Set(points.map((p) => p.month))].sort(), [points]);
  const scopeWide = (s: string, withMeasure: boolean) => months.map((m) => points.find((p) => p.month === m && p.branchCode === null && p.split === s && p.withMeasure === withMeasure));
  const option = useMemo(() => ({
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
    legend: {},
    grid: { left: 50, right: 20, bottom: 30, top: 40 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', min: (v: { min: number }) => Math.floor(v.min - 2), max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { name: t('segments:cohorts.all'), type: 'line', data: scopeWide('ALL', true).map((p) => (p ? +(p.retention * 100).toFixed(1) : null)) },
      { name: t('segments:cohorts.with', { split: t(`segments:cohorts.splits.${split}`) }), type: 'line', data: scopeWide(split, true).map((p) => (p ? +(p.retention * 100).toFixed(1) : null)) },
      { name: t('segments:cohorts.without', { split: t(`segments:cohorts.splits.${split}`) }), type: 'line', data: scopeWide(split, false).map((p) => (p ? +(p.retention * 100).toFixed(1) : null)) },
      { name: t('segments:cohorts.value'), type: 'line', lineStyle: { type: 'dashed' }, data: scopeWide('ALL', true).map((p) => (p ? +(p.valueRetention * 100).toFixed(1) : null)) },
    ],
  }), [months, points, split, t]); // eslint-disable-line react-hooks/exhaustive-deps
  const last = months[months.length - 1];
  const branches = sortByBranch(points.filter((p) => p.month === last && p.split === 'ALL' && p.branchCode !== null), (p) => p.branchCode);
  return (
    <QueryState fetching={fetching} error={error} empty={!points.length}>
      <Card size="small" title={t('segments:cohorts.curves', { scope })} extra={
        <Select style={{ width: 160 }} value={split} onChange={setSplit} options={SPLITS.map((s) => ({ value: s, label: t(`segments:cohorts.splits.${s}`) }))} />
      } style={{ marginTop: 16 }}>
        <Chart option={option} height={300} testId="cohort-chart" />
      </Card>
      <Card size="small" title={t(own ? 'segments:cohorts.byBranchOwn' : 'segments:cohorts.byBranch', { month: last })} style={{ marginTop: 16 }}
        extra={<Button onClick={() => exportToExcel(exportFileName(t('segments:cohorts.fileName'), name, scopeName, last), last ?? 'cohort', [
          { title: t('segments:col.branch'), value: (p: (typeof branches)[number]) => branchName(p.branchCode) },
          { title: t('segments:cohorts.members'), value: (p) => p.members, format: 'integer' },
          { title: t('segments:cohorts.retention'), value: (p) => p.retention, format: 'percent' },
          { title: t('segments:cohorts.churn'), value: (p) => p.churnRate, format: 'percent' },
          { title: t('segments:cohorts.value'), value: (p) => p.valueRetention, format: 'percent' },
        ], branches)}>{t('exportExcel')}</Button>}>
        <Table rowKey={(p) => p.branchCode ?? 'all'} size="small" pagination={false} dataSource={branches}
          columns={[
            { title: t('segments:col.branch'), dataIndex: 'branchCode', render: (code: string) => branchName(code) },
            { title: t('segments:cohorts.members'), dataIndex: 'members', align: 'right' },
            { title: t('segments:cohorts.retention'), dataIndex: 'retention', align: 'right', render: pct },
            { title: t('segments:cohorts.churn'), dataIndex: 'churnRate', align: 'right', render: pct },
            { title: t('segments:cohorts.value'), dataIndex: 'valueRetention', align: 'right', render: pct },
          ]} />
      </Card>
    </QueryState>
  );
}
