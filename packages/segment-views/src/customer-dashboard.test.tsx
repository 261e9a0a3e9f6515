import { render, screen } from '@testing-library/react';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import { CustomerDashboard } from './customer-dashboard';
import type { CustomerDashboardQuery, SegmentMonthsForDashboardQuery } from './gql/graphql';
import './messages';

// Canvas drawing is not what is tested here: the chart shows the series it was given.
jest.mock('./chart', () => ({
  Chart: ({ option, testId }: { option: { series: { data: unknown[] }[] }; testId?: string }) => (
    <pre data-testid={testId}>{JSON.stringify(option.series.map((s) => s.data))}</pre>
  ),
}));

const branch = (code: string, name: string, mhe: number, ytd: number): CustomerDashboardQuery['branches'][number] => ({
  code, name, nameEn: code, midHighEndCount: mhe, nearMidHighEndCount: 10, dynamicMidHighEndCount: mhe + 5,
  midHighEndMonthlyAverage: { yearToDate: ytd, monthsLoaded: 10 },
  crossStabilization: { atLeastOne: 0.85, atLeastTwo: 0.313, atLeastThree: 0.172 },
});

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: '1', username: 'province', displayName: '王敏', role: Role.PROVINCE_PLANNER, branch: null });
});

it('shows the latest month’s mid-high-end figures by branch, as cards, chart and table', async () => {
  const months: SegmentMonthsForDashboardQuery = { segmentMonths: { latest: '2026-10', refreshed: ['2026-09', '2026-10'] } };
  const dashboard: CustomerDashboardQuery = {
    branches: [branch('CD', '成都', 1200, 1180.5), branch('GA', '广安', 300, 290)],
    segmentCounts: [
      { branchCode: 'CD', segment: 'MID_HIGH_END', count: 1200 },
      { branchCode: 'GA', segment: 'MID_HIGH_END', count: 300 },
      { branchCode: 'CD', segment: 'CLASS_IMPORTANT', count: 500 },
    ],
    segmentTrend: [{ month: '2026-09', branchCode: 'CD', count: 1190 }, { month: '2026-10', branchCode: 'CD', count: 1200 }],
  };
  const client = mockGraphQLClient({ SegmentMonthsForDashboard: months, CustomerDashboard: dashboard });
  render(<TestProviders client={client}><CustomerDashboard /></TestProviders>);
  expect(await screen.findByTestId('customer-dashboard')).toBeInTheDocument();
  expect(screen.getByText('中高端客户 (2026-10)')).toBeInTheDocument();
  expect(screen.getByText('1,500')).toBeInTheDocument();
  expect(screen.getByTestId('chart-branches')).toHaveTextContent('[[1200,300],[1181,290]]');
  expect(screen.getByText('1,180.5')).toBeInTheDocument();
  expect(screen.getAllByText('85.0%')).toHaveLength(2);
});

it('says what to do when no month has been refreshed yet', async () => {
  const months: SegmentMonthsForDashboardQuery = { segmentMonths: { latest: null, refreshed: [] } };
  const client = mockGraphQLClient({ SegmentMonthsForDashboard: months });
  render(<TestProviders client={client}><CustomerDashboard /></TestProviders>);
  expect(await screen.findByText('尚未导入经分数据：请先导入并刷新细分')).toBeInTheDocument();
});

// Regression (issue 11 item 5): branches were listed by code order (AB, BZ, CD…) — the province order is 成都 first.
it('lists branches in the province’s order, by name', async () => {
  const months: SegmentMonthsForDashboardQuery = { segmentMonths: { latest: '2026-10', refreshed: ['2026-10'] } };
  const dashboard: CustomerDashboardQuery = {
    branches: [branch('AB', '阿坝', 10, 10), branch('GA', '广安', 300, 290), branch('CD', '成都', 1200, 1180.5)],
    segmentCounts: [], segmentTrend: [],
  };
  render(<TestProviders client={mockGraphQLClient({ SegmentMonthsForDashboard: months, CustomerDashboard: dashboard })}><CustomerDashboard /></TestProviders>);
  await screen.findByTestId('customer-dashboard');
  const rows = [...screen.getByTestId('dashboard-table').querySelectorAll('tbody tr')].map((r) => r.querySelector('td')?.textContent);
  expect(rows).toEqual(['成都', '广安', '阿坝']);
});
