import path from 'node:path';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { JOB_STATEMENT_TIMEOUT } from '@retention/db';
import { JobService, throttle, type JobProgress } from '../jobs/job.service';
import { applyLoadedMonths, applyOffers, applySubscribers, applyUsage } from './apply';
import { ErrorSink } from './error-sink';
import { IMPORT_FILE_KINDS, type ImportFileKind } from './file-specs';
import { ImportFileError, type ImportErrorCode, type ImportRowError } from './import.errors';
import { openImportSource } from './import-source';
import { checkHeader, copyIntoStaging, createTypedStage } from './staging';
import { dropLoaded, loadUsageDirectly, type DirectUsageLoad } from './usage-direct-load';
import { UsageIncoming } from './usage-incoming';
import { refreshUsageStatistics } from './usage-statistics';
import { validateStaged } from './validation';

export interface ImportRequest {
  files: Partial<Record<ImportFileKind, string>>;
  /** Import the good rows and keep the bad ones (with reasons) instead of importing nothing. */
  quarantine: boolean;
}

export interface ImportFileSummary {
  kind: ImportFileKind;
  file: string;
  rowsRead: number;
  rowsImported: number;
  rowsRejected: number;
  ignoredColumns: string[];
  months?: string[];
  /** How a usage file was loaded: month by month straight into new tables, or through the staging table. */
  route?: 'direct' | 'staged';
}

export interface ImportOutcome {
  ok: boolean;
  /** Why nothing was imported (when not ok). */
  failure?: string;
  /** Seconds spent per phase (for the benchmark and the curious). */
  timings: Record<string, number>;
  files: ImportFileSummary[];
  /** The first errors (all are in segments.import_error for the job). */
  errors: ImportRowError[];
  errorCount: number;
}

/** What an import's job records as its result (SegmentJob.files and errorCount read it). */
export function importJobResult(outcome: ImportOutcome): Record<string, unknown> {
  return outcome.ok
    ? { files: outcome.files, errorCount: outcome.errorCount, quarantined: outcome.errorCount, timings: outcome.timings }
    : { files: outcome.files, errorCount: outcome.errorCount, timings: outcome.timings };
}

const PHASE_SHARE = { reading: 0.7, validating: 0.15, applying: 0.15 };

/**
 * The import pipeline of DOMAIN.md §2: each file is streamed through the cell checks by
 * COPY into a typed staging table, checked across rows in SQL, and only then applied,
 * all files in one transaction.
 * With any error (and no quarantine) nothing changes.
 */
export class ImportService {
  private readonly jobs: JobService;

  constructor(private readonly dataSource: DataSource) {
    this.jobs = new JobService(dataSource);
  }

  /** Runs an import recorded as job `jobId`: its start, progress and outcome are written to the job. */
  async run(jobId: string, request: ImportRequest, onProgress: (p: JobProgress) => void = () => undefined): Promise<ImportOutcome> {
    const progress = throttle<JobProgress>((p) => this.jobs.progress(jobId, p));
    await this.jobs.start(jobId);
    try {
      const outcome = await this.execute(jobId, request, (p) => {
        onProgress(p);
        progress.push(p);
      });
      await progress.flush();
      if (outcome.ok) await this.jobs.succeed(jobId, importJobResult(outcome));
      else await this.jobs.fail(jobId, outcome.failure ?? 'nothing was imported', importJobResult(outcome));
      return outcome;
    } catch (error) {
      await progress.flush().catch(() => undefined);
      await this.jobs.fail(jobId, error instanceof Error ? error.message : String(error));
      throw error;
    }
  }

  /**
   * The import itself, reporting progress to `report`; recording the outcome on the job
   * is the caller's (run, or the job queue). Row errors go to segments.import_error under
   * `jobId`. Throws only on unexpected errors.
   */
  async execute(jobId: string, request: ImportRequest, report: (p: JobProgress) => void = () => undefined): Promise<ImportOutcome> {
    const kinds = IMPORT_FILE_KINDS.filter((k) => request.files[k]);
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    // Sorts and hashes over a whole extract want memory rather than temporary files.
    await client.query("SET work_mem = '256MB'");
    await client.query(JOB_STATEMENT_TIMEOUT);
    const summaries: ImportFileSummary[] = [];
    let usageIncoming: UsageIncoming | null = null;
    let directUsage: Extract<DirectUsageLoad, { loaded: true }> | null = null;
    let usageMonths = new Map<string, number>();
    const timings: Record<string, number> = {};
    const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
      const started = process.hrtime.bigint();
      try {
        return await work();
      } finally {
        timings[label] = (timings[label] ?? 0) + Number(process.hrtime.bigint() - started) / 1e9;
      }
    };
    try {
      const sources = await Promise.all(kinds.map((k) => openImportSource(request.files[k]!)));
      const totalBytes = sources.reduce((sum, s) => sum + s.sizeBytes, 0) || 1;
      let bytesBefore = 0;
      let errorCount = 0;
      for (const [i, kind] of kinds.entries()) {
        const file = path.basename(request.files[kind]!);
        const subscribersFile = kind !== 'subscribers' && request.files.subscribers ? path.basename(request.files.subscribers) : null;
        const onBytes = (bytes: number, lines: number) =>
          report({ phase: `reading ${file}`, progress: ((bytesBefore + bytes) / totalBytes) * PHASE_SHARE.reading, rowsDone: lines });
        if (kind === 'usage') {
          const { ignored } = checkHeader(kind, sources[i].header, file);
          const direct = await loadUsageDirectly({
            url: this.url(), client, jobId, fileName: file, source: sources[i], errors: new ErrorSink(this.dataSource, jobId, file),
            stagedSubscribersFile: subscribersFile, onBytes, timed,
          });
          if (direct.loaded) {
            directUsage = direct;
            bytesBefore += sources[i].sizeBytes;
            const fileErrors = await this.errorCount(jobId, file);
            errorCount += fileErrors;
            summaries.push({
              kind, file, rowsRead: direct.rows, rowsImported: 0, rowsRejected: fileErrors === 0 ? 0 : await this.rejectedRows(jobId, file), ignoredColumns: ignored, route: 'direct',
            });
            continue;
          }
          // Otherwise the general path below, which keeps every row's line for the report.
        }
        if (kind === 'usage') {
          usageIncoming = new UsageIncoming(jobId);
          await usageIncoming.create(client);
        }
        const table = kind === 'usage' ? usageIncoming!.table : await createTypedStage(client, kind);
        const errors = new ErrorSink(this.dataSource, jobId, file);
        const staged = await timed(`copy ${kind}`, () =>
          copyIntoStaging(client, kind, sources[i], { table, fileName: file, errors, countBy: kind === 'usage' ? 'month' : undefined }, onBytes),
        );
        if (kind === 'usage') usageMonths = staged.counts;
        bytesBefore += sources[i].sizeBytes;
        report({ phase: `validating ${file}`, progress: PHASE_SHARE.reading + (PHASE_SHARE.validating * i) / kinds.length, rowsDone: staged.rows });
        const fileErrors = await timed(`validate ${kind}`, () => validateStaged(client, jobId, kind, file, table, subscribersFile));
        errorCount += fileErrors;
        summaries.push({
          kind, file, rowsRead: staged.rows, rowsImported: 0, rowsRejected: fileErrors === 0 ? 0 : await this.rejectedRows(jobId, file), ignoredColumns: staged.ignoredColumns,
          ...(kind === 'usage' ? { route: 'staged' as const } : {}),
        });
      }

      if (errorCount > 0 && !request.quarantine) {
        return this.failed(jobId, summaries, errorCount, `${errorCount} error(s): nothing was imported`, timings);
      }

      report({ phase: 'applying', progress: PHASE_SHARE.reading + PHASE_SHARE.validating });
      await client.query('BEGIN');
      try {
        // Each apply ends with an ANALYZE of what it wrote, so the refresh that follows an
        // import is planned on real row counts; a small sample is plenty for that.
        await client.query('SET LOCAL default_statistics_target = 10');
        for (const summary of summaries) {
          const hasErrors = summary.rowsRejected > 0;
          if (summary.kind === 'subscribers') summary.rowsImported = await timed('apply subscribers', () => applySubscribers(client, jobId, summary.file, hasErrors));
          if (summary.kind === 'offers') summary.rowsImported = await timed('apply offers', () => applyOffers(client, jobId, summary.file, hasErrors));
          if (summary.kind === 'usage') {
            const usage = await timed('apply usage', () =>
              directUsage ? applyLoadedMonths(client, directUsage.loaders, directUsage.counts) : applyUsage(client, jobId, summary.file, hasErrors, usageIncoming!, usageMonths),
            );
            summary.rowsImported = usage.rows;
            summary.months = usage.months;
          }
        }
        // The partitioned parent's own statistics, when missing or stale (usage-statistics.ts).
        if (summaries.some((summary) => summary.kind === 'usage' && summary.rowsImported > 0)) await timed('analyze usage', () => refreshUsageStatistics(client));
        if (errorCount > 0) await client.query('UPDATE segments.import_error SET quarantined = true WHERE job_id = $1', [jobId]);
        await timed('commit', () => client.query('COMMIT'));
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      return { ok: true, timings, files: summaries, errors: await this.firstErrors(jobId), errorCount };
    } catch (error) {
      if (error instanceof ImportFileError) {
        await this.recordFileError(jobId, error.error);
        return this.failed(jobId, summaries, 1, error.message, timings);
      }
      throw error;
    } finally {
      await usageIncoming?.drop(client).catch(() => undefined);
      // After a swap the loaders' tables are gone (renamed); after a rolled-back swap they are back and go here.
      if (directUsage) await dropLoaded(client, directUsage.loaders).catch(() => undefined);
      await client.query('DISCARD TEMP').catch(() => undefined);
      await client.query('RESET work_mem').catch(() => undefined);
      // Back to the request pool's limit (a startup parameter, so RESET restores it).
      await client.query('RESET statement_timeout').catch(() => undefined);
      await runner.release();
    }
  }

  private async failed(jobId: string, files: ImportFileSummary[], errorCount: number, message: string, timings: Record<string, number>): Promise<ImportOutcome> {
    return { ok: false, failure: message, timings, files, errors: await this.firstErrors(jobId), errorCount };
  }

  private async recordFileError(jobId: string, e: ImportRowError): Promise<void> {
    await this.dataSource.query(
      'INSERT INTO segments.import_error (job_id, file, line, column_name, code, value, message) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [jobId, e.file, e.line, e.column, e.code, e.value, e.message],
    );
  }

  private url(): string {
    return (this.dataSource.options as { url: string }).url;
  }

  private async errorCount(jobId: string, file: string): Promise<number> {
    const [{ n }] = await this.dataSource.query('SELECT count(*)::int AS n FROM segments.import_error WHERE job_id = $1 AND file = $2', [jobId, file]);
    return n;
  }

  private async rejectedRows(jobId: string, file: string): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      'SELECT count(DISTINCT line)::int AS n FROM segments.import_error WHERE job_id = $1 AND file = $2',
      [jobId, file],
    );
    return n;
  }

  async firstErrors(jobId: string, limit = 200): Promise<ImportRowError[]> {
    const rows: { file: string; line: string | null; column_name: string | null; code: ImportErrorCode; value: string | null; message: string }[] =
      await this.dataSource.query(
        'SELECT file, line, column_name, code, value, message FROM segments.import_error WHERE job_id = $1 ORDER BY file, line NULLS FIRST, column_name LIMIT $2',
        [jobId, limit],
      );
    return rows.map((r) => ({ file: r.file, line: r.line === null ? null : Number(r.line), column: r.column_name, code: r.code, value: r.value, message: r.message }));
  }
}
