import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const pg = globalThis.__RETENTION_TEST_PG__;
  if (pg) await pg.stop();
  const dir = globalThis.__RETENTION_TEST_PG_DIR__;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
