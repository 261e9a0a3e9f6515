import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import type { CustomerDashboardQuery, SegmentMonthsForDashboardQuery } from '@retention/segment-views/src/gql/graphql';
import BranchApp from './App';
import type { BranchOverviewQuery } from './gql/graphql';

// Canvas drawing is not what is tested here: the chart shows the series it was given.
jest.mock('@retention/segment-views/src/chart', () => ({
  Chart: ({ option, testId }: { option: { series: { data: unknown[] }[] }; testId?: string }) => (
    <pre data-testid={testId}>{JSON.stringify(option.series.map((s) => s.data))}</pre>
  ),
}));

const chengdu = { code: 'CD', name: '成都', nameEn: 'Chengdu' };

const data: {
  BranchOverview: BranchOverviewQuery;
  SegmentMonthsForDashboard: SegmentMonthsForDashboardQuery;
  CustomerDashboard: CustomerDashboardQuery;
} = {
  BranchOverview: {
    me: { id: '3', branch: { ...chengdu, subscriberCount: 11933, campaignCount: 3 } },
    campaigns: [{ id: 'c3', name: '成都生日关怀', kind: 'CARE', level: 'BRANCH', status: 'PUBLISHED' }],
    evaluationReports: [{ id: 'r1', status: 'SUBMITTED', updatedAt: '2026-11-01T00:00:00Z', campaign: null }],
  },
  SegmentMonthsForDashboard: { segmentMonths: { latest: '2026-10', refreshed: ['2026-10'] } },
  // The API answers a branch user with their own branch only; the dashboard shows what it gets.
  CustomerDashboard: {
    branches: [{
      ...chengdu, midHighEndCount: 1403, nearMidHighEndCount: 1610, dynamicMidHighEndCount: 1475,
      midHighEndMonthlyAverage: { yearToDate: 1398.2, monthsLoaded: 10 },
      crossStabilization: { atLeastOne: 0.851, atLeastTwo: 0.302, atLeastThree: 0.168 },
    }],
    segmentCounts: [{ branchCode: 'CD', segment: 'MID_HIGH_END', count: 1403 }],
    segmentTrend: [{ month: '2026-09', branchCode: 'CD', count: 1390 }, { month: '2026-10', branchCode: 'CD', count: 1403 }],
  },
};

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: '3', username: 'cd.planner', displayName: '张丽', role: Role.BRANCH_PLANNER, branch: chengdu });
});

function renderAt(path: string) {
  return render(
    <TestProviders client={mockGraphQLClient(data)}>
      <MemoryRouter initialEntries={[path]} future={{ v7_startTransition: true }}>
        <BranchApp />
      </MemoryRouter>
    </TestProviders>,
  );
}

it("shows the branch's own figures, campaigns and reports", async () => {
  renderAt('/');
  expect(await screen.findByText('成都生日关怀')).toBeInTheDocument();
  expect(screen.getByTestId('remote-branch')).toHaveTextContent('分公司工作台 · 成都');
  expect(screen.getByText('11,933')).toBeInTheDocument();
  expect(screen.getByText('关怀')).toBeInTheDocument();
  expect(screen.getByText('已提交')).toBeInTheDocument();
});

it('shows its own customer dashboard, labelled as the branch’s, from the menu', async () => {
  renderAt('/');
  await screen.findByText('成都生日关怀');
  await userEvent.click(screen.getByText('客户洞察'));
  const dashboard = await screen.findByTestId('customer-dashboard');
  expect(within(dashboard).getByText('中高端客户月度趋势（本分公司）')).toBeInTheDocument();
  expect(screen.getByTestId('chart-branches')).toHaveTextContent('[[1403],[1398]]');
  expect(within(dashboard).getByText('85.1%')).toBeInTheDocument();
});
