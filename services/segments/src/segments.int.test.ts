import fs from 'node:fs';
import path from 'node:path';
import { Role } from '@retention/domain';
import { migrateInOrder, printSubgraphSdl, startService, type RunningService } from '@retention/graphql-kit';
import { registerTestCallers, createTestDatabase, postGraphQL, tokenFor, type TestDatabase } from '@retention/test-kit';
import { trainingService } from '@retention/training';
import { segmentsService } from './app';
import { buildSegmentsSchema } from './schema';

let db: TestDatabase;
let service: RunningService;

beforeAll(async () => {
  db = await createTestDatabase();
  // Services check every token's user against training: its schema and the test callers first.
  await migrateInOrder([trainingService], db.urlFor);
  await registerTestCallers(db.adminUrl);
  service = await startService(segmentsService, { databaseUrl: db.urlFor('segments'), port: 0 });
  await service.dataSource.query(
    `INSERT INTO segments.subscriber (subscriber_id, msisdn, branch_code, brand, plan_code, join_date)
     SELECT 'S' || i, '1380000' || lpad(i::text, 4, '0'), CASE WHEN i <= 3 THEN 'CD' ELSE 'GA' END, 'GOTONE', 'SL88', DATE '2020-01-31'
     FROM generate_series(1, 5) AS i`,
  );
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

const entities = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Branch { code subscriberCount } } }';
const refs = (...codes: string[]) => ({ r: codes.map((code) => ({ __typename: 'Branch', code })) });

it('matches the checked-in schema.graphql', async () => {
  const current = await printSubgraphSdl(await buildSegmentsSchema());
  expect(fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8')).toEqual(current);
});

it('adds subscriberCount to Branch, batched, with 0 for a branch without customers', async () => {
  const query = jest.spyOn(service.dataSource, 'query');
  const res = await postGraphQL(service.url, entities, refs('CD', 'GA', 'ZG'), tokenFor(Role.PROVINCE_ANALYST));
  // One query for the three branches (beside the token check against training's users).
  expect(query.mock.calls.filter(([sql]) => String(sql).includes('segments.subscriber'))).toHaveLength(1);
  query.mockRestore();
  expect(res.data).toEqual({ _entities: [{ code: 'CD', subscriberCount: 3 }, { code: 'GA', subscriberCount: 2 }, { code: 'ZG', subscriberCount: 0 }] });
});

it('gives a branch user their own branch and refuses another branch', async () => {
  const own = await postGraphQL(service.url, entities, refs('GA'), tokenFor(Role.BRANCH_PLANNER, 'GA'));
  expect(own.data).toEqual({ _entities: [{ code: 'GA', subscriberCount: 2 }] });
  const other = await postGraphQL<{ _entities: unknown[] }>(service.url, entities, refs('CD'), tokenFor(Role.BRANCH_PLANNER, 'GA'));
  // Another branch is not resolved at all (null), so nothing of it can be read.
  expect(other.data).toEqual({ _entities: [null] });
});

it('totals subscribers within the caller scope', async () => {
  const q = 'query($b: String) { subscriberTotal(branch: $b) }';
  expect((await postGraphQL(service.url, q, {}, tokenFor(Role.PROVINCE_PLANNER))).data).toEqual({ subscriberTotal: 5 });
  expect((await postGraphQL(service.url, q, { b: 'GA' }, tokenFor(Role.PROVINCE_PLANNER))).data).toEqual({ subscriberTotal: 2 });
  expect((await postGraphQL(service.url, q, {}, tokenFor(Role.BRANCH_PLANNER, 'CD'))).data).toEqual({ subscriberTotal: 3 });
  const denied = await postGraphQL(service.url, q, { b: 'GA' }, tokenFor(Role.BRANCH_PLANNER, 'CD'));
  expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
  // Phone managers reach customers only through their own tasks; trainers and admins not at all.
  for (const role of [Role.PHONE_MANAGER, Role.TRAINER, Role.ADMIN]) {
    const refused = await postGraphQL(service.url, q, {}, tokenFor(role, role === Role.PHONE_MANAGER ? 'CD' : null));
    expect(refused.errors![0].extensions!.code).toBe('UNAUTHORIZED');
  }
});

it('refuses callers without a token', async () => {
  const res = await postGraphQL(service.url, entities, refs('CD'));
  expect(res.status).toBe(401);
  expect(res.data).toBeUndefined();
});
