import { Role } from '@retention/domain';
import { migrateInOrder, startService, type RunningService } from '@retention/graphql-kit';
import { registerTestCallers, createTestDatabase, postGraphQL, tokenFor, type TestDatabase } from '@retention/test-kit';
import { trainingService } from '@retention/training';
import { segmentsService } from '../app';
import { insertOffer, insertSubscriber } from '../engine/test-fixtures';

let db: TestDatabase;
let service: RunningService;
const province = tokenFor(Role.PROVINCE_ANALYST);

beforeAll(async () => {
  db = await createTestDatabase();
  // Services check every token's user against training: its schema and the test callers first.
  await migrateInOrder([trainingService], db.urlFor);
  await registerTestCallers(db.adminUrl);
  service = await startService(segmentsService, { databaseUrl: db.urlFor('segments'), port: 0 });
  const ds = service.dataSource;
  // CD: two mid-high-end in 2026-09 and 2026-10 (one GoTone with an offer); GA: one near mid-high-end.
  for (const month of ['2026-09', '2026-10']) {
    await ds.query("INSERT INTO segments.loaded_month (month, usage_rows) VALUES ($1::date, 3)", [`${month}-01`]);
  }
  await insertSubscriber(ds, { id: 'A', branch: 'CD', brand: 'GOTONE' }, { '2026-08': { bill: 300 }, '2026-09': { bill: 300 }, '2026-10': { bill: 300 } });
  await insertSubscriber(ds, { id: 'B', branch: 'CD' }, { '2026-09': { bill: 150 }, '2026-10': { bill: 150 } });
  await insertSubscriber(ds, { id: 'C', branch: 'GA' }, { '2026-09': { bill: 90 }, '2026-10': { bill: 90 } });
  await insertOffer(ds, { id: 'A', kind: 'DEPOSIT_GIFT', start: '2026-06', months: 10 });
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

async function refreshThroughQueue(month: string): Promise<void> {
  const started = await postGraphQL<{ refreshSegments: { id: string; status: string } }>(
    service.url, 'mutation($m: String!) { refreshSegments(month: $m) { id status } }', { m: month }, province,
  );
  expect(started.errors).toBeUndefined();
  const id = started.data!.refreshSegments.id;
  for (let i = 0; i < 100; i++) {
    const job = await postGraphQL<{ segmentJob: { status: string; progress: number; error: string | null } }>(
      service.url, 'query($id: ID!) { segmentJob(id: $id) { status progress error } }', { id }, province,
    );
    if (job.data!.segmentJob.status === 'SUCCEEDED') {
      expect(job.data!.segmentJob.progress).toBe(1);
      return;
    }
    expect(job.data!.segmentJob.status).not.toBe('FAILED');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`refresh of ${month} did not finish`);
}

beforeAll(async () => {
  await refreshThroughQueue('2026-09');
  await refreshThroughQueue('2026-10');
});

const branchFields = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Branch {
  code midHighEndCount(month: "2026-10") nearMidHighEndCount(month: "2026-10") dynamicMidHighEndCount(month: "2026-10")
  crossStabilization(month: "2026-10") { dynamicMidHighEnd atLeastOne atLeastTwo atLeastThree }
  midHighEndMonthlyAverage(year: 2026) { monthsLoaded yearToDate annual }
} } }`;

it('runs refreshes as background jobs and lists the months', async () => {
  const res = await postGraphQL(service.url, '{ segmentMonths { loaded refreshed latest } }', {}, province);
  expect(res.data).toEqual({ segmentMonths: { loaded: ['2026-09', '2026-10'], refreshed: ['2026-09', '2026-10'], latest: '2026-10' } });
});

it('adds KPI figures to Branch for the gateway', async () => {
  const res = await postGraphQL<{ _entities: unknown[] }>(service.url, branchFields, { r: [{ __typename: 'Branch', code: 'CD' }, { __typename: 'Branch', code: 'GA' }] }, province);
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities).toEqual([
    {
      code: 'CD', midHighEndCount: 2, nearMidHighEndCount: 0, dynamicMidHighEndCount: 1,
      crossStabilization: { dynamicMidHighEnd: 1, atLeastOne: 1, atLeastTwo: 1, atLeastThree: 0 },
      midHighEndMonthlyAverage: { monthsLoaded: 2, yearToDate: 2, annual: null },
    },
    {
      code: 'GA', midHighEndCount: 0, nearMidHighEndCount: 1, dynamicMidHighEndCount: 0,
      crossStabilization: { dynamicMidHighEnd: 0, atLeastOne: 0, atLeastTwo: 0, atLeastThree: 0 },
      midHighEndMonthlyAverage: { monthsLoaded: 2, yearToDate: 0, annual: null },
    },
  ]);
});

it('serves counts and trends, limited to the branch of a branch user', async () => {
  const q = 'query($m: String!) { segmentCounts(month: $m) { branchCode segment count } }';
  const all = await postGraphQL<{ segmentCounts: { branchCode: string; segment: string; count: number }[] }>(service.url, q, { m: '2026-10' }, province);
  expect(all.data!.segmentCounts).toHaveLength(21 * 15);
  const ga = await postGraphQL<{ segmentCounts: { branchCode: string; segment: string; count: number }[] }>(service.url, q, { m: '2026-10' }, tokenFor(Role.BRANCH_PLANNER, 'GA'));
  expect(new Set(ga.data!.segmentCounts.map((c) => c.branchCode))).toEqual(new Set(['GA']));
  expect(ga.data!.segmentCounts.find((c) => c.segment === 'NEAR_MID_HIGH_END')!.count).toBe(1);

  const trend = await postGraphQL<{ segmentTrend: unknown[] }>(service.url, '{ segmentTrend(segment: "MID_HIGH_END", branches: ["CD"]) { month count } }', {}, province);
  expect(trend.data!.segmentTrend).toEqual([{ month: '2026-09', count: 2 }, { month: '2026-10', count: 2 }]);
});

it('refuses another branch to a branch user', async () => {
  const res = await postGraphQL(service.url, branchFields, { r: [{ __typename: 'Branch', code: 'CD' }] }, tokenFor(Role.PHONE_MANAGER, 'GA'));
  // Another branch is not resolved for a branch user: nothing of it can be read.
  expect(res.errors).toBeUndefined();
  expect(res.data).toEqual({ _entities: [null] });
});

it.each([
  ['a bad month', 'query { segmentCounts(month: "2026-13") { count } }', 'BAD_MONTH'],
  ['a month without snapshot', 'query { segmentCounts(month: "2025-01") { count } }', 'MONTH_NOT_REFRESHED'],
  ['an unknown segment', 'query { segmentTrend(segment: "VIP") { count } }', 'UNKNOWN_SEGMENT'],
  ['an unloaded month to refresh', 'mutation { refreshSegments(month: "2024-01") { id } }', 'MONTH_NOT_LOADED'],
  ['SQL as a month', `mutation { refreshSegments(month: "2026-10'; drop table segments.usage; --") { id } }`, 'BAD_MONTH'],
])('answers %s with a clear error', async (_name, query, code) => {
  const res = await postGraphQL(service.url, query, {}, province);
  expect(res.errors![0].extensions!.code).toBe(code);
  expect(res.errors![0].message).toMatch(/^(month|segment): /);
});

it('lets only province roles start a refresh', async () => {
  const res = await postGraphQL(service.url, 'mutation { refreshSegments(month: "2026-10") { id } }', {}, tokenFor(Role.BRANCH_PLANNER, 'CD'));
  expect(res.errors![0].extensions!.code).toBe('UNAUTHORIZED');
});
