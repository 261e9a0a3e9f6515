import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { DEFAULT_DATABASE_NAME, loadOrCreateLocalSecrets, prepareServiceDatabase, serviceUrlEnv, setupServiceRoles, startEmbeddedPostgres, type RunningPostgres, type ServiceName } from '@retention/db';
import { REPO_ROOT, browserEnv, type PlatformConfig } from './config';
import { portInUse, spawnNode, superviseNode, waitForHealthy, type SupervisedProcess } from './processes';
import { startStaticServer } from './static-server';

export interface RunningPlatform {
  urls: { shell: string; gateway: string };
  /** Resolves when a service keeps crashing after its restarts: the caller should stop. */
  crashed: Promise<string>;
  stop: () => Promise<void>;
}

function requireBuilt(file: string): string {
  if (!fs.existsSync(file)) throw new Error(`${path.relative(REPO_ROOT, file)} is missing: run \`pnpm build\` first`);
  return file;
}

/**
 * Starts everything in order: the database (embedded unless DATABASE_URL), the service
 * roles and their schemas, each service's migrations in dependency order (training →
 * segments → campaigns → evaluation, as its own role), the four subgraphs (seeding demo
 * data when asked), the gateway, then the four frontends. Anything started is stopped
 * again if a later step fails.
 */
export async function startPlatform(config: PlatformConfig, log: (line: string) => void): Promise<RunningPlatform> {
  let postgres: RunningPostgres | undefined;
  const processes: SupervisedProcess[] = [];
  const servers: http.Server[] = [];
  let stopping = false;

  const stop = async () => {
    stopping = true;
    for (const server of servers) await new Promise((resolve) => server.close(resolve));
    // Gateway first, then subgraphs, then the database they use.
    for (const proc of [...processes].reverse()) await proc.stop();
    if (postgres) await postgres.stop();
  };

  // A health check answered by a leftover process would look like success: refuse early.
  const ports = [
    ...(config.databaseUrl ? [] : [config.embeddedPgPort]),
    ...config.subgraphs.map((s) => s.port),
    config.gatewayPort,
    ...config.frontends.map((f) => f.port),
  ];
  const busy = (await Promise.all(ports.map(async (port) => ((await portInUse(port)) ? port : null)))).filter((p) => p !== null);
  if (busy.length > 0) {
    throw new Error(`port${busy.length > 1 ? 's' : ''} ${busy.join(', ')} already in use: is another \`pnpm start\` running? (ports are set by env, see README)`);
  }

  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      log(`starting embedded PostgreSQL on port ${config.embeddedPgPort} (data in ${config.dataDir}/pg)`);
      postgres = await startEmbeddedPostgres({
        dataDir: path.join(config.dataDir, 'pg'),
        port: config.embeddedPgPort,
        database: DEFAULT_DATABASE_NAME,
      });
      databaseUrl = postgres.url;
    }

    // DATABASE_URL is an administrator's connection: it makes the roles, and no service gets it.
    const secrets = loadOrCreateLocalSecrets(config.dataDir);
    await setupServiceRoles(postgres?.adminUrl ?? databaseUrl, secrets.databasePasswords);
    await prepareServiceDatabase(databaseUrl);
    const baseEnv: NodeJS.ProcessEnv = {
      ...process.env,
      ...serviceUrlEnv(databaseUrl, secrets.databasePasswords),
      JWT_SECRET: process.env.JWT_SECRET ?? secrets.jwtSecret,
      SEED_DEMO: String(config.seedDemo),
      RUN_MIGRATIONS: 'false',
    };
    delete baseEnv.DATABASE_URL;
    const scripts = config.subgraphs.map((s) => requireBuilt(path.join(REPO_ROOT, 'services', s.name, 'dist', 'main.js')));
    // config.subgraphs lists the services in migration order.
    for (const [i, subgraph] of config.subgraphs.entries()) {
      const migration = spawnNode(`${subgraph.name} migrate`, scripts[i], baseEnv, log, ['migrate']);
      const code = await migration.exited;
      if (code !== 0) throw new Error(`${subgraph.name}: migrations failed (exit code ${code})`);
    }
    const secretEnv = (name: string) => `${name.toUpperCase()}_SUBGRAPH_SECRET`;
    for (const [i, subgraph] of config.subgraphs.entries()) {
      const ownSecret = { [secretEnv(subgraph.name)]: secrets.subgraphSecrets[subgraph.name as ServiceName] };
      const env = { ...baseEnv, ...ownSecret, [subgraph.portEnv]: String(subgraph.port) };
      processes.push(superviseNode(subgraph.name, () => spawnNode(subgraph.name, scripts[i], env, log), log));
    }
    await Promise.all(
      config.subgraphs.map((s, i) => waitForHealthy(`http://127.0.0.1:${s.port}/healthz`, processes[i].current())),
    );

    const origins = config.frontends.flatMap((f) =>
      [...new Set([config.publicHost, 'localhost', '127.0.0.1'])].map((host) => `http://${host}:${f.port}`),
    );
    const gatewayEnv: NodeJS.ProcessEnv = {
      ...process.env,
      GATEWAY_PORT: String(config.gatewayPort),
      CORS_ORIGINS: origins.join(','),
      ...Object.fromEntries(config.subgraphs.map((s) => [`${s.name.toUpperCase()}_URL`, `http://127.0.0.1:${s.port}/graphql`])),
      ...Object.fromEntries(config.subgraphs.map((s) => [secretEnv(s.name), secrets.subgraphSecrets[s.name as ServiceName]])),
    };
    const gatewayScript = requireBuilt(path.join(REPO_ROOT, 'services', 'gateway', 'dist', 'main.js'));
    const gateway = superviseNode('gateway', () => spawnNode('gateway', gatewayScript, gatewayEnv, log), log);
    processes.push(gateway);
    await waitForHealthy(`http://127.0.0.1:${config.gatewayPort}/healthz`, gateway.current());

    const envScript = `window.__RETENTION_ENV__ = ${JSON.stringify(browserEnv(config))};\n`;
    for (const app of config.frontends) {
      const dist = path.join(REPO_ROOT, app.dir, 'dist');
      requireBuilt(path.join(dist, 'index.html'));
      servers.push(await startStaticServer(dist, app.port, envScript));
    }
  } catch (error) {
    await stop();
    throw error;
  }

  const crashed = Promise.race(processes.map((proc) => proc.gaveUp.then((reason) => (stopping ? new Promise<string>(() => undefined) : reason))));
  return {
    urls: { shell: `http://${config.publicHost}:${config.frontends[0].port}`, gateway: `http://${config.publicHost}:${config.gatewayPort}/graphql` },
    crashed,
    stop,
  };
}
