import { useState } from 'react';
import { Alert, Button, Card, Col, Row, Select, Space, Statistic, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { reachOf } from '@retention/domain';
import { exportFileName, exportToExcel } from '@retention/segment-views';
import { QueryState, useLabels, useSession } from '@retention/ui';
import { graphql } from '../gql';
import type { BranchScorecardQuery as ScorecardData } from '../gql/graphql';
import { formatKpi, pct, quarterOfMonth } from './scorecard-messages';

export const ScorecardMonthsQuery = graphql(`
  query ScorecardMonths {
    segmentMonths { refreshed latest }
  }
`);

export const BranchScorecardQuery = graphql(`
  query BranchScorecard($year: Int!, $month: String!) {
    kpiScoreboard(year: $year, month: $month) {
      branchCode rank total movement
      scores { kpi actual target weight cap attainment score noData figures { key period value } }
    }
  }
`);

export const BranchTrainingPlanQuery = graphql(`
  query BranchTrainingPlan($quarter: String!) {
    trainingSessions(quarter: $quarter) { id level branchCode startDate place held status course { title } enrolled attended }
    plannerSessionCheck(quarter: $quarter) { branchCode ok sessions }
  }
`);

export const BranchCoverageQuery = graphql(`
  query BranchCoverage($quarter: String!, $role: StaffRoleKey) {
    trainingCoverage(quarter: $quarter, role: $role) { branchCode staff trained coverage averageScore attendanceRateHeld attendanceRatePlanned }
  }
`);

type Board = ScorecardData['kpiScoreboard'];

function Movement({ value }: { value: number | null | undefined }) {
  const { t } = useTranslation();
  if (value === null || value === undefined) return <Tag>{t('scorecard:new')}</Tag>;
  if (value > 0) return <span style={{ color: '#389e0d' }} aria-label={t('scorecard:up', { n: value })}>▲ {value}</span>;
  if (value < 0) return <span style={{ color: '#cf1322' }} aria-label={t('scorecard:down', { n: -value })}>▼ {-value}</span>;
  return <span aria-label={t('scorecard:same')}>—</span>;
}

const ROLES = ['BRANCH_PLANNER', 'PHONE_MANAGER', 'FRONT_DESK'] as const;

function RoleCoverage({ quarter, role, code }: { quarter: string; role: string; code: string }) {
  const [{ data }] = useQuery({ query: BranchCoverageQuery, variables: { quarter, role } });
  const row = data?.trainingCoverage.find((r) => r.branchCode === code);
  return row ? <>{`${pct(row.coverage)} (${row.trained}/${row.staff})`}</> : <>—</>;
}

/** A branch's own scorecard and rank, the league's top three, and its training plan and coverage for the quarter. */
export function ScorecardPage() {
  const { t } = useTranslation();
  const { branch } = useLabels();
  const user = useSession().user;
  const code = user?.branch?.code ?? '';
  const [months] = useQuery({ query: ScorecardMonthsQuery });
  const [chosen, setChosen] = useState<string | null>(null);
  const month = chosen ?? months.data?.segmentMonths.latest ?? null;
  const year = month ? Number(month.slice(0, 4)) : new Date().getFullYear();
  const quarter = month ? quarterOfMonth(month) : '';
  const [board] = useQuery({ query: BranchScorecardQuery, variables: { year, month: month ?? '' }, pause: !month });
  const rows: Board = board.data?.kpiScoreboard ?? [];
  const own = rows.find((r) => r.branchCode === code);
  const league = rows.filter((r, i) => i < 3 || r.branchCode === code);
  const mayReadTraining = user ? reachOf(user.role, 'TRAINING_READ') !== null : false;
  const [plan] = useQuery({ query: BranchTrainingPlanQuery, variables: { quarter }, pause: !quarter || !mayReadTraining });
  const [pooled] = useQuery({ query: BranchCoverageQuery, variables: { quarter, role: null }, pause: !quarter });
  const ownCoverage = pooled.data?.trainingCoverage.find((r) => r.branchCode === code);
  const planner = plan.data?.plannerSessionCheck.find((p) => p.branchCode === code);

  const exportCard = () =>
    exportToExcel(
      exportFileName('KPI', code, month),
      'KPI',
      [
        { title: t('scorecard:kpi'), value: (s: Board[number]['scores'][number]) => t(`scorecard:name.${s.kpi}`) },
        { title: t('scorecard:actual'), value: (s) => s.actual },
        { title: t('scorecard:target'), value: (s) => s.target },
        { title: t('scorecard:weight'), value: (s) => s.weight },
        { title: t('scorecard:attainment'), value: (s) => s.attainment, format: 'percent' },
        { title: t('scorecard:score'), value: (s) => s.score, format: 'decimal1' },
      ],
      own?.scores ?? [],
    );

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="branch-scorecard">
      <Card
        size="small"
        title={`${t('scorecard:title')} · ${branch(code)}`}
        extra={
          <Space>
            <Select style={{ width: 120 }} value={month ?? undefined} onChange={setChosen} options={[...(months.data?.segmentMonths.refreshed ?? [])].reverse().map((m) => ({ value: m, label: m }))} aria-label={t('scorecard:month')} />
            <Button onClick={() => void exportCard()} disabled={!own}>{t('scorecard:export')}</Button>
          </Space>
        }
      >
        <QueryState fetching={board.fetching || months.fetching} error={board.error ?? months.error} empty={!own}>
          {own && (
            <>
              <Row gutter={16} style={{ marginBottom: 12 }}>
                <Col span={8}><Statistic title={t('scorecard:rank')} value={t('scorecard:of', { rank: own.rank, n: rows.length })} /></Col>
                <Col span={8}><Statistic title={t('scorecard:total')} value={own.total.toFixed(2)} /></Col>
                <Col span={8}><Statistic title={t('scorecard:movement')} valueRender={() => <Movement value={own.movement} />} /></Col>
              </Row>
              <Table
                rowKey="kpi"
                size="small"
                pagination={false}
                dataSource={own.scores}
                columns={[
                  { title: t('scorecard:kpi'), key: 'kpi', render: (_, s) => t(`scorecard:name.${s.kpi}`) },
                  { title: t('scorecard:actual'), key: 'actual', render: (_, s) => (s.noData ? <Tag color="warning">{t('scorecard:noData')}</Tag> : formatKpi(s.kpi, s.actual)) },
                  { title: t('scorecard:target'), key: 'target', render: (_, s) => formatKpi(s.kpi, s.target) },
                  { title: t('scorecard:attainment'), key: 'attainment', render: (_, s) => pct(s.attainment) },
                  { title: t('scorecard:score'), key: 'score', render: (_, s) => `${s.score.toFixed(2)} / ${s.weight}` },
                  {
                    title: t('scorecard:figures'),
                    key: 'figures',
                    render: (_, s) => s.figures.map((f) => <Tag key={`${f.key}${f.period}`}>{`${t(`scorecard:figure.${f.key}`)} ${f.period}: ${f.value.toLocaleString()}`}</Tag>),
                  },
                ]}
              />
            </>
          )}
        </QueryState>
      </Card>
      {rows.length > 0 && (
        <Card size="small" title={t('scorecard:league')}>
          <Table
            rowKey="branchCode"
            size="small"
            pagination={false}
            dataSource={league}
            rowClassName={(r) => (r.branchCode === code ? 'ant-table-row-selected' : '')}
            columns={[
              { title: t('scorecard:rank'), dataIndex: 'rank', width: 80 },
              { title: t('scorecard:branch'), key: 'b', render: (_, r) => branch(r.branchCode) },
              { title: t('scorecard:total'), key: 't', render: (_, r) => r.total.toFixed(2) },
              { title: t('scorecard:movement'), key: 'm', render: (_, r) => <Movement value={r.movement} /> },
            ]}
          />
        </Card>
      )}
      {quarter && (
        <Card size="small" title={`${t('scorecard:training')} · ${quarter}`}>
          {planner && <Alert style={{ marginBottom: 12 }} type={planner.ok ? 'success' : 'warning'} showIcon message={planner.ok ? t('scorecard:plannerOk') : t('scorecard:plannerMissing')} />}
          {ownCoverage && (
            <Row gutter={16} style={{ marginBottom: 12 }}>
              <Col span={6}><Statistic title={t('scorecard:coverage')} value={pct(ownCoverage.coverage)} suffix={`(${ownCoverage.trained}/${ownCoverage.staff})`} /></Col>
              <Col span={6}><Statistic title={t('scorecard:averageScore')} value={ownCoverage.averageScore?.toFixed(1) ?? '—'} /></Col>
              <Col span={6}><Statistic title={t('scorecard:rateHeld')} value={pct(ownCoverage.attendanceRateHeld)} /></Col>
              <Col span={6}><Statistic title={t('scorecard:ratePlanned')} value={pct(ownCoverage.attendanceRatePlanned)} /></Col>
            </Row>
          )}
          <Space wrap style={{ marginBottom: 12 }}>
            {ROLES.map((role) => (
              <Tag key={role}>
                {t(`scorecard:roles.${role}`)}: <RoleCoverage quarter={quarter} role={role} code={code} />
              </Tag>
            ))}
          </Space>
          {mayReadTraining && (
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={plan.data?.trainingSessions ?? []}
              columns={[
                { title: t('scorecard:date'), dataIndex: 'startDate', width: 110 },
                { title: t('scorecard:course'), key: 'c', render: (_, s) => s.course?.title },
                { title: t('scorecard:level'), key: 'l', render: (_, s) => (s.level === 'PROVINCE' ? t('scorecard:province') : t('scorecard:own')) },
                { title: t('scorecard:place'), dataIndex: 'place' },
                { title: '', key: 'h', render: (_, s) => (s.held ? <Tag color="green">{`${t('scorecard:held')} ${s.attended}/${s.enrolled}`}</Tag> : <Tag color="blue">{t('scorecard:planned')}</Tag>) },
              ]}
            />
          )}
        </Card>
      )}
    </Space>
  );
}
