import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Radio, Select, Space, Table, Tag, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Capability } from '@retention/domain';
import { serverErrorMessage, useCan, useLabels } from '@retention/ui';
import { graphql } from '../gql';

export const KpiCohortChoiceQuery = graphql(`
  query KpiCohortChoice($year: Int!) {
    kpiCohort(year: $year) { year effectiveMonth segmentKey baseMonth cohortId cohortName isDefault versionId setAt setBy }
    kpiCohortVersions(year: $year) { effectiveMonth segmentKey baseMonth cohortName isDefault versionId setAt setBy }
  }
`);

export const KpiCohortOptionsQuery = graphql(`
  query KpiCohortOptions {
    cohorts { id name segmentKey definitionId baseMonth members }
    segmentMonths { refreshed }
  }
`);

export const SetKpiCohortMutation = graphql(`
  mutation SetKpiCohort($year: Int!, $input: KpiCohortInput!, $effectiveMonth: String, $idempotencyKey: String) {
    setKpiCohort(year: $year, input: $input, effectiveMonth: $effectiveMonth, idempotencyKey: $idempotencyKey) { versionId effectiveMonth segmentKey baseMonth }
  }
`);

/** The segments a KPI cohort may freeze (published flags of segments_api.membership_v1). */
export const COHORT_SEGMENTS = ['MID_HIGH_END', 'DYNAMIC_MID_HIGH_END', 'NEAR_MID_HIGH_END'] as const;
const REFRESH = { additionalTypenames: ['KpiCohort'] };
const newKey = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/**
 * The photo cohort of the COHORT_RETENTION KPI for the year: December Y−1's mid-high-end
 * customers unless the province picks another — one of segments' photo cohorts, or a
 * published segment at a month segments has refreshed. Each choice is a new version from its
 * effective month; earlier months keep theirs.
 */
export function KpiCohortChoice({ year }: { year: number }) {
  const { t, i18n } = useTranslation();
  const { label } = useLabels();
  const maySet = useCan(Capability.KPI_TARGET_SET);
  const [{ data }] = useQuery({ query: KpiCohortChoiceQuery, variables: { year }, context: REFRESH });
  const [options] = useQuery({ query: KpiCohortOptionsQuery, pause: !maySet });
  const [saved, save] = useMutation(SetKpiCohortMutation);
  const [mode, setMode] = useState<'cohort' | 'segment'>('cohort');
  const [cohortId, setCohortId] = useState<string | null>(null);
  const [segmentKey, setSegmentKey] = useState<string>('MID_HIGH_END');
  const [baseMonth, setBaseMonth] = useState<string | null>(null);
  const [effective, setEffective] = useState(`${year}-01`);
  const [key, setKey] = useState(newKey);
  const current = data?.kpiCohort;
  const lastBase = `${year}-11`;
  const usable = (month: string) => month < effective && month <= lastBase;
  // Only segments' cohorts of a published segment (not saved rule-built segments), frozen before the effective month.
  const cohorts = (options.data?.cohorts ?? []).filter((c) => c.segmentKey && (COHORT_SEGMENTS as readonly string[]).includes(c.segmentKey) && !c.definitionId && usable(c.baseMonth));
  const months = [...(options.data?.segmentMonths.refreshed ?? [])].filter(usable).reverse();
  const picked = cohorts.find((c) => c.id === cohortId);
  const input = mode === 'cohort' ? (picked ? { segmentKey: picked.segmentKey!, baseMonth: picked.baseMonth, cohortId: picked.id, cohortName: picked.name } : null) : baseMonth ? { segmentKey, baseMonth } : null;
  const onSave = async () => {
    if (!input) return;
    const result = await save({ year, input, effectiveMonth: effective, idempotencyKey: key }, REFRESH);
    if (!result.error) {
      setKey(newKey());
      void message.success(t('kpi:cohort.saved'));
    }
  };
  const describe = (c: { segmentKey: string; baseMonth: string; cohortName?: string | null }) => `${c.cohortName ? `${c.cohortName} · ` : ''}${label('segmentKey', c.segmentKey)} · ${c.baseMonth}`;
  const monthsOfYear = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  return (
    <Card size="small" title={`${t('kpi:cohort.title')} · ${year}`} data-testid="kpi-cohort-choice">
      {current && (
        <Descriptions size="small" bordered column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('kpi:cohort.current')}>
            <span data-testid="kpi-cohort-current">{describe(current)}</span>
            {current.isDefault && <Tag style={{ marginLeft: 8 }}>{t('kpi:cohort.default')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('kpi:effectiveMonth')}>{current.effectiveMonth}</Descriptions.Item>
          <Descriptions.Item label={t('kpi:cohort.setBy')}>{current.setBy ? `${current.setBy} · ${new Date(current.setAt!).toLocaleString(i18n.language)}` : '—'}</Descriptions.Item>
        </Descriptions>
      )}
      <Typography.Paragraph type="secondary">{t('kpi:cohort.help')}</Typography.Paragraph>
      {maySet && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)}>
            <Radio value="cohort">{t('kpi:cohort.fromCohort')}</Radio>
            <Radio value="segment">{t('kpi:cohort.fromSegment')}</Radio>
          </Radio.Group>
          <Space wrap>
            {mode === 'cohort' ? (
              <Select
                style={{ width: 380 }}
                placeholder={t('kpi:cohort.chooseCohort')}
                aria-label={t('kpi:cohort.chooseCohort')}
                value={cohortId ?? undefined}
                onChange={setCohortId}
                notFoundContent={t('kpi:cohort.noCohorts')}
                options={cohorts.map((c) => ({ value: c.id, label: `${c.name} · ${label('segmentKey', c.segmentKey)} · ${c.baseMonth} · ${c.members.toLocaleString()}` }))}
              />
            ) : (
              <>
                <Select style={{ width: 180 }} aria-label={t('kpi:cohort.segment')} value={segmentKey} onChange={setSegmentKey} options={COHORT_SEGMENTS.map((k) => ({ value: k, label: label('segmentKey', k) }))} />
                <Select style={{ width: 130 }} placeholder={t('kpi:cohort.baseMonth')} aria-label={t('kpi:cohort.baseMonth')} value={baseMonth ?? undefined} onChange={setBaseMonth} options={months.map((m) => ({ value: m, label: m }))} />
              </>
            )}
            <span>{t('kpi:effectiveMonth')}</span>
            <Select style={{ width: 110 }} aria-label={t('kpi:cohort.effective')} value={effective} onChange={setEffective} options={monthsOfYear.map((m) => ({ value: m, label: m }))} />
            <Button type="primary" disabled={!input} loading={saved.fetching} onClick={() => void onSave()} data-testid="kpi-cohort-save">{t('kpi:cohort.save')}</Button>
          </Space>
          {saved.error && <Alert type="error" showIcon message={serverErrorMessage(saved.error, i18n.language)} data-testid="kpi-cohort-error" />}
        </Space>
      )}
      <Table
        size="small"
        style={{ marginTop: 12 }}
        rowKey={(v) => v.versionId ?? 'default'}
        pagination={false}
        title={() => t('kpi:cohort.versions')}
        dataSource={data?.kpiCohortVersions ?? []}
        columns={[
          { title: t('kpi:effectiveMonth'), dataIndex: 'effectiveMonth', width: 110 },
          { title: t('kpi:cohort.current'), key: 'c', render: (_, v) => (v.isDefault ? `${describe(v)}（${t('kpi:cohort.default')}）` : describe(v)) },
          { title: t('kpi:cohort.setBy'), key: 'by', render: (_, v) => (v.setBy ? `${v.setBy} · ${new Date(v.setAt!).toLocaleString(i18n.language)}` : '—') },
        ]}
      />
    </Card>
  );
}
