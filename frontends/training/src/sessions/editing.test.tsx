import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CombinedError } from '@urql/core';
import { fromValue } from 'wonka';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest } from '@retention/ui/testing';
import type { TrainingCalendarQuery, TrainingCoursesQuery } from '../gql/graphql';
import { renderTrainingApp, signInAsTrainer } from '../testing';

jest.mock('@retention/segment-views/src/chart', () => ({ Chart: ({ testId }: { testId?: string }) => <div data-testid={testId} /> }));

const calendar: TrainingCalendarQuery = {
  trainingSessions: [
    { id: 's1', courseId: 'c1', level: 'BRANCH', branchCode: 'CD', trainer: '周婷', place: '成都营业厅培训室', startDate: '2026-12-14', endDate: '2026-12-14', startTime: '09:00', endTime: '17:00', capacity: 30, status: 'SCHEDULED', held: false, enrolled: 12, attended: 0, absent: 0, version: 4, course: { title: '营业厅熟客营销与服务', code: 'SHOP-REGULARS' } },
  ],
  plannerSessionCheck: [{ branchCode: 'CD', ok: true }],
};
const courses: TrainingCoursesQuery = {
  courses: [{ id: 'c1', code: 'SHOP-REGULARS', title: '营业厅熟客营销与服务', description: '种子 002', category: 'SERVICE', audienceRoles: ['FRONT_DESK'], hours: 12, passMark: 70, version: 3, campaignId: null, modules: [], materials: [] }],
};
const conflict = new CombinedError({
  graphQLErrors: [{ message: 'version: the course is at version 4, not 3', extensions: { code: 'VERSION_CONFLICT', field: 'version', currentVersion: 4, messages: { 'zh-CN': 'version：已被他人修改', en: 'version: changed' } } }],
});

type Op = { kind: string; query: { definitions: { kind: string; name?: { value: string } }[] }; variables: Record<string, unknown> };
const nameOf = (op: Op) => op.query.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value ?? '';

/** The mock client, recording each operation; mutations answer with `mutate` (data or an error). */
function client(mutate: (name: string) => { data?: unknown; error?: CombinedError }) {
  const mock = mockGraphQLClient({ TrainingCalendar: calendar, TrainingCourses: courses, SessionCourseOptions: { courses: courses.courses.map(({ id, title }) => ({ id, title })) } });
  const sent: { name: string; variables: Record<string, unknown> }[] = [];
  const query = mock.executeQuery.bind(mock) as unknown as (op: Op) => unknown;
  mock.executeQuery = ((op: Op) => {
    sent.push({ name: nameOf(op), variables: op.variables });
    return query(op);
  }) as never;
  mock.executeMutation = ((op: Op) => {
    sent.push({ name: nameOf(op), variables: op.variables });
    return fromValue({ operation: op, ...mutate(nameOf(op)), stale: false, hasNext: false });
  }) as never;
  return Object.assign(mock, { sent });
}

const renderAt = renderTrainingApp;

const field = (dialog: HTMLElement, label: string) => within(dialog).getAllByLabelText(label).find((el) => el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') as HTMLInputElement;

beforeEach(signInAsTrainer);

describe('editing a course', () => {
  it('opens the course form pre-filled and saves the changes at the version read', async () => {
    const c = client(() => ({ data: { updateCourse: { ...courses.courses[0], title: '营业厅熟客（修订）', version: 4 } } }));
    renderAt('/?tab=courses', c);
    fireEvent.click(await screen.findByLabelText('编辑 SHOP-REGULARS'));
    const dialog = (await screen.findByRole('dialog')) as HTMLElement;
    expect(within(dialog).getByText('编辑课程 · SHOP-REGULARS')).toBeInTheDocument();
    expect(field(dialog, '编号')).toHaveValue('SHOP-REGULARS');
    expect(field(dialog, '编号')).toBeDisabled();
    expect(field(dialog, '名称')).toHaveValue('营业厅熟客营销与服务');
    expect(field(dialog, '合格分')).toHaveValue('70');
    fireEvent.change(field(dialog, '名称'), { target: { value: '营业厅熟客（修订）' } });
    fireEvent.click(document.getElementById('course-form-ok')!);
    await waitFor(() => expect(c.sent.find((s) => s.name === 'UpdateCourse')).toBeDefined());
    expect(c.sent.find((s) => s.name === 'UpdateCourse')!.variables).toEqual({
      id: 'c1',
      version: 3,
      input: { title: '营业厅熟客（修订）', description: '种子 002', category: 'SERVICE', audienceRoles: ['FRONT_DESK'], hours: 12, passMark: 70 },
    });
    expect(c.sent.some((s) => s.name === 'CreateCourse')).toBe(false);
  });

  it('says in Chinese that someone saved first, and reloads the catalogue', async () => {
    const c = client(() => ({ error: conflict }));
    renderAt('/?tab=courses', c);
    fireEvent.click(await screen.findByLabelText('编辑 SHOP-REGULARS'));
    await screen.findByRole('dialog');
    const loads = c.sent.filter((s) => s.name === 'TrainingCourses').length;
    fireEvent.click(document.getElementById('course-form-ok')!);
    expect(await screen.findByTestId('course-form-error')).toHaveTextContent('保存前已有他人修改了这条记录，未保存您的修改');
    await waitFor(() => expect(c.sent.filter((s) => s.name === 'TrainingCourses').length).toBeGreaterThan(loads));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});

describe('editing a session', () => {
  it('opens the session form pre-filled, keeps course, level and branch, and saves at the version read', async () => {
    const c = client(() => ({ data: { updateTrainingSession: { ...calendar.trainingSessions[0], place: '成都分公司三楼', version: 5 } } }));
    renderAt('/', c);
    fireEvent.click(await screen.findByLabelText('编辑 营业厅熟客营销与服务 2026-12-14'));
    const dialog = (await screen.findByRole('dialog')) as HTMLElement;
    expect(within(dialog).getByText('编辑场次 · 营业厅熟客营销与服务')).toBeInTheDocument();
    expect(field(dialog, '讲师')).toHaveValue('周婷');
    expect(field(dialog, '开始日期')).toHaveValue('2026-12-14');
    expect(field(dialog, '名额')).toHaveValue('30');
    expect(within(dialog).getByText('成都')).toBeInTheDocument();
    fireEvent.change(field(dialog, '地点'), { target: { value: '成都分公司三楼' } });
    fireEvent.change(field(dialog, '开始日期'), { target: { value: '2026-12-15' } });
    fireEvent.change(field(dialog, '结束日期'), { target: { value: '2026-12-15' } });
    fireEvent.click(document.getElementById('session-form-ok')!);
    await waitFor(() => expect(c.sent.find((s) => s.name === 'UpdateTrainingSession')).toBeDefined());
    expect(c.sent.find((s) => s.name === 'UpdateTrainingSession')!.variables).toEqual({
      id: 's1',
      version: 4,
      input: { trainer: '周婷', place: '成都分公司三楼', startDate: '2026-12-15', endDate: '2026-12-15', startTime: '09:00', endTime: '17:00', capacity: 30 },
    });
  });

  it('says in English that someone saved first, and reloads the calendar', async () => {
    setLanguage('en');
    const c = client(() => ({ error: conflict }));
    renderAt('/', c);
    fireEvent.click(await screen.findByLabelText('Edit 营业厅熟客营销与服务 2026-12-14'));
    await screen.findByRole('dialog');
    const loads = c.sent.filter((s) => s.name === 'TrainingCalendar').length;
    fireEvent.click(document.getElementById('session-form-ok')!);
    expect(await screen.findByTestId('session-form-error')).toHaveTextContent('Someone else changed this record before you saved');
    await waitFor(() => expect(c.sent.filter((s) => s.name === 'TrainingCalendar').length).toBeGreaterThan(loads));
  });

  it('offers no edit to province analysts, who only read', async () => {
    signInForTest({ id: '3', username: 'analyst', displayName: '经分', role: Role.PROVINCE_ANALYST, branch: null });
    renderAt('/', client(() => ({})));
    expect(await screen.findByText('营业厅熟客营销与服务')).toBeInTheDocument();
    expect(screen.queryByLabelText('编辑 营业厅熟客营销与服务 2026-12-14')).not.toBeInTheDocument();
  });
});
