#!/usr/bin/env node
import path from 'node:path';
import { DEFAULT_DATABASE_NAME, DEFAULT_EMBEDDED_PORT, defaultDataRoot } from './config';
import { startEmbeddedPostgres } from './embedded';
import { loadOrCreateLocalSecrets } from './local-secrets';
import { prepareServiceDatabase, SERVICE_NAMES, serviceRole, serviceUrlEnv, setupServiceRoles, type ServicePasswords } from './roles';

/**
 * `pnpm db`: runs the embedded PostgreSQL in the foreground (with the service roles set
 * up), for starting one service alone.
 */
async function runEmbedded(): Promise<void> {
  const port = Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
  const pg = await startEmbeddedPostgres({
    dataDir: path.join(defaultDataRoot(), 'pg'),
    port,
    database: DEFAULT_DATABASE_NAME,
  });
  const secrets = loadOrCreateLocalSecrets(defaultDataRoot());
  await setupServiceRoles(pg.adminUrl, secrets.databasePasswords);
  await prepareServiceDatabase(pg.url);
  console.log(`PostgreSQL ready: ${pg.url}  (Ctrl-C to stop)`);
  console.log('Each service connects as its own role:');
  for (const [name, url] of Object.entries(serviceUrlEnv(pg.url, secrets.databasePasswords))) console.log(`  ${name}=${url}`);
  const stop = async () => {
    await pg.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/**
 * `pnpm db setup-roles`: the one-time step on an existing server. DATABASE_URL is an
 * administrator's connection to the platform's database; each role's password comes from
 * `<SERVICE>_DB_PASSWORD`. Safe to run again (passwords are updated, schemas kept).
 */
async function setupRoles(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('setup-roles: set DATABASE_URL to an administrator connection of the platform database');
  const missing = SERVICE_NAMES.filter((s) => !process.env[`${s.toUpperCase()}_DB_PASSWORD`]);
  if (missing.length > 0) throw new Error(`setup-roles: set ${missing.map((s) => `${s.toUpperCase()}_DB_PASSWORD`).join(', ')}`);
  const passwords = Object.fromEntries(SERVICE_NAMES.map((s) => [s, process.env[`${s.toUpperCase()}_DB_PASSWORD`]!])) as ServicePasswords;
  await setupServiceRoles(adminUrl, passwords);
  await prepareServiceDatabase(adminUrl);
  console.log(`roles ready: ${SERVICE_NAMES.map(serviceRole).join(', ')}; schemas owned by them in ${new URL(adminUrl).pathname.slice(1)}`);
}

const command = process.argv[2];
const run = command === 'setup-roles' ? setupRoles : command === undefined ? runEmbedded : null;
if (!run) {
  console.error(`usage: pnpm db [setup-roles]  (unknown command "${command}")`);
  process.exit(2);
}
run().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
