import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { CampaignDetailQuery, CampaignExecutionQuery, CampaignListQuery, ReturnCampaignMutation } from '@retention/campaign-views/src/gql/graphql';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import ProvinceApp from '../App';
import type { PolicyOverviewQuery } from '../gql/graphql';

// Big pages render slowly on a loaded 2-core CI machine; each test still has its own assertions.
jest.setTimeout(240000);

// Canvas drawing is not what is tested here: the chart shows the series it was given.
jest.mock('@retention/segment-views/src/chart', () => ({
  Chart: ({ option, testId }: { option: { series: { data: unknown[] }[] }; testId?: string }) => (
    <pre data-testid={testId}>{JSON.stringify(option.series.map((s) => s.data))}</pre>
  ),
}));

const tier = { code: 'T1', name: '存300送300', offerKind: 'DEPOSIT_GIFT' as const, deposit: 300, gift: 300, months: 10, subsidyShare: null, costPerAcceptance: 300, tenureMinMonths: 12, tenureMaxMonths: null, trialMonths: 1 };

function campaign(status: CampaignDetailQuery['campaign']['status']): CampaignDetailQuery {
  return {
    campaign: {
      id: 'c1', name: '网龄计划：普通中高端回馈', kind: 'TENURE', level: 'PROVINCE', status, version: 3, description: '', ownerBranchCode: null, executingBranchCodes: ['CD', 'GA'],
      targetSegmentKey: 'CLASS_ORDINARY', targetSegmentId: null, targetRule: null, eligibilityRule: null, offerTiers: [tier], channels: ['PHONE_MANAGER'],
      talkTrack: '您好，感谢您多年来的支持……', startDate: '2026-11-01', endDate: '2026-12-31', budget: 100000, controlShare: 0.1, priorityWeight: 2, targetUptake: 0.08, targetChurnReduction: 0.02,
      birthdayInWindow: false, planPaths: [], reviewComment: null, createdBy: 'province', createdAt: '2026-10-20T02:00:00Z', updatedAt: '2026-10-21T02:00:00Z',
      submittedAt: '2026-10-21T02:00:00Z', publishedAt: status === 'PUBLISHED' ? '2026-10-22T02:00:00Z' : null, closedAt: null,
      audit: [
        { id: 'a2', actor: 'province', at: '2026-10-21T02:00:00Z', action: 'SUBMIT', fromStatus: 'DRAFT', toStatus: 'PENDING_APPROVAL', comment: null, changes: [] },
        { id: 'a1', actor: 'province', at: '2026-10-20T03:00:00Z', action: 'EDIT', fromStatus: 'DRAFT', toStatus: 'DRAFT', comment: null, changes: [{ field: 'controlShare', from: 0.1, to: 0.15 }] },
      ],
    },
  };
}

const execution: CampaignExecutionQuery = {
  campaign: {
    id: 'c1', status: 'PUBLISHED', budget: 100000, executingBranchCodes: ['CD', 'GA'],
    targetLists: [{ branchCode: 'CD', month: '2026-10', status: 'DISPATCHED', eligible: 1200, controlSize: 110, treatedSize: 990, builtAt: '2026-10-23T02:00:00Z', dispatchedAt: '2026-10-23T03:00:00Z' }],
    execution: [{
      branchCode: 'CD', treated: 990, tasks: 990, openTasks: 980, contacted: 10, reached: 8, accepted: 3, uptake: 0.3, validComplaints: 1, complaintRate: 0.1, complaintAlert: true, cost: 900,
      managers: [{ userId: 'u1', name: '成都电话经理 刘洋', tasks: 495, done: 10, contacted: 10, accepted: 3, validComplaints: 1, acceptedThisWeek: 3 }],
    }],
  },
};

const overview: PolicyOverviewQuery = { branches: [], campaigns: [] };
const list: CampaignListQuery = { campaigns: [] };

function capturing(responses: Record<string, unknown>) {
  const client = mockGraphQLClient(responses);
  const mutations: { name: string; variables: Record<string, unknown> }[] = [];
  const executeMutation = client.executeMutation.bind(client);
  client.executeMutation = ((request: { query: { definitions: readonly { name?: { value: string } }[] }; variables: Record<string, unknown> }, ...rest: unknown[]) => {
    mutations.push({ name: request.query.definitions[0].name?.value ?? '', variables: request.variables });
    return (executeMutation as (...args: unknown[]) => unknown)(request, ...rest);
  }) as typeof client.executeMutation;
  return { client, mutations };
}

function renderAt(path: string, client: ReturnType<typeof mockGraphQLClient>) {
  return render(
    <TestProviders client={client}>
      <MemoryRouter initialEntries={[path]} future={{ v7_startTransition: true }}>
        <ProvinceApp />
      </MemoryRouter>
    </TestProviders>,
  );
}

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: '1', username: 'province', displayName: '王敏', role: Role.PROVINCE_PLANNER, branch: null });
});

it('shows a submitted campaign with its audit journal and returns it only with a comment', async () => {
  const returned: ReturnCampaignMutation = { returnCampaign: { id: 'c1', status: 'DRAFT', version: 4, reviewComment: '请补充终端档次' } };
  const { client, mutations } = capturing({ CampaignDetail: campaign('PENDING_APPROVAL'), ReturnCampaign: returned, PolicyOverview: overview, CampaignList: list });
  renderAt('/campaigns/c1', client);
  expect(await screen.findByTestId('campaign-status')).toHaveTextContent('待审批');
  const journal = screen.getByTestId('audit-journal');
  expect(within(journal).getByText('提交审批')).toBeInTheDocument();
  expect(within(journal).getByText('草稿 → 待审批')).toBeInTheDocument();
  expect(within(journal).getByTestId('audit-change-controlShare')).toHaveTextContent('对照组比例：10.0% → 15.0%');
  expect(screen.getByTestId('offer-tiers-table')).toHaveTextContent('存300送300');
  fireEvent.click(screen.getByTestId('campaign-return'));
  await screen.findByTestId('review-comment-input');
  const ok = document.getElementById('review-ok')!;
  expect(ok).toBeDisabled();
  fireEvent.change(screen.getByTestId('review-comment-input'), { target: { value: '请补充终端档次' } });
  await waitFor(() => expect(ok).toBeEnabled());
  fireEvent.click(ok);
  await waitFor(() => expect(mutations).toEqual([{ name: 'ReturnCampaign', variables: { id: 'c1', comment: '请补充终端档次' } }]));
});

it('shows every executing branch side by side with the complaint alert above 4 ‰', async () => {
  const { client } = capturing({ CampaignDetail: campaign('PUBLISHED'), CampaignExecution: execution });
  renderAt('/campaigns/c1', client);
  expect(await screen.findByTestId('complaint-alert-CD')).toHaveTextContent('成都有理投诉率 100.0‰（1 件），超过4‰警戒线');
  const table = screen.getByTestId('execution-table');
  expect(within(table).getByText('广安')).toBeInTheDocument();
  expect(within(table).getByText('未生成')).toBeInTheDocument();
  expect(within(table).getByText('已派发')).toBeInTheDocument();
  expect(within(table).getByText('30.0%')).toBeInTheDocument();
  expect(screen.queryByTestId('campaign-approve')).not.toBeInTheDocument();
  expect(screen.getByTestId('campaign-amend')).toBeInTheDocument();
});

it('asks an analyst for nothing it may not do: no authoring or approval buttons', async () => {
  signInForTest({ id: '2', username: 'analyst', displayName: '李强', role: Role.PROVINCE_ANALYST, branch: null });
  const { client } = capturing({ CampaignDetail: campaign('PENDING_APPROVAL'), PolicyOverview: overview, CampaignList: list });
  renderAt('/campaigns/c1', client);
  expect(await screen.findByTestId('campaign-status')).toHaveTextContent('待审批');
  for (const id of ['campaign-approve', 'campaign-return', 'campaign-clone', 'campaign-edit']) expect(screen.queryByTestId(id)).not.toBeInTheDocument();
});
