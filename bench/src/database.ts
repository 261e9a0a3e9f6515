import { randomBytes } from 'node:crypto';
import path from 'node:path';
import {
  createDatabaseIfMissing,
  defaultDataRoot,
  dropDatabase,
  prepareServiceDatabase,
  randomServicePasswords,
  serviceUrl,
  setupServiceRoles,
  startEmbeddedPostgres,
  withDatabase,
  type ServicePasswords,
} from '@retention/db';

export interface BenchServer {
  /** A database on the server we may create and drop databases from. */
  adminUrl: string;
  describe: string;
  /** The service roles' passwords for this run: the bench connects as segments_svc, as the service does. */
  passwords: ServicePasswords;
  stop: () => Promise<void>;
}

/** DATABASE_URL's server when set, otherwise an embedded cluster of the bench's own under .data/bench. */
export async function startBenchServer(env: NodeJS.ProcessEnv = process.env): Promise<BenchServer> {
  const passwords = randomServicePasswords(() => randomBytes(18).toString('base64url'));
  if (env.DATABASE_URL) {
    await setupServiceRoles(env.DATABASE_URL, passwords);
    return { adminUrl: env.DATABASE_URL, describe: 'DATABASE_URL', passwords, stop: async () => undefined };
  }
  const port = Number(env.BENCH_PG_PORT ?? 54339);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(defaultDataRoot(), 'bench', 'pg'), port });
  await setupServiceRoles(pg.adminUrl, passwords);
  return { adminUrl: pg.adminUrl, describe: `embedded PostgreSQL on port ${port}`, passwords, stop: pg.stop };
}

/** A new, empty database for one size's run (as segments_svc; `urlFor` gives another service's role); whatever was there before is dropped. */
export async function freshDatabase(server: BenchServer, name: string): Promise<{ url: string; urlFor: (service: 'segments' | 'campaigns' | 'evaluation' | 'training') => string; drop: () => Promise<void> }> {
  await dropDatabase(server.adminUrl, name);
  await createDatabaseIfMissing(server.adminUrl, name);
  const adminUrl = withDatabase(server.adminUrl, name);
  await prepareServiceDatabase(adminUrl);
  return {
    url: serviceUrl(adminUrl, 'segments', server.passwords.segments),
    urlFor: (service) => serviceUrl(adminUrl, service, server.passwords[service]),
    drop: () => dropDatabase(server.adminUrl, name),
  };
}
