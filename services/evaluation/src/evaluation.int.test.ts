import fs from 'node:fs';
import path from 'node:path';
import { Role } from '@retention/domain';
import { migrateInOrder, printSubgraphSdl, startService, type RunningService } from '@retention/graphql-kit';
import { registerTestCallers, createTestDatabase, postGraphQL, tokenFor, type TestDatabase } from '@retention/test-kit';
import { trainingService } from '@retention/training';
import { evaluationService } from './app';
import { buildEvaluationSchema } from './schema';

let db: TestDatabase;
let service: RunningService;

beforeAll(async () => {
  db = await createTestDatabase();
  // Services check every token's user against training: its schema and the test callers first.
  await migrateInOrder([trainingService], db.urlFor);
  await registerTestCallers(db.adminUrl);
  service = await startService(evaluationService, { databaseUrl: db.urlFor('evaluation'), port: 0, seedDemo: true });
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

type Reports = { evaluationReports: { id: string; status: string; branch: { code: string } }[] };
const list = '{ evaluationReports { id status branch { code } campaign { id } } }';

it('matches the checked-in schema.graphql', async () => {
  const current = await printSubgraphSdl(await buildEvaluationSchema());
  expect(fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8')).toEqual(current);
});

it('shows the province every report and a branch only its own', async () => {
  const all = await postGraphQL<Reports>(service.url, list, {}, tokenFor(Role.PROVINCE_PLANNER));
  expect(all.data!.evaluationReports.map((r) => r.branch.code).sort()).toEqual(['CD', 'GA']);
  const cd = await postGraphQL<Reports>(service.url, list, {}, tokenFor(Role.BRANCH_PLANNER, 'CD'));
  expect(cd.data!.evaluationReports.map((r) => [r.branch.code, r.status])).toEqual([['CD', 'SUBMITTED']]);
});

it('lets other branches see a report once the province shares it as good practice', async () => {
  const zg = () => postGraphQL<Reports>(service.url, list, {}, tokenFor(Role.BRANCH_PLANNER, 'ZG'));
  expect((await zg()).data!.evaluationReports).toEqual([]);
  await service.dataSource.query("UPDATE evaluation.evaluation_report SET shared_practice = true WHERE branch_code = 'CD'");
  expect((await zg()).data!.evaluationReports.map((r) => r.branch.code)).toEqual(['CD']);
  await service.dataSource.query('UPDATE evaluation.evaluation_report SET shared_practice = false');
});

it('resolves report references within scope only', async () => {
  const all = await postGraphQL<Reports>(service.url, list, {}, tokenFor(Role.PROVINCE_PLANNER));
  const ga = all.data!.evaluationReports.find((r) => r.branch.code === 'GA')!;
  const q = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on EvaluationReport { status } } }';
  const r = { r: [{ __typename: 'EvaluationReport', id: ga.id }] };
  expect((await postGraphQL(service.url, q, r, tokenFor(Role.BRANCH_PLANNER, 'GA'))).data).toEqual({ _entities: [{ status: 'DRAFT' }] });
  expect((await postGraphQL(service.url, q, r, tokenFor(Role.BRANCH_PLANNER, 'CD'))).data).toEqual({ _entities: [null] });
});

it('is not for phone managers, and refuses callers without a token', async () => {
  expect((await postGraphQL(service.url, list, {}, tokenFor(Role.PHONE_MANAGER, 'CD'))).errors![0].extensions!.code).toBe('UNAUTHORIZED');
  expect((await postGraphQL(service.url, list)).status).toBe(401);
});
