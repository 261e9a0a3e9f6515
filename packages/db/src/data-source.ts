import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';

export interface ServiceDataSourceOptions {
  url: string;
  /** The Postgres schema this service owns; its tables and migration history live there. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
  /** Limits of the request-serving pool; background jobs raise them on their own connections (JOB_STATEMENT_TIMEOUT). */
  statementTimeoutMs?: number;
  idleInTransactionTimeoutMs?: number;
  /** How long a request waits for a free connection before it gets SERVICE_BUSY. */
  poolWaitMs?: number;
}

/** What a background job (import, refresh, list build, evaluation) sets on its own connection. */
export const JOB_STATEMENT_TIMEOUT = "SET statement_timeout = '2h'";

/** One way to build a service's TypeORM DataSource: its own schema, migrations only (no synchronize). */
export function createServiceDataSource(options: ServiceDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    // One signed-in user's expensive request must not hold the pool for minutes.
    extra: {
      max: options.poolSize ?? 10,
      statement_timeout: options.statementTimeoutMs ?? Number(process.env.DB_STATEMENT_TIMEOUT_MS ?? 30000),
      idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs ?? 60000,
      connectionTimeoutMillis: options.poolWaitMs ?? Number(process.env.DB_POOL_WAIT_MS ?? 5000),
    },
  });
}

/**
 * Applies pending migrations in one transaction each, as the service's own role. The
 * schema is made beforehand by `prepareServiceDatabase` (owned by that role); it is only
 * created here when missing and the connection may do so (an administrator's).
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const schema = (dataSource.options as { schema?: string }).schema;
  if (!schema || !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid schema: ${schema}`);
  const url = (dataSource.options as { url?: string }).url;
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (found.rowCount === 0) await client.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await client.end();
  }
  if (!dataSource.isInitialized) await dataSource.initialize();
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}

/** True when the database answers a trivial query: what /healthz reports. */
export async function isDatabaseReachable(dataSource: DataSource): Promise<boolean> {
  if (!dataSource.isInitialized) return false;
  try {
    await dataSource.query('SELECT 1');
    return true;
  } catch {
    return false;
  }
}
