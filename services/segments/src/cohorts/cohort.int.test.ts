import { Role } from '@retention/domain';
import { migrateInOrder, startService, type RunningService } from '@retention/graphql-kit';
import { registerTestCallers, createTestDatabase, postGraphQL, tokenFor, type TestDatabase } from '@retention/test-kit';
import { trainingService } from '@retention/training';
import { segmentsService } from '../app';
import { SegmentEngineService } from '../engine/segment-engine.service';
import { insertSubscriber, type UsageFixture } from '../engine/test-fixtures';

let db: TestDatabase;
let service: RunningService;
const analyst = tokenFor(Role.PROVINCE_ANALYST);

type Point = { month: string; branchCode: string | null; split: string; withMeasure: boolean; members: number; retained: number; valueRetained: number; retention: number; churnRate: number; valueRetention: number };

beforeAll(async () => {
  db = await createTestDatabase();
  // Services check every token's user against training: its schema and the test callers first.
  await migrateInOrder([trainingService], db.urlFor);
  await registerTestCallers(db.adminUrl);
  service = await startService(segmentsService, { databaseUrl: db.urlFor('segments'), port: 0 });
  const ds = service.dataSource;
  const high: UsageFixture = { bill: 200, mou: 200 };
  // Base 2026-08: four mid-high-end in CD (two V-net), one in GA.
  await insertSubscriber(ds, { id: 'v1', branch: 'CD' }, { '2026-08': high, '2026-09': high, '2026-10': high });
  await insertSubscriber(ds, { id: 'v2', branch: 'CD' }, { '2026-08': high, '2026-09': { bill: 50, mou: 20 }, '2026-10': { bill: 50, mou: 20 } });
  await insertSubscriber(ds, { id: 'n1', branch: 'CD' }, { '2026-08': high, '2026-09': { bill: 200, mou: 200, status: 'CHURNED' } });
  await insertSubscriber(ds, { id: 'n2', branch: 'CD' }, { '2026-08': high, '2026-09': high });
  await insertSubscriber(ds, { id: 'g1', branch: 'GA' }, { '2026-08': high, '2026-09': high, '2026-10': high });
  await insertSubscriber(ds, { id: 'low', branch: 'CD' }, { '2026-08': { bill: 20 }, '2026-09': { bill: 20 } });
  await ds.query("UPDATE segments.subscriber SET vnet_member = true WHERE subscriber_id IN ('v1', 'v2')");
  for (const month of ['2026-08', '2026-09', '2026-10']) {
    await ds.query('INSERT INTO segments.loaded_month (month, usage_rows) VALUES ($1::date, 1)', [`${month}-01`]);
  }
  await new SegmentEngineService(ds).refresh('2026-08');
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

it('freezes a segment and follows retention, churn and value retention by branch and V-net split', async () => {
  const created = await postGraphQL<{ createCohort: { id: string; members: number } }>(
    service.url, 'mutation($i: CreateCohortInput!) { createCohort(input: $i) { id members baseMonth } }',
    { i: { name: '8月中高端拍照', segment: 'MID_HIGH_END', baseMonth: '2026-08' } }, analyst,
  );
  expect(created.errors).toBeUndefined();
  expect(created.data!.createCohort).toMatchObject({ members: 5, baseMonth: '2026-08' });

  const res = await postGraphQL<{ cohortRetention: Point[] }>(service.url,
    'query($id: ID!) { cohortRetention(id: $id) { month branchCode split withMeasure members retained valueRetained retention churnRate valueRetention } }',
    { id: created.data!.createCohort.id }, analyst);
  expect(res.errors).toBeUndefined();
  const find = (month: string, branch: string | null, split: string, withMeasure = true) =>
    res.data!.cohortRetention.find((p) => p.month === month && p.branchCode === branch && p.split === split && p.withMeasure === withMeasure)!;
  // 2026-09: n1 churned (CHURNED row), the rest on network; v2 no longer mid-high-end.
  expect(find('2026-09', null, 'ALL')).toMatchObject({ members: 5, retained: 4, valueRetained: 3, retention: 0.8 });
  expect(find('2026-09', 'CD', 'ALL')).toMatchObject({ members: 4, retained: 3, valueRetained: 2 });
  // 2026-10: n2 has no usage row (gone), n1 gone.
  expect(find('2026-10', null, 'ALL')).toMatchObject({ members: 5, retained: 3, churnRate: 0.4 });
  expect(find('2026-10', 'CD', 'VNET', true)).toMatchObject({ members: 2, retained: 2, retention: 1 });
  expect(find('2026-10', 'CD', 'VNET', false)).toMatchObject({ members: 2, retained: 0, retention: 0 });
});

it('shows a branch user only their branch', async () => {
  const list = await postGraphQL<{ cohorts: { id: string }[] }>(service.url, '{ cohorts { id } }', {}, tokenFor(Role.BRANCH_PLANNER, 'GA'));
  const res = await postGraphQL<{ cohortRetention: Point[] }>(service.url, 'query($id: ID!) { cohortRetention(id: $id) { branchCode members } }',
    { id: list.data!.cohorts[0].id }, tokenFor(Role.BRANCH_PLANNER, 'GA'));
  expect(new Set(res.data!.cohortRetention.map((p) => p.branchCode))).toEqual(new Set([null, 'GA']));
  expect(res.data!.cohortRetention.every((p) => p.members <= 1)).toBe(true);
});

it("counts a cohort's members within a branch user's branch, never province-wide", async () => {
  const members = async (token: string) => (await postGraphQL<{ cohorts: { members: number }[] }>(service.url, '{ cohorts { members } }', {}, token)).data!.cohorts[0].members;
  expect(await members(analyst)).toBe(5);
  expect(await members(tokenFor(Role.BRANCH_PLANNER, 'CD'))).toBe(4);
  expect(await members(tokenFor(Role.BRANCH_PLANNER, 'GA'))).toBe(1);
});

it.each([
  [{ name: 'x', segment: 'MID_HIGH_END', baseMonth: '2026-09' }, 'MONTH_NOT_REFRESHED'],
  [{ name: 'x', segment: 'RICH', baseMonth: '2026-08' }, 'UNKNOWN_SEGMENT'],
  [{ name: 'x', baseMonth: '2026-08' }, 'UNKNOWN_SEGMENT'],
  [{ name: ' ', segment: 'MID_HIGH_END', baseMonth: '2026-08' }, 'BAD_NAME'],
  [{ name: 'x', segment: 'MID_HIGH_END', baseMonth: '08/2026' }, 'BAD_MONTH'],
])('rejects %j with %s', async (input, code) => {
  const res = await postGraphQL(service.url, 'mutation($i: CreateCohortInput!) { createCohort(input: $i) { id } }', { i: input }, analyst);
  expect(res.errors![0].extensions!.code).toBe(code);
});
