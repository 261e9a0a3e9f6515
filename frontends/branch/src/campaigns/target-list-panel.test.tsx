import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { CampaignExecutionQuery } from '@retention/campaign-views/src/gql/graphql';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import type { BranchManagersQuery, BranchTargetListQuery, CampaignTasksQuery, DispatchManagersQuery, DispatchTargetListMutation, ListMembersQuery } from '../gql/graphql';
import { TargetListPanel } from './target-list-panel';
import '../messages';

jest.mock('@retention/segment-views/src/chart', () => ({
  Chart: ({ option, testId }: { option: { series: { data: unknown[] }[] }; testId?: string }) => (
    <pre data-testid={testId}>{JSON.stringify(option.series.map((s) => s.data))}</pre>
  ),
}));
jest.setTimeout(240000);
const slow = { timeout: 20000 };

const REASONS = ['NOT_ON_NETWORK', 'SPECIAL_ACCOUNT', 'VIP_CARD', 'DO_NOT_CONTACT', 'RECENTLY_CONTACTED', 'FREQUENCY_CAP', 'ALREADY_TARGETED'] as const;
const counts: Record<string, number> = { SPECIAL_ACCOUNT: 12, VIP_CARD: 30, DO_NOT_CONTACT: 8 };

const list: BranchTargetListQuery = {
  campaign: {
    id: 'c1', status: 'PUBLISHED', startDate: '2026-11-01', endDate: '2026-12-31',
    targetList: {
      branchCode: 'CD', month: '2026-10', status: 'BUILT', segmentSize: 1500, eligible: 1250, controlSize: 120, treatedSize: 1080, builds: 1,
      firstBuiltAt: '2026-10-23T02:00:00Z', builtAt: '2026-10-23T02:00:00Z', dispatchedAt: null, jobId: 'j1',
      suppressed: REASONS.map((reason) => ({ reason, count: counts[reason] ?? 0 })),
      strata: [{ retentionClass: 'ORDINARY', size: 1000, control: 100, treated: 900 }, { retentionClass: 'NONE', size: 200, control: 20, treated: 180 }],
    },
  },
};

const managers: DispatchManagersQuery = { campaign: { id: 'c1', execution: [] } };
const execution: CampaignExecutionQuery = { campaign: { id: 'c1', status: 'PUBLISHED', budget: null, executingBranchCodes: ['CD'], targetLists: [], execution: [] } };
const members: ListMembersQuery = {
  campaign: { id: 'c1', targetList: { branchCode: 'CD', members: { totalCount: 1, pageInfo: { endCursor: 'x', hasNextPage: false }, nodes: [{ subscriberId: 'S0000001', msisdnMasked: '138****0001', status: 'CONTROL', reason: null, stratum: 'ORDINARY', byCampaignId: null, addedAt: '2026-10-23T02:00:00Z' }] } } },
};
const staff: BranchManagersQuery = {
  branchManagers: [
    { userId: 'u1', name: '成都电话经理 刘洋', contactKind: 'PHONE', capacity: 80, daysOff: ['2026-11-03'], openTasks: 12 },
    { userId: 'u2', name: '成都电话经理 陈静', contactKind: 'PHONE', capacity: 60, daysOff: [], openTasks: 3 },
    { userId: 'u3', name: '成都客户经理 赵强', contactKind: 'ACCOUNT', capacity: 40, daysOff: [], openTasks: 0 },
  ],
};
const tasks: CampaignTasksQuery = {
  campaignTasks: {
    totalCount: 2, pageInfo: { endCursor: 'S0000003', hasNextPage: false },
    nodes: [
      { id: 't1', subscriberId: 'S0000002', msisdnMasked: '139****0002', assigneeId: 'u1', assigneeName: '成都电话经理 刘洋', plannedDay: '2026-11-02', status: 'OPEN', callbackAt: null },
      { id: 't2', subscriberId: 'S0000003', msisdnMasked: '139****0003', assigneeId: 'u1', assigneeName: '成都电话经理 刘洋', plannedDay: '2026-11-02', status: 'CALLBACK', callbackAt: '2026-11-02T08:00:00Z' },
    ],
  },
};
const dispatched: DispatchTargetListMutation = {
  dispatchTargetList: {
    dispatched: 1000, overflow: 80, overflowSubscriberIds: ['S0009999'], fromDay: '2026-11-01', toDay: '2026-11-07',
    managers: [{ userId: 'u1', name: '成都电话经理 刘洋', contactKind: 'PHONE', assigned: 500, open: 500 }, { userId: 'u2', name: '成都电话经理 陈静', contactKind: 'PHONE', assigned: 500, open: 500 }],
  },
};

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: 'p1', username: 'cd.planner', displayName: '张丽', role: Role.BRANCH_PLANNER, branch: { code: 'CD', name: '成都', nameEn: 'Chengdu' } });
});

it('shows the funnel step by step, the seven reasons and the strata of the branch’s list', async () => {
  const client = mockGraphQLClient({ BranchTargetList: list, DispatchManagers: managers, CampaignExecution: execution, ListMembers: members });
  render(<TestProviders client={client}><TargetListPanel campaignId="c1" branchCode="CD" /></TestProviders>);
  const funnel = await screen.findByTestId('funnel-table', {}, slow);
  const rows = within(funnel).getAllByRole('row').slice(1).map((r) => r.textContent);
  expect(rows).toEqual(['目标细分客户1,500', '符合准入条件1,250', '剔除「特殊账户」后1,238', '剔除「VIP客户（由客户经理维系）」后1,208', '剔除「免打扰名单」后1,200', '对照组120', '营销组（待接触）1,080']);
  expect(within(screen.getByTestId('suppression-table')).getAllByRole('row')).toHaveLength(8);
  const strata = screen.getByTestId('strata-table');
  expect(strata).toHaveTextContent('普通中高端');
  expect(strata).toHaveTextContent('未分类');
  expect(strata).toHaveTextContent('10.0%');
  expect(screen.getByTestId('build-list')).toHaveTextContent('重新生成清单');
});

it('dispatches and reports the overflow and each manager’s load', async () => {
  const client = mockGraphQLClient({ BranchTargetList: list, DispatchManagers: managers, BranchManagers: staff, CampaignTasks: tasks, CampaignExecution: execution, ListMembers: members, DispatchTargetList: dispatched });
  render(<TestProviders client={client}><TargetListPanel campaignId="c1" branchCode="CD" /></TestProviders>);
  fireEvent.click(await screen.findByRole('tab', { name: '派发' }, slow));
  fireEvent.click(await screen.findByTestId('dispatch-list', {}, slow));
  expect(await screen.findByTestId('dispatch-count', {}, slow)).toHaveTextContent('1,000');
  expect(screen.getByTestId('overflow-alert')).toHaveTextContent('80 位客户超出经理在活动期内的每日容量');
  expect(screen.getByTestId('dispatch-managers-table')).toHaveTextContent('成都电话经理 陈静');
  await waitFor(() => expect(screen.getByTestId('capacity-editor')).toHaveTextContent('成都电话经理 刘洋'), slow);
});
