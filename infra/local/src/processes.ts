import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import readline from 'node:readline';

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
}

/** Runs a Node script as a child, prefixing each output line with its name. */
export function spawnNode(name: string, script: string, env: NodeJS.ProcessEnv, log: (line: string) => void, args: string[] = []): ManagedProcess {
  const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout!, child.stderr!]) {
    readline.createInterface({ input: stream }).on('line', (line) => log(`[${name}] ${line}`));
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { name, child, exited };
}

/** SIGTERM, then SIGKILL after a grace period: no orphan is left behind. */
export async function stopProcess(proc: ManagedProcess, graceMs = 10000): Promise<void> {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), graceMs);
  await proc.exited;
  clearTimeout(timer);
}

/** Polls a health URL until it answers 200, the process dies, or time runs out. */
export async function waitForHealthy(url: string, proc: ManagedProcess | null, timeoutMs = 120000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc && proc.child.exitCode !== null) throw new Error(`${proc.name} exited with code ${proc.child.exitCode} before it was ready`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(2000) })
      .then((res) => res.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} was not healthy within ${timeoutMs / 1000}s`);
}

/** True when something already accepts connections on the port (e.g. another `pnpm start`). */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface SupervisedProcess {
  name: string;
  /** The child running now (a new one after each restart). */
  current: () => ManagedProcess;
  /** Resolves when the process crashed too often to go on (more than `maxRestarts` within a minute). */
  gaveUp: Promise<string>;
  stop: () => Promise<void>;
}

/**
 * Keeps a service running: when it exits on its own it is started again after a back-off
 * (1 s, doubling to 30 s; reset after a minute up), so one crashed worker never takes the
 * whole platform down. Only a process that keeps crashing is given up on.
 */
export function superviseNode(
  name: string,
  start: () => ManagedProcess,
  log: (line: string) => void,
  options: { firstDelayMs?: number; maxDelayMs?: number; maxRestarts?: number } = {},
): SupervisedProcess {
  const { firstDelayMs = 1000, maxDelayMs = 30000, maxRestarts = 5 } = options;
  let current = start();
  let stopping = false;
  let delay = firstDelayMs;
  let restarts: number[] = [];
  let giveUp!: (reason: string) => void;
  const gaveUp = new Promise<string>((resolve) => (giveUp = resolve));
  const watch = (proc: ManagedProcess) => {
    const startedAt = Date.now();
    void proc.exited.then(async (code) => {
      if (stopping) return;
      if (Date.now() - startedAt > 60000) delay = firstDelayMs;
      restarts = [...restarts.filter((t) => Date.now() - t < 60000), Date.now()];
      if (restarts.length > maxRestarts) {
        giveUp(`${name} exited with code ${code} ${restarts.length} times within a minute`);
        return;
      }
      log(`[${name}] exited with code ${code}: restarting in ${delay / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(maxDelayMs, delay * 2);
      if (stopping) return;
      current = start();
      watch(current);
    });
  };
  watch(current);
  return {
    name,
    current: () => current,
    gaveUp,
    stop: async () => {
      stopping = true;
      await stopProcess(current);
    },
  };
}
