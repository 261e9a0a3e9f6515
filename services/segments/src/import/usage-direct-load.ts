import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import type { ErrorSink } from './error-sink';
import { FILE_SPECS } from './file-specs';
import type { ImportSource } from './import-source';
import { loadKnownSubscribers } from './known-subscribers';
import { asFileError } from './read-errors';
import { UsageMonthLoader } from './usage-month-loader';
import { TooManyMonthsError, UsageMonthRouter } from './usage-month-router';
import { Utf8CheckTransform } from './utf8-check.transform';

/** Months one file may spread over on the direct path (one connection each). */
export const MAX_MONTH_LOADERS = 24;

export type DirectUsageLoad =
  | { loaded: true; rows: number; counts: Map<string, number>; loaders: UsageMonthLoader[] }
  | { loaded: false; reason: string };

export interface DirectUsageRequest {
  url: string;
  /** The import's own connection: it sees this import's staged subscribers. */
  client: PoolClient;
  jobId: string;
  fileName: string;
  source: ImportSource;
  errors: ErrorSink;
  /** The subscribers file staged (and validated) earlier in the same import, if any. */
  stagedSubscribersFile: string | null;
  onBytes: (bytes: number, lines: number) => void;
  /** Times each phase under its label. */
  timed: <T>(label: string, work: () => Promise<T>) => Promise<T>;
}

/**
 * The direct path for a usage file: each month is loaded by COPY into its own new table
 * on its own connection (the months load side by side, and PostgreSQL writes no WAL for
 * them), its primary key built there. Bad cells and unknown subscribers are reported as
 * the rows stream by. It gives up — leaving nothing behind — when the file needs the
 * general path: columns the spec does not know, more months than loaders, or a repeated
 * key (whose report needs every row's line, which only the general path keeps).
 */
export async function loadUsageDirectly(request: DirectUsageRequest): Promise<DirectUsageLoad> {
  const { source } = request;
  const spec = FILE_SPECS.usage;
  if (!source.header.every((h) => spec.columns.some((c) => c.name === h))) return { loaded: false, reason: 'the file has columns the import does not know' };
  const loaders: UsageMonthLoader[] = [];
  // Its own table names: the general path may load the same months after this one gave up.
  const tag = `${request.jobId.replace(/-/g, '').slice(0, 12)}d`;
  const giveUp = async (reason: string): Promise<DirectUsageLoad> => {
    await dropLoaded(request.client, loaders);
    await request.client.query('DELETE FROM segments.import_error WHERE job_id = $1 AND file = $2', [request.jobId, request.fileName]);
    return { loaded: false, reason };
  };
  const check = new Utf8CheckTransform();
  const known = await request.timed('read subscribers', () => loadKnownSubscribers(request.client, request.jobId, request.stagedSubscribersFile));
  const opening: Promise<UsageMonthLoader>[] = [];
  const router = new UsageMonthRouter(spec, source.header, request.errors, known, (month) => {
    const open = UsageMonthLoader.open(request.url, month, tag, source.header).then((loader) => {
      loaders.push(loader);
      return loader;
    });
    opening.push(open);
    return open;
  }, MAX_MONTH_LOADERS);
  const timer = setInterval(() => request.onBytes(check.bytes, check.lines), 250);
  try {
    const { timed } = request;
    await timed('copy usage', () => pipeline(source.open(), check, router));
    await request.errors.flush();
    request.onBytes(check.bytes, check.lines);
    // Every loader ends, one way or the other, before anything is dropped.
    const finished = await timed('key usage', () => Promise.allSettled(loaders.map((l) => l.finish())));
    const failed = finished.find((f): f is PromiseRejectedResult => f.status === 'rejected');
    if (failed) throw failed.reason;
    if (finished.some((f) => f.status === 'fulfilled' && !f.value)) return await giveUp('a subscriber appears twice in a month');
    return { loaded: true, rows: router.rows, counts: router.counts, loaders };
  } catch (error) {
    if (error instanceof TooManyMonthsError) return await giveUp(error.message);
    await dropLoaded(request.client, loaders);
    throw asFileError(error, request.fileName);
  } finally {
    clearInterval(timer);
    // Months still opening when the load stopped are closed too (their tables go with their transactions).
    await Promise.allSettled(opening);
    await Promise.all(loaders.map((l) => l.close()));
  }
}

/** Drops the month tables loaders committed (the others went with their connections). */
export async function dropLoaded(client: PoolClient, loaders: UsageMonthLoader[]): Promise<void> {
  for (const loader of loaders) {
    if (loader.hasCommittedTable) await client.query(`DROP TABLE IF EXISTS segments.${loader.table}`);
  }
}
