import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { browserEnv, platformConfig } from './config';
import { portInUse, spawnNode, superviseNode } from './processes';
import { startStaticServer } from './static-server';

describe('platformConfig', () => {
  it('has the documented defaults', () => {
    const config = platformConfig({});
    expect(config.gatewayPort).toBe(4000);
    expect(config.frontends.map((f) => f.port)).toEqual([3000, 3001, 3002, 3003]);
    expect(config.subgraphs.map((s) => [s.name, s.port])).toEqual([['training', 4104], ['segments', 4101], ['campaigns', 4102], ['evaluation', 4103]]);
    expect(config.seedDemo).toBe(true);
    expect(config.databaseUrl).toBeUndefined();
  });

  it('never seeds demo data in production and rejects bad ports', () => {
    expect(platformConfig({ NODE_ENV: 'production' }).seedDemo).toBe(false);
    expect(platformConfig({ SEED_DEMO: 'false' }).seedDemo).toBe(false);
    expect(() => platformConfig({ GATEWAY_PORT: 'eighty' })).toThrow('GATEWAY_PORT must be a port number, got "eighty"');
  });

  it('tells browsers where the gateway and remotes are', () => {
    expect(browserEnv(platformConfig({ PUBLIC_HOST: 'crm.example', BRANCH_APP_PORT: '8002' }))).toEqual({
      gatewayUrl: 'http://crm.example:4000/graphql',
      remotes: {
        province: 'http://crm.example:3001/remoteEntry.js',
        branch: 'http://crm.example:8002/remoteEntry.js',
        training: 'http://crm.example:3003/remoteEntry.js',
      },
    });
  });
});

describe('static server', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-'));
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    fs.writeFileSync(path.join(dir, 'index.html'), '<html>app</html>');
    fs.writeFileSync(path.join(dir, 'remoteEntry.js'), 'var remote;');
    fs.writeFileSync(path.join(os.tmpdir(), 'secret.txt'), 'secret');
    server = await startStaticServer(dir, 0, 'window.__RETENTION_ENV__ = {};');
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('serves files, env.js and falls back to index.html for app routes', async () => {
    const entry = await fetch(`${base}/remoteEntry.js`);
    expect(await entry.text()).toBe('var remote;');
    expect(entry.headers.get('access-control-allow-origin')).toBe('*');
    expect(entry.headers.get('cache-control')).toBe('no-cache');
    expect(await (await fetch(`${base}/env.js`)).text()).toContain('__RETENTION_ENV__');
    expect(await (await fetch(`${base}/province/policy`)).text()).toBe('<html>app</html>');
  });

  it('answers 404 for a missing asset and never serves files outside its folder', async () => {
    expect((await fetch(`${base}/missing.js`)).status).toBe(404);
    const escaped = await fetch(`${base}/..%2Fsecret.txt`);
    expect(await escaped.text()).not.toBe('secret');
  });
});

describe('portInUse', () => {
  it('tells a taken port from a free one', async () => {
    const server = net.createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    expect(await portInUse(port)).toBe(true);
    await new Promise((resolve) => server.close(resolve));
    expect(await portInUse(port)).toBe(false);
  });
});

describe('superviseNode', () => {
  it('restarts a crashed service after a back-off instead of giving up, and stops it for good on stop', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supervise-'));
    const marker = path.join(dir, 'started');
    const script = path.join(dir, 'flaky.js');
    // Crashes on its first start, keeps running on the second.
    fs.writeFileSync(script, `const fs = require('fs'); const n = fs.existsSync(${JSON.stringify(marker)}) ? 2 : 1; fs.writeFileSync(${JSON.stringify(marker)}, String(n)); if (n === 1) process.exit(3); setInterval(() => undefined, 1000);`);
    const lines: string[] = [];
    const supervised = superviseNode('flaky', () => spawnNode('flaky', script, process.env, (l) => lines.push(l)), (l) => lines.push(l), { firstDelayMs: 50 });
    const first = supervised.current();
    expect(await first.exited).toBe(3);
    for (let i = 0; i < 100 && supervised.current() === first; i++) await new Promise((r) => setTimeout(r, 20));
    expect(supervised.current()).not.toBe(first);
    expect(lines).toContain('[flaky] exited with code 3: restarting in 0.05 s');
    await supervised.stop();
    expect(supervised.current().child.exitCode !== null || supervised.current().child.signalCode !== null).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives up on a service that keeps crashing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supervise-'));
    const script = path.join(dir, 'broken.js');
    fs.writeFileSync(script, 'process.exit(1);');
    const supervised = superviseNode('broken', () => spawnNode('broken', script, process.env, () => undefined), () => undefined, { firstDelayMs: 10, maxDelayMs: 10, maxRestarts: 2 });
    expect(await supervised.gaveUp).toBe('broken exited with code 1 3 times within a minute');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
