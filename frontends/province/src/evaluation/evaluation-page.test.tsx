import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import type {
  AcceptReportMutation,
  CampaignResultsQuery,
  EvaluationCampaignsQuery,
  EvaluationReportsQuery,
  ProvinceEvaluationNoticesQuery,
  ReviewQueueQuery,
} from '../gql/graphql';
import { CiWhiskers } from './ci-whiskers';
import { CampaignResults } from './campaign-results';
import { EvaluationPage } from './evaluation-page';

// Big pages render slowly on a loaded 2-core CI machine; each test still has its own assertions.
jest.setTimeout(240000);

// ECharts draws on a canvas jsdom does not have: the bar charts show their series as text.
jest.mock('@retention/segment-views', () => ({
  ...jest.requireActual('@retention/segment-views'),
  Chart: ({ option, testId }: { option: { series: { data: unknown[] }[] }; testId?: string }) => <pre data-testid={testId}>{JSON.stringify(option.series.map((s) => s.data))}</pre>,
}));

const figures = {
  month: '2031-06', provisional: false, listSize: 10, controlSize: 4, treatedSize: 6, contacted: 4, reached: 3, accepted: 2, uptake: 0.5,
  churnTreated: 1 / 3, churnControl: 0.5, churnReduction: 1 / 6, churnReductionCiLow: -0.45, churnReductionCiHigh: 0.79, pValue: 0.598,
  arpuDid: 25.83, arpuDidCiLow: -9.4, arpuDidCiHigh: 61.06, validComplaintRate: 0.25, complaintAlert: true, cost: 500, incrementalRevenue: 465,
  roi: -0.07, power: 0.036, underpowered: true, controlContacted: 0,
};

const data: {
  EvaluationReports: EvaluationReportsQuery;
  ReviewQueue: ReviewQueueQuery;
  ProvinceEvaluationNotices: ProvinceEvaluationNoticesQuery;
  AcceptReport: AcceptReportMutation;
  EvaluationCampaigns: EvaluationCampaignsQuery;
  CampaignResults: CampaignResultsQuery;
} = {
  EvaluationReports: { evaluationReports: [] },
  ReviewQueue: {
    evaluationReviewQueue: [
      { id: 'r1', status: 'SUBMITTED', version: 3, month: '2031-06', campaignName: '存费送费：评估测试', campaignKind: 'DEPOSIT_GIFT', branchCode: 'CD', submittedAt: '2031-07-01T00:00:00Z', sharedPractice: false, tags: [] },
    ],
  },
  ProvinceEvaluationNotices: {
    evaluationNotifications: [{ id: 'n1', kind: 'SUBMITTED', campaignName: '存费送费：评估测试', branchCode: 'CD', month: '2031-06', comment: null, actorName: 'cd.planner', createdAt: '2031-07-01T00:00:00Z', read: false }],
    unreadEvaluationNotificationCount: 1,
  },
  AcceptReport: { acceptEvaluationReport: { id: 'r1', status: 'ACCEPTED', version: 4, reviewerComment: null, updatedAt: '2031-07-02T00:00:00Z' } },
  EvaluationCampaigns: { campaigns: [{ id: 'c1', name: '存费送费：评估测试', kind: 'DEPOSIT_GIFT', level: 'PROVINCE', status: 'CLOSED' }] },
  CampaignResults: {
    campaign: {
      id: 'c1',
      name: '存费送费：评估测试',
      pool: {
        ...figures, branchCode: null, startMonth: '2031-04', afterWindowEnd: '2031-06', listSize: 14, controlSize: 5,
        strata: [{ key: 'IMPORTANT', branchCode: 'CD', noControl: false, listSize: 5, controlSize: 2, contacted: 3, reached: 2, accepted: 1, uptake: 1 / 3, churnReduction: 1 / 6, churnReductionCiLow: -0.7, churnReductionCiHigh: 1.04, pValue: 0.71, arpuDid: 30, validComplaintRate: 1 / 3, cost: 300 }],
        tenure: [],
        channels: [{ key: 'PHONE_MANAGER', contacted: 3, reached: 2, accepted: 1, uptake: 1 / 3, validComplaintRate: 1 / 3, cost: 300 }],
      },
      branchEvaluations: [{ ...figures, branchCode: 'CD' }, { ...figures, branchCode: 'GA', churnReduction: -1 / 3, churnReductionCiLow: null, churnReductionCiHigh: null }],
    },
  },
};

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: '1', username: 'province', displayName: '王敏', role: Role.PROVINCE_PLANNER, branch: null });
});

function renderWith(node: React.ReactNode, client = mockGraphQLClient(data)) {
  render(
    <TestProviders client={client}>
      <MemoryRouter>{node}</MemoryRouter>
    </TestProviders>,
  );
  return client;
}

it('shows the review queue; returning needs a comment, accepting sends the version', async () => {
  const client = renderWith(<EvaluationPage />);
  // antd spaces out two-character Chinese button labels (退 回); getByText keeps the big page fast.
  const button = (root: HTMLElement, name: RegExp) => within(root).getByText(name).closest('button')!;
  await userEvent.click(await screen.findByText('审核队列'));
  const queue = await screen.findByTestId('review-queue');
  expect(within(queue).getByText('存费送费：评估测试')).toBeInTheDocument();
  expect(within(queue).getByText('成都')).toBeInTheDocument();
  expect(client.calls).toContain('ProvinceEvaluationNotices');

  await userEvent.click(button(queue, /^退\s*回$/));
  const dialog = await screen.findByRole('dialog');
  await userEvent.click(button(dialog, /^退\s*回$/));
  expect(await within(dialog).findByText('退回时必须填写审核意见')).toBeInTheDocument();
  expect(client.calls).not.toContain('ReturnReport');
  await userEvent.click(button(dialog, /^取\s*消$/));

  await userEvent.click(button(queue, /^通\s*过$/));
  const accept = await screen.findByText('通过报告');
  await userEvent.click(button(accept.closest('.ant-modal') as HTMLElement, /^通\s*过$/));
  await waitFor(() => expect(client.calls).toContain('AcceptReport'));
});

it('shows a campaign’s branches side by side with the underpowered flag and CI whiskers', async () => {
  renderWith(<CampaignResults />);
  await userEvent.click(screen.getByRole('combobox'));
  await userEvent.click(await screen.findByText('存费送费：评估测试'));
  const table = await screen.findByTestId('results-table');
  expect(within(table).getByText('成都')).toBeInTheDocument();
  expect(within(table).getByText('广安')).toBeInTheDocument();
  expect(within(table).getByText('全省合计')).toBeInTheDocument();
  expect(screen.getByText('检验效能不足（低于80%）')).toBeInTheDocument();
  expect(screen.getByText('有效投诉率超过4‰')).toBeInTheDocument();
  expect(screen.getAllByTestId('ci-whiskers-row')).toHaveLength(3);
  expect(screen.getByTestId('uptake-chart')).toHaveTextContent('[[0.5,0.5]]');
});

it('draws a whisker only where there is an interval', () => {
  render(<CiWhiskers title="CI" rows={[{ label: 'A', value: 0.1, low: -0.05, high: 0.25 }, { label: 'B', value: null, low: null, high: null }]} />);
  const rows = screen.getAllByTestId('ci-whiskers-row');
  expect(rows[0].querySelectorAll('line')).toHaveLength(3);
  expect(rows[1].querySelectorAll('line')).toHaveLength(0);
  expect(rows[1]).toHaveTextContent('—');
});
