import path from 'node:path';
import { Client } from 'pg';
import {
  DEFAULT_DATABASE_NAME,
  DEFAULT_EMBEDDED_PORT,
  defaultDataRoot,
  loadOrCreateLocalSecrets,
  prepareServiceDatabase,
  resolveDatabaseUrl,
  serviceDatabaseUrl,
  serviceUrl,
  setupServiceRoles,
  startEmbeddedPostgres,
} from '@retention/db';

/**
 * The CLI's database, as the segments role: with DATABASE_URL, SEGMENTS_DATABASE_URL or
 * SEGMENTS_DB_PASSWORD say how; otherwise the embedded cluster — used as is when
 * `pnpm start` already runs it, started for the command (and stopped after) when not —
 * with the role's password from the data directory's secrets.
 */
export async function cliDatabase(): Promise<{ url: string; release: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: serviceDatabaseUrl('segments', process.env.DATABASE_URL), release: async () => undefined };
  const adminUrl = resolveDatabaseUrl();
  const secrets = loadOrCreateLocalSecrets(defaultDataRoot());
  const segmentsUrl = serviceUrl(adminUrl, 'segments', secrets.databasePasswords.segments);
  if (await answers(segmentsUrl)) return { url: segmentsUrl, release: async () => undefined };
  const pg = await startEmbeddedPostgres({
    dataDir: path.join(defaultDataRoot(), 'pg'),
    port: Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT),
    database: DEFAULT_DATABASE_NAME,
  });
  await setupServiceRoles(pg.adminUrl, secrets.databasePasswords);
  await prepareServiceDatabase(pg.url);
  return { url: serviceUrl(pg.url, 'segments', secrets.databasePasswords.segments), release: () => pg.stop() };
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
