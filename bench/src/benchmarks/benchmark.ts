import type { Pool } from 'pg';
import { monthStart } from '@retention/segments/dist/months/month';
import { runInWorker } from '../worker-client';
import type { Dataset } from '../dataset';
import type { SizeName } from '../sizes';
import type { Summary } from '../stats';

export interface Measurement {
  id: string;
  size: SizeName | null;
  what: string;
  unit: 's' | 'ms' | 'KB' | 'req/s' | '×';
  value: Summary;
  baseline?: { what: string; value: Summary };
  /** value ÷ baseline (medians), or whatever the goal is stated in. */
  ratio?: number;
  goal: string;
  /** null when the goal cannot be judged from this run. */
  pass: boolean | null;
  /** Correctness checks, peak memory, per-phase timings. */
  notes: string[];
}

/** What a data benchmark gets: one size's extracts in a fresh, migrated database. */
export interface DataContext {
  size: SizeName;
  dataset: Dataset;
  url: string;
  /** The same database as another service's role (campaigns, evaluation: their own schemas and migrations). */
  urlFor: (service: 'segments' | 'campaigns' | 'evaluation' | 'training') => string;
  pool: Pool;
  runs: number;
  warmups: number;
}

/** B1–B4: measured per data size, in registry order (a later one may use what an earlier one loaded). */
export interface DataBenchmark {
  id: string;
  title: string;
  run: (ctx: DataContext) => Promise<Measurement>;
}

export class CorrectnessError extends Error {
  constructor(id: string, message: string) {
    super(`${id}: wrong result, not reported as a time — ${message}`);
  }
}

export function expectEqual(id: string, what: string, actual: number, expected: number): string {
  if (actual !== expected) throw new CorrectnessError(id, `${what}: ${actual}, expected ${expected}`);
  return `${what}: ${actual.toLocaleString('en')} ✓`;
}

/** What a platform benchmark gets: the whole platform started as `pnpm start` does, on the bench's ports. */
export interface PlatformContext {
  shellUrl: string;
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  /** What each subgraph expects in x-gateway-secret. */
  subgraphSecrets: Record<string, string>;
  runs: number;
  warmups: number;
}

/** B5–B6: measured once per `pnpm bench`, against a running platform. */
export interface PlatformBenchmark {
  id: string;
  title: string;
  run: (ctx: PlatformContext) => Promise<Measurement[]>;
}

/**
 * Usage is what B1 imports, and B3 builds from the month B2 refreshes. Run without them
 * (--only B2, --only B3,B4), a benchmark loads what it reads the same way first, untimed,
 * instead of measuring an empty database.
 */
export async function ensureUsageLoaded({ dataset, url, pool }: Pick<DataContext, 'dataset' | 'url' | 'pool'>): Promise<void> {
  const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM segments_api.month_v1');
  if (rows[0].n < dataset.months.length) await runInWorker({ kind: 'import', url, request: { files: { usage: dataset.files.usage }, quarantine: false } });
}

export async function ensureMonthRefreshed(ctx: Pick<DataContext, 'dataset' | 'url' | 'pool'>, month: string): Promise<void> {
  await ensureUsageLoaded(ctx);
  const { rows } = await ctx.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM segments_api.month_v1 WHERE month = $1::date AND refreshed_at IS NOT NULL', [monthStart(month)]);
  if (rows[0].n === 0) await runInWorker({ kind: 'refresh', url: ctx.url, month });
}
