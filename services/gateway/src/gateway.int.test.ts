import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { campaignsService } from '@retention/campaigns';
import { ALL_ROLES, reachOf, Role } from '@retention/domain';
import { evaluationService } from '@retention/evaluation';
import { migrateInOrder, referenceCapabilities, startService, type RunningServer, type RunningService } from '@retention/graphql-kit';
import { segmentsService } from '@retention/segments';
import jwt from 'jsonwebtoken';
import { signToken } from '@retention/auth';
import { createTestDatabase, postGraphQL, registerTestCallers, testCallerId, tokenFor, type TestDatabase } from '@retention/test-kit';
import { trainingService } from '@retention/training';
import { composeSupergraph } from './compose';
import { startGateway } from './gateway';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE } from './paths';

let db: TestDatabase;
/** Each subgraph answers only requests that carry its secret, which only the gateway knows. */
const SECRETS = { training: 'secret-t', segments: 'secret-s', campaigns: 'secret-c', evaluation: 'secret-e' };
const asGateway = (name: keyof typeof SECRETS) => ({ 'x-gateway-secret': SECRETS[name] });
let services: Record<string, RunningService>;
let gateway: RunningServer;
let productionGateway: RunningServer;

beforeAll(async () => {
  db = await createTestDatabase();
  // As `pnpm start` does: every schema migrated in dependency order, each as its own role, before any service listens.
  await migrateInOrder([evaluationService, campaignsService, segmentsService, trainingService], db.urlFor);
  await registerTestCallers(db.adminUrl);
  const options = { port: 0, seedDemo: true, runMigrations: false };
  const secret = (name: keyof typeof SECRETS) => ({ databaseUrl: db.urlFor(name), gatewaySecret: SECRETS[name] });
  services = {
    training: await startService(trainingService, { ...options, ...secret('training') }),
    // Segments demo data would be 50k generated customers; this test inserts its own two.
    segments: await startService(segmentsService, { ...options, ...secret('segments'), seedDemo: false }),
    campaigns: await startService(campaignsService, { ...options, ...secret('campaigns') }),
    evaluation: await startService(evaluationService, { ...options, ...secret('evaluation') }),
  };
  await services.segments.dataSource.query(
    `INSERT INTO segments.subscriber (subscriber_id, msisdn, branch_code, brand, plan_code, join_date)
     VALUES ('S1', '13800000001', 'CD', 'GOTONE', 'SL88', '2019-05-31'), ('S2', '13800000002', 'CD', 'MZONE', 'SL58', '2024-02-29')`,
  );
  const supergraphSdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
  const subgraphUrls = Object.fromEntries(Object.entries(services).map(([name, s]) => [name, s.url]));
  gateway = await startGateway({ port: 0, supergraphSdl, subgraphUrls, subgraphSecrets: SECRETS, corsOrigins: true, production: false });
  productionGateway = await startGateway({ port: 0, supergraphSdl, subgraphUrls, subgraphSecrets: SECRETS, corsOrigins: true, production: true });
});

afterAll(async () => {
  await gateway?.stop();
  await productionGateway?.stop();
  for (const service of Object.values(services ?? {})) await service.stop();
  await db?.drop();
});

async function login(username: string): Promise<string> {
  const res = await postGraphQL<{ login: { token: string } }>(
    gateway.url,
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: username, p: 'demo1234' },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.login.token;
}

describe('supergraph', () => {
  it('is composed from the current subgraph SDLs without errors (run `pnpm compose` when this fails)', () => {
    const composed = composeSupergraph();
    expect(fs.readFileSync(SUPERGRAPH_FILE, 'utf8')).toEqual(composed.supergraphSdl);
    expect(fs.readFileSync(API_SCHEMA_FILE, 'utf8')).toEqual(composed.apiSchemaSdl);
  });
});

describe('through the real gateway', () => {
  it('answers one query spanning training, segments and campaigns for the province', async () => {
    const token = await login('province');
    const res = await postGraphQL<{ branches: { code: string; name: string; subscriberCount: number; campaignCount: number }[] }>(
      gateway.url, '{ branches { code name subscriberCount campaignCount } }', {}, token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.branches).toHaveLength(21);
    // Drafts are not counted (the province table and a branch overview agree).
    expect(res.data!.branches[0]).toEqual({ code: 'CD', name: '成都', subscriberCount: 2, campaignCount: 3 });
    expect(res.data!.branches.find((b) => b.code === 'ZG')).toEqual({ code: 'ZG', name: '自贡', subscriberCount: 0, campaignCount: 1 });
  });

  it('joins evaluation reports to their branch (training) and campaign (campaigns)', async () => {
    const token = await login('province');
    const res = await postGraphQL<{ evaluationReports: { status: string; branch: { name: string }; campaign: { name: string; kind: string } }[] }>(
      gateway.url, '{ evaluationReports { status branch { name } campaign { name kind } } }', {}, token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.evaluationReports.map((r) => `${r.branch.name}:${r.status}:${r.campaign.kind}`).sort()).toEqual(
      // The demo seed: CD's report is a pre-filled draft for cd.planner to submit, MY's waits for review.
      ['广安:DRAFT:DEPOSIT_GIFT', '成都:DRAFT:DEPOSIT_GIFT', '绵阳:SUBMITTED:DEPOSIT_GIFT'].sort(),
    );
  });

  it("keeps a branch planner inside their own branch across subgraphs", async () => {
    const token = await login('cd.planner');
    const res = await postGraphQL<{ me: unknown; branches: { code: string }[]; campaigns: { ownerBranch: { nameEn: string } | null }[] }>(
      gateway.url,
      '{ me { username role branch { code name subscriberCount campaignCount } } branches { code } campaigns { ownerBranch { nameEn } } }',
      {}, token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.me).toEqual({ username: 'cd.planner', role: 'BRANCH_PLANNER', branch: { code: 'CD', name: '成都', subscriberCount: 2, campaignCount: 3 } });
    expect(res.data!.branches).toEqual([{ code: 'CD' }]);
    expect(res.data!.campaigns.filter((c) => c.ownerBranch).map((c) => c.ownerBranch!.nameEn)).toEqual(['Chengdu']);
  });

  it('gives nothing without a token', async () => {
    const res = await postGraphQL(gateway.url, '{ branches { code subscriberCount } }');
    expect(res.data ?? null).toBeNull();
    expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token-less request sent straight to each subgraph', async () => {
    for (const [name, service] of Object.entries(services)) {
      const res = await postGraphQL(service.url, '{ _service { sdl } }', {}, undefined, asGateway(name as keyof typeof SECRETS));
      expect(res.status).toBe(401);
    }
  });

  it("refuses a request straight to a subgraph without the gateway's secret, even with a good token", async () => {
    for (const [name, service] of Object.entries(services)) {
      const token = tokenFor(Role.PROVINCE_PLANNER);
      expect((await postGraphQL(service.url, '{ __typename }', {}, token)).status).toBe(403);
      expect((await postGraphQL(service.url, '{ __typename }', {}, token, { 'x-gateway-secret': 'guess' })).status).toBe(403);
      expect((await postGraphQL(service.url, '{ __typename }', {}, token, asGateway(name as keyof typeof SECRETS))).status).toBe(200);
    }
  });

  it('refuses a token-less request for anything but login before planning it', async () => {
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: branches { code }`).join(' ');
    const res = await postGraphQL(gateway.url, `{ ${aliases} }`);
    expect(res.status).toBe(401);
    expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const login = await postGraphQL(gateway.url, 'mutation { login(username: "nobody.x", password: "wrong-one") { token } }');
    expect(login.errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
  });

  it('rejects oversized operations at parse or validation, with or without a token', async () => {
    const token = tokenFor(Role.PROVINCE_PLANNER);
    const manyAliases = Array.from({ length: 20000 }, (_, i) => `a${i}: __typename`).join(' ');
    for (const t of [undefined, token]) {
      const res = await postGraphQL(gateway.url, `{ ${manyAliases} }`, {}, t);
      expect(res.data ?? null).toBeNull();
      expect(res.errors![0].message).toMatch(/token|too long|longer/i);
    }
    const fewTokensManyAliases = Array.from({ length: 40 }, (_, i) => `a${i}: branches { code }`).join(" ");
    expect((await postGraphQL(gateway.url, `{ ${fewTokensManyAliases} }`, {}, token)).errors![0].message).toMatch(/aliases/i);
  });

  it('suggests no field names and shows no internals in errors', async () => {
    const res = await postGraphQL(gateway.url, '{ branchez { code } }', {}, tokenFor(Role.PROVINCE_PLANNER));
    expect(res.errors![0].message).not.toMatch(/Did you mean/);
    const body = JSON.stringify(res.errors);
    expect(body).not.toMatch(/stacktrace|127\.0\.0\.1|http:\/\//);
  });

  it('refuses, in every subgraph, a token signed with the constant the repository once held, even for a real user', async () => {
    const forged = jwt.sign({ username: 'x', role: 'ADMIN', branch: null, ver: 0 }, 'dev-only-secret-change-me-in-production', {
      subject: testCallerId(Role.ADMIN, null), issuer: 'retention-platform', expiresIn: 600,
    });
    for (const [name, service] of Object.entries(services)) {
      const res = await postGraphQL(service.url, '{ __typename }', {}, forged, asGateway(name as keyof typeof SECRETS));
      expect({ name, status: res.status }).toEqual({ name, status: 401 });
    }
    expect((await postGraphQL(gateway.url, '{ users { id } }', {}, forged)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it("refuses a well-signed token whose user does not exist in training (every subgraph checks)", async () => {
    const ghost = signToken({ id: '11111111-1111-4111-8111-111111111111', username: 'ghost', role: Role.ADMIN, branchCode: null, tokenVersion: 0 });
    for (const [name, service] of Object.entries(services)) {
      expect((await postGraphQL(service.url, '{ __typename }', {}, ghost, asGateway(name as keyof typeof SECRETS))).status).toBe(401);
    }
  });

  it('has no introspection in production mode', async () => {
    const res = await postGraphQL(productionGateway.url, '{ __schema { types { name } } }', {}, tokenFor(Role.ADMIN));
    expect(res.data ?? null).toBeNull();
    expect(res.errors![0].message).toMatch(/introspection/i);
  });

  it('reports healthy only while every subgraph is', async () => {
    expect((await fetch(gateway.url.replace('/graphql', '/healthz'))).status).toBe(200);
  });

  it('answers with the rest when one subgraph does not: its part null, with a typed, translated error and no internals', async () => {
    const silent = http.createServer(() => undefined); // accepts and never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const subgraphUrls = { ...Object.fromEntries(Object.entries(services).map(([name, s]) => [name, s.url])), evaluation: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/graphql` };
    const degraded = await startGateway({ port: 0, supergraphSdl: fs.readFileSync(SUPERGRAPH_FILE, 'utf8'), subgraphUrls, subgraphSecrets: SECRETS, corsOrigins: true, production: true, subgraphTimeoutMs: 300 });
    try {
      const token = await login('province');
      const res = await postGraphQL<{ campaigns: { name: string; evaluation: unknown }[] }>(degraded.url, '{ campaigns { name evaluation { listSize } } }', {}, token);
      expect(res.data!.campaigns.length).toBeGreaterThan(0);
      expect(res.data!.campaigns.every((c) => c.name && c.evaluation === null)).toBe(true);
      expect(res.errors![0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', service: 'evaluation', messages: { 'zh-CN': expect.stringContaining('后评估服务暂时不可用'), en: expect.stringContaining('evaluation') } });
      expect(JSON.stringify(res.errors)).not.toMatch(/127\.0\.0\.1|http:|stack/i);
    } finally {
      await degraded.stop();
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

describe('every federation reference resolver (_entities) goes through the role check', () => {
  const definitions = { training: trainingService, segments: segmentsService, campaigns: campaignsService, evaluation: evaluationService };
  // A representation of each entity type by its key; what it finds does not matter, whether it is refused does.
  const REPRESENTATIONS: Record<string, Record<string, string>> = {
    Branch: { code: 'CD' },
    Subscriber: { id: 'S1' },
    Campaign: { id: '00000000-0000-4000-8000-000000000000' },
    EvaluationReport: { id: '00000000-0000-4000-8000-000000000000' },
  };

  it.each(Object.keys(definitions) as (keyof typeof definitions)[])('%s: every entity type × every role', async (name) => {
    const capabilities = referenceCapabilities(await definitions[name].buildSchema());
    expect(Object.keys(capabilities).length).toBeGreaterThan(0);
    for (const [typeName, capability] of Object.entries(capabilities)) {
      expect(REPRESENTATIONS[typeName]).toBeDefined();
      for (const role of ALL_ROLES) {
        const branch = role === Role.BRANCH_PLANNER || role === Role.PHONE_MANAGER ? 'GA' : null;
        const res = await postGraphQL(
          services[name].url,
          `query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`,
          { r: [{ __typename: typeName, ...REPRESENTATIONS[typeName] }] },
          tokenFor(role, branch),
          asGateway(name),
        );
        const refused = res.errors?.some((e) => e.extensions?.code === 'FORBIDDEN') ?? false;
        expect({ typeName, role, refused }).toEqual({ typeName, role, refused: reachOf(role, capability) === null });
        // A GA user never gets a CD entity back.
        if (branch && !refused) expect(res.data).toEqual({ _entities: [null] });
      }
    }
  });
});
