import { render, screen } from '@testing-library/react';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import type { BranchCoverageQuery, BranchScorecardQuery, BranchTrainingPlanQuery, ScorecardMonthsQuery } from '../gql/graphql';
import { ScorecardPage } from './scorecard-page';

// Big pages render slowly on a loaded 2-core CI machine; each test still has its own assertions.
jest.setTimeout(240000);

jest.mock('@retention/segment-views/src/chart', () => ({
  Chart: ({ option, testId }: { option: { series: { data: unknown[] }[] }; testId?: string }) => <pre data-testid={testId}>{JSON.stringify(option.series.map((s) => s.data))}</pre>,
}));

const board: BranchScorecardQuery = {
  kpiScoreboard: [
    { branchCode: 'MY', rank: 1, total: 95, movement: 0, scores: [] },
    { branchCode: 'NC', rank: 2, total: 90, movement: 1, scores: [] },
    { branchCode: 'DY', rank: 3, total: 88, movement: -1, scores: [] },
    {
      branchCode: 'CD', rank: 7, total: 82.34, movement: 3,
      scores: [
        { kpi: 'MID_HIGH_END_AVG', actual: 1634, target: 1700, weight: 40, cap: 1, attainment: 0.961, score: 38.45, noData: false, figures: [{ key: 'MID_HIGH_END', period: '2026-10', value: 1650 }] },
        { kpi: 'CAMPAIGN_UPTAKE', actual: null, target: 0.25, weight: 10, cap: 1, attainment: 0, score: 0, noData: true, figures: [] },
      ],
    },
  ],
};
const data: { ScorecardMonths: ScorecardMonthsQuery; BranchScorecard: BranchScorecardQuery; BranchTrainingPlan: BranchTrainingPlanQuery; BranchCoverage: BranchCoverageQuery } = {
  ScorecardMonths: { segmentMonths: { refreshed: ['2026-10'], latest: '2026-10' } },
  BranchScorecard: board,
  BranchTrainingPlan: {
    trainingSessions: [{ id: 's1', level: 'BRANCH', branchCode: 'CD', startDate: '2026-10-12', place: '成都营业厅培训室', held: true, status: 'SCHEDULED', course: { title: '营业厅熟客营销与服务' }, enrolled: 12, attended: 10 }],
    plannerSessionCheck: [{ branchCode: 'CD', ok: false, sessions: 0 }],
  },
  BranchCoverage: { trainingCoverage: [{ branchCode: 'CD', staff: 40, trained: 30, coverage: 0.75, averageScore: 81.2, attendanceRateHeld: 0.85, attendanceRatePlanned: 0.6 }] },
};

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: '3', username: 'cd.planner', displayName: '张丽', role: Role.BRANCH_PLANNER, branch: { code: 'CD', name: '成都', nameEn: 'Chengdu' } });
});

it('shows our rank, our scorecard with no-data flags, the league top three and our training plan and coverage', async () => {
  render(<TestProviders client={mockGraphQLClient(data)}><ScorecardPage /></TestProviders>);
  expect(await screen.findByText('第 7 名 / 共 4 个分公司')).toBeInTheDocument();
  expect(screen.getByText('82.34')).toBeInTheDocument();
  expect(screen.getAllByLabelText('上升 3 位')).toHaveLength(2); // our statistic and our league row
  expect(screen.getByText('无数据')).toBeInTheDocument();
  expect(screen.getByText('中高端客户数 2026-10: 1,650')).toBeInTheDocument();
  expect(screen.getByText('绵阳')).toBeInTheDocument();
  expect(screen.getByText('本季度尚未安排策划专题培训（每季度一次）')).toBeInTheDocument();
  expect(screen.getByText('已举办 10/12')).toBeInTheDocument();
  expect(screen.getByText('出勤率（本季度全部计划场次）')).toBeInTheDocument();
});
