import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import type { KpiMonthsQuery, KpiScoreboardQuery, KpiTargetsQuery, KpiTrendQuery, ProvincePlannerRuleQuery } from '../gql/graphql';
import { ScoreboardPage } from './scoreboard-page';
import { defaultEffectiveMonth } from './targets-editor';

// Big pages render slowly on a loaded 2-core CI machine; each test still has its own assertions.
jest.setTimeout(240000);

jest.mock('@retention/segment-views/src/chart', () => ({
  Chart: ({ option, testId }: { option: { series: { data: unknown[] }[] }; testId?: string }) => <pre data-testid={testId}>{JSON.stringify(option.series.map((s) => s.data))}</pre>,
}));

const score = (kpi: string, actual: number | null, target: number, weight: number, attainment: number) => ({
  kpi, actual, target, weight, cap: 1, attainment, score: weight * attainment, noData: actual === null, numerator: null, denominator: null,
  figures: kpi === 'MID_HIGH_END_AVG' ? [{ key: 'MID_HIGH_END', period: '2026-10', value: 1650 }] : [],
});

const board: KpiScoreboardQuery = {
  kpiScoreboard: [
    { branchCode: 'CD', rank: 1, total: 91.5, movement: 2, previousRank: 3, scores: [score('MID_HIGH_END_AVG', 1634, 1600, 60, 1), score('CAMPAIGN_UPTAKE', 0.2, 0.25, 40, 0.8)] },
    { branchCode: 'GA', rank: 2, total: 60, movement: -1, previousRank: 1, scores: [score('MID_HIGH_END_AVG', 181, 181, 60, 1), score('CAMPAIGN_UPTAKE', null, 0.25, 40, 0)] },
    { branchCode: 'ZG', rank: 2, total: 60, movement: 0, previousRank: 2, scores: [score('MID_HIGH_END_AVG', 179, 179, 60, 1), score('CAMPAIGN_UPTAKE', null, 0.25, 40, 0)] },
  ],
};
const data: { KpiMonths: KpiMonthsQuery; KpiScoreboard: KpiScoreboardQuery; KpiTrend: KpiTrendQuery; ProvincePlannerRule: ProvincePlannerRuleQuery; KpiTargets: KpiTargetsQuery } = {
  KpiMonths: { segmentMonths: { refreshed: ['2026-09', '2026-10'], latest: '2026-10' } },
  KpiScoreboard: board,
  KpiTrend: { kpiTrend: [{ month: '2026-10', branchCode: 'CD', rank: 1, total: 91.5 }] },
  ProvincePlannerRule: { plannerSessionCheck: [{ branchCode: 'CD', ok: true, sessions: 1 }, { branchCode: 'GZ', ok: false, sessions: 0 }] },
  KpiTargets: { kpiTargets: [{ branchCode: 'CD', kpi: 'MID_HIGH_END_AVG', target: 1600, weight: 60, cap: 1, effectiveMonth: '2026-01', versionId: 'v1' }] },
};

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: '1', username: 'province', displayName: '王敏', role: Role.PROVINCE_PLANNER, branch: null });
});

it('ranks the branches with movement arrows, shared ranks, no-data flags and the planner rule', async () => {
  const client = mockGraphQLClient(data);
  render(<TestProviders client={client}><ScoreboardPage /></TestProviders>);
  const table = within(await screen.findByTestId('kpi-scoreboard'));
  expect(await table.findByText('91.50')).toBeInTheDocument();
  expect(table.getByLabelText('上升 2 位')).toHaveTextContent('▲ 2');
  expect(table.getByLabelText('下降 1 位')).toHaveTextContent('▼ 1');
  expect(table.getAllByText('无数据')).toHaveLength(2);
  expect(table.getByText(/未安排策划专题培训：甘孜/)).toBeInTheDocument();
  // Competition ranking: GA and ZG share rank 2 (the totals table's rank cells).
  expect(table.getAllByText('60.00')).toHaveLength(2);
  expect(client.calls).toEqual(expect.arrayContaining(['KpiScoreboard', 'KpiTrend', 'KpiTargets']));
});

it('drills a score down to the raw figures it came from', async () => {
  render(<TestProviders client={mockGraphQLClient(data)}><ScoreboardPage /></TestProviders>);
  await screen.findByText('91.50');
  await userEvent.click(screen.getAllByLabelText(/展开行|Expand row/i)[0]);
  expect(await screen.findByText('中高端客户数 2026-10: 1,650')).toBeInTheDocument();
});

it('shows each branch’s weight total in the target editor', async () => {
  render(<TestProviders client={mockGraphQLClient(data)}><ScoreboardPage /></TestProviders>);
  expect(await screen.findByText(/目标、权重与封顶.* · 2026/)).toBeInTheDocument();
  expect(screen.getByText('1600 · 60 · 1')).toBeInTheDocument();
  await userEvent.click(screen.getByLabelText('编辑 CD'));
  expect(screen.getByLabelText('CD MID_HIGH_END_AVG target')).toHaveValue('1600');
  expect(screen.getByText('60')).toBeInTheDocument();
});

it('starts a new version of the targets this month, or where the version shown starts if later: past months keep theirs', () => {
  const july = [{ effectiveMonth: '2026-07' }];
  expect(defaultEffectiveMonth(2026, july, new Date(2026, 11, 2))).toBe('2026-12');
  expect(defaultEffectiveMonth(2026, july, new Date(2026, 2, 10))).toBe('2026-07');
  expect(defaultEffectiveMonth(2026, july, new Date(2027, 0, 5))).toBe('2026-07');
  expect(defaultEffectiveMonth(2026, [], new Date(2025, 10, 1))).toBe('2026-01');
});

it('offers that month in the target editor', async () => {
  const july = { kpiTargets: data.KpiTargets.kpiTargets.map((t) => ({ ...t, effectiveMonth: '2026-07', versionId: 'v2' })) };
  render(<TestProviders client={mockGraphQLClient({ ...data, KpiTargets: july })}><ScoreboardPage /></TestProviders>);
  expect(await screen.findByText('1600 · 60 · 1')).toBeInTheDocument();
  const month = screen.getByRole('combobox', { name: '生效月份' }).closest('.ant-select') as HTMLElement;
  expect(within(month).getByTitle(defaultEffectiveMonth(2026, july.kpiTargets, new Date()))).toBeInTheDocument();
});
