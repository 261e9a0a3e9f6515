import fs from 'node:fs';
import net from 'node:net';
import { platformFilePath } from './platform-file';

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

/** Stops the platform with Ctrl-C (SIGINT) and fails the run if it leaves a port in use or exits non-zero. */
export default async function globalTeardown(): Promise<void> {
  if (process.env.RETENTION_E2E_PLATFORM_FILE) fs.rmSync(platformFilePath(), { force: true });
  const platform = globalThis.__RETENTION_E2E_PLATFORM__;
  if (!platform) return;
  globalThis.__RETENTION_E2E_PLATFORM__ = undefined;
  const code = await platform.stop();
  const busy: number[] = [];
  for (const port of platform.ports) if (!(await portIsFree(port))) busy.push(port);
  if (code !== 0 || busy.length) {
    throw new Error(`the platform did not stop cleanly on Ctrl-C: exit code ${code}, ports still in use: ${busy.join(', ') || 'none'}\n${platform.output().slice(-4000)}`);
  }
}
