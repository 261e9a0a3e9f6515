import fs from 'node:fs';
import path from 'node:path';
import { DEMO_CAMPAIGN_IDS, Role } from '@retention/domain';
import { migrateInOrder, printSubgraphSdl, startService, type RunningService } from '@retention/graphql-kit';
import { registerTestCallers, createTestDatabase, postGraphQL, tokenFor, type TestDatabase } from '@retention/test-kit';
import { segmentsService } from '@retention/segments';
import { trainingService } from '@retention/training';
import { campaignsService } from './app';
import { buildCampaignsSchema } from './schema';

let db: TestDatabase;
let service: RunningService;

beforeAll(async () => {
  db = await createTestDatabase();
  // Services check every token's user against training: its schema and the test callers first.
  await migrateInOrder([trainingService, segmentsService], db.urlFor);
  await registerTestCallers(db.adminUrl);
  service = await startService(campaignsService, { databaseUrl: db.urlFor('campaigns'), port: 0, seedDemo: true });
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

type Names = { campaigns: { name: string; status: string; ownerBranch: { code: string } | null }[] };
const list = '{ campaigns { name status ownerBranch { code } } }';
const counts = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Branch { code campaignCount } } }';
const refs = (...codes: string[]) => ({ r: codes.map((code) => ({ __typename: 'Branch', code })) });

it('matches the checked-in schema.graphql', async () => {
  const current = await printSubgraphSdl(await buildCampaignsSchema());
  expect(fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8')).toEqual(current);
});

it('shows the province every campaign, drafts included', async () => {
  const res = await postGraphQL<Names>(service.url, list, {}, tokenFor(Role.PROVINCE_PLANNER));
  expect(res.data!.campaigns).toHaveLength(7);
  expect(res.data!.campaigns.find((c) => c.status === 'DRAFT')).toBeDefined();
});

it('shows a branch its local campaigns and the published province campaigns it executes, never drafts', async () => {
  const cd = await postGraphQL<Names>(service.url, list, {}, tokenFor(Role.BRANCH_PLANNER, 'CD'));
  expect(cd.data!.campaigns.map((c) => c.name).sort()).toEqual(['存费送费：中高端稳定', '成都生日关怀', '网龄计划：老客户回馈'].sort());
  const ga = await postGraphQL<Names>(service.url, list, {}, tokenFor(Role.PHONE_MANAGER, 'GA'));
  expect(ga.data!.campaigns.map((c) => c.name).sort()).toEqual(['存费送费：中高端稳定', '网龄计划：老客户回馈', '广安存费送费（本地）'].sort());
  const zg = await postGraphQL<Names>(service.url, list, {}, tokenFor(Role.BRANCH_PLANNER, 'ZG'));
  expect(zg.data!.campaigns.map((c) => c.name)).toEqual(['网龄计划：老客户回馈']);
});

it('is not for trainers or admins', async () => {
  const res = await postGraphQL(service.url, list, {}, tokenFor(Role.TRAINER));
  expect(res.errors![0].extensions!.code).toBe('UNAUTHORIZED');
});

it('counts campaigns per branch in one batched query, within scope', async () => {
  const query = jest.spyOn(service.dataSource, 'query');
  const res = await postGraphQL(service.url, counts, refs('CD', 'GA', 'ZG'), tokenFor(Role.PROVINCE_ANALYST));
  // One query for the three branches (beside the token check against training's users).
  expect(query.mock.calls.filter(([sql]) => String(sql).includes('campaigns.campaign'))).toHaveLength(1);
  query.mockRestore();
  // Drafts are not counted, for anyone: the province table and a branch overview agree.
  expect(res.data).toEqual({ _entities: [{ code: 'CD', campaignCount: 3 }, { code: 'GA', campaignCount: 2 }, { code: 'ZG', campaignCount: 1 }] });
  const own = await postGraphQL(service.url, counts, refs('CD'), tokenFor(Role.BRANCH_PLANNER, 'CD'));
  expect(own.data).toEqual({ _entities: [{ code: 'CD', campaignCount: 3 }] });
  const other = await postGraphQL(service.url, counts, refs('CD'), tokenFor(Role.BRANCH_PLANNER, 'GA'));
  // Another branch is not even resolved: nothing to count.
  expect(other.data).toEqual({ _entities: [null] });
});

it('resolves Campaign references only when the caller may see them', async () => {
  const q = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Campaign { name } } }';
  const r = { r: [{ __typename: 'Campaign', id: DEMO_CAMPAIGN_IDS.chengduCare }] };
  expect((await postGraphQL(service.url, q, r, tokenFor(Role.BRANCH_PLANNER, 'CD'))).data).toEqual({ _entities: [{ name: '成都生日关怀' }] });
  expect((await postGraphQL(service.url, q, r, tokenFor(Role.BRANCH_PLANNER, 'GA'))).data).toEqual({ _entities: [null] });
});

it('refuses callers without a token', async () => {
  const res = await postGraphQL(service.url, list);
  expect(res.status).toBe(401);
});
