import path from 'node:path';

export const DEFAULT_EMBEDDED_PORT = 54329;
export const DEFAULT_DATABASE_NAME = 'retention';
const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'postgres';

/** Connection string of the embedded cluster for a port and database name. */
export function embeddedUrl(port = DEFAULT_EMBEDDED_PORT, database = DEFAULT_DATABASE_NAME): string {
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}

export const embeddedCredentials = { user: EMBEDDED_USER, password: EMBEDDED_PASSWORD };

/**
 * The database every service connects to: DATABASE_URL when set, otherwise the
 * embedded cluster that `pnpm start` / `pnpm db` launches.
 */
export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const port = Number(env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
  return embeddedUrl(port);
}

/** The repo root's `.data/` directory (git-ignored), found from this package's location. */
export function defaultDataRoot(): string {
  return process.env.RETENTION_DATA_DIR ?? path.resolve(__dirname, '../../../.data');
}

/** Replace the database name of a connection string. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
