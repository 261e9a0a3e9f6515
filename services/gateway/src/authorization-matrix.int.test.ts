import fs from 'node:fs';
import { buildSchema } from 'graphql';
import { campaignsService } from '@retention/campaigns';
import { ALL_ROLES, BRANCH_ROLES, reachOf, type Role } from '@retention/domain';
import { evaluationService } from '@retention/evaluation';
import { migrateInOrder, startService, type RunningServer, type RunningService } from '@retention/graphql-kit';
import { segmentsService } from '@retention/segments';
import { createTestDatabase, postGraphQL, registerTestCallers, tokenFor, type TestDatabase } from '@retention/test-kit';
import { trainingService } from '@retention/training';
import { AUTHORIZATION_MATRIX, type Requirement } from './authorization-matrix';
import { startGateway } from './gateway';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE } from './paths';

let db: TestDatabase;
let services: RunningService[] = [];
let gateway: RunningServer;

beforeAll(async () => {
  db = await createTestDatabase();
  const definitions = [trainingService, segmentsService, campaignsService, evaluationService];
  await migrateInOrder(definitions, db.urlFor);
  await registerTestCallers(db.adminUrl);
  const options = (name: (typeof definitions)[number]['name']) => ({ databaseUrl: db.urlFor(name), port: 0, runMigrations: false, seedDemo: true });
  services = [
    await startService(trainingService, options('training')),
    // No 50k generated customers: the probes need the schema, not data.
    await startService(segmentsService, { ...options('segments'), seedDemo: false }),
    await startService(campaignsService, options('campaigns')),
    await startService(evaluationService, options('evaluation')),
  ];
  const subgraphUrls = Object.fromEntries(definitions.map((d, i) => [d.name, services[i].url]));
  gateway = await startGateway({ port: 0, supergraphSdl: fs.readFileSync(SUPERGRAPH_FILE, 'utf8'), subgraphUrls, corsOrigins: true, production: false });
});

afterAll(async () => {
  await gateway?.stop();
  for (const service of services) await service.stop();
  await db?.drop();
});

const api = buildSchema(fs.readFileSync(API_SCHEMA_FILE, 'utf8'));
const rootFields = ['Query', 'Mutation'].flatMap((type) => Object.keys(api.getType(type) ? (api.getType(type) as { getFields: () => object }).getFields() : {}).map((f) => `${type}.${f}`));

function allowed(role: Role, needs: Requirement): boolean {
  return needs === 'PUBLIC' || needs === 'SIGNED_IN' || reachOf(role, needs) !== null;
}

describe('authorization matrix', () => {
  it('has exactly one row for every root field of the supergraph', () => {
    expect(rootFields.filter((f) => !AUTHORIZATION_MATRIX[f])).toEqual([]);
    expect(Object.keys(AUTHORIZATION_MATRIX).filter((f) => !rootFields.includes(f))).toEqual([]);
  });

  const cells = rootFields.flatMap((field) => ALL_ROLES.map((role) => [field, role] as const));

  it.each(cells)('%s as %s', async (field, role) => {
    const row = AUTHORIZATION_MATRIX[field];
    const token = tokenFor(role, BRANCH_ROLES.includes(role) ? 'GA' : null);
    const res = await postGraphQL(gateway.url, row.probe, {}, token);
    const refused = (res.errors ?? []).some((e) => ['UNAUTHORIZED', 'FORBIDDEN'].includes(String(e.extensions?.code)));
    expect({ field, role, refused }).toEqual({ field, role, refused: !allowed(role, row.needs) });
  });

  it.each(Object.entries(AUTHORIZATION_MATRIX).filter(([, row]) => row.needs !== 'PUBLIC'))('%s without a token is refused', async (_field, row) => {
    const res = await postGraphQL(gateway.url, row.probe);
    expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
