import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import type { ChurnAnalysisPageQuery, UptakeByTenurePageQuery } from '../gql/graphql';
import { AnalysesPage } from './analyses-page';

jest.setTimeout(240000);

// ECharts draws on a canvas jsdom does not have: the charts show their series as text.
jest.mock('@retention/segment-views', () => ({
  ...jest.requireActual('@retention/segment-views'),
  Chart: ({ option, testId }: { option: { series: { data: unknown[] }[] }; testId?: string }) => <pre data-testid={testId}>{JSON.stringify(option.series.map((s) => s.data))}</pre>,
}));

const g = (members: number, churned: number) => ({ members, churned, churnRate: members ? churned / members : null });

const data: { ChurnAnalysisPage: ChurnAnalysisPageQuery; UptakeByTenurePage: UptakeByTenurePageQuery } = {
  ChurnAnalysisPage: {
    churnAnalysis: {
      baseMonth: '2031-03', month: '2031-06', population: 'DYNAMIC_MID_HIGH_END', branchCode: null, participationFrom: '2031-01', participationTo: '2031-03',
      total: g(14, 5),
      byMeasure: [
        { measure: 'GOTONE', with: g(7, 0), without: g(7, 5), difference: 5 / 7 },
        { measure: 'TERMINAL', with: g(1, 1), without: g(13, 4), difference: 4 / 13 - 1 },
      ],
      byMeasureCount: [{ measures: 0, ...g(4, 4) }, { measures: 1, ...g(6, 1) }, { measures: 2, ...g(3, 0) }],
      byParticipation: [{ participation: 'NONE', ...g(0, 0) }, { participation: 'CONTROL', ...g(5, 2) }, { participation: 'ACCEPTED', ...g(3, 0) }],
    },
  },
  UptakeByTenurePage: {
    uptakeByTenureBand: [
      { campaignKind: 'DEPOSIT_GIFT', tenureBand: 'LT_6M', campaigns: 1, contacted: 4, accepted: 1, uptake: 0.25 },
      { campaignKind: 'DEPOSIT_GIFT', tenureBand: '1_3Y', campaigns: 1, contacted: 2, accepted: 1, uptake: 0.5 },
    ],
  },
};

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: '1', username: 'province', displayName: '王敏', role: Role.PROVINCE_PLANNER, branch: null });
});

it('shows churn by measure, by number of measures and by participation, and uptake by tenure band, with charts', async () => {
  const client = mockGraphQLClient(data);
  render(
    <TestProviders client={client}>
      <MemoryRouter>
        <AnalysesPage />
      </MemoryRouter>
    </TestProviders>,
  );
  expect(await screen.findByTestId('analyses-window')).toHaveTextContent('拍照：2031-03 的动态中高端客户（14 人），流失 = 2031-06 不在网；整体流失率 35.7%');
  const measures = screen.getByTestId('measure-table');
  expect(within(measures).getByText('全球通')).toBeInTheDocument();
  expect(within(measures).getByText('+71.4pp')).toBeInTheDocument();
  expect(screen.getByTestId('measure-chart')).toHaveTextContent('[[0,1],[0.7142857142857143,0.3076923076923077]]');
  expect(screen.getByTestId('measure-count-chart')).toHaveTextContent('[[1,0.16666666666666666,0]]');
  expect(within(screen.getByTestId('participation-table')).getByText('对照组')).toBeInTheDocument();
  expect(screen.getByText(/参与情况统计 2031-01 至 2031-03 生成的名单/)).toBeInTheDocument();
  const uptake = await screen.findByTestId('uptake-tenure-table');
  expect(within(uptake).getByText('半年以内')).toBeInTheDocument();
  expect(within(uptake).getByText('25.0%')).toBeInTheDocument();
  expect(screen.getByTestId('uptake-tenure-chart')).toHaveTextContent('[[0.25,0.5]]');
  expect(client.calls).toEqual(expect.arrayContaining(['ChurnAnalysisPage', 'UptakeByTenurePage']));
});
