import path from 'node:path';
import { createDatabaseIfMissing, defaultDataRoot, dropDatabase, startEmbeddedPostgres, withDatabase } from '@retention/db';

export interface BenchServer {
  /** A database on the server we may create and drop databases from. */
  adminUrl: string;
  describe: string;
  stop: () => Promise<void>;
}

/** DATABASE_URL's server when set, otherwise an embedded cluster of the bench's own under .data/bench. */
export async function startBenchServer(env: NodeJS.ProcessEnv = process.env): Promise<BenchServer> {
  if (env.DATABASE_URL) return { adminUrl: env.DATABASE_URL, describe: 'DATABASE_URL', stop: async () => undefined };
  const port = Number(env.BENCH_PG_PORT ?? 54339);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(defaultDataRoot(), 'bench', 'pg'), port });
  return { adminUrl: pg.adminUrl, describe: `embedded PostgreSQL on port ${port}`, stop: pg.stop };
}

/** A new, empty database for one size's run; whatever was there before is dropped. */
export async function freshDatabase(server: BenchServer, name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  await dropDatabase(server.adminUrl, name);
  await createDatabaseIfMissing(server.adminUrl, name);
  return { url: withDatabase(server.adminUrl, name), drop: () => dropDatabase(server.adminUrl, name) };
}
