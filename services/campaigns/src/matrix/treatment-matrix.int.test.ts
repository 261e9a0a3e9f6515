import { Role } from '@retention/domain';
import { migrateInOrder, startService, type RunningService } from '@retention/graphql-kit';
import { segmentsService } from '@retention/segments';
import { createTestDatabase, postGraphQL, registerTestCallers, tokenFor, type TestDatabase } from '@retention/test-kit';
import { trainingService } from '@retention/training';
import { campaignsService } from '../app';

let db: TestDatabase;
let service: RunningService;
const province = tokenFor(Role.PROVINCE_PLANNER, null, 'test.province');

type Row = { retentionClass: string; kinds: string[]; channels: string[]; offerKinds: string[]; products: string[]; promotions: string[]; newServices: string[]; service: string[] };
type Gql<T> = { data?: T; errors?: { extensions?: { code?: string; field?: string } }[] };
const gql = <T>(query: string, variables: Record<string, unknown>, token: string) => postGraphQL<T>(service.url, query, variables, token) as Promise<Gql<T>>;
const ROW = 'retentionClass kinds channels offerKinds products promotions newServices service';

beforeAll(async () => {
  db = await createTestDatabase();
  await migrateInOrder([trainingService, segmentsService], db.urlFor);
  await registerTestCallers(db.adminUrl);
  service = await startService(campaignsService, { databaseUrl: db.urlFor('campaigns'), port: 0, seedDemo: false });
}, 600_000);

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

it('keeps every version with who saved it; older versions stay readable; a stale save is a VERSION_CONFLICT', async () => {
  const current = await gql<{ treatmentMatrix: Row[] }>(`{ treatmentMatrix { ${ROW} } }`, {}, province);
  const rows = current.data!.treatmentMatrix.map((r) => (r.retentionClass === 'CHURN_RISK' ? { ...r, promotions: [...r.promotions, '关怀回访'] } : r));
  const saved = await gql<{ updateTreatmentMatrix: { version: number }[] }>('mutation($rows: [TreatmentRowInput!]!) { updateTreatmentMatrix(version: 1, rows: $rows) { version } }', { rows }, province);
  expect(saved.errors).toBeUndefined();
  expect(saved.data!.updateTreatmentMatrix[0].version).toBe(2);
  const stale = await gql('mutation($rows: [TreatmentRowInput!]!) { updateTreatmentMatrix(version: 1, rows: $rows) { version } }', { rows }, province);
  expect(stale.errors![0].extensions).toMatchObject({ code: 'VERSION_CONFLICT', field: 'version', messages: { 'zh-CN': expect.stringContaining('处置矩阵已被他人修改（当前版本 2）') } });

  const history = await gql<{ treatmentMatrixHistory: { version: number; createdBy: string; createdAt: string }[] }>('{ treatmentMatrixHistory { version createdBy createdAt } }', {}, tokenFor(Role.BRANCH_PLANNER, 'CD'));
  expect(history.data!.treatmentMatrixHistory.map((h) => [h.version, h.createdBy])).toEqual([[2, 'test.province'], [1, 'seed 000']]);
  const old = await gql<{ treatmentMatrix: Row[] }>('{ treatmentMatrix(version: 1) { retentionClass promotions } }', {}, province);
  expect(old.data!.treatmentMatrix.find((r) => r.retentionClass === 'CHURN_RISK')!.promotions).not.toContain('关怀回访');
  const branchSave = await gql('mutation($rows: [TreatmentRowInput!]!) { updateTreatmentMatrix(version: 2, rows: $rows) { version } }', { rows }, tokenFor(Role.BRANCH_PLANNER, 'CD'));
  expect(branchSave.errors![0].extensions!.code).toBe('UNAUTHORIZED');
});
