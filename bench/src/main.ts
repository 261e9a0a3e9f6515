import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { migrate } from '@retention/db';
import { startPlatformProcess } from '@retention/local/dist/platform-process';
import { createSegmentsDataSource } from '@retention/segments/dist/data-source';
import type { DataBenchmark, Measurement, PlatformBenchmark } from './benchmarks/benchmark';
import { DATA_BENCHMARKS, PLATFORM_BENCHMARKS } from './benchmarks';
import { freshDatabase, startBenchServer, type BenchServer } from './database';
import { benchDataset } from './dataset';
import { growth } from './growth';
import { resultsMarkdown, resultsTable, withReadmeTable } from './report';
import { parseSize, type SizeName } from './sizes';
import { runInWorker } from './worker-client';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const GROWTH_BASE: SizeName = '100k';
// BENCH_PLATFORM_PORT lets two benchmark runs on one machine start their platforms side by side.
const PLATFORM_BASE_PORT = Number(process.env.BENCH_PLATFORM_PORT ?? 25000);

interface Options {
  size: SizeName;
  only: Set<string> | null;
  runs: number;
  warmups: number;
}

function options(argv: string[]): Options {
  const { values } = parseArgs({ args: argv, options: { size: { type: 'string', default: '100k' }, only: { type: 'string' }, runs: { type: 'string', default: '3' } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 3) throw new Error('--runs must be 3 or more');
  return { size: parseSize(values.size!), only: values.only ? new Set(values.only.toUpperCase().split(',')) : null, runs, warmups: 1 };
}

const wanted = (opts: Options, b: { id: string }) => !opts.only || opts.only.has(b.id) || (opts.only.has('B7') && ['B1', 'B2', 'B3', 'B4'].includes(b.id));

/** B1–B4 at one size, in a fresh database with the size's subscribers and offers loaded first. */
async function dataBenchmarks(server: BenchServer, size: SizeName, benchmarks: DataBenchmark[], opts: Options): Promise<Measurement[]> {
  process.stderr.write(`\n== ${size}: ${benchmarks.map((b) => b.id).join(', ')}\n`);
  const dataset = await benchDataset(size);
  const db = await freshDatabase(server, `bench_${size}`);
  const dataSource = createSegmentsDataSource(db.url);
  await migrate(dataSource);
  await dataSource.destroy();
  const pool = new Pool({ connectionString: db.url, max: 2 });
  try {
    // Master data is not what is measured: loaded once, through the same import.
    await runInWorker({ kind: 'import', url: db.url, request: { files: { subscribers: dataset.files.subscribers, offers: dataset.files.offers }, quarantine: false } });
    const results: Measurement[] = [];
    for (const benchmark of benchmarks) results.push(await benchmark.run({ size, dataset, url: db.url, urlFor: db.urlFor, pool, runs: opts.runs, warmups: opts.warmups }));
    return results;
  } finally {
    await pool.end();
    // BENCH_KEEP_DB=1 leaves the size's database for profiling its queries by hand.
    if (process.env.BENCH_KEEP_DB !== '1') await db.drop();
  }
}

async function platformBenchmarks(benchmarks: PlatformBenchmark[], opts: Options, failures: string[]): Promise<Measurement[]> {
  process.stderr.write(`\n== platform: ${benchmarks.map((b) => b.id).join(', ')} (starting it on ports ${PLATFORM_BASE_PORT}+)\n`);
  const platform = await startPlatformProcess(PLATFORM_BASE_PORT);
  try {
    const ctx = { shellUrl: platform.shellUrl, gatewayUrl: platform.gatewayUrl, subgraphUrls: platform.subgraphUrls, subgraphSecrets: platform.subgraphSecrets, runs: opts.runs, warmups: opts.warmups };
    const results: Measurement[] = [];
    for (const benchmark of benchmarks) results.push(...(await attempt(benchmark.id, failures, () => benchmark.run(ctx))));
    return results;
  } finally {
    await platform.stop();
  }
}

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

async function postgresVersion(url: string): Promise<string> {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    const { rows } = await pool.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    return `PostgreSQL ${rows[0].v}`;
  } finally {
    await pool.end();
  }
}

/**
 * Runs one benchmark group; a failure (a wrong answer included) is reported as such
 * and the rest still runs, so one broken path never hides the other figures.
 */
async function attempt(label: string, failures: string[], work: () => Promise<Measurement[]>): Promise<Measurement[]> {
  try {
    return await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`\n${label} FAILED: ${message}\n`);
    failures.push(`${label}: ${message.split('\n')[0]}`);
    return [];
  }
}

async function main(): Promise<number> {
  const opts = options(process.argv.slice(2));
  const dataBenchmarksWanted = DATA_BENCHMARKS.filter((b) => wanted(opts, b));
  const platformWanted = PLATFORM_BENCHMARKS.filter((b) => wanted(opts, b));
  const sizes: SizeName[] = opts.size === GROWTH_BASE || opts.size === '10k' ? [opts.size] : [GROWTH_BASE, opts.size];
  const failures: string[] = [];
  const measurements: Measurement[] = [];
  const server = await startBenchServer();
  let postgres = server.describe;
  try {
    postgres = `${await postgresVersion(server.adminUrl)} (${server.describe})`;
    for (const size of dataBenchmarksWanted.length ? sizes : []) {
      measurements.push(...(await attempt(`data benchmarks at ${size}`, failures, () => dataBenchmarks(server, size, dataBenchmarksWanted, opts))));
    }
  } finally {
    await server.stop();
  }
  if (sizes.length === 2) measurements.push(...growth(measurements, sizes[0], sizes[1]));
  if (platformWanted.length) measurements.push(...(await attempt('platform benchmarks', failures, () => platformBenchmarks(platformWanted, opts, failures))));

  const info = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    commit: `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? ' (with uncommitted changes)' : ''}`,
    command: `pnpm bench --size ${opts.size}${opts.only ? ` --only ${[...opts.only].join(',')}` : ''}`,
    machine: `${os.availableParallelism()} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}`,
    postgres,
    failures,
  };
  console.log(`\n${resultsTable(measurements)}\n`);
  if (opts.only) {
    // A subset is evidence beside the full run, not a replacement of it: its own file.
    const file = path.join('bench', 'runs', `${info.date.replace(' UTC', '').replace(' ', '-').replace(':', '')}-${[...opts.only].sort().join('-')}-${opts.size}.md`);
    fs.mkdirSync(path.join(REPO_ROOT, 'bench', 'runs'), { recursive: true });
    fs.writeFileSync(path.join(REPO_ROOT, file), resultsMarkdown(measurements, info));
    console.log(`written: ${file} (bench/RESULTS.md and the README keep the last full run)`);
  } else {
    fs.writeFileSync(path.join(REPO_ROOT, 'bench', 'RESULTS.md'), resultsMarkdown(measurements, info));
    const readme = path.join(REPO_ROOT, 'README.md');
    fs.writeFileSync(readme, withReadmeTable(fs.readFileSync(readme, 'utf8'), measurements, info));
    console.log('written: bench/RESULTS.md and the README Performance table');
  }
  if (failures.length) console.log(`did not complete:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
