import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import type { BranchManagersQuery, CampaignTasksQuery, DispatchManagersQuery, ReassignTasksMutation } from '../gql/graphql';
import { DispatchPanel } from './dispatch-panel';
import { ReassignTasks } from './reassign-tasks';
import '../messages';

jest.setTimeout(240000);
const slow = { timeout: 30000 };

const managers: DispatchManagersQuery = { campaign: { id: 'c1', execution: [] } };
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

function capturingClient(responses: Record<string, unknown>) {
  const client = mockGraphQLClient(responses);
  const calls: { name: string; variables: Record<string, unknown> }[] = [];
  const executeMutation = client.executeMutation.bind(client);
  client.executeMutation = ((request: { query: { definitions: readonly { name?: { value: string } }[] }; variables: Record<string, unknown> }, ...rest: unknown[]) => {
    calls.push({ name: request.query.definitions[0]?.name?.value ?? '', variables: request.variables });
    return (executeMutation as (...args: unknown[]) => unknown)(request, ...rest);
  }) as unknown as typeof client.executeMutation;
  return { client, calls };
}

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: 'p1', username: 'cd.planner', displayName: '张丽', role: Role.BRANCH_PLANNER, branch: { code: 'CD', name: '成都', nameEn: 'Chengdu' } });
});

it('takes the managers, their capacity and days off from branchManagers, and edits a day off and the daily capacity', async () => {
  const { client, calls } = capturingClient({ DispatchManagers: managers, BranchManagers: staff, CampaignTasks: tasks, SetManagerCapacity: { setManagerCapacity: true } });
  render(<TestProviders client={client}><DispatchPanel campaignId="c1" branchCode="CD" treated={100} onDispatched={jest.fn()} /></TestProviders>);
  const table = await screen.findByTestId('manager-table', {}, slow);
  // Before any dispatch: every active manager, the account manager too.
  await waitFor(() => expect(table).toHaveTextContent('成都客户经理 赵强'), slow);
  expect(table).toHaveTextContent('客户经理');
  expect(screen.getByTestId('days-off-u1')).toHaveTextContent('2026-11-03');
  fireEvent.change(screen.getByTestId('day-u2'), { target: { value: '2026-11-05' } });
  fireEvent.click(screen.getByTestId('day-save-u2'));
  await waitFor(() => expect(calls).toContainEqual({ name: 'SetManagerCapacity', variables: { userId: 'u2', capacity: 0, day: '2026-11-05' } }), slow);
  fireEvent.change(screen.getByTestId('capacity-u3').querySelector('input') ?? screen.getByTestId('capacity-u3'), { target: { value: '50' } });
  fireEvent.click(screen.getByTestId('capacity-save-u3'));
  await waitFor(() => expect(calls).toContainEqual({ name: 'SetManagerCapacity', variables: { userId: 'u3', capacity: 50, day: null } }), slow);
});

it('reassigns the selected open tasks to another manager, numbers masked', async () => {
  const moved: ReassignTasksMutation = { reassignTasks: 1 };
  const { client, calls } = capturingClient({ CampaignTasks: tasks, ReassignTasks: moved });
  const onMoved = jest.fn();
  render(<TestProviders client={client}><ReassignTasks campaignId="c1" branchCode="CD" managers={staff.branchManagers} onMoved={onMoved} /></TestProviders>);
  const table = await screen.findByTestId('reassign-table', {}, slow);
  await waitFor(() => expect(table).toHaveTextContent('139****0002'), slow);
  const rows = within(table).getAllByRole('row');
  fireEvent.click(within(rows[1]).getByRole('checkbox'));
  fireEvent.mouseDown(screen.getByTestId('reassign-to').querySelector('input')!);
  fireEvent.click(await screen.findByTitle('成都电话经理 陈静 · 3', {}, slow));
  fireEvent.click(screen.getByTestId('reassign-run'));
  await waitFor(() => expect(calls).toContainEqual({ name: 'ReassignTasks', variables: { taskIds: ['t1'], toUserId: 'u2' } }), slow);
  await waitFor(() => expect(onMoved).toHaveBeenCalled(), slow);
});
