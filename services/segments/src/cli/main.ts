import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { migrate } from '@retention/db';
import { createSegmentsDataSource } from '../data-source';
import { SegmentEngineService, type SegmentCount } from '../engine/segment-engine.service';
import { generateDemoData } from '../generator/generate';
import { ImportService } from '../import/import.service';
import { JobService } from '../jobs/job.service';
import { parseMonth } from '../months/month';
import { cliDatabase } from './database';
import { ProgressBar } from './progress-bar';

const USAGE = `usage: pnpm cli <command> [options]

  generate --subscribers N --months M --seed S --out DIR [--end-month YYYY-MM]
      write demo extracts (subscribers.csv, usage.csv, offers.csv)
  import [--subscribers FILE] [--usage FILE] [--offers FILE] [--quarantine]
      load extracts (CSV or .xlsx); with errors nothing is imported unless --quarantine
  refresh --month YYYY-MM | --all
      recompute the segment snapshot of a month (or of every loaded month)
  counts --month YYYY-MM [--format json|csv|table]
      counts by branch and built-in segment

The database is DATABASE_URL, or the embedded PostgreSQL of \`pnpm start\`.`;

class UsageError extends Error {}

/** Paths are taken relative to where the user ran `pnpm cli` (pnpm runs scripts from the repo root). */
function userPath(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

function requireMonth(value: string | undefined): string {
  if (!value) throw new UsageError('--month YYYY-MM is required');
  parseMonth(value);
  return value;
}

function positiveInt(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive whole number`);
  return n;
}

async function withDatabase<T>(work: (services: { engine: SegmentEngineService; imports: ImportService; jobs: JobService }) => Promise<T>): Promise<T> {
  const db = await cliDatabase();
  const dataSource = createSegmentsDataSource(db.url);
  try {
    await migrate(dataSource);
    return await work({ engine: new SegmentEngineService(dataSource), imports: new ImportService(dataSource), jobs: new JobService(dataSource) });
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await db.release();
  }
}

async function generate(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { subscribers: { type: 'string' }, months: { type: 'string' }, seed: { type: 'string', default: '1' }, out: { type: 'string' }, 'end-month': { type: 'string' } } });
  if (!values.out) throw new UsageError('--out DIR is required');
  const bar = new ProgressBar();
  const result = await generateDemoData({
    subscribers: positiveInt('subscribers', values.subscribers),
    months: positiveInt('months', values.months),
    seed: Number(values.seed),
    outDir: userPath(values.out),
    endMonth: values['end-month'] ? requireMonth(values['end-month']) : undefined,
    onProgress: (done, total) => bar.update('generating', done / total, `${done}/${total} subscribers`),
  });
  bar.done();
  console.log(`wrote ${result.counts.subscribers} subscribers, ${result.counts.usage} usage rows (${result.months[0]} … ${result.months[result.months.length - 1]}), ${result.counts.offers} offers to ${userPath(values.out)}`);
}

async function importFiles(args: string[]): Promise<boolean> {
  const { values } = parseArgs({ args, options: { subscribers: { type: 'string' }, usage: { type: 'string' }, offers: { type: 'string' }, quarantine: { type: 'boolean', default: false } } });
  const files = {
    subscribers: values.subscribers && userPath(values.subscribers),
    usage: values.usage && userPath(values.usage),
    offers: values.offers && userPath(values.offers),
  };
  if (!files.subscribers && !files.usage && !files.offers) throw new UsageError('give at least one of --subscribers, --usage, --offers');
  return withDatabase(async ({ imports, jobs }) => {
    const jobId = await jobs.create('IMPORT', { files, quarantine: values.quarantine, source: 'cli' }, 'cli');
    const bar = new ProgressBar();
    const started = Date.now();
    const outcome = await imports.run(jobId, { files, quarantine: values.quarantine }, (p) => bar.update(p.phase, p.progress, p.rowsDone ? `${p.rowsDone} rows` : ''));
    bar.done();
    for (const f of outcome.files) {
      console.log(`${f.kind.padEnd(12)} ${f.file}: read ${f.rowsRead}, imported ${f.rowsImported}, rejected ${f.rowsRejected}${f.months ? `, months ${f.months.join(' ')}` : ''}${f.ignoredColumns.length ? `, ignored columns ${f.ignoredColumns.join(' ')}` : ''}`);
    }
    for (const e of outcome.errors.slice(0, 50)) console.log(`  ${e.file} ${e.message} [${e.code}]`);
    if (outcome.errorCount > 50) console.log(`  … ${outcome.errorCount - 50} more (job ${jobId})`);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`  timings: ${Object.entries(outcome.timings).map(([phase, s]) => `${phase} ${s.toFixed(1)}s`).join(', ')}`);
    if (!outcome.ok) {
      console.log(`import FAILED in ${seconds}s: ${outcome.errorCount} error(s), nothing was imported (use --quarantine to import the good rows)`);
      return false;
    }
    console.log(`import done in ${seconds}s${outcome.errorCount ? ` (${outcome.errorCount} error(s) quarantined)` : ''}; next: pnpm cli refresh --all`);
    return true;
  });
}

async function refresh(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { month: { type: 'string' }, all: { type: 'boolean', default: false } } });
  await withDatabase(async ({ engine, jobs }) => {
    const months = values.all ? await engine.loadedMonths() : [requireMonth(values.month)];
    if (months.length === 0) throw new UsageError('no usage months are loaded yet: run pnpm cli import first');
    for (const month of months) {
      const jobId = await jobs.create('REFRESH', { month, source: 'cli' }, 'cli');
      await jobs.start(jobId);
      const bar = new ProgressBar();
      const started = Date.now();
      try {
        const result = await engine.refresh(month, (p) => bar.update(`refresh ${month}: ${p.phase}`, p.step / p.steps));
        bar.done();
        await jobs.succeed(jobId, { month, members: result.members });
        console.log(`refreshed ${month}: ${result.members} subscribers on network, in ${((Date.now() - started) / 1000).toFixed(1)}s`);
      } catch (error) {
        bar.done();
        await jobs.fail(jobId, error instanceof Error ? error.message : String(error));
        throw error;
      }
    }
  });
}

function printCounts(counts: SegmentCount[], format: string): void {
  if (format === 'json') {
    console.log(JSON.stringify(counts));
  } else if (format === 'csv') {
    console.log('branch,segment,count');
    for (const c of counts) console.log(`${c.branch},${c.segment},${c.count}`);
  } else {
    const segments = [...new Set(counts.map((c) => c.segment))];
    const branches = [...new Set(counts.map((c) => c.branch))];
    console.log(['branch'.padEnd(7), ...segments.map((s) => s.padStart(s.length))].join(' '));
    for (const b of branches) {
      console.log([b.padEnd(7), ...segments.map((s) => String(counts.find((c) => c.branch === b && c.segment === s)!.count).padStart(s.length))].join(' '));
    }
  }
}

async function counts(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { month: { type: 'string' }, format: { type: 'string', default: 'table' } } });
  const month = requireMonth(values.month);
  if (!['json', 'csv', 'table'].includes(values.format!)) throw new UsageError('--format must be json, csv or table');
  await withDatabase(async ({ engine }) => {
    if (!(await engine.refreshedMonths()).includes(month)) {
      throw new UsageError(`${month} has not been refreshed: run pnpm cli refresh --month ${month}`);
    }
    printCounts(await engine.counts(month), values.format!);
  });
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'generate':
      await generate(args);
      return 0;
    case 'import':
      return (await importFiles(args)) ? 0 : 1;
    case 'refresh':
      await refresh(args);
      return 0;
    case 'counts':
      await counts(args);
      return 0;
    default:
      console.error(USAGE);
      return command && !['-h', '--help', 'help'].includes(command) ? 2 : 0;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof UsageError) console.error(`\n${USAGE}`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
