import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import type { StaffRosterQuery } from '@retention/training-views/src/gql/graphql';
import type { BranchTraineeQuery } from '../gql/graphql';
import { StaffPage } from './staff-page';

jest.setTimeout(240000);

const staff: StaffRosterQuery = {
  staff: {
    totalCount: 2,
    pageInfo: { endCursor: 'Mg==', hasNextPage: false },
    nodes: [
      { id: 'p1', employeeNo: 'CD-FD01', displayName: '张婷', role: 'FRONT_DESK', contactKind: null, branchCode: 'CD', active: true, hasLogin: false, version: 4 },
      { id: 'u1', employeeNo: null, displayName: '成都电话经理', role: 'PHONE_MANAGER', contactKind: 'PHONE', branchCode: 'CD', active: true, hasLogin: true, version: 1 },
    ],
  },
};
const trainee: BranchTraineeQuery = {
  staffMember: {
    id: 'p1',
    displayName: '张婷',
    history: [
      { id: 'e2', status: 'REGISTERED', score: null, passed: null, session: { id: 's2', startDate: '2026-12-16', held: false, status: 'SCHEDULED', course: { title: '营业厅熟客营销与服务', passMark: 70 } } },
      { id: 'e1', status: 'ATTENDED', score: 88, passed: true, session: { id: 's1', startDate: '2026-10-12', held: true, status: 'SCHEDULED', course: { title: '网龄计划：营销必说话术', passMark: 80 } } },
    ],
  },
};

function client() {
  const mock = mockGraphQLClient({ StaffRoster: staff, BranchTrainee: trainee, UpdateStaff: { updateStaff: { ...staff.staff.nodes[0], active: false, version: 5 } }, CreateStaff: { createStaff: { id: 'new', version: 1 } } });
  const sent: { name: string; variables: Record<string, unknown> }[] = [];
  for (const method of ['executeQuery', 'executeMutation'] as const) {
    const original = mock[method].bind(mock) as (...args: unknown[]) => unknown;
    (mock as unknown as Record<string, unknown>)[method] = (op: { query: { definitions: { kind: string; name?: { value: string } }[] }; variables: Record<string, unknown> }, ...rest: unknown[]) => {
      sent.push({ name: op.query.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value ?? '', variables: op.variables });
      return original(op, ...rest);
    };
  }
  return Object.assign(mock, { sent });
}

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: '4', username: 'cd.planner', displayName: '成都策划', role: Role.BRANCH_PLANNER, branch: { code: 'CD', name: '成都', nameEn: 'Chengdu' } });
});

it('lists the branch’s own staff, deactivates staff without a login at the version read, and opens a trainee’s record', async () => {
  const c = client();
  render(<TestProviders client={c}><StaffPage /></TestProviders>);
  const page = await screen.findByTestId('branch-staff');
  expect(within(page).getByText('本分公司人员与培训档案 · 成都')).toBeInTheDocument();
  expect(await within(page).findByText('张婷')).toBeInTheDocument();
  expect(within(page).getByText('共 2 人')).toBeInTheDocument();
  // The branch is the caller's: the API scopes it, the page does not ask for another (and offers no branch filter or column).
  expect(c.sent.find((s) => s.name === 'StaffRoster')!.variables).toEqual({ branchCode: null, role: null, contactKind: null, active: true, search: null, first: 50, after: null });
  expect(within(page).queryByLabelText('分公司')).not.toBeInTheDocument();
  expect(screen.queryByLabelText('停用 成都电话经理')).not.toBeInTheDocument();
  fireEvent.click(screen.getByLabelText('停用 张婷'));
  await waitFor(() => expect(c.sent.find((s) => s.name === 'UpdateStaff')?.variables).toEqual({ id: 'p1', version: 4, input: { active: false } }));
  fireEvent.click(within(page).getByText('张婷'));
  const summary = await screen.findByTestId('branch-trainee-summary');
  expect(within(summary).getByText('出勤率（已举办场次）')).toBeInTheDocument();
  expect(within(summary).getByText('100.0%')).toBeInTheDocument();
  expect(within(summary).getByText('出勤率（全部报名场次，含待举办）')).toBeInTheDocument();
  expect(within(summary).getByText('50.0%')).toBeInTheDocument();
  expect(await screen.findByText('网龄计划：营销必说话术')).toBeInTheDocument();
});

it('adds a member of staff to the branch itself, with an idempotency key', async () => {
  const c = client();
  render(<TestProviders client={c}><StaffPage /></TestProviders>);
  fireEvent.click(await screen.findByText('新增人员'));
  const modal = within((await screen.findByRole('dialog')) as HTMLElement);
  expect(modal.queryByLabelText('分公司')).not.toBeInTheDocument();
  fireEvent.change(modal.getAllByLabelText('姓名').find((el) => el.tagName === 'INPUT')!, { target: { value: '王芳' } });
  fireEvent.click(document.getElementById('staff-form-ok')!);
  await waitFor(() => expect(c.sent.find((s) => s.name === 'CreateStaff')).toBeDefined());
  const create = c.sent.find((s) => s.name === 'CreateStaff')!.variables as { input: object; key: string };
  expect(create.input).toEqual({ displayName: '王芳', role: 'FRONT_DESK', branchCode: 'CD', contactKind: null, employeeNo: null });
  expect(create.key).toEqual(expect.any(String));
});
