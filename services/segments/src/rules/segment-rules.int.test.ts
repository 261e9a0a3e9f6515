import { Role } from '@retention/domain';
import { migrateInOrder, startService, type RunningService } from '@retention/graphql-kit';
import { registerTestCallers, createTestDatabase, postGraphQL, tokenFor, type TestDatabase } from '@retention/test-kit';
import { trainingService } from '@retention/training';
import { segmentsService } from '../app';
import { SegmentEngineService } from '../engine/segment-engine.service';
import { insertSubscriber } from '../engine/test-fixtures';
import { SegmentDefinitionService } from './segment-definition.service';

let db: TestDatabase;
let service: RunningService;
let definitions: SegmentDefinitionService;
const planner = tokenFor(Role.PROVINCE_PLANNER);
const M = '2026-10';

beforeAll(async () => {
  db = await createTestDatabase();
  // Services check every token's user against training: its schema and the test callers first.
  await migrateInOrder([trainingService], db.urlFor);
  await registerTestCallers(db.adminUrl);
  service = await startService(segmentsService, { databaseUrl: db.urlFor('segments'), port: 0 });
  const ds = service.dataSource;
  definitions = new SegmentDefinitionService(ds);
  await insertSubscriber(ds, { id: 'low3', branch: 'CD' }, { '2026-08': { bill: 10, mou: 5 }, '2026-09': { bill: 10, mou: 5 }, [M]: { bill: 10, mou: 5 } });
  await insertSubscriber(ds, { id: 'low-gap', branch: 'CD' }, { '2026-08': { bill: 10, mou: 5 }, [M]: { bill: 10, mou: 5 } });
  await insertSubscriber(ds, { id: 'low-once', branch: 'GA' }, { '2026-08': { bill: 90 }, '2026-09': { bill: 10 }, [M]: { bill: 10, mou: 5 } });
  await insertSubscriber(ds, { id: 'vnet', branch: 'GA', brand: 'GOTONE' }, { [M]: { bill: 300, mou: 400 } });
  await ds.query("UPDATE segments.subscriber SET vnet_member = true, county = '岳池县' WHERE subscriber_id = 'vnet'");
  await new SegmentEngineService(ds).refresh(M);
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

async function members(rule: unknown, branches: string[] | null = null) {
  const preview = await definitions.preview(rule, M, branches);
  return { total: preview.total, byBranch: Object.fromEntries(preview.byBranch.map((b) => [b.branchCode, b.count])) };
}

describe('rules evaluated on the month snapshot', () => {
  it('treats a missing month as 0 in "each of the last k months"', async () => {
    // low3, low-gap (missing 2026-09 = 0 < 20) and low-once (2026-09: 10, 2026-10: 10, 2026-08: 90 ≥ 20 → out for k=3)
    expect(await members({ field: 'arpu', op: 'lt', value: 20, eachOfLastMonths: 3 })).toEqual({ total: 2, byBranch: { CD: 2 } });
    expect(await members({ field: 'arpu', op: 'lt', value: 20, eachOfLastMonths: 2 })).toEqual({ total: 3, byBranch: { CD: 2, GA: 1 } });
  });

  it('combines AND, OR and NOT groups over typed fields', async () => {
    const rule = { any: [{ all: [{ field: 'vnetMember', op: 'is', value: true }, { field: 'brand', op: 'eq', value: 'GOTONE' }] }, { not: { field: 'branch', op: 'in', value: ['GA'] } }] };
    expect((await members(rule)).total).toBe(3);
    expect((await members({ field: 'county', op: 'startsWith', value: '岳池' })).total).toBe(1);
    expect((await members({ field: 'arpu', op: 'between', value: [10, 10] })).total).toBe(3);
  });

  it('evaluates every shipped example (SS1–SS9) and finds SS5 low-value dormant customers', async () => {
    const list = await definitions.list();
    expect(list.filter((d) => d.example).map((d) => d.key)).toEqual(['SS1', 'SS2', 'SS3', 'SS4', 'SS5', 'SS6', 'SS7', 'SS8', 'SS9']);
    for (const d of list) await expect(definitions.preview(d.rule, M, null)).resolves.toBeDefined();
    const ss5 = list.find((d) => d.key === 'SS5')!;
    expect((await definitions.preview(ss5.rule, M, null)).total).toBe(2);
  });

  it('keeps SQL in a value as a value', async () => {
    const rule = { field: 'county', op: 'eq', value: "x' OR '1'='1" };
    expect((await members(rule)).total).toBe(0);
    expect(await service.dataSource.query('SELECT count(*)::int AS n FROM segments.subscriber')).toEqual([{ n: 4 }]);
  });
});

describe('GraphQL', () => {
  it('previews a rule within the branch of a branch user', async () => {
    const q = 'query($r: JSON!) { previewSegment(rule: $r) { month total byBranch { branchCode count } } }';
    const rule = { field: 'arpu', op: 'lt', value: 20, eachOfLastMonths: 2 };
    const ga = await postGraphQL(service.url, q, { r: rule }, tokenFor(Role.BRANCH_PLANNER, 'GA'));
    expect(ga.data).toEqual({ previewSegment: { month: M, total: 1, byBranch: [{ branchCode: 'GA', count: 1 }] } });
  });

  it('runs at most two previews of one user at a time (aliases run side by side), and only for rule writers', async () => {
    const rule = { field: 'arpu', op: 'lt', value: 20, eachOfLastMonths: 6 };
    const aliases = Array.from({ length: 6 }, (_, i) => `p${i}: previewSegment(rule: $r) { total }`).join(' ');
    const res = await postGraphQL<Record<string, { total: number } | null>>(service.url, `query($r: JSON!) { ${aliases} }`, { r: rule }, tokenFor(Role.PROVINCE_ANALYST));
    // Two run; the others are refused at once instead of waiting for the pool (the non-null
    // field then nulls the answer, and graphql-js reports the first refusal).
    expect(res.errors!.length).toBeGreaterThan(0);
    expect(res.errors!.every((e) => e.extensions!.code === 'SERVICE_BUSY')).toBe(true);
    for (const role of [Role.TRAINER, Role.ADMIN, Role.PHONE_MANAGER]) {
      const refused = await postGraphQL(service.url, 'query($r: JSON!) { previewSegment(rule: $r) { total } }', { r: rule }, tokenFor(role, role === Role.PHONE_MANAGER ? 'CD' : null));
      expect(refused.errors![0].extensions!.code).toBe('UNAUTHORIZED');
    }
  });

  it('reports a bad rule with its path and saves nothing', async () => {
    const res = await postGraphQL(service.url, 'mutation($i: SaveSegmentInput!) { saveSegment(input: $i) { id } }',
      { i: { name: '测试', rule: { all: [{ field: 'arpu', op: 'gte', value: 100 }, { field: 'colour', op: 'eq', value: 'red' }] } } }, planner);
    expect(res.errors![0]).toMatchObject({ message: 'rule.all[1].field: unknown field "colour"', extensions: { code: 'INVALID_RULE', field: 'rule.all[1].field', messages: { 'zh-CN': 'rule.all[1].field：规则不完整或不正确：unknown field "colour"', en: 'rule.all[1].field: unknown field "colour"' } } });
    expect((await definitions.list()).length).toBe(9);
  });

  it('lets a province planner save and delete a segment, but not change the examples', async () => {
    const saved = await postGraphQL<{ saveSegment: { id: string; name: string } }>(service.url, 'mutation($i: SaveSegmentInput!) { saveSegment(input: $i) { id name } }',
      { i: { name: '广安V网高值', rule: { all: [{ field: 'vnetMember', op: 'is', value: true }, { field: 'arpu', op: 'gte', value: 200 }] } } }, planner);
    expect(saved.errors).toBeUndefined();
    const ss1 = (await definitions.list()).find((d) => d.key === 'SS1')!;
    const denied = await postGraphQL(service.url, 'mutation($id: ID!) { deleteSegment(id: $id) }', { id: ss1.id }, planner);
    expect(denied.errors![0].extensions!.code).toBe('EXAMPLE_READ_ONLY');
    const analyst = await postGraphQL(service.url, 'mutation($id: ID!) { deleteSegment(id: $id) }', { id: saved.data!.saveSegment.id }, tokenFor(Role.PROVINCE_ANALYST));
    expect(analyst.errors![0].extensions!.code).toBe('UNAUTHORIZED');
    const deleted = await postGraphQL(service.url, 'mutation($id: ID!) { deleteSegment(id: $id) }', { id: saved.data!.saveSegment.id }, planner);
    expect(deleted.data).toEqual({ deleteSegment: true });
  });
});
