import { Role } from '@retention/domain';
import { migrateInOrder, startService, type RunningService } from '@retention/graphql-kit';
import { branchScopedDataSource } from '@retention/db';
import { registerTestCallers, createTestDatabase, postGraphQL, tokenFor, type TestDatabase } from '@retention/test-kit';
import { trainingService } from '@retention/training';
import { segmentsService } from '../app';
import { SEARCHES_PER_MINUTE } from './subscriber.resolver';
import { SegmentEngineService } from '../engine/segment-engine.service';
import { insertOffer, insertSubscriber } from '../engine/test-fixtures';

let db: TestDatabase;
let service: RunningService;

beforeAll(async () => {
  db = await createTestDatabase();
  // Services check every token's user against training: its schema and the test callers first.
  await migrateInOrder([trainingService], db.urlFor);
  await registerTestCallers(db.adminUrl);
  service = await startService(segmentsService, { databaseUrl: db.urlFor('segments'), port: 0 });
  const ds = service.dataSource;
  const usage = Object.fromEntries(
    ['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']
      .map((month, i) => [month, { bill: 200 + i, mou: 400 }]),
  );
  await insertSubscriber(ds, { id: 'P1', branch: 'CD', brand: 'GOTONE', groupClass: 'B', keyMember: true, join: '2019-03-31' }, usage);
  await ds.query("UPDATE segments.usage SET roaming_mou = 80, services = 'MAIL139;FETION' WHERE subscriber_id = 'P1' AND month = '2026-10-01'");
  await insertOffer(ds, { id: 'P1', kind: 'TERMINAL', start: '2026-01', months: 24 });
  await insertSubscriber(ds, { id: 'G1', branch: 'GA' }, { '2026-10': { bill: 30, mou: 20 } });
  await new SegmentEngineService(ds).refresh('2026-10');
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

const card = `query($id: ID!) { subscriber(id: $id) { id msisdnMasked brand vipCard branch { code }
  portrait { month arpu avgArpu tenureMonths tenureBand retentionClass midHighEnd measures stickyServices
    trend { month arpu } recommendation { retentionClass channels planFit } } } }`;

it('shows a portrait with masked number, 13-month trend, measures and the recommended treatment', async () => {
  const res = await postGraphQL<{ subscriber: Record<string, unknown> & { portrait: { trend: unknown[] } } }>(service.url, card, { id: 'P1' }, tokenFor(Role.PROVINCE_PLANNER));
  expect(res.errors).toBeUndefined();
  const s = res.data!.subscriber;
  expect(s).toMatchObject({ id: 'P1', brand: 'GOTONE', branch: { code: 'CD' } });
  expect(String(s.msisdnMasked)).toMatch(/^13\d\*{4}\d{4}$/);
  expect(s.portrait).toMatchObject({
    month: '2026-10', arpu: 212, avgArpu: 211, tenureMonths: 91, tenureBand: 'GE_5Y', retentionClass: 'IMPORTANT', midHighEnd: true,
    measures: ['GOTONE', 'GROUP', 'TERMINAL'], stickyServices: ['MAIL139', 'FETION'],
    recommendation: { retentionClass: 'IMPORTANT', channels: ['ACCOUNT_MANAGER', 'PHONE_MANAGER', 'FRONT_DESK', 'E_CHANNEL'], planFit: ['SL88'] },
  });
  expect(s.portrait.trend).toHaveLength(13);
  expect(JSON.stringify(res.data)).not.toMatch(/13\d{9}/);
});

it('keeps branch users inside their branch', async () => {
  expect((await postGraphQL(service.url, card, { id: 'P1' }, tokenFor(Role.BRANCH_PLANNER, 'GA'))).data).toEqual({ subscriber: null });
  const search = await postGraphQL<{ searchSubscribers: { id: string }[] }>(service.url, '{ searchSubscribers(query: "P1") { id } }', {}, tokenFor(Role.BRANCH_PLANNER, 'GA'));
  expect(search.data!.searchSubscribers).toEqual([]);
  const own = await postGraphQL<{ searchSubscribers: { id: string }[] }>(service.url, '{ searchSubscribers(query: "G1") { id } }', {}, tokenFor(Role.BRANCH_PLANNER, 'GA'));
  expect(own.data!.searchSubscribers).toEqual([{ id: 'G1' }]);
  const ref = await postGraphQL(service.url, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Subscriber { id } } }', { r: [{ __typename: 'Subscriber', id: 'P1' }] }, tokenFor(Role.BRANCH_PLANNER, 'GA'));
  expect(ref.data).toEqual({ _entities: [null] });
});

it('finds customers by their full number only, never by some of its digits', async () => {
  const [{ msisdn }] = await service.dataSource.query("SELECT msisdn FROM segments.subscriber WHERE subscriber_id = 'G1'");
  const search = async (q: string) =>
    (await postGraphQL<{ searchSubscribers: { id: string }[] }>(service.url, 'query($q: String!) { searchSubscribers(query: $q) { id } }', { q }, tokenFor(Role.PROVINCE_ANALYST))).data!.searchSubscribers.map((s) => s.id);
  expect(await search(msisdn)).toEqual(['G1']);
  // The masked form shows the last four digits: neither they nor more of them find anyone.
  for (const digits of [msisdn.slice(-4), msisdn.slice(-5), msisdn.slice(-8), msisdn.slice(0, 7)]) expect(await search(digits)).toEqual([]);
});

it('limits each user to 30 searches a minute, counting every alias', async () => {
  const aliases = Array.from({ length: SEARCHES_PER_MINUTE + 1 }, (_, i) => `s${i}: searchSubscribers(query: "G1") { id }`).join(' ');
  const burst = await postGraphQL(service.url, `{ ${aliases} }`, {}, tokenFor(Role.PROVINCE_PLANNER));
  expect(burst.errors).toHaveLength(1);
  expect(burst.errors![0]).toMatchObject({ path: [`s${SEARCHES_PER_MINUTE}`], extensions: { code: 'RATE_LIMITED' } });
  // The limit is per user: another caller still searches.
  const other = await postGraphQL<{ searchSubscribers: { id: string }[] }>(service.url, '{ searchSubscribers(query: "G1") { id } }', {}, tokenFor(Role.BRANCH_PLANNER, 'GA'));
  expect(other.data!.searchSubscribers).toEqual([{ id: 'G1' }]);
});

it('keeps a branch session out of other branches in the database itself (row-level backstop), without leaking to the pool', async () => {
  const ga = branchScopedDataSource(service.dataSource, 'GA');
  // An unfiltered query, as a forgotten WHERE would be: the policy still limits it to GA.
  expect(await ga.query('SELECT subscriber_id FROM segments.subscriber ORDER BY 1')).toEqual([{ subscriber_id: 'G1' }]);
  expect(await ga.query("SELECT DISTINCT branch_code FROM segments.membership")).toEqual([{ branch_code: 'GA' }]);
  expect(await ga.query("SELECT count(*)::int AS n FROM segments_api.membership_v1 WHERE subscriber_id = 'P1'")).toEqual([{ n: 0 }]);
  // Writes too, and in transactions.
  await ga.transaction(async (tx) => {
    const [, changed] = await tx.query("UPDATE segments.subscriber SET plan_code = 'X' WHERE subscriber_id = 'P1'");
    expect(changed).toBe(0);
    expect(await tx.query('SELECT count(*)::int AS n FROM segments.subscriber')).toEqual([{ n: 1 }]);
  });
  // Connections go back to the pool without the branch: the next (province) query sees everyone.
  const all = await Promise.all(Array.from({ length: 12 }, () => service.dataSource.query('SELECT count(*)::int AS n FROM segments.subscriber')));
  expect(all.every(([r]) => r.n === 2)).toBe(true);
});

it('does not let phone managers search the base', async () => {
  const res = await postGraphQL(service.url, '{ searchSubscribers(query: "P1") { id } }', {}, tokenFor(Role.PHONE_MANAGER, 'CD'));
  expect(res.errors![0].extensions!.code).toBe('UNAUTHORIZED');
});
