import path from 'node:path';
import { Client } from 'pg';
import { DEFAULT_DATABASE_NAME, DEFAULT_EMBEDDED_PORT, defaultDataRoot, resolveDatabaseUrl, startEmbeddedPostgres } from '@retention/db';

/**
 * The CLI's database: DATABASE_URL when set; otherwise the embedded cluster — used as
 * is when `pnpm start` already runs it, started for the command (and stopped after) when not.
 */
export async function cliDatabase(): Promise<{ url: string; release: () => Promise<void> }> {
  const url = resolveDatabaseUrl();
  if (process.env.DATABASE_URL || (await answers(url))) return { url, release: async () => undefined };
  const pg = await startEmbeddedPostgres({
    dataDir: path.join(defaultDataRoot(), 'pg'),
    port: Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT),
    database: DEFAULT_DATABASE_NAME,
  });
  return { url: pg.url, release: () => pg.stop() };
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
