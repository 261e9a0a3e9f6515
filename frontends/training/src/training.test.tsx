import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import TrainingApp from './App';
import type { SessionRosterQuery, TrainingCalendarQuery, TrainingCoursesQuery, TrainingCoverageQuery } from './gql/graphql';

jest.mock('@retention/segment-views/src/chart', () => ({
  Chart: ({ option, testId }: { option: { series: { data: unknown[] }[] }; testId?: string }) => <pre data-testid={testId}>{JSON.stringify(option.series.map((s) => s.data))}</pre>,
}));

const calendar: TrainingCalendarQuery = {
  trainingSessions: [
    { id: 's1', courseId: 'c1', level: 'BRANCH', branchCode: 'CD', trainer: '周婷', place: '成都营业厅培训室', startDate: '2026-10-12', endDate: '2026-10-12', startTime: '09:00', endTime: '17:30', capacity: 30, status: 'SCHEDULED', held: true, enrolled: 12, attended: 10, absent: 2, version: 1, course: { title: '营业厅熟客营销与服务', code: 'SHOP-REGULARS' } },
    { id: 's2', courseId: 'c2', level: 'PROVINCE', branchCode: null, trainer: '周婷', place: '省公司培训中心', startDate: '2026-12-16', endDate: '2026-12-16', startTime: '09:00', endTime: '12:00', capacity: 200, status: 'SCHEDULED', held: false, enrolled: 80, attended: 0, absent: 0, version: 1, course: { title: '策划专题：现场观摩', code: 'PLAN-SITE-VISIT' } },
  ],
  plannerSessionCheck: [{ branchCode: 'CD', ok: true }, { branchCode: 'GZ', ok: false }],
};
const courses: TrainingCoursesQuery = {
  courses: [{ id: 'c1', code: 'SHOP-REGULARS', title: '营业厅熟客营销与服务', description: '种子 002', category: 'SERVICE', audienceRoles: ['FRONT_DESK'], hours: 12, passMark: 70, version: 1, campaignId: null, modules: [{ title: '第一模块：让营业厅的过客成为熟客' }], materials: [] }],
};
const coverage: TrainingCoverageQuery = {
  trainingCoverage: [
    { branchCode: 'CD', staff: 40, trained: 30, coverage: 0.75, averageScore: 81.25, passRate: 0.9, enrolled: 50, attended: 30, absent: 5, sessionsHeld: 2, sessionsPlanned: 4, attendanceRateHeld: 0.857, attendanceRatePlanned: 0.6 },
  ],
};
const roster: SessionRosterQuery = {
  trainingSession: { id: 's1', branchCode: 'CD', course: { title: '营业厅熟客营销与服务', audienceRoles: ['FRONT_DESK'], passMark: 70 }, enrollments: [{ id: 'e1', version: 1, status: 'ATTENDED', score: 88, passed: true, staff: { id: 'p1', displayName: '张三', employeeNo: 'CD-FD01', role: 'FRONT_DESK', branchCode: 'CD' } }] },
};

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: '8', username: 'trainer', displayName: '周婷', role: Role.TRAINER, branch: null });
});

const client = () => mockGraphQLClient({ TrainingCalendar: calendar, TrainingCourses: courses, TrainingCoverage: coverage, SessionRoster: roster });

it('shows the quarterly calendar with held and upcoming sessions and flags branches without a planner topic', async () => {
  render(<TestProviders client={client()}><MemoryRouter future={{ v7_startTransition: true }}><TrainingApp /></MemoryRouter></TestProviders>);
  expect(await screen.findByText('营业厅熟客营销与服务')).toBeInTheDocument();
  expect(screen.getByText('12/30')).toBeInTheDocument();
  expect(screen.getByText('已举办')).toBeInTheDocument();
  expect(screen.getByText('待举办')).toBeInTheDocument();
  expect(screen.getByText(/本季度未安排策划专题培训的分公司：甘孜/)).toBeInTheDocument();
});

it('labels coverage and both attendance rates so none looks better than it is', async () => {
  render(<TestProviders client={client()}><MemoryRouter future={{ v7_startTransition: true }}><TrainingApp /></MemoryRouter></TestProviders>);
  fireEvent.click((await screen.findAllByText('覆盖率')).find((el) => el.getAttribute('role') === 'tab')!);
  expect(await screen.findByText('85.7% (2)')).toBeInTheDocument();
  expect(screen.getByText('出勤率（已举办场次）')).toBeInTheDocument();
  expect(screen.getByText('出勤率（本季度全部计划场次）')).toBeInTheDocument();
  expect(screen.getByText('75.0%')).toBeInTheDocument();
  expect(screen.getByText('60.0% (4)')).toBeInTheDocument();
});

it('lists the course catalogue with its audience', async () => {
  render(<TestProviders client={client()}><MemoryRouter future={{ v7_startTransition: true }}><TrainingApp /></MemoryRouter></TestProviders>);
  fireEvent.click((await screen.findAllByText('课程')).find((el) => el.getAttribute('role') === 'tab')!);
  expect(await screen.findByText('SHOP-REGULARS')).toBeInTheDocument();
  expect(screen.getByText('营业厅前台')).toBeInTheDocument();
});
