import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Role } from '@retention/domain';
import { mockGraphQLClient, signInForTest } from '@retention/ui/testing';
import type { StaffRosterQuery } from '@retention/training-views/src/gql/graphql';
import type { CourseTalkTrackQuery, TalkTrackCampaignsQuery, TraineeHistoryQuery, TrainingCoursesQuery } from '../gql/graphql';
import { renderTrainingApp, signInAsTrainer } from '../testing';
import { historySummary } from './trainee-history';

jest.mock('@retention/segment-views/src/chart', () => ({ Chart: ({ testId }: { testId?: string }) => <div data-testid={testId} /> }));

const staff: StaffRosterQuery = {
  staff: {
    totalCount: 3,
    pageInfo: { endCursor: 'MQ==', hasNextPage: false },
    nodes: [
      { id: 'p1', employeeNo: 'CD-FD01', displayName: '张婷', role: 'FRONT_DESK', contactKind: null, branchCode: 'CD', active: true, hasLogin: false, version: 2 },
      { id: 'p2', employeeNo: 'CD-PM04', displayName: '李强', role: 'PHONE_MANAGER', contactKind: 'ACCOUNT', branchCode: 'CD', active: true, hasLogin: false, version: 1 },
      { id: 'u1', employeeNo: null, displayName: '成都策划', role: 'BRANCH_PLANNER', contactKind: null, branchCode: 'CD', active: true, hasLogin: true, version: 1 },
    ],
  },
};

const history: TraineeHistoryQuery = {
  staffMember: {
    id: 'p1', employeeNo: 'CD-FD01', displayName: '张婷', role: 'FRONT_DESK', contactKind: null, branchCode: 'CD', active: true, hasLogin: false,
    history: [
      { id: 'e3', status: 'REGISTERED', score: null, passed: null, session: { id: 's3', startDate: '2026-12-16', endDate: '2026-12-16', quarter: '2026-Q4', level: 'BRANCH', branchCode: 'CD', held: false, status: 'SCHEDULED', trainer: '周婷', place: '成都', course: { code: 'SHOP-REGULARS', title: '营业厅熟客营销与服务', hours: 12, passMark: 70 } } },
      { id: 'e2', status: 'ATTENDED', score: 66, passed: false, session: { id: 's2', startDate: '2026-10-12', endDate: '2026-10-12', quarter: '2026-Q4', level: 'BRANCH', branchCode: 'CD', held: true, status: 'SCHEDULED', trainer: '周婷', place: '成都', course: { code: 'TALK-TENURE', title: '网龄计划：营销必说话术', hours: 2, passMark: 80 } } },
      { id: 'e1', status: 'ABSENT', score: null, passed: null, session: { id: 's1', startDate: '2026-07-08', endDate: '2026-07-08', quarter: '2026-Q3', level: 'BRANCH', branchCode: 'CD', held: true, status: 'SCHEDULED', trainer: '周婷', place: '成都', course: { code: 'FRONT-BASICS', title: '一线基础：业务、系统与保有', hours: 8, passMark: 60 } } },
    ],
  },
};

const courses: TrainingCoursesQuery = {
  courses: [
    { id: 'c9', code: 'TALK-TENURE', title: '网龄计划：营销必说话术', description: '种子 004', category: 'TALK_TRACK', audienceRoles: ['PHONE_MANAGER', 'FRONT_DESK'], hours: 2, passMark: 80, version: 3, campaignId: 'camp1', modules: [], materials: [] },
  ],
};
const talkTrack: CourseTalkTrackQuery = {
  course: {
    id: 'c9', version: 3, campaignId: 'camp1',
    linkedCampaign: {
      id: 'camp1', name: '网龄计划：老客户回馈', status: 'PUBLISHED', startDate: '2026-11-01', endDate: '2026-12-31',
      training: { staff: 40, trained: 30, coverage: 0.75, branches: [{ branchCode: 'CD', staff: 40, trained: 30, coverage: 0.75 }] },
    },
  },
};
const campaigns: TalkTrackCampaignsQuery = {
  talkTrackCampaigns: [
    { id: 'camp1', name: '网龄计划：老客户回馈', status: 'PUBLISHED', level: 'PROVINCE', ownerBranchCode: null, startDate: '2026-11-01', endDate: '2026-12-31' },
    { id: 'camp2', name: '存费送费：冬季', status: 'PUBLISHED', level: 'PROVINCE', ownerBranchCode: null, startDate: '2026-12-01', endDate: '2027-01-31' },
  ],
};

/** The mock client, recording each operation's variables too. */
function client(extra: Record<string, unknown> = {}) {
  const mock = mockGraphQLClient({
    StaffRoster: staff, TraineeHistory: history, TrainingCourses: courses, CourseTalkTrack: talkTrack, TalkTrackCampaigns: campaigns,
    CreateStaff: { createStaff: { id: 'new', version: 1 } },
    UpdateStaff: { updateStaff: { ...staff.staff.nodes[0], active: false, version: 3 } },
    ImportStaff: {
      importStaff: {
        imported: false, rows: 3, created: 0, updated: 0,
        errors: [
          { line: 3, column: 'employee_no', code: 'DUPLICATE_ROW', value: 'CD-FD01', message: 'employee_no also on line 2' },
          { line: 4, column: 'role', code: 'BAD_ROLE', value: '厨师', message: 'role "厨师" is not a staff role' },
        ],
      },
    },
    LinkTalkTrackCourse: { linkTalkTrackCourse: { id: 'c9', version: 4, campaignId: 'camp2', linkedCampaign: { id: 'camp2', name: '存费送费：冬季', status: 'PUBLISHED' } } },
    ...extra,
  });
  const variables: { name: string; variables: Record<string, unknown> }[] = [];
  const record = (fn: (op: never) => unknown) => (op: { query: { definitions: { kind: string; name?: { value: string } }[] }; variables: Record<string, unknown> }) => {
    variables.push({ name: op.query.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value ?? '', variables: op.variables });
    return fn(op as never);
  };
  mock.executeQuery = record(mock.executeQuery.bind(mock) as never) as never;
  mock.executeMutation = record(mock.executeMutation.bind(mock) as never) as never;
  return Object.assign(mock, { variables });
}

/** Opens an antd Select by its aria-label (on the select and its search input). */
const openSelect = (labelled: HTMLElement[]) => fireEvent.mouseDown(labelled.find((el) => el.tagName === 'INPUT') ?? labelled[0]);

const renderAt = (path: string, c = client()) => renderTrainingApp(path, c);

beforeEach(signInAsTrainer);

describe('staff management', () => {
  it('lists the roster with role, contact kind, login and status, each name linking to the trainee’s history', async () => {
    renderAt('/?tab=staff');
    const roster = await screen.findByTestId('staff-roster');
    expect(await within(roster).findByText('张婷')).toHaveAttribute('href', '/staff/p1');
    expect(within(roster).getByText('共 3 人')).toBeInTheDocument();
    expect(within(roster).getAllByText('客户经理').length).toBeGreaterThan(0);
    expect(within(roster).getByText('有账号')).toBeInTheDocument();
    // Users are deactivated in user administration, staff without a login here.
    expect(screen.getByLabelText('停用 张婷')).toBeInTheDocument();
    expect(screen.queryByLabelText('停用 成都策划')).not.toBeInTheDocument();
  });

  it('filters by contact kind and active flag (active staff by default)', async () => {
    const c = client();
    renderAt('/?tab=staff', c);
    await screen.findByTestId('staff-roster');
    expect(c.variables.find((v) => v.name === 'StaffRoster')!.variables).toMatchObject({ active: true, contactKind: null, role: null, branchCode: null });
    openSelect(screen.getAllByLabelText('联系类型'));
    fireEvent.click(await screen.findByTitle('客户经理'));
    await waitFor(() => expect(c.variables.filter((v) => v.name === 'StaffRoster').at(-1)!.variables).toMatchObject({ contactKind: 'ACCOUNT' }));
  });

  it('deactivates at the version read', async () => {
    const c = client();
    renderAt('/?tab=staff', c);
    fireEvent.click(await screen.findByLabelText('停用 张婷'));
    await waitFor(() => expect(c.variables.find((v) => v.name === 'UpdateStaff')?.variables).toEqual({ id: 'p1', version: 2, input: { active: false } }));
  });

  it('adds a member of staff with an idempotency key', async () => {
    const c = client();
    renderAt('/?tab=staff', c);
    fireEvent.click(await screen.findByText('新增人员'));
    const modal = within((await screen.findByRole('dialog')) as HTMLElement);
    fireEvent.change(modal.getAllByLabelText('姓名').find((el) => el.tagName === 'INPUT')!, { target: { value: '王芳' } });
    openSelect(modal.getAllByLabelText('分公司'));
    fireEvent.click(await screen.findByTitle('自贡'));
    fireEvent.click(document.getElementById('staff-form-ok')!);
    await waitFor(() => expect(c.variables.find((v) => v.name === 'CreateStaff')).toBeDefined());
    const create = c.variables.find((v) => v.name === 'CreateStaff')!.variables as { input: object; key: string };
    expect(create.input).toEqual({ displayName: '王芳', role: 'FRONT_DESK', branchCode: 'ZG', contactKind: null, employeeNo: null });
    expect(create.key).toEqual(expect.any(String));
  });

  it('shows a staff import’s errors by row number, with the column and the value', async () => {
    const c = client();
    const { container } = renderAt('/?tab=staff', c);
    await screen.findByTestId('staff-roster');
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File(['工号,姓名,岗位\n'], 'staff.csv', { type: 'text/csv' });
    Object.defineProperty(file, 'arrayBuffer', { value: async () => new Uint8Array(Buffer.from('工号,姓名,岗位\n', 'utf8')).buffer });
    fireEvent.change(input, { target: { files: [file] } });
    const errors = await screen.findByTestId('import-errors');
    expect(within(errors).getByText('人员名单有错误，未导入任何人员')).toBeInTheDocument();
    expect(within(errors).getByText('厨师')).toBeInTheDocument();
    expect(within(errors).getByText('4')).toBeInTheDocument();
    expect(c.variables.find((v) => v.name === 'ImportStaff')!.variables).toMatchObject({ fileName: 'staff.csv', dryRun: false });
  });
});

describe('a trainee’s history', () => {
  it('shows every session with attendance, score and pass, and both attendance rates labelled', async () => {
    renderAt('/staff/p1');
    const page = await screen.findByTestId('trainee-history');
    expect(within(page).getByText('学员培训档案 · 张婷')).toBeInTheDocument();
    expect(within(page).getByText('网龄计划：营销必说话术')).toBeInTheDocument();
    expect(within(page).getAllByText('66').length).toBeGreaterThan(0);
    expect(within(page).getByText('出勤率（已举办场次）')).toBeInTheDocument();
    expect(within(page).getByText('50.0%')).toBeInTheDocument();
    expect(within(page).getByText('出勤率（全部报名场次，含待举办）')).toBeInTheDocument();
    expect(within(page).getByText('33.3%')).toBeInTheDocument();
    expect(within(page).getByText('已报名')).toBeInTheDocument();
  });

  it('sums attendance over held sessions and over all enrolled', () => {
    const s = historySummary(history.staffMember!.history);
    expect(s).toMatchObject({ sessions: 3, held: 2, attended: 1, absent: 1, rateHeld: 0.5, averageScore: 66, passed: 0, scored: 1, hours: 2 });
    expect(s.rateAll).toBeCloseTo(1 / 3, 12);
  });
});

describe('talk-track training on a course', () => {
  it('shows the linked campaign with the branch’s trained staff, and links another published campaign at the version read', async () => {
    const c = client();
    renderAt('/?tab=courses', c);
    fireEvent.click(await screen.findByLabelText(/展开行|expand row/i));
    const panel = await screen.findByTestId('course-talk-track-c9');
    expect(await within(panel).findByText('网龄计划：老客户回馈')).toBeInTheDocument();
    expect(within(panel).getByText('一线人员已培训 30 / 40 人')).toBeInTheDocument();
    expect(within(panel).getByText('75.0%')).toBeInTheDocument();
    openSelect(within(panel).getAllByLabelText('选择已发布的营销活动'));
    fireEvent.click(await screen.findByTitle('存费送费：冬季 · 已发布 · 2026-12-01'));
    fireEvent.click(within(panel).getByText('关联活动'));
    await waitFor(() => expect(c.variables.find((v) => v.name === 'LinkTalkTrackCourse')?.variables).toEqual({ courseId: 'c9', version: 3, campaignId: 'camp2' }));
  }, 180_000);

  it('is read-only for province analysts', async () => {
    signInForTest({ id: '3', username: 'analyst', displayName: '经分', role: Role.PROVINCE_ANALYST, branch: null });
    renderAt('/?tab=courses');
    fireEvent.click(await screen.findByLabelText(/展开行|expand row/i));
    const panel = await screen.findByTestId('course-talk-track-c9');
    expect(await within(panel).findByText('网龄计划：老客户回馈')).toBeInTheDocument();
    expect(within(panel).queryAllByLabelText('选择已发布的营销活动')).toHaveLength(0);
    expect(screen.queryByText('新建课程')).not.toBeInTheDocument();
  });
});
