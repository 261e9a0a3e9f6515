import type { DataSource } from 'typeorm';
import { Role } from '@retention/domain';
import { migrateInOrder, startService, type RunningService } from '@retention/graphql-kit';
import { createTestDatabase, postGraphQL, registerTestCallers, testCallerId, tokenFor, type TestDatabase } from '@retention/test-kit';
import { trainingService } from '../app';
import { campaignsService, cohorts, insertSubscriber, segmentEngine, segmentsService, segmentStats } from '../test-support/producers';

/**
 * KPI actuals read from the owners' published views, scored and ranked exactly as DOMAIN.md §7
 * says. Segments' data is built through segments' own engine, so the actuals are compared with
 * segments' own figures for the same month; contacts are inserted into campaigns' tables.
 */
let db: TestDatabase;
let service: RunningService;
let segments: DataSource;
let campaigns: DataSource;

process.env.TOKEN_CHECK_TTL_MS = '0';
process.env.TRAINING_TODAY = '2026-03-20';

const province = tokenFor(Role.PROVINCE_PLANNER);
const trainer = tokenFor(Role.TRAINER);

async function gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token = province) {
  return postGraphQL<T>(service.url, query, variables, token);
}

async function ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token = province): Promise<T> {
  const res = await gql<T>(query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

const CAMPAIGN = '6f1c2a10-0000-4000-8000-00000000aa01';
const GA_CAMPAIGN = '6f1c2a10-0000-4000-8000-00000000aa02';

async function seedSegments(): Promise<void> {
  const months = ['2025-12', '2026-01', '2026-02'];
  const all = (bill: number, mou = 150) => Object.fromEntries(months.map((m) => [m, { bill, mou }]));
  // CD: 40 stay mid-high-end (20 with two measures: GoTone + family), 10 churn in February, 10 near mid-high-end.
  for (let i = 1; i <= 40; i++) await insertSubscriber(segments, { id: `CD${i}`, branch: 'CD', brand: i <= 30 ? 'GOTONE' : 'EASYOWN', familyPlan: i <= 20 }, all(150));
  for (let i = 41; i <= 50; i++) {
    await insertSubscriber(segments, { id: `CD${i}`, branch: 'CD' }, { '2025-12': { bill: 150 }, '2026-01': { bill: 150 }, '2026-02': { bill: 0, status: 'CHURNED' } });
  }
  for (let i = 51; i <= 60; i++) await insertSubscriber(segments, { id: `CD${i}`, branch: 'CD' }, all(90));
  // GA: 20 stay, 5 leave in January, 5 in February.
  for (let i = 1; i <= 20; i++) await insertSubscriber(segments, { id: `GA${i}`, branch: 'GA', brand: 'GOTONE', groupClass: i <= 5 ? 'B' : null }, all(130, 120));
  for (let i = 21; i <= 25; i++) await insertSubscriber(segments, { id: `GA${i}`, branch: 'GA' }, { '2025-12': { bill: 130, mou: 120 } });
  for (let i = 26; i <= 30; i++) await insertSubscriber(segments, { id: `GA${i}`, branch: 'GA' }, { '2025-12': { bill: 130, mou: 120 }, '2026-01': { bill: 130, mou: 120 } });
  // Loaded-month bookkeeping as an import would write it, then segments' own refresh.
  await segments.query(
    `INSERT INTO segments.loaded_month (month, usage_rows, loaded_at) SELECT m::date, 1, now() FROM unnest($1::text[]) AS m`,
    [months.map((m) => `${m}-01`)],
  );
  const engine = segmentEngine(segments);
  for (const m of months) await engine.refresh(m);
}

async function seedContacts(): Promise<void> {
  await campaigns.query(
    `INSERT INTO campaigns.campaign (id, name, kind, level, status, owner_branch_code, executing_branches, created_by)
     VALUES ($1, 'KPI fixture', 'TENURE', 'PROVINCE', 'PUBLISHED', NULL, '{CD}', 'test'), ($2, 'GA fixture', 'CARE', 'BRANCH', 'PUBLISHED', 'GA', '{GA}', 'test')`,
    [CAMPAIGN, GA_CAMPAIGN],
  );
  const agent = testCallerId(Role.PHONE_MANAGER, 'CD');
  // [campaign, branch, subscriber, outcome, complaint valid, contacted at]
  const contacts: [string, string, string, string, boolean | null, string][] = [
    ...Array.from({ length: 10 }, (_, i): [string, string, string, string, boolean | null, string] => [CAMPAIGN, 'CD', `CD${i + 1}`, i < 3 ? 'ACCEPTED' : 'REACHED_DECLINED', null, '2026-01-15T10:00:00Z']),
    [CAMPAIGN, 'CD', 'CD1', 'NO_ANSWER', null, '2026-01-10T10:00:00Z'], // a second attempt: still one customer
    [CAMPAIGN, 'CD', 'CD4', 'REACHED_DECLINED', true, '2026-02-03T10:00:00Z'], // the valid complaint
    [CAMPAIGN, 'CD', 'CD5', 'REACHED_DECLINED', false, '2026-02-04T10:00:00Z'], // a complaint found not valid
    [CAMPAIGN, 'CD', 'CD20', 'ACCEPTED', null, '2025-12-30T10:00:00Z'], // last year: outside the window
    [CAMPAIGN, 'CD', 'CD21', 'ACCEPTED', true, '2026-03-02T10:00:00Z'], // after February: outside
    [GA_CAMPAIGN, 'GA', 'GA1', 'ACCEPTED', null, '2026-01-20T10:00:00Z'],
    [GA_CAMPAIGN, 'GA', 'GA2', 'REACHED_DECLINED', null, '2026-01-20T11:00:00Z'],
  ];
  for (const [i, [campaign, branch, sub, outcome, valid, at]] of contacts.entries()) {
    const [{ id: task }] = await campaigns.query(
      `INSERT INTO campaigns.task (campaign_id, branch_code, subscriber_id, assignee_id, channel, planned_day, created_at)
       VALUES ($1, $2, $3, $4, 'PHONE_MANAGER', $5::date, $5::timestamptz)
       ON CONFLICT (campaign_id, subscriber_id) DO UPDATE SET updated_at = now() RETURNING id`,
      [campaign, branch, sub, agent, at],
    );
    await campaigns.query(
      `INSERT INTO campaigns.contact (task_id, campaign_id, branch_code, subscriber_id, agent_id, channel, outcome, offer_tier_code, complaint, complaint_valid, contacted_at, idempotency_key, payload_hash)
       VALUES ($1, $2, $3, $4, $5, 'PHONE_MANAGER', $6, $7, $8, $9, $10, $11, 'x')`,
      [task, campaign, branch, sub, agent, outcome, outcome === 'ACCEPTED' ? 'T1' : null, valid !== null, valid, at, `k${i}`],
    );
  }
}

interface Ids {
  frontDesk: string[];
  manager: string;
  planner: string;
  inactive: string;
  session: string;
  plannerSession: string;
}
const ids = {} as Ids;

async function seedTraining(): Promise<void> {
  const staff = async (displayName: string, role: string, branchCode: string, employeeNo: string) =>
    (await ok<{ createStaff: { id: string } }>('mutation($i: CreateStaffInput!) { createStaff(input: $i) { id } }', { i: { displayName, role, branchCode, employeeNo } }, trainer)).createStaff.id;
  ids.frontDesk = [];
  for (let i = 1; i <= 4; i++) ids.frontDesk.push(await staff(`前台${i}`, 'FRONT_DESK', 'CD', `FD${i}`));
  ids.inactive = await staff('前台离岗', 'FRONT_DESK', 'CD', 'FD9');
  await ok('mutation($id: ID!) { updateStaff(id: $id, version: 1, input: { active: false }) { id } }', { id: ids.inactive }, trainer);
  ids.manager = await staff('电话经理甲', 'PHONE_MANAGER', 'CD', 'PM1');
  ids.planner = testCallerId(Role.BRANCH_PLANNER, 'CD');
  const course = async (code: string, category: string, audienceRoles: string[]) =>
    (await ok<{ createCourse: { id: string } }>('mutation($i: CourseInput!) { createCourse(input: $i) { id } }', { i: { code, title: code, category, audienceRoles, hours: 4, passMark: 70 } }, trainer))
      .createCourse.id;
  const frontLine = await course('FL', 'FRONT_LINE', ['FRONT_DESK', 'PHONE_MANAGER']);
  const topical = await course('TOPIC', 'TOPICAL', ['BRANCH_PLANNER']);
  const session = async (courseId: string, level: string, branchCode: string | null, startDate: string) =>
    (
      await ok<{ createTrainingSession: { id: string } }>(
        'mutation($i: SessionInput!) { createTrainingSession(input: $i) { id } }',
        { i: { courseId, level, branchCode, trainer: '周婷', place: '成都分公司培训室', startDate, capacity: 10 } },
        trainer,
      )
    ).createTrainingSession.id;
  ids.session = await session(frontLine, 'BRANCH', 'CD', '2026-01-12');
  ids.plannerSession = await session(topical, 'PROVINCE', null, '2026-02-20');
  await ok('mutation($s: ID!, $ids: [ID!]!) { enrollStaff(sessionId: $s, staffIds: $ids) { id } }', { s: ids.session, ids: [...ids.frontDesk.slice(0, 3), ids.manager] }, trainer);
  await ok('mutation($s: ID!, $ids: [ID!]!) { enrollStaff(sessionId: $s, staffIds: $ids) { id } }', { s: ids.plannerSession, ids: [ids.planner] }, trainer);
  const { trainingSession } = await ok<{ trainingSession: { enrollments: { id: string; version: number; staffId: string }[] } }>(
    'query($id: ID!) { trainingSession(id: $id) { enrollments { id version staffId } } }',
    { id: ids.session },
    trainer,
  );
  const entry = (staffId: string, status: string, score: number | null) => {
    const e = trainingSession.enrollments.find((x) => x.staffId === staffId)!;
    return { enrollmentId: e.id, version: e.version, status, score };
  };
  await ok(
    'mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { id } }',
    { s: ids.session, e: [entry(ids.frontDesk[0], 'ATTENDED', 90), entry(ids.frontDesk[1], 'ATTENDED', 60), entry(ids.frontDesk[2], 'ABSENT', null), entry(ids.manager, 'ATTENDED', 80)] },
    trainer,
  );
}

beforeAll(async () => {
  db = await createTestDatabase();
  await migrateInOrder([trainingService, segmentsService(), campaignsService()], db.urlFor);
  await registerTestCallers(db.adminUrl);
  service = await startService(trainingService, { databaseUrl: db.urlFor('training'), port: 0, runMigrations: false });
  segments = segmentsService().createDataSource(db.urlFor('segments'));
  await segments.initialize();
  campaigns = campaignsService().createDataSource(db.urlFor('campaigns'));
  await campaigns.initialize();
  await seedSegments();
  await seedContacts();
  await seedTraining();
}, 180_000);

afterAll(async () => {
  await segments?.destroy();
  await campaigns?.destroy();
  await service?.stop();
  await db?.drop();
});

const SCOREBOARD = `query($y: Int!, $m: String!) { kpiScoreboard(year: $y, month: $m) {
  branchCode rank total movement previousRank
  scores { kpi actual target weight cap attainment score noData numerator denominator figures { key period value } } } }`;

interface Score {
  kpi: string;
  actual: number | null;
  target: number;
  weight: number;
  cap: number;
  attainment: number;
  score: number;
  noData: boolean;
  numerator: number | null;
  denominator: number | null;
  figures: { key: string; period: string; value: number }[];
}
interface Board {
  kpiScoreboard: { branchCode: string; rank: number; total: number; movement: number | null; previousRank: number | null; scores: Score[] }[];
}

const ALL_SIX = (branchCode: string, over: Partial<Record<string, { target: number; weight: number; cap?: number }>> = {}) => {
  const base: Record<string, { target: number; weight: number; cap?: number }> = {
    MID_HIGH_END_AVG: { target: 50, weight: 30 },
    COHORT_RETENTION: { target: 0.9, weight: 20 },
    CROSS_STAB_2: { target: 0.4, weight: 10, cap: 1.2 },
    VALID_COMPLAINT_RATE: { target: 0.05, weight: 10 },
    CAMPAIGN_UPTAKE: { target: 0.5, weight: 15 },
    TRAINING_COVERAGE: { target: 0.6, weight: 15 },
    ...over,
  };
  return Object.entries(base).map(([kpi, v]) => ({ branchCode, kpi, target: v.target, weight: v.weight, cap: v.cap ?? null }));
};

const SET = 'mutation($y: Int!, $i: [KpiTargetInput!]!, $e: String) { setKpiTargets(year: $y, input: $i, effectiveMonth: $e) { branchCode kpi target weight cap effectiveMonth } }';

describe('KPI actuals equal the owners’ own figures for the same month', () => {
  let board: Board['kpiScoreboard'];

  beforeAll(async () => {
    await ok(SET, { y: 2026, i: [...ALL_SIX('CD'), ...ALL_SIX('GA'), ...ALL_SIX('ZG')] });
    board = (await ok<Board>(SCOREBOARD, { y: 2026, m: '2026-02' })).kpiScoreboard;
  });

  const actual = (branch: string, kpi: string) => board.find((b) => b.branchCode === branch)!.scores.find((s) => s.kpi === kpi)!;

  it('MID_HIGH_END_AVG is segments’ year-to-date monthly average', async () => {
    const stats = segmentStats(segments);
    for (const branch of ['CD', 'GA', 'ZG']) {
      expect(actual(branch, 'MID_HIGH_END_AVG').actual).toBeCloseTo((await stats.monthlyAverage(2026, branch)).yearToDate!, 9);
    }
    expect(actual('CD', 'MID_HIGH_END_AVG')).toMatchObject({ actual: 45, numerator: 90, denominator: 2 });
    expect(actual('CD', 'MID_HIGH_END_AVG').figures).toEqual([
      { key: 'MID_HIGH_END', period: '2026-01', value: 50 },
      { key: 'MID_HIGH_END', period: '2026-02', value: 40 },
    ]);
    // A branch without customers has a real 0, not "no data".
    expect(actual('ZG', 'MID_HIGH_END_AVG')).toMatchObject({ actual: 0, noData: false, score: 0 });
  });

  it('CROSS_STAB_2 is segments’ share of dynamic mid-high-end with ≥ 2 measures', async () => {
    const stats = segmentStats(segments);
    for (const branch of ['CD', 'GA']) expect(actual(branch, 'CROSS_STAB_2').actual).toBeCloseTo((await stats.crossStabilization('2026-02', branch)).atLeastTwo, 9);
    expect(actual('CD', 'CROSS_STAB_2')).toMatchObject({ actual: 0.5, numerator: 20, denominator: 40 });
    // No dynamic mid-high-end customers: no share to speak of.
    expect(actual('ZG', 'CROSS_STAB_2')).toMatchObject({ actual: null, noData: true, score: 0 });
  });

  it('COHORT_RETENTION is the retention of December’s mid-high-end photo cohort, as segments’ cohorts count it', async () => {
    const cohort = await cohorts(segments).create({ name: '2025拍照', segment: 'MID_HIGH_END', baseMonth: '2025-12' }, 'test');
    const points = await cohorts(segments).retention(cohort.id, null);
    for (const branch of ['CD', 'GA']) {
      const p = points.find((x) => x.month === '2026-02' && x.branchCode === branch && x.split === 'ALL')!;
      expect(actual(branch, 'COHORT_RETENTION').actual).toBeCloseTo(p.retained / p.members, 9);
    }
    expect(actual('CD', 'COHORT_RETENTION')).toMatchObject({ actual: 0.8, numerator: 40, denominator: 50 });
    expect(actual('GA', 'COHORT_RETENTION')).toMatchObject({ numerator: 20, denominator: 30 });
  });

  it('VALID_COMPLAINT_RATE and CAMPAIGN_UPTAKE count distinct customers contacted from 1 January to the end of the month', () => {
    expect(actual('CD', 'VALID_COMPLAINT_RATE')).toMatchObject({ actual: 0.1, numerator: 1, denominator: 10 });
    expect(actual('CD', 'CAMPAIGN_UPTAKE')).toMatchObject({ actual: 0.3, numerator: 3, denominator: 10 });
    expect(actual('GA', 'CAMPAIGN_UPTAKE')).toMatchObject({ actual: 0.5, numerator: 1, denominator: 2 });
    // No valid complaint on a lower-is-better KPI attains the cap.
    expect(actual('GA', 'VALID_COMPLAINT_RATE')).toMatchObject({ actual: 0, attainment: 1, score: 10, noData: false });
    // Nobody contacted: no data, scored 0.
    expect(actual('ZG', 'CAMPAIGN_UPTAKE')).toMatchObject({ actual: null, noData: true, attainment: 0, score: 0 });
  });

  it('TRAINING_COVERAGE is the quarter’s coverage, all audience roles pooled (attended, active staff)', () => {
    // CD: front desk 2 of 4 active (one absent, one not enrolled, one inactive not counted),
    // phone managers 1 of 2 (the test caller is staff too), planners 0 of 1 (registered only).
    expect(actual('CD', 'TRAINING_COVERAGE')).toMatchObject({ numerator: 3, denominator: 7 });
    expect(actual('CD', 'TRAINING_COVERAGE').actual).toBeCloseTo(3 / 7, 12);
    expect(actual('GA', 'TRAINING_COVERAGE')).toMatchObject({ actual: 0, numerator: 0, denominator: 2 });
  });

  it('scores weight × capped attainment, totals the points and ranks by competition', () => {
    const cd = board.find((b) => b.branchCode === 'CD')!;
    const expected =
      30 * Math.min(45 / 50, 1) + 20 * Math.min(0.8 / 0.9, 1) + 10 * Math.min(0.5 / 0.4, 1.2) + 10 * Math.min(0.05 / 0.1, 1) + 15 * Math.min(0.3 / 0.5, 1) + 15 * Math.min(3 / 7 / 0.6, 1);
    expect(cd.total).toBeCloseTo(expected, 9);
    expect(cd.scores.find((s) => s.kpi === 'CROSS_STAB_2')).toMatchObject({ cap: 1.2, attainment: 1.2, score: 12 });
    expect(board.map((b) => b.rank)).toEqual([1, 2, 3]);
    expect(board.map((b) => b.branchCode)).toEqual(['CD', 'GA', 'ZG']);
  });
});

describe('targets', () => {
  it('refuses a target that is not positive, naming the line', async () => {
    const res = await gql(SET, { y: 2026, i: ALL_SIX('MY', { MID_HIGH_END_AVG: { target: 0, weight: 30 } }) });
    expect(res.errors![0].extensions).toMatchObject({ code: 'TARGET_NOT_POSITIVE', field: 'input[0].target' });
  });

  it('refuses weights of a branch that do not sum to 100', async () => {
    const res = await gql(SET, { y: 2026, i: [...ALL_SIX('MY'), ...ALL_SIX('DY', { CAMPAIGN_UPTAKE: { target: 0.5, weight: 10 } })] });
    expect(res.errors![0].extensions).toMatchObject({ code: 'WEIGHTS_NOT_100', branchCode: 'DY', sum: 95 });
    expect((res.errors![0].extensions as { messages: Record<string, string> }).messages['zh-CN']).toContain('DY');
    expect((await ok<{ kpiTargets: unknown[] }>('{ kpiTargets(year: 2026, branchCode: "MY") { kpi } }')).kpiTargets).toEqual([]);
  });

  it('takes KPI keys as enum literals or strings and the cap by default 1', async () => {
    const inline = `mutation { setKpiTargets(year: 2026, input: [{ branchCode: "LS", kpi: MID_HIGH_END_AVG, target: 10, weight: 60 }, { branchCode: "LS", kpi: "CAMPAIGN_UPTAKE", target: 0.2, weight: 40 }]) { kpi cap } }`;
    expect((await ok<{ setKpiTargets: unknown[] }>(inline)).setKpiTargets).toEqual([
      { kpi: 'CAMPAIGN_UPTAKE', cap: 1 },
      { kpi: 'MID_HIGH_END_AVG', cap: 1 },
    ]);
    expect((await gql('mutation { setKpiTargets(year: 2026, input: [{ branchCode: "LS", kpi: NOT_A_KPI, target: 1, weight: 100 }]) { kpi } }')).errors).toBeDefined();
  });

  it('is set by province planners only', async () => {
    for (const role of [Role.BRANCH_PLANNER, Role.TRAINER, Role.PROVINCE_ANALYST]) {
      const res = await gql(SET, { y: 2026, i: ALL_SIX('CD') }, tokenFor(role, role === Role.BRANCH_PLANNER ? 'CD' : null));
      expect(['UNAUTHORIZED', 'FORBIDDEN']).toContain(res.errors![0].extensions!.code);
    }
  });

  it('versions targets: a change from a later month keeps the old version for earlier months; movement compares ranks', async () => {
    // Jan: CD and GA tie on the same single-KPI card → both rank 1; from February GA's target is easier.
    await ok(SET, { y: 2026, i: [{ branchCode: 'SN', kpi: 'CAMPAIGN_UPTAKE', target: 0.5, weight: 100 }, { branchCode: 'NJ', kpi: 'CAMPAIGN_UPTAKE', target: 0.5, weight: 100 }] });
    const before = (await ok<{ kpiTargets: { target: number }[] }>('{ kpiTargets(year: 2026, month: "2026-01", branchCode: "CD") { target } }')).kpiTargets;
    await ok(SET, { y: 2026, e: '2026-02', i: ALL_SIX('CD', { MID_HIGH_END_AVG: { target: 40, weight: 30 } }) });
    const jan = (await ok<{ kpiTargets: { kpi: string; target: number }[] }>('{ kpiTargets(year: 2026, month: "2026-01", branchCode: "CD") { kpi target } }')).kpiTargets;
    const feb = (await ok<{ kpiTargets: { kpi: string; target: number }[] }>('{ kpiTargets(year: 2026, month: "2026-02", branchCode: "CD") { kpi target } }')).kpiTargets;
    expect(jan).toEqual(expect.arrayContaining([{ kpi: 'MID_HIGH_END_AVG', target: 50 }]));
    expect(jan.map((t) => t.target)).toEqual(before.map((t) => t.target));
    expect(feb).toEqual(expect.arrayContaining([{ kpi: 'MID_HIGH_END_AVG', target: 40 }]));
    const board = (await ok<Board>(SCOREBOARD, { y: 2026, m: '2026-02' })).kpiScoreboard;
    const cd = board.find((b) => b.branchCode === 'CD')!;
    expect(cd.scores.find((s) => s.kpi === 'MID_HIGH_END_AVG')).toMatchObject({ target: 40, attainment: 1, score: 30 });
    const janBoard = (await ok<Board>(SCOREBOARD, { y: 2026, m: '2026-01' })).kpiScoreboard;
    for (const row of board) {
      const previous = janBoard.find((b) => b.branchCode === row.branchCode)!;
      expect(row.movement).toBe(previous.rank - row.rank);
    }
  });

  it('ranks equal totals together (1, 2, 2, 4 style) and lists them by branch code', async () => {
    const board = (await ok<Board>(SCOREBOARD, { y: 2026, m: '2026-02' })).kpiScoreboard;
    // NJ and SN have no contacts: both 0 points, tied with LS? LS has MID_HIGH_END 0 too → all tie.
    const zeros = board.filter((b) => b.total === 0);
    expect(new Set(zeros.map((b) => b.rank)).size).toBe(1);
    expect(zeros.map((b) => b.branchCode)).toEqual([...zeros.map((b) => b.branchCode)].sort());
    const ranks = board.map((b) => b.rank);
    board.forEach((b, i) => expect(b.rank).toBe(i === 0 || Math.round(board[i - 1].total * 100) !== Math.round(b.total * 100) ? i + 1 : ranks[i - 1]));
  });

  it('validates year and month', async () => {
    expect((await gql(SCOREBOARD, { y: 2026, m: '2026-13' })).errors![0].extensions!.code).toBe('BAD_MONTH');
    expect((await gql(SCOREBOARD, { y: 2026, m: '2025-12' })).errors![0].extensions!.code).toBe('MONTH_NOT_IN_YEAR');
    expect((await gql(SCOREBOARD, { y: 1900, m: '1900-01' })).errors![0].extensions!.code).toBe('BAD_YEAR');
  });
});

describe('snapshots', () => {
  it('keep a month’s actuals until that month is re-loaded, and never move an earlier month', async () => {
    const cdAvg = async (m: string) => (await ok<Board>(SCOREBOARD, { y: 2026, m })).kpiScoreboard.find((b) => b.branchCode === 'CD')!.scores.find((s) => s.kpi === 'MID_HIGH_END_AVG')!;
    const jan = await cdAvg('2026-01');
    expect(jan.actual).toBe(50);
    // February is re-loaded with 5 more mid-high-end customers and refreshed.
    await segments.query(`UPDATE segments.usage SET bill_amount = 150, outgoing_mou = 150 WHERE month = '2026-02-01' AND subscriber_id IN ('CD51','CD52','CD53','CD54','CD55')`);
    await segments.query(`UPDATE segments.loaded_month SET loaded_at = now() WHERE month = '2026-02-01'`);
    await segmentEngine(segments).refresh('2026-02');
    expect((await cdAvg('2026-02')).figures).toContainEqual({ key: 'MID_HIGH_END', period: '2026-02', value: 45 });
    expect(await cdAvg('2026-01')).toEqual(jan);
    const [{ n }] = await service.dataSource.query(`SELECT count(*)::int AS n FROM training.kpi_snapshot WHERE month = '2026-01-01'`);
    expect(n).toBe(3);
  });

  it('retake the training part when attendance changes', async () => {
    const cov = async () => (await ok<Board>(SCOREBOARD, { y: 2026, m: '2026-02' })).kpiScoreboard.find((b) => b.branchCode === 'CD')!.scores.find((s) => s.kpi === 'TRAINING_COVERAGE')!;
    expect((await cov()).numerator).toBe(3);
    await ok('mutation($s: ID!, $ids: [ID!]!) { enrollStaff(sessionId: $s, staffIds: $ids) { id } }', { s: ids.session, ids: [ids.frontDesk[3]] }, trainer);
    const { trainingSession } = await ok<{ trainingSession: { enrollments: { id: string; version: number; staffId: string }[] } }>(
      'query($id: ID!) { trainingSession(id: $id) { enrollments { id version staffId } } }',
      { id: ids.session },
      trainer,
    );
    const e = trainingSession.enrollments.find((x) => x.staffId === ids.frontDesk[3])!;
    await ok('mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { id } }', { s: ids.session, e: [{ enrollmentId: e.id, version: e.version, status: 'ATTENDED', score: 75 }] }, trainer);
    expect((await cov()).numerator).toBe(4);
  });
});

describe('the league table is every role’s', () => {
  it.each([Role.PHONE_MANAGER, Role.BRANCH_PLANNER, Role.TRAINER, Role.ADMIN, Role.PROVINCE_ANALYST])('%s reads every branch’s scores', async (role) => {
    const res = await ok<Board>(SCOREBOARD, { y: 2026, m: '2026-02' }, tokenFor(role, [Role.PHONE_MANAGER, Role.BRANCH_PLANNER].includes(role) ? 'GA' : null));
    expect(res.kpiScoreboard.map((b) => b.branchCode)).toEqual(expect.arrayContaining(['CD', 'GA', 'ZG']));
  });
});

describe('talk-track training on a campaign', () => {
  it('counts the branch’s front-line staff trained on the campaign’s course, and keeps the branch rule through _entities', async () => {
    const { courses } = await ok<{ courses: { id: string; code: string; version: number }[] }>('{ courses { id code version } }', {}, trainer);
    const fl = courses.find((c) => c.code === 'FL')!;
    await ok('mutation($id: ID!, $v: Int!, $c: ID) { updateCourse(id: $id, version: $v, input: { campaignId: $c }) { id } }', { id: fl.id, v: fl.version, c: CAMPAIGN }, trainer);
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Campaign { id talkTrackTraining(branchCode: "CD") { staff trained coverage courses { code } } } } }`;
    const asProvince = await ok<{ _entities: { talkTrackTraining: { staff: number; trained: number } }[] }>(q, { r: [{ __typename: 'Campaign', id: CAMPAIGN }] });
    // CD front desk (4 active) + phone managers (2): 3 front desk + 1 manager attended.
    expect(asProvince._entities[0].talkTrackTraining).toMatchObject({ staff: 6, trained: 4, courses: [{ code: 'FL' }] });
    const asGa = await ok<{ _entities: unknown[] }>(q, { r: [{ __typename: 'Campaign', id: CAMPAIGN }] }, tokenFor(Role.BRANCH_PLANNER, 'GA'));
    expect(asGa._entities).toEqual([null]);
  });
});

describe('linking a course to a published campaign as its talk-track training', () => {
  const DRAFT = '6f1c2a10-0000-4000-8000-00000000aa03';
  const LINK = 'mutation($id: ID!, $v: Int!, $c: ID) { linkTalkTrackCourse(courseId: $id, version: $v, campaignId: $c) { id version campaignId linkedCampaign { id name status } } }';
  const course = async (code: string) => (await ok<{ courses: { id: string; code: string; version: number }[] }>('{ courses { id code version } }', {}, trainer)).courses.find((c) => c.code === code)!;

  beforeAll(async () => {
    await campaigns.query(
      `INSERT INTO campaigns.campaign (id, name, kind, level, status, owner_branch_code, executing_branches, created_by) VALUES ($1, 'Draft fixture', 'CARE', 'PROVINCE', 'DRAFT', NULL, '{CD}', 'test')`,
      [DRAFT],
    );
  });

  it('lists the linkable campaigns to trainers (who do not read campaigns) and to each branch only what reaches it', async () => {
    const all = (await ok<{ talkTrackCampaigns: { id: string; status: string }[] }>('{ talkTrackCampaigns { id status } }', {}, trainer)).talkTrackCampaigns;
    expect(all.map((c) => c.id).sort()).toEqual([CAMPAIGN, GA_CAMPAIGN].sort());
    const ga = (await ok<{ talkTrackCampaigns: { id: string }[] }>('{ talkTrackCampaigns { id } }', {}, tokenFor(Role.BRANCH_PLANNER, 'GA'))).talkTrackCampaigns;
    expect(ga.map((c) => c.id)).toEqual([GA_CAMPAIGN]);
  });

  it('links at the version read, by trainers and province planners only, to published campaigns only, with an audit entry', async () => {
    const topic = await course('TOPIC');
    const missing = await gql(LINK, { id: topic.id, v: topic.version, c: '6f1c2a10-0000-4000-8000-0000000000ff' }, trainer);
    expect(missing.errors![0].extensions).toMatchObject({ code: 'CAMPAIGN_NOT_FOUND', field: 'campaignId' });
    const draft = await gql(LINK, { id: topic.id, v: topic.version, c: DRAFT }, trainer);
    expect(draft.errors![0].extensions).toMatchObject({ code: 'CAMPAIGN_NOT_PUBLISHED', field: 'campaignId', messages: { 'zh-CN': expect.stringContaining('已发布') } });
    const viaUpdate = await gql('mutation($id: ID!, $v: Int!, $c: ID) { updateCourse(id: $id, version: $v, input: { campaignId: $c }) { id } }', { id: topic.id, v: topic.version, c: DRAFT }, trainer);
    expect(viaUpdate.errors![0].extensions!.code).toBe('CAMPAIGN_NOT_PUBLISHED');
    const planner = await gql(LINK, { id: topic.id, v: topic.version, c: GA_CAMPAIGN }, tokenFor(Role.BRANCH_PLANNER, 'GA'));
    expect(['UNAUTHORIZED', 'FORBIDDEN']).toContain(planner.errors![0].extensions!.code);
    const linked = (await ok<{ linkTalkTrackCourse: { version: number; campaignId: string; linkedCampaign: { name: string; status: string } } }>(LINK, { id: topic.id, v: topic.version, c: GA_CAMPAIGN }, trainer)).linkTalkTrackCourse;
    expect(linked).toMatchObject({ version: topic.version + 1, campaignId: GA_CAMPAIGN, linkedCampaign: { name: 'GA fixture', status: 'PUBLISHED' } });
    const stale = await gql(LINK, { id: topic.id, v: topic.version, c: null }, province);
    expect(stale.errors![0].extensions).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: topic.version + 1 });
    const unlinked = (await ok<{ linkTalkTrackCourse: { campaignId: string | null } }>(LINK, { id: topic.id, v: topic.version + 1, c: null }, province)).linkTalkTrackCourse;
    expect(unlinked.campaignId).toBeNull();
    const actions = (await service.dataSource.query(`SELECT action FROM training.audit WHERE entity = 'course' AND entity_id = $1 ORDER BY id`, [topic.id])).map((r: { action: string }) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['LINK_TALK_TRACK', 'UNLINK_TALK_TRACK']));
  });

  it('shows trainers the same trained / staff figures the campaign page shows', async () => {
    const q = '{ talkTrackCampaigns { id courses { code } training(branchCode: "CD") { staff trained coverage branches { branchCode staff trained } } } }';
    const fixture = (await ok<{ talkTrackCampaigns: { id: string; courses: { code: string }[]; training: { staff: number; trained: number; branches: unknown[] } }[] }>(q, {}, trainer)).talkTrackCampaigns.find((c) => c.id === CAMPAIGN)!;
    const viaCampaign = (
      await ok<{ _entities: { talkTrackTraining: { staff: number; trained: number } }[] }>(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Campaign { talkTrackTraining(branchCode: "CD") { staff trained } } } }',
        { r: [{ __typename: 'Campaign', id: CAMPAIGN }] },
      )
    )._entities[0].talkTrackTraining;
    expect(fixture.courses.map((c) => c.code)).toEqual(['FL']);
    expect(fixture.training).toMatchObject({ staff: viaCampaign.staff, trained: viaCampaign.trained, branches: [{ branchCode: 'CD', staff: viaCampaign.staff, trained: viaCampaign.trained }] });
  });
});

describe('the photo cohort of COHORT_RETENTION, as the province picks it', () => {
  const SET_COHORT = `mutation($y: Int!, $i: KpiCohortInput!, $e: String, $k: String) {
    setKpiCohort(year: $y, input: $i, effectiveMonth: $e, idempotencyKey: $k) { year effectiveMonth segmentKey baseMonth cohortId cohortName isDefault versionId setBy } }`;
  const retention = async (m: string, branch: string) =>
    (await ok<Board>(SCOREBOARD, { y: 2026, m })).kpiScoreboard.find((b) => b.branchCode === branch)!.scores.find((s) => s.kpi === 'COHORT_RETENTION')!;

  it('defaults to December Y−1’s mid-high-end customers', async () => {
    const res = await ok<{ kpiCohort: object; kpiCohortVersions: object[] }>('{ kpiCohort(year: 2026) { segmentKey baseMonth isDefault versionId } kpiCohortVersions(year: 2026) { isDefault } }', {}, trainer);
    expect(res.kpiCohort).toEqual({ segmentKey: 'MID_HIGH_END', baseMonth: '2025-12', isDefault: true, versionId: null });
    expect(res.kpiCohortVersions).toEqual([{ isDefault: true }]);
  });

  it('checks the choice: a published segment, a base month segments has refreshed before the effective month; province planners only', async () => {
    const err = async (i: object, e: string | null = '2026-02', token = province) => (await gql(SET_COHORT, { y: 2026, i, e }, token)).errors![0].extensions!;
    expect(await err({ segmentKey: 'SS1', baseMonth: '2026-01' })).toMatchObject({ code: 'BAD_COHORT_SEGMENT', field: 'input.segmentKey' });
    expect(await err({ segmentKey: 'MID_HIGH_END', baseMonth: '2026-02' })).toMatchObject({ code: 'BAD_COHORT_BASE_MONTH', field: 'input.baseMonth' });
    expect(await err({ segmentKey: 'MID_HIGH_END', baseMonth: '2025-06' })).toMatchObject({ code: 'COHORT_MONTH_NOT_REFRESHED', month: '2025-06' });
    expect(await err({ segmentKey: 'MID_HIGH_END', baseMonth: '2026-1' })).toMatchObject({ code: 'BAD_MONTH', field: 'input.baseMonth' });
    expect(await err({ segmentKey: 'MID_HIGH_END', baseMonth: '2026-01' }, '2027-02')).toMatchObject({ code: 'MONTH_NOT_IN_YEAR' });
    for (const role of [Role.BRANCH_PLANNER, Role.TRAINER, Role.PROVINCE_ANALYST]) {
      expect(['UNAUTHORIZED', 'FORBIDDEN']).toContain((await err({ segmentKey: 'MID_HIGH_END', baseMonth: '2026-01' }, '2026-02', tokenFor(role, role === Role.BRANCH_PLANNER ? 'CD' : null))).code);
    }
  });

  it('uses the picked cohort from its effective month on, equal to segments’ own cohort; earlier months keep the default', async () => {
    const janBefore = await retention('2026-01', 'GA');
    const febBefore = await retention('2026-02', 'GA');
    expect(febBefore).toMatchObject({ numerator: 20, denominator: 30 });
    const picked = await cohorts(segments).create({ name: '2026年1月中高端拍照', segment: 'MID_HIGH_END', baseMonth: '2026-01' }, 'test');
    const input = { segmentKey: 'MID_HIGH_END', baseMonth: '2026-01', cohortId: picked.id, cohortName: '2026年1月中高端拍照' };
    const set = (await ok<{ setKpiCohort: { versionId: string; isDefault: boolean; setBy: string } }>(SET_COHORT, { y: 2026, i: input, e: '2026-02', k: 'cohort-1' })).setKpiCohort;
    expect(set).toMatchObject({ isDefault: false, effectiveMonth: '2026-02', baseMonth: '2026-01', cohortId: picked.id });
    // The same key gives the same version back.
    expect((await ok<{ setKpiCohort: { versionId: string } }>(SET_COHORT, { y: 2026, i: input, e: '2026-02', k: 'cohort-1' })).setKpiCohort.versionId).toBe(set.versionId);

    const feb = await retention('2026-02', 'GA');
    const points = await cohorts(segments).retention(picked.id, null);
    const own = points.find((x) => x.month === '2026-02' && x.branchCode === 'GA' && x.split === 'ALL')!;
    expect(feb).toMatchObject({ numerator: own.retained, denominator: own.members });
    expect(feb.actual).toBeCloseTo(own.retained / own.members, 12);
    expect(feb).toMatchObject({ numerator: 20, denominator: 25 });
    expect(feb.figures).toContainEqual({ key: 'COHORT_MEMBERS', period: '2026-01', value: 25 });
    // History does not move: January still uses December's cohort.
    expect(await retention('2026-01', 'GA')).toEqual(janBefore);
    const choice = await ok<{ jan: { isDefault: boolean }; feb: { baseMonth: string }; versions: { versionId: string }[] }>(
      '{ jan: kpiCohort(year: 2026, month: "2026-01") { isDefault } feb: kpiCohort(year: 2026, month: "2026-02") { baseMonth } versions: kpiCohortVersions(year: 2026) { versionId } }',
      {},
      tokenFor(Role.PHONE_MANAGER, 'GA'),
    );
    expect(choice).toEqual({ jan: { isDefault: true }, feb: { baseMonth: '2026-01' }, versions: [{ versionId: set.versionId }] });
    const [{ n }] = await service.dataSource.query(`SELECT count(*)::int AS n FROM training.audit WHERE entity = 'kpi_cohort' AND entity_id = $1`, [set.versionId]);
    expect(n).toBe(1);
  });

  it('takes another published segment: near mid-high-end customers frozen in January', async () => {
    await ok(SET_COHORT, { y: 2026, i: { segmentKey: 'NEAR_MID_HIGH_END', baseMonth: '2026-01' }, e: '2026-02' });
    // CD51–CD60 were near mid-high-end in January and all are still on network in February.
    expect(await retention('2026-02', 'CD')).toMatchObject({ actual: 1, numerator: 10, denominator: 10 });
    expect((await ok<{ kpiCohortVersions: unknown[] }>('{ kpiCohortVersions(year: 2026) { versionId } }')).kpiCohortVersions).toHaveLength(2);
  });

  it('refuses a cohort id segments does not have, or one that froze another segment or base month', async () => {
    const err = async (i: object) => (await gql(SET_COHORT, { y: 2026, i, e: '2026-02' })).errors![0].extensions!;
    const december = await cohorts(segments).create({ name: '2025年12月中高端拍照', segment: 'MID_HIGH_END', baseMonth: '2025-12' }, 'test');
    expect(await err({ segmentKey: 'MID_HIGH_END', baseMonth: '2025-12', cohortId: '6f1c2a10-0000-4000-8000-0000000000ff' })).toMatchObject({ code: 'UNKNOWN_COHORT', field: 'input.cohortId' });
    expect(await err({ segmentKey: 'MID_HIGH_END', baseMonth: '2026-01', cohortId: december.id })).toMatchObject({ code: 'COHORT_MISMATCH', field: 'input.cohortId' });
    expect(await err({ segmentKey: 'NEAR_MID_HIGH_END', baseMonth: '2025-12', cohortId: december.id })).toMatchObject({ code: 'COHORT_MISMATCH', messages: { 'zh-CN': expect.stringContaining('基准月') } });
  });

  it('counts a picked cohort’s frozen members: re-loading its base month or leaving the segment later does not remove anyone', async () => {
    const frozen = await cohorts(segments).create({ name: 'GA 12月拍照', segment: 'MID_HIGH_END', baseMonth: '2025-12' }, 'test');
    await ok(SET_COHORT, { y: 2026, i: { segmentKey: 'MID_HIGH_END', baseMonth: '2025-12', cohortId: frozen.id, cohortName: 'GA 12月拍照' }, e: '2026-02' });
    // December re-loaded with GA21–GA25 below the mid-high-end line, and GA1 no longer mid-high-end in February (still on network).
    await segments.query(`UPDATE segments.usage SET bill_amount = 50 WHERE month = '2025-12-01' AND subscriber_id IN ('GA21', 'GA22', 'GA23', 'GA24', 'GA25')`);
    await segments.query(`UPDATE segments.usage SET bill_amount = 50 WHERE month = '2026-02-01' AND subscriber_id = 'GA1'`);
    await segments.query(`UPDATE segments.loaded_month SET loaded_at = now() WHERE month IN ('2025-12-01', '2026-02-01')`);
    for (const m of ['2025-12', '2026-02']) await segmentEngine(segments).refresh(m);
    const [{ n }] = await segments.query(`SELECT count(*)::int AS n FROM segments.membership WHERE month = '2025-12-01' AND branch_code = 'GA' AND mid_high_end`);
    expect(n).toBe(25);

    const feb = await retention('2026-02', 'GA');
    const own = (await cohorts(segments).retention(frozen.id, null)).find((x) => x.month === '2026-02' && x.branchCode === 'GA' && x.split === 'ALL')!;
    expect(own).toMatchObject({ members: 30, retained: 20 });
    expect(feb).toMatchObject({ numerator: own.retained, denominator: own.members });
    expect(feb.actual).toBeCloseTo(20 / 30, 12);
    expect(feb.figures).toContainEqual({ key: 'COHORT_MEMBERS', period: '2025-12', value: 30 });
  });
});
