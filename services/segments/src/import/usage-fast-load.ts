import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { MalformedCsvError } from './csv-records';
import type { ErrorSink } from './error-sink';
import { FILE_SPECS } from './file-specs';
import { ImportErrorCode, ImportFileError } from './import.errors';
import type { ImportSource } from './import-source';
import { stageTable } from './staging';
import { UsageMonthLoader } from './usage-month-loader';
import { TooManyMonthsError, UsageMonthRouter } from './usage-month-router';
import { NotUtf8Error, Utf8CheckTransform } from './utf8-check.transform';

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
}

/**
 * The direct path for a usage file: each month is loaded by COPY into its own new table
 * on its own connection (the months load side by side, and PostgreSQL writes no WAL for
 * them), its primary key built there. It gives up — leaving nothing behind — when the file
 * needs the general path: columns the spec does not know, more months than loaders, a
 * repeated key or an unknown subscriber (whose report needs the file's line numbers,
 * which only the general path keeps). Bad cells are reported as on the general path.
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
  const router = new UsageMonthRouter(spec, source.header, request.errors, async (month) => {
    const loader = await UsageMonthLoader.open(request.url, month, tag, source.header);
    loaders.push(loader);
    return loader;
  }, MAX_MONTH_LOADERS);
  const timer = setInterval(() => request.onBytes(check.bytes, check.lines), 250);
  try {
    await pipeline(source.open(), check, router);
    await request.errors.flush();
    request.onBytes(check.bytes, check.lines);
    // Every loader ends, one way or the other, before anything is dropped.
    const finished = await Promise.allSettled(loaders.map((l) => l.finish()));
    const failed = finished.find((f): f is PromiseRejectedResult => f.status === 'rejected');
    if (failed) throw failed.reason;
    if (finished.some((f) => f.status === 'fulfilled' && !f.value)) return await giveUp('a subscriber appears twice in a month');
    if (await hasUnknownSubscribers(request.client, loaders, request.jobId, request.stagedSubscribersFile)) return await giveUp('unknown subscribers');
    return { loaded: true, rows: router.rows, counts: router.counts, loaders };
  } catch (error) {
    if (error instanceof TooManyMonthsError) return await giveUp(error.message);
    await dropLoaded(request.client, loaders);
    if (error instanceof NotUtf8Error || error instanceof MalformedCsvError) {
      const code = error instanceof NotUtf8Error ? ImportErrorCode.NOT_UTF8 : ImportErrorCode.MALFORMED_CSV;
      throw new ImportFileError({ file: request.fileName, line: error.line, column: null, code, value: null, message: error.message });
    }
    throw error;
  } finally {
    clearInterval(timer);
    await Promise.all(loaders.map((l) => l.close()));
  }
}

/** Known = in the master data, or a good row of this import's subscribers file. */
async function hasUnknownSubscribers(client: PoolClient, loaders: UsageMonthLoader[], jobId: string, stagedSubscribersFile: string | null): Promise<boolean> {
  if (loaders.length === 0) return false;
  const rows = loaders.map((l) => `SELECT subscriber_id FROM segments.${l.table}`).join(' UNION ALL ');
  const staged = stagedSubscribersFile === null ? '' : `AND NOT EXISTS (
      SELECT 1 FROM ${stageTable('subscribers')} n
      WHERE n.subscriber_id = u.subscriber_id
        AND NOT EXISTS (SELECT 1 FROM segments.import_error b WHERE b.job_id = $1::uuid AND b.file = $2 AND b.line = n.line_no))`;
  // Counting every row (rather than EXISTS) keeps the plan a hash anti-join over the months.
  const result = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (${rows}) u
     WHERE NOT EXISTS (SELECT 1 FROM segments.subscriber m WHERE m.subscriber_id = u.subscriber_id) ${staged}`,
    stagedSubscribersFile === null ? [] : [jobId, stagedSubscribersFile],
  );
  return result.rows[0].n > 0;
}

/** Drops the month tables loaders committed (the others went with their connections). */
export async function dropLoaded(client: PoolClient, loaders: UsageMonthLoader[]): Promise<void> {
  for (const loader of loaders) {
    if (loader.hasCommittedTable) await client.query(`DROP TABLE IF EXISTS segments.${loader.table}`);
  }
}
