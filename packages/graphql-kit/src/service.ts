import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { jwtVerificationSecrets, subgraphSecretEnv } from '@retention/auth';
import { migrate, resolveDatabaseUrl, SERVICE_NAMES, serviceDatabaseUrl, type ServiceName } from '@retention/db';
import { portFromEnv } from './env';
import type { BaseContext } from './context';
import { startSubgraphServer, type RunningServer } from './server';
import { TokenUserCheck } from './token-user-check';

/** Long-lived parts of a service beside its HTTP server (e.g. a job queue worker). */
export interface ServiceRuntime<TRuntime> {
  runtime: TRuntime;
  stop: () => Promise<void>;
}

export interface ServiceDefinition<TContext extends BaseContext, TRuntime = undefined> {
  name: ServiceName;
  /** Environment variable holding the port, and its default (e.g. TRAINING_PORT, 4104). */
  portEnv: string;
  defaultPort: number;
  createDataSource: (databaseUrl: string) => DataSource;
  buildSchema: () => Promise<GraphQLSchema>;
  /** Per-request context: DataLoaders and services bound to this request's caller. */
  createContext: (base: BaseContext, dataSource: DataSource, runtime: TRuntime) => TContext;
  /** Starts background parts once the schema is migrated; stopped with the service. */
  startRuntime?: (dataSource: DataSource, options: { databaseUrl: string }) => Promise<ServiceRuntime<TRuntime>>;
  publicRootFields?: readonly string[];
  /** Runs after migrations, e.g. demo data when `seedDemo` is on. */
  afterMigrate?: (dataSource: DataSource, options: { seedDemo: boolean }) => Promise<void>;
}

export interface StartServiceOptions {
  databaseUrl: string;
  port: number;
  seedDemo?: boolean;
  /** Skip when an operator runs migrations separately. */
  runMigrations?: boolean;
  host?: string;
  /** The secret the gateway sends (x-gateway-secret); required when set. */
  gatewaySecret?: string;
  log?: (line: string) => void;
}

export interface RunningService extends RunningServer {
  dataSource: DataSource;
}

/** One way to boot a subgraph: connect, migrate its own schema, seed if asked, serve. */
export async function startService<TContext extends BaseContext, TRuntime>(
  definition: ServiceDefinition<TContext, TRuntime>,
  options: StartServiceOptions,
): Promise<RunningService> {
  const log = options.log ?? (() => undefined);
  const dataSource = definition.createDataSource(options.databaseUrl);
  if (options.runMigrations ?? true) {
    const applied = await migrate(dataSource);
    if (applied.length > 0) log(`${definition.name}: applied migrations ${applied.join(', ')}`);
  } else {
    await dataSource.initialize();
  }
  await definition.afterMigrate?.(dataSource, { seedDemo: options.seedDemo ?? false });
  const background = definition.startRuntime
    ? await definition.startRuntime(dataSource, { databaseUrl: options.databaseUrl })
    : { runtime: undefined as TRuntime, stop: async () => undefined };
  const tokenCheck = new TokenUserCheck(dataSource);
  const server = await startSubgraphServer({
    name: definition.name,
    schema: await definition.buildSchema(),
    dataSource,
    port: options.port,
    publicRootFields: definition.publicRootFields,
    host: options.host,
    gatewaySecret: options.gatewaySecret,
    isTokenCurrent: (user) => tokenCheck.isCurrent(user),
    extendContext: (base) => definition.createContext(base, dataSource, background.runtime),
  });
  return {
    ...server,
    dataSource,
    stop: async () => {
      await server.stop();
      await background.stop();
      await dataSource.destroy();
    },
  };
}

/**
 * `main.ts` of every subgraph: DATABASE_URL (or the embedded default), the port from
 * its env variable, SEED_DEMO=true for demo data; stops cleanly on SIGINT/SIGTERM.
 */
/**
 * Migrates services' schemas in dependency order (training → segments → campaigns →
 * evaluation: a service's `_api` grants and queries need the ones before it), each as its
 * own role. `pnpm start`, the tests and a production deployment all migrate this way
 * before any service listens.
 */
export async function migrateInOrder(
  definitions: readonly Pick<ServiceDefinition<BaseContext>, 'name' | 'createDataSource'>[],
  urlFor: (service: ServiceName) => string,
  log: (line: string) => void = () => undefined,
): Promise<void> {
  const ordered = [...definitions].sort((a, b) => SERVICE_NAMES.indexOf(a.name) - SERVICE_NAMES.indexOf(b.name));
  for (const definition of ordered) {
    const dataSource = definition.createDataSource(urlFor(definition.name));
    try {
      const applied = await migrate(dataSource);
      if (applied.length > 0) log(`${definition.name}: applied migrations ${applied.join(', ')}`);
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
    }
  }
}

/**
 * `node services/<name>/dist/main.js` serves the subgraph; with the argument `migrate` it
 * only applies the service's migrations and exits (the production deployment step, run
 * for each service in the order of SERVICE_NAMES before the services start).
 */
export function runServiceFromEnv<TContext extends BaseContext, TRuntime>(definition: ServiceDefinition<TContext, TRuntime>): void {
  if (process.argv[2] !== 'migrate') {
    // Before connecting to anything: a service that cannot verify tokens must not start.
    try {
      jwtVerificationSecrets();
    } catch (error) {
      console.error(`[${definition.name}] refusing to start: ${(error as Error).message}`);
      process.exit(1);
    }
  }
  const databaseUrl = serviceDatabaseUrl(definition.name, resolveDatabaseUrl());
  if (process.argv[2] === 'migrate') {
    migrateInOrder([definition], () => databaseUrl, console.log).then(
      () => process.exit(0),
      (error) => {
        console.error(`[${definition.name}] migration failed:`, error);
        process.exit(1);
      },
    );
    return;
  }
  const gatewaySecret = process.env[subgraphSecretEnv(definition.name)] || undefined;
  if (!gatewaySecret && process.env.NODE_ENV === 'production') {
    console.error(`[${definition.name}] ${subgraphSecretEnv(definition.name)} is required in production: only the gateway may call a subgraph`);
    process.exit(1);
  }
  const options: StartServiceOptions = {
    databaseUrl,
    host: process.env.HOST || undefined,
    gatewaySecret,
    port: portFromEnv(definition.portEnv, definition.defaultPort),
    seedDemo: process.env.SEED_DEMO === 'true',
    runMigrations: process.env.RUN_MIGRATIONS !== 'false',
    log: console.log,
  };
  startService(definition, options).then(
    (service) => {
      console.log(`${definition.name} subgraph ready at ${service.url}`);
      const shutdown = async () => {
        await service.stop();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    },
    (error) => {
      console.error(`[${definition.name}] failed to start:`, error);
      process.exit(1);
    },
  );
}
