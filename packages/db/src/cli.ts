#!/usr/bin/env node
import path from 'node:path';
import { DEFAULT_DATABASE_NAME, DEFAULT_EMBEDDED_PORT, defaultDataRoot } from './config';
import { startEmbeddedPostgres } from './embedded';

/** `pnpm db`: runs the embedded PostgreSQL in the foreground, for starting one service alone. */
async function main(): Promise<void> {
  const port = Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
  const pg = await startEmbeddedPostgres({
    dataDir: path.join(defaultDataRoot(), 'pg'),
    port,
    database: DEFAULT_DATABASE_NAME,
  });
  console.log(`PostgreSQL ready: ${pg.url}  (Ctrl-C to stop)`);
  const stop = async () => {
    await pg.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
