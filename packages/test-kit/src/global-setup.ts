import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { randomServicePasswords, setupServiceRoles, startEmbeddedPostgres, type RunningPostgres } from '@retention/db';

declare global {
  var __RETENTION_TEST_PG__: RunningPostgres | undefined;
  var __RETENTION_TEST_PG_DIR__: string | undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Jest globalSetup: one real PostgreSQL per jest run. With DATABASE_URL set it is
 * used as the admin connection; otherwise an embedded cluster is started in a temp
 * directory. The service roles get fresh random passwords for the run. Each test file
 * then creates its own database (createTestDatabase).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_PG_ADMIN_URL = process.env.DATABASE_URL;
    await setupRoles(process.env.DATABASE_URL);
    return;
  }
  // The embedded server runs as the `postgres` user when we are root, so its
  // directory must be reachable by that user.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retention-test-pg-'));
  fs.chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: await freePort() });
  globalThis.__RETENTION_TEST_PG__ = pg;
  globalThis.__RETENTION_TEST_PG_DIR__ = dir;
  process.env.TEST_PG_ADMIN_URL = pg.adminUrl;
  await setupRoles(pg.adminUrl);
}

async function setupRoles(adminUrl: string): Promise<void> {
  const passwords = randomServicePasswords(() => randomBytes(18).toString('base64url'));
  await setupServiceRoles(adminUrl, passwords);
  process.env.TEST_PG_ROLE_PASSWORDS = JSON.stringify(passwords);
}
