import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './config';

export interface PlatformProcess {
  shellUrl: string;
  gatewayUrl: string;
  /** Each subgraph's own /graphql URL (segments, campaigns, evaluation, training). */
  subgraphUrls: Record<string, string>;
  /** What each subgraph expects from the gateway (x-gateway-secret), from the data directory's secrets. */
  subgraphSecrets: Record<string, string>;
  ports: number[];
  output: () => string;
  /** SIGINT, as Ctrl-C would; resolves with the exit code. */
  stop: () => Promise<number | null>;
}

/**
 * Starts the platform exactly as `pnpm start` does (its built start script), on its own
 * ports and in a throw-away data directory, so it never disturbs a running dev platform.
 */
export async function startPlatformProcess(basePort: number, demoSubscribers = 10000): Promise<PlatformProcess> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'retention-e2e-'));
  fs.chmodSync(dataDir, 0o755);
  const ports = {
    SHELL_PORT: basePort,
    PROVINCE_APP_PORT: basePort + 1,
    BRANCH_APP_PORT: basePort + 2,
    TRAINING_APP_PORT: basePort + 3,
    GATEWAY_PORT: basePort + 10,
    SEGMENTS_PORT: basePort + 11,
    CAMPAIGNS_PORT: basePort + 12,
    EVALUATION_PORT: basePort + 13,
    TRAINING_PORT: basePort + 14,
    EMBEDDED_PG_PORT: basePort + 20,
  };
  // A smaller demo base than the default keeps tests and benchmarks quick; the flow is the same.
  const env: NodeJS.ProcessEnv = { ...process.env, RETENTION_DATA_DIR: dataDir, PUBLIC_HOST: 'localhost', DEMO_SUBSCRIBERS: String(demoSubscribers) };
  delete env.DATABASE_URL;
  for (const [name, value] of Object.entries(ports)) env[name] = String(value);

  const child: ChildProcess = spawn(process.execPath, [path.join(REPO_ROOT, 'infra', 'local', 'dist', 'start.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('platform ready')) {
        clearInterval(timer);
        resolve();
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`platform exited with ${child.exitCode}:\n${output}`));
      }
    }, 200);
  });

  const secrets = JSON.parse(fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as { subgraphSecrets: Record<string, string> };
  return {
    subgraphSecrets: secrets.subgraphSecrets,
    shellUrl: `http://localhost:${ports.SHELL_PORT}`,
    gatewayUrl: `http://localhost:${ports.GATEWAY_PORT}/graphql`,
    subgraphUrls: {
      segments: `http://localhost:${ports.SEGMENTS_PORT}/graphql`,
      campaigns: `http://localhost:${ports.CAMPAIGNS_PORT}/graphql`,
      evaluation: `http://localhost:${ports.EVALUATION_PORT}/graphql`,
      training: `http://localhost:${ports.TRAINING_PORT}/graphql`,
    },
    ports: Object.values(ports),
    output: () => output,
    stop: async () => {
      child.kill('SIGINT');
      const code = await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}
