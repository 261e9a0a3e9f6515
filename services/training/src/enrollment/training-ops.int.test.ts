import { Role } from '@retention/domain';
import { startService, type RunningService } from '@retention/graphql-kit';
import { createTestDatabase, postGraphQL, registerTestCallers, testCallerId, tokenFor, type TestDatabase } from '@retention/test-kit';
import { trainingService } from '../app';

/** Staff, courses, sessions, enrollment, attendance, sign-in sheets, coverage and the quarterly planner rule. */
let db: TestDatabase;
let service: RunningService;

process.env.TOKEN_CHECK_TTL_MS = '0';
process.env.TRAINING_TODAY = '2026-11-15';

const trainer = tokenFor(Role.TRAINER);
const cdPlanner = tokenFor(Role.BRANCH_PLANNER, 'CD');
const gaPlanner = tokenFor(Role.BRANCH_PLANNER, 'GA');
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

async function gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token = trainer) {
  return postGraphQL<T>(service.url, query, variables, token);
}
async function ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token = trainer): Promise<T> {
  const res = await gql<T>(query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

beforeAll(async () => {
  db = await createTestDatabase();
  service = await startService(trainingService, { databaseUrl: db.urlFor('training'), port: 0 });
  await registerTestCallers(db.adminUrl);
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

const IMPORT_STAFF = 'mutation($f: String!, $c: String!, $d: Boolean) { importStaff(fileName: $f, contentBase64: $c, dryRun: $d) { imported rows created updated errors { line column code value } } }';
const SIGN_IN = 'mutation($s: ID!, $f: String!, $c: String!) { importSignInSheet(sessionId: $s, fileName: $f, contentBase64: $c) { imported rows attended absent newlyEnrolled errors { line column code } } }';

let sessionId: string;
let frontLine: string;

describe('staff', () => {
  it('every user is staff, published in staff_v1 with the same columns', async () => {
    const rows = await service.dataSource.query(`SELECT staff_id, user_id, staff_role, contact_kind, branch_code, active FROM training_api.staff_v1 WHERE staff_id = $1`, [
      testCallerId(Role.PHONE_MANAGER, 'CD'),
    ]);
    expect(rows).toEqual([{ staff_id: testCallerId(Role.PHONE_MANAGER, 'CD'), user_id: testCallerId(Role.PHONE_MANAGER, 'CD'), staff_role: 'PHONE_MANAGER', contact_kind: 'PHONE', branch_code: 'CD', active: true }]);
  });

  it('imports a staff list with Chinese headers and refuses a file with errors, naming each line', async () => {
    const bad = '工号,姓名,岗位,分公司,联系类型\nCD-F1,张三,前台,CD,\nCD-F1,李四,前台,CD,\nCD-F2,,前台,CD,\nCD-F3,王五,厨师,CD,\nCD-F4,赵六,前台,XX,\nCD-F5,孙七,前台,CD,ACCOUNT\n';
    const res = await ok<{ importStaff: { imported: boolean; errors: { line: number; code: string }[] } }>(IMPORT_STAFF, { f: 'staff.csv', c: b64(bad) });
    expect(res.importStaff.imported).toBe(false);
    expect(res.importStaff.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'DUPLICATE_ROW'],
      [4, 'INVALID_NAME'],
      [5, 'BAD_ROLE'],
      [6, 'UNKNOWN_BRANCH'],
      [7, 'CONTACT_KIND_ONLY_MANAGERS'],
    ]);
    expect((await ok<{ staff: { totalCount: number } }>('{ staff(branchCode: "CD", role: FRONT_DESK) { totalCount } }')).staff.totalCount).toBe(0);
    const good = '工号,姓名,岗位,分公司\nCD-F1,张三,前台,CD\nCD-F2,李四,营业员,CD\nCD-F3,王五,前台,CD\nCD-P1,赵六,客户经理,CD\nGA-F1,钱七,前台,GA\n';
    expect((await ok<{ importStaff: object }>(IMPORT_STAFF, { f: 'staff.csv', c: b64(good) })).importStaff).toMatchObject({ imported: true, created: 5, updated: 0 });
    const again = (await ok<{ importStaff: { created: number; updated: number } }>(IMPORT_STAFF, { f: 'staff.csv', c: b64(good) })).importStaff;
    expect(again).toMatchObject({ created: 0, updated: 5 });
    const { staff } = await ok<{ staff: { nodes: { employeeNo: string; role: string; contactKind: string | null }[] } }>('{ staff(branchCode: "CD", search: "CD-P1") { nodes { employeeNo role contactKind } } }');
    expect(staff.nodes).toEqual([{ employeeNo: 'CD-P1', role: 'PHONE_MANAGER', contactKind: 'ACCOUNT' }]);
  });

  it('keeps branch planners to their own branch', async () => {
    const list = (await ok<{ staff: { nodes: { branchCode: string }[] } }>('{ staff(first: 500) { nodes { branchCode } } }', {}, gaPlanner)).staff.nodes;
    expect(new Set(list.map((s) => s.branchCode))).toEqual(new Set(['GA']));
    const res = await gql('mutation { createStaff(input: { displayName: "越界", role: FRONT_DESK, branchCode: "CD" }) { id } }', {}, gaPlanner);
    expect(res.errors![0].extensions).toMatchObject({ code: 'NOT_YOUR_BRANCH', field: 'input.branchCode' });
    const imported = await ok<{ importStaff: { errors: { code: string }[] } }>(IMPORT_STAFF, { f: 's.csv', c: b64('工号,姓名,岗位,分公司\nCD-F1,张三,前台,GA\n') }, gaPlanner);
    expect(imported.importStaff.errors.map((e) => e.code)).toEqual(['NOT_YOUR_BRANCH']);
    expect((await gql('{ staff { totalCount } }', {}, tokenFor(Role.PHONE_MANAGER, 'GA'))).errors![0].extensions!.code).toMatch(/UNAUTHORIZED|FORBIDDEN/);
  });

  it('edits at the version read and refuses a stale one', async () => {
    const { createStaff } = await ok<{ createStaff: { id: string; version: number } }>('mutation { createStaff(input: { displayName: "前台A", role: FRONT_DESK, branchCode: "CD" }, idempotencyKey: "k1") { id version } }', {}, cdPlanner);
    const twice = await ok<{ createStaff: { id: string } }>('mutation { createStaff(input: { displayName: "前台A", role: FRONT_DESK, branchCode: "CD" }, idempotencyKey: "k1") { id } }', {}, cdPlanner);
    expect(twice.createStaff.id).toBe(createStaff.id);
    await ok('mutation($id: ID!) { updateStaff(id: $id, version: 1, input: { displayName: "前台B" }) { version } }', { id: createStaff.id }, cdPlanner);
    const stale = await gql('mutation($id: ID!) { updateStaff(id: $id, version: 1, input: { displayName: "前台C" }) { version } }', { id: createStaff.id }, cdPlanner);
    expect(stale.errors![0].extensions).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2, messages: { 'zh-CN': expect.stringContaining('已被他人修改') } });
    const login = await gql('mutation($id: ID!) { updateStaff(id: $id, version: 1, input: { active: false }) { id } }', { id: testCallerId(Role.PHONE_MANAGER, 'CD') }, cdPlanner);
    expect(login.errors![0].extensions!.code).toBe('STAFF_HAS_LOGIN');
  });
});

describe('staff management', () => {
  it('filters the roster by branch, role, contact kind and active flag', async () => {
    const ids = async (args: string, token = trainer) =>
      (await ok<{ staff: { totalCount: number; nodes: { employeeNo: string | null; contactKind: string | null; active: boolean }[] } }>(`{ staff(${args}) { totalCount nodes { employeeNo contactKind active } } }`, {}, token)).staff;
    const accounts = await ids('branchCode: "CD", role: PHONE_MANAGER, contactKind: ACCOUNT');
    expect(accounts.nodes.map((n) => n.employeeNo)).toEqual(['CD-P1']);
    const phones = await ids('branchCode: "CD", contactKind: PHONE');
    expect(phones.nodes.every((n) => n.contactKind === 'PHONE')).toBe(true);
    const { createStaff } = await ok<{ createStaff: { id: string; version: number } }>('mutation { createStaff(input: { displayName: "离岗前台", role: FRONT_DESK, branchCode: "CD", employeeNo: "CD-OFF1" }) { id version } }');
    await ok('mutation($id: ID!, $v: Int!) { updateStaff(id: $id, version: $v, input: { active: false }) { active } }', { id: createStaff.id, v: createStaff.version });
    expect((await ids('branchCode: "CD", active: false')).nodes.map((n) => n.employeeNo)).toEqual(['CD-OFF1']);
    expect((await ids('branchCode: "CD", active: true')).nodes.some((n) => n.employeeNo === 'CD-OFF1')).toBe(false);
    // A search is literal: "_" and "%" match themselves only.
    expect((await ids('search: "CD_"')).totalCount).toBe(0);
    // A branch planner asking for another branch gets nothing.
    expect((await ids('branchCode: "GA"', cdPlanner)).totalCount).toBe(0);
    const [{ n }] = await service.dataSource.query(`SELECT count(*)::int AS n FROM training.audit WHERE entity = 'staff' AND entity_id = $1`, [createStaff.id]);
    expect(n).toBe(2);
  });
});

describe('courses, sessions and attendance', () => {
  beforeAll(async () => {
    const course = async (code: string, category: string, audienceRoles: string[]) =>
      (await ok<{ createCourse: { id: string } }>('mutation($i: CourseInput!) { createCourse(input: $i) { id } }', { i: { code, title: code, category, audienceRoles, hours: 3, passMark: 70 } })).createCourse.id;
    frontLine = await course('FL', 'FRONT_LINE', ['FRONT_DESK', 'PHONE_MANAGER']);
    const { createTrainingSession } = await ok<{ createTrainingSession: { id: string; quarter: string; held: boolean } }>(
      'mutation($i: SessionInput!) { createTrainingSession(input: $i) { id quarter held } }',
      { i: { courseId: frontLine, level: 'BRANCH', branchCode: 'CD', trainer: '周婷', place: '成都', startDate: '2026-10-20', capacity: 5 } },
    );
    expect(createTrainingSession).toMatchObject({ quarter: '2026-Q4', held: true });
    sessionId = createTrainingSession.id;
  });

  it('checks sessions: one quarter, dates in order, a branch for branch sessions', async () => {
    const make = (i: object) => gql('mutation($i: SessionInput!) { createTrainingSession(input: $i) { id } }', { i: { courseId: frontLine, level: 'BRANCH', branchCode: 'CD', trainer: 't', place: 'p', capacity: 5, ...i } });
    expect((await make({ startDate: '2026-09-30', endDate: '2026-10-01' })).errors![0].extensions).toMatchObject({ code: 'SESSION_SPANS_QUARTERS', field: 'input.endDate' });
    expect((await make({ startDate: '2026-10-02', endDate: '2026-10-01' })).errors![0].extensions!.code).toBe('DATES_OUT_OF_ORDER');
    expect((await make({ startDate: '2026-02-30' })).errors![0].extensions).toMatchObject({ code: 'BAD_DATE', field: 'input.startDate' });
    expect((await make({ startDate: '2026-10-05', level: 'PROVINCE' })).errors![0].extensions!.code).toBe('BRANCH_NOT_ALLOWED');
    expect((await gql('{ trainingSessions(quarter: "2026-Q5") { id } }')).errors![0].extensions!.code).toBe('BAD_QUARTER');
  });

  it('enrolls staff by role, one by one, refusing other branches’ staff, wrong roles and a full session', async () => {
    const byRole = await ok<{ enrollByRole: { staffId: string }[] }>('mutation($s: ID!) { enrollByRole(sessionId: $s, role: FRONT_DESK) { staffId } }', { s: sessionId }, cdPlanner);
    expect(byRole.enrollByRole).toHaveLength(4); // 3 imported + 前台B
    const gaStaff = (await ok<{ staff: { nodes: { id: string }[] } }>('{ staff(branchCode: "GA", role: FRONT_DESK) { nodes { id } } }')).staff.nodes[0].id;
    const other = await gql('mutation($s: ID!, $ids: [ID!]!) { enrollStaff(sessionId: $s, staffIds: $ids) { id } }', { s: sessionId, ids: [gaStaff] }, cdPlanner);
    expect(other.errors![0].extensions).toMatchObject({ code: 'STAFF_NOT_FOUND', field: 'staffIds[0]' });
    const wrongBranch = await gql('mutation($s: ID!, $ids: [ID!]!) { enrollStaff(sessionId: $s, staffIds: $ids) { id } }', { s: sessionId, ids: [gaStaff] });
    expect(wrongBranch.errors![0].extensions!.code).toBe('WRONG_BRANCH_FOR_SESSION');
    const planner = await gql('mutation($s: ID!, $ids: [ID!]!) { enrollStaff(sessionId: $s, staffIds: $ids) { id } }', { s: sessionId, ids: [testCallerId(Role.BRANCH_PLANNER, 'CD')] });
    expect(planner.errors![0].extensions!.code).toBe('NOT_IN_AUDIENCE');
    const manager = testCallerId(Role.PHONE_MANAGER, 'CD');
    await ok('mutation($s: ID!, $ids: [ID!]!) { enrollStaff(sessionId: $s, staffIds: $ids) { id } }', { s: sessionId, ids: [manager] }, cdPlanner);
    const cdP1 = (await ok<{ staff: { nodes: { id: string }[] } }>('{ staff(search: "CD-P1") { nodes { id } } }')).staff.nodes[0].id;
    const full = await gql('mutation($s: ID!, $ids: [ID!]!) { enrollStaff(sessionId: $s, staffIds: $ids) { id } }', { s: sessionId, ids: [cdP1] });
    expect(full.errors![0].extensions).toMatchObject({ code: 'SESSION_FULL', capacity: 5 });
    // The GA planner sees the session is not theirs.
    expect((await gql('query($id: ID!) { trainingSession(id: $id) { id } }', { id: sessionId }, gaPlanner)).data).toEqual({ trainingSession: null });
  });

  it('imports a sign-in sheet with row-numbered errors for unknown staff, duplicates and bad scores, recording nothing', async () => {
    const sheet = '工号,姓名,签到,成绩\nCD-F1,张三,是,88\nNOPE,某人,是,70\nCD-F1,张三,是,90\nCD-F2,李四,是,101\nCD-F3,王五,否,60\nCD-F3X,,maybe,\n';
    const res = await ok<{ importSignInSheet: { imported: boolean; errors: { line: number; column: string; code: string }[] } }>(SIGN_IN, { s: sessionId, f: 'sign-in.csv', c: b64(sheet) });
    expect(res.importSignInSheet.imported).toBe(false);
    expect(res.importSignInSheet.errors).toEqual([
      { line: 3, column: 'employee_no', code: 'UNKNOWN_STAFF' },
      { line: 4, column: 'employee_no', code: 'DUPLICATE_ROW' },
      { line: 5, column: 'score', code: 'BAD_SCORE' },
      { line: 6, column: 'score', code: 'SCORE_NEEDS_ATTENDANCE' },
      { line: 7, column: 'employee_no', code: 'UNKNOWN_STAFF' },
    ]);
    const [{ n }] = await service.dataSource.query(`SELECT count(*)::int AS n FROM training.enrollment WHERE session_id = $1 AND status <> 'REGISTERED'`, [sessionId]);
    expect(n).toBe(0);
  });

  it('records a good sheet, and coverage counts attendees of the role over active staff (absentees and registrations do not count)', async () => {
    const sheet = '工号,姓名,签到,成绩\nCD-F1,张三,是,88\nCD-F2,李四,是,65\nCD-F3,王五,否,\n';
    expect((await ok<{ importSignInSheet: object }>(SIGN_IN, { s: sessionId, f: 'sign-in.csv', c: b64(sheet) })).importSignInSheet).toMatchObject({ imported: true, attended: 2, absent: 1, newlyEnrolled: 0 });
    const cov = async (role: string) =>
      (await ok<{ trainingCoverage: { branchCode: string; staff: number; trained: number; coverage: number; averageScore: number; passRate: number; attendanceRateHeld: number }[] }>(
        `{ trainingCoverage(quarter: "2026-Q4", role: ${role}) { branchCode staff trained coverage averageScore passRate attendanceRateHeld attendanceRatePlanned } }`,
        {},
        tokenFor(Role.PHONE_MANAGER, 'GA'),
      )).trainingCoverage;
    const fd = await cov('FRONT_DESK');
    expect(fd).toHaveLength(21);
    expect(fd.find((r) => r.branchCode === 'CD')).toMatchObject({ staff: 4, trained: 2, coverage: 0.5, averageScore: 76.5, passRate: 0.5, attendanceRateHeld: 0.5 });
    expect(fd.find((r) => r.branchCode === 'GA')).toMatchObject({ staff: 1, trained: 0, coverage: 0 });
    // Phone managers: the CD test caller (registered only) and CD-P1 (not enrolled).
    expect((await cov('"PHONE_MANAGER"')).find((r) => r.branchCode === 'CD')).toMatchObject({ staff: 2, trained: 0, coverage: 0, averageScore: null });
    expect((await cov('BRANCH_PLANNER')).find((r) => r.branchCode === 'ZG')).toMatchObject({ staff: 1, trained: 0, coverage: 0 });
    const history = await ok<{ staff: { nodes: { history: { status: string; score: number; passed: boolean }[] }[] } }>('{ staff(search: "CD-F1") { nodes { history { status score passed } } } }');
    expect(history.staff.nodes[0].history).toEqual([{ status: 'ATTENDED', score: 88, passed: true }]);
  });

  it('labels attendance over sessions held so far and over all sessions planned', async () => {
    const { createTrainingSession } = await ok<{ createTrainingSession: { id: string } }>('mutation($i: SessionInput!) { createTrainingSession(input: $i) { id } }', {
      i: { courseId: frontLine, level: 'BRANCH', branchCode: 'CD', trainer: '周婷', place: '成都', startDate: '2026-12-10', capacity: 10 },
    });
    await ok('mutation($s: ID!) { enrollByRole(sessionId: $s, role: FRONT_DESK) { id } }', { s: createTrainingSession.id });
    const row = (await ok<{ trainingCoverage: { branchCode: string; sessionsHeld: number; sessionsPlanned: number; attendanceRateHeld: number; attendanceRatePlanned: number }[] }>(
      '{ trainingCoverage(quarter: "2026-Q4", role: FRONT_DESK) { branchCode sessionsHeld sessionsPlanned attendanceRateHeld attendanceRatePlanned } }',
    )).trainingCoverage.find((r) => r.branchCode === 'CD')!;
    expect(row).toMatchObject({ sessionsHeld: 1, sessionsPlanned: 2, attendanceRateHeld: 0.5, attendanceRatePlanned: 0.25 });
  });

  it('records attendance at the version read; a score needs attendance and is 0–100', async () => {
    const { trainingSession } = await ok<{ trainingSession: { enrollments: { id: string; version: number; status: string }[] } }>('query($id: ID!) { trainingSession(id: $id) { enrollments { id version status } } }', { id: sessionId });
    const e = trainingSession.enrollments[0];
    const bad = await gql('mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { id } }', { s: sessionId, e: [{ enrollmentId: e.id, version: e.version, status: 'ABSENT', score: 50 }] });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'SCORE_NEEDS_ATTENDANCE', field: 'entries[0].score' });
    const stale = await gql('mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { id } }', { s: sessionId, e: [{ enrollmentId: e.id, version: e.version + 7, status: 'ATTENDED', score: 50 }] });
    expect(stale.errors![0].extensions!.code).toBe('VERSION_CONFLICT');
    const asPlanner = await gql('mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { id } }', { s: sessionId, e: [] }, cdPlanner);
    expect(asPlanner.errors![0].extensions!.code).toMatch(/UNAUTHORIZED|FORBIDDEN/);
    const [{ n }] = await service.dataSource.query(`SELECT count(*)::int AS n FROM training.audit WHERE entity = 'session' AND entity_id = $1`, [sessionId]);
    expect(n).toBeGreaterThanOrEqual(3);
  });
});

describe('the quarterly planner rule', () => {
  it('flags branches without a topical planner session; a province-run one covers every branch', async () => {
    const topic = (await ok<{ createCourse: { id: string } }>('mutation { createCourse(input: { code: "TOPIC", title: "资费专题", category: TOPICAL, audienceRoles: [BRANCH_PLANNER], hours: 4 }) { id } }')).createCourse.id;
    await ok('mutation($i: SessionInput!) { createTrainingSession(input: $i) { id } }', { i: { courseId: topic, level: 'BRANCH', branchCode: 'GA', trainer: 't', place: 'p', startDate: '2026-11-02', capacity: 5 } });
    const q4 = (await ok<{ plannerSessionCheck: { branchCode: string; ok: boolean; sessions: number }[] }>('{ plannerSessionCheck(quarter: "2026-Q4") { branchCode ok sessions } }')).plannerSessionCheck;
    expect(q4).toHaveLength(21);
    expect(q4.filter((r) => r.ok).map((r) => r.branchCode)).toEqual(['GA']);
    expect((await ok<{ plannerSessionCheck: unknown[] }>('{ plannerSessionCheck(quarter: "2026-Q4") { branchCode ok } }', {}, cdPlanner)).plannerSessionCheck).toEqual([{ branchCode: 'CD', ok: false }]);
    await ok('mutation($i: SessionInput!) { createTrainingSession(input: $i) { id } }', { i: { courseId: topic, level: 'PROVINCE', trainer: 't', place: '省公司', startDate: '2026-12-20', capacity: 50 } });
    const after = (await ok<{ plannerSessionCheck: { ok: boolean }[] }>('{ plannerSessionCheck(quarter: "2026-Q4") { ok } }')).plannerSessionCheck;
    expect(after.every((r) => r.ok)).toBe(true);
  });
});

describe('editing courses and sessions', () => {
  const actions = async (entity: string, id: string) =>
    (await service.dataSource.query('SELECT action FROM training.audit WHERE entity = $1 AND entity_id = $2 ORDER BY id', [entity, id])).map((r: { action: string }) => r.action);

  it('edits a course at the version read, refuses a stale edit and audits the change; trainers only', async () => {
    const { createCourse } = await ok<{ createCourse: { id: string; version: number } }>('mutation { createCourse(input: { code: "EDIT", title: "一线基础", category: FRONT_LINE, audienceRoles: [FRONT_DESK], hours: 4 }) { id version } }');
    const UPDATE = 'mutation($id: ID!, $v: Int!, $i: UpdateCourseInput!) { updateCourse(id: $id, version: $v, input: $i) { version title passMark } }';
    const edited = (await ok<{ updateCourse: object }>(UPDATE, { id: createCourse.id, v: createCourse.version, i: { title: '一线基础（修订）', passMark: 75 } })).updateCourse;
    expect(edited).toEqual({ version: createCourse.version + 1, title: '一线基础（修订）', passMark: 75 });
    const stale = await gql(UPDATE, { id: createCourse.id, v: createCourse.version, i: { title: '旧的' } });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'VERSION_CONFLICT', field: 'version', currentVersion: createCourse.version + 1 });
    expect(['UNAUTHORIZED', 'FORBIDDEN']).toContain((await gql(UPDATE, { id: createCourse.id, v: createCourse.version + 1, i: { title: 'x' } }, cdPlanner)).errors![0].extensions!.code);
    expect(await actions('course', createCourse.id)).toEqual(['CREATE', 'UPDATE']);
  });

  it('edits a session at the version read, refuses a stale edit and audits the change', async () => {
    const { createTrainingSession: s } = await ok<{ createTrainingSession: { id: string; version: number } }>('mutation($i: SessionInput!) { createTrainingSession(input: $i) { id version } }', {
      i: { courseId: frontLine, level: 'BRANCH', branchCode: 'ZG', trainer: '周婷', place: '自贡', startDate: '2027-01-12', capacity: 5 },
    });
    const UPDATE = 'mutation($id: ID!, $v: Int!, $i: UpdateSessionInput!) { updateTrainingSession(id: $id, version: $v, input: $i) { version place startDate endDate capacity } }';
    const edited = (await ok<{ updateTrainingSession: object }>(UPDATE, { id: s.id, v: s.version, i: { place: '自贡分公司三楼', startDate: '2027-01-13', capacity: 8 } })).updateTrainingSession;
    expect(edited).toEqual({ version: s.version + 1, place: '自贡分公司三楼', startDate: '2027-01-13', endDate: '2027-01-13', capacity: 8 });
    const stale = await gql(UPDATE, { id: s.id, v: s.version, i: { place: '旧的' } });
    expect(stale.errors![0].extensions!.code).toBe('VERSION_CONFLICT');
    expect(await actions('session', s.id)).toEqual(['CREATE', 'UPDATE']);
  });
});
