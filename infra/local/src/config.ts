import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0 || value > 65535) throw new Error(`${name} must be a port number, got "${raw}"`);
  return value;
}

export interface FrontendApp {
  name: 'shell' | 'province' | 'branch' | 'training';
  dir: string;
  port: number;
}

export interface PlatformConfig {
  databaseUrl?: string;
  embeddedPgPort: number;
  dataDir: string;
  seedDemo: boolean;
  publicHost: string;
  gatewayPort: number;
  subgraphs: { name: string; portEnv: string; port: number }[];
  frontends: FrontendApp[];
}

/** Every setting of `pnpm start` comes from the environment (README "Configuration"). */
export function platformConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const production = env.NODE_ENV === 'production';
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    embeddedPgPort: port(env, 'EMBEDDED_PG_PORT', 54329),
    dataDir: env.RETENTION_DATA_DIR ?? path.join(REPO_ROOT, '.data'),
    // Demo users and data never go into a production start.
    seedDemo: !production && env.SEED_DEMO !== 'false',
    publicHost: env.PUBLIC_HOST ?? 'localhost',
    gatewayPort: port(env, 'GATEWAY_PORT', 4000),
    // In migration order (SERVICE_NAMES of @retention/db): each may read the `_api` views of those before it.
    subgraphs: [
      { name: 'training', portEnv: 'TRAINING_PORT', port: port(env, 'TRAINING_PORT', 4104) },
      { name: 'segments', portEnv: 'SEGMENTS_PORT', port: port(env, 'SEGMENTS_PORT', 4101) },
      { name: 'campaigns', portEnv: 'CAMPAIGNS_PORT', port: port(env, 'CAMPAIGNS_PORT', 4102) },
      { name: 'evaluation', portEnv: 'EVALUATION_PORT', port: port(env, 'EVALUATION_PORT', 4103) },
    ],
    frontends: [
      { name: 'shell', dir: 'frontends/shell', port: port(env, 'SHELL_PORT', 3000) },
      { name: 'province', dir: 'frontends/province', port: port(env, 'PROVINCE_APP_PORT', 3001) },
      { name: 'branch', dir: 'frontends/branch', port: port(env, 'BRANCH_APP_PORT', 3002) },
      { name: 'training', dir: 'frontends/training', port: port(env, 'TRAINING_APP_PORT', 3003) },
    ],
  };
}

/** What every frontend reads at runtime from /env.js (no URLs baked into bundles). */
export function browserEnv(config: PlatformConfig): { gatewayUrl: string; remotes: Record<string, string> } {
  const origin = (p: number) => `http://${config.publicHost}:${p}`;
  return {
    gatewayUrl: `${origin(config.gatewayPort)}/graphql`,
    remotes: Object.fromEntries(
      config.frontends.filter((f) => f.name !== 'shell').map((f) => [f.name, `${origin(f.port)}/remoteEntry.js`]),
    ),
  };
}
