import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findChromium } from '@retention/local/dist/chromium';
import { startPlatformProcess, type PlatformProcess } from '@retention/local/dist/platform-process';
import { E2E_BASE_PORT, PLATFORM_FILE_ENV, type PlatformUrls } from './platform-file';

declare global {
  // Kept for global-teardown (same process as global-setup).
  var __RETENTION_E2E_PLATFORM__: PlatformProcess | undefined;
}

/** Starts the platform once for every e2e file of this run; skipped when there is no Chromium. */
export default async function globalSetup(): Promise<void> {
  // One file per run: two runs at once (on other ports, E2E_BASE_PORT) never read each other's.
  const file = process.env[PLATFORM_FILE_ENV] ?? path.join(os.tmpdir(), `retention-e2e-platform-${process.pid}.json`);
  process.env[PLATFORM_FILE_ENV] = file;
  fs.rmSync(file, { force: true });
  if (!findChromium()) {
    console.log('\ne2e SKIPPED: no Chromium found (install Debian\'s `chromium` or set CHROMIUM_PATH).');
    return;
  }
  const started = Date.now();
  const platform = await startPlatformProcess(E2E_BASE_PORT);
  globalThis.__RETENTION_E2E_PLATFORM__ = platform;
  const urls: PlatformUrls = {
    shellUrl: platform.shellUrl,
    gatewayUrl: platform.gatewayUrl,
    subgraphUrls: platform.subgraphUrls,
    subgraphSecrets: platform.subgraphSecrets,
    ports: platform.ports,
    remotes: {
      province: `http://localhost:${E2E_BASE_PORT + 1}/remoteEntry.js`,
      branch: `http://localhost:${E2E_BASE_PORT + 2}/remoteEntry.js`,
      training: `http://localhost:${E2E_BASE_PORT + 3}/remoteEntry.js`,
    },
  };
  fs.writeFileSync(file, JSON.stringify(urls, null, 2), { mode: 0o600 });
  console.log(`\ne2e platform ready at ${platform.shellUrl} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
