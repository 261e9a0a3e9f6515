import { render, screen, within } from '@testing-library/react';
import { CombinedError } from '@urql/core';
import { fromValue } from 'wonka';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import type { CustomerDashboardQuery, SegmentMonthsForDashboardQuery } from '@retention/segment-views/src/gql/graphql';
import BranchApp from './App';
import type { BranchCampaignsQuery, BranchFiguresQuery, BranchReportsQuery } from './gql/graphql';

// Canvas drawing is not what is tested here: the chart shows the series it was given.
jest.mock('@retention/segment-views/src/chart', () => ({
  Chart: ({ option, testId }: { option: { series: { data: unknown[] }[] }; testId?: string }) => (
    <pre data-testid={testId}>{JSON.stringify(option.series.map((s) => s.data))}</pre>
  ),
}));

const chengdu = { code: 'CD', name: '成都', nameEn: 'Chengdu' };

const data: {
  BranchCampaigns: BranchCampaignsQuery;
  BranchFigures: BranchFiguresQuery;
  BranchReports: BranchReportsQuery;
  SegmentMonthsForDashboard: SegmentMonthsForDashboardQuery;
  CustomerDashboard: CustomerDashboardQuery;
} = {
  BranchCampaigns: { campaigns: [{ id: 'c3', name: '成都生日关怀', kind: 'CARE', level: 'BRANCH', status: 'PUBLISHED' }] },
  BranchFigures: { me: { id: '3', branch: { code: 'CD', subscriberCount: 11933 } } },
  BranchReports: { evaluationReports: [{ id: 'r1', status: 'SUBMITTED', updatedAt: '2026-11-01T00:00:00Z', campaign: null }] },
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

function renderAt(path: string, client = mockGraphQLClient(data)) {
  return render(
    <TestProviders client={client}>
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
  // Regression (issue 11 item 6): designed for one branch, not "all branches" with one bar.
  expect(screen.getByTestId('chart-own')).toHaveTextContent('[[1403,1398,0,0,0,0,0,0]]');
  expect(screen.queryByTestId('chart-branches')).not.toBeInTheDocument();
  expect(within(dashboard).getByText('本分公司各类客户数')).toBeInTheDocument();
  expect(within(dashboard).queryByText('各分公司中高端客户')).not.toBeInTheDocument();
  expect(within(dashboard).getByText('本分公司明细')).toBeInTheDocument();
  expect(within(dashboard).getByText('85.1%')).toBeInTheDocument();
});

// Regression (issue 11 item 2): the phone manager's home asked for evaluationReports, was
// refused, and the whole page was an English error.
it('gives a phone manager a home of what the role may read, without refused panels or segment pages', async () => {
  signInForTest({ id: '4', username: 'cd.phone1', displayName: '刘洋', role: Role.PHONE_MANAGER, branch: chengdu });
  const client = mockGraphQLClient(data);
  renderAt('/', client);
  expect(await screen.findByText('成都生日关怀')).toBeInTheDocument();
  expect(screen.getByTestId('phone-manager-hint')).toBeInTheDocument();
  expect(client.calls).not.toContain('BranchReports');
  expect(client.calls).not.toContain('BranchFigures');
  expect(screen.queryByTestId('panel-reports')).not.toBeInTheDocument();
  expect(screen.queryByTestId('customer-search')).not.toBeInTheDocument();
  expect(screen.queryByText('客户洞察')).not.toBeInTheDocument();
  expect(screen.queryByTestId('query-error')).not.toBeInTheDocument();
});

it('shows a refused panel as a translated message and keeps the other panels', async () => {
  const refused = { graphQLErrors: [{ message: "Access denied! You don't have permission for this action!", extensions: { code: 'FORBIDDEN', messages: { 'zh-CN': '您的角色无权查看或执行此操作', en: 'Your role may not see or do this' } } }] };
  const base = mockGraphQLClient(data);
  const client = {
    ...base,
    executeQuery: (request: Parameters<typeof base.executeQuery>[0], options?: Parameters<typeof base.executeQuery>[1]) => {
      const name = ((request.query as { definitions: { name?: { value: string } }[] }).definitions[0]).name?.value;
      if (name === 'BranchReports') return fromValue({ operation: request, error: new CombinedError(refused), stale: false, hasNext: false });
      return base.executeQuery(request, options);
    },
  } as typeof base;
  renderAt('/', client);
  expect(await screen.findByText('成都生日关怀')).toBeInTheDocument();
  expect(await screen.findByTestId('query-error')).toHaveTextContent('您的角色无权查看或执行此操作');
  expect(screen.queryByText(/Access denied/)).not.toBeInTheDocument();
  expect(screen.getByText('11,933')).toBeInTheDocument();
});
