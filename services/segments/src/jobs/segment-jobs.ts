import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JobFailure, type JobResult, type ProgressReporter, type UploadStore } from '@retention/jobs';
import type { SegmentEngineService } from '../engine/segment-engine.service';
import type { ImportFileKind } from '../import/file-specs';
import { importJobResult, type ImportService } from '../import/import.service';

/** One upload an import reads (kept in the job's params, so the job says what it imported). */
export interface ImportUpload {
  id: string;
  kind: ImportFileKind;
  fileName: string;
}

export interface ImportParams {
  uploads: ImportUpload[];
  quarantine: boolean;
  /** Refresh the months the import loaded, in order, as part of the same job. */
  refresh?: boolean;
}

export interface RefreshParams {
  month: string;
}

export interface RefreshedMonth {
  month: string;
  members: number;
}

/** The share of an import's progress bar when the refresh of its months follows in the same job. */
const IMPORT_SHARE_BEFORE_REFRESH = 0.6;

/** REFRESH: recomputes one month's segments. Idempotent: a refresh replaces the month's snapshot. */
export async function refreshJob(engine: SegmentEngineService, params: RefreshParams, progress: ProgressReporter): Promise<JobResult> {
  const result = await engine.refresh(params.month, (p) => progress({ phase: p.phase, progress: p.step / p.steps }));
  return { month: params.month, members: result.members };
}

/**
 * IMPORT: the uploads' bytes (in PostgreSQL) are first written to files in the worker's
 * scratch space (os.tmpdir(), removed in `finally`): the import reads files — CSV, and
 * .xlsx through ExcelJS's streaming reader, which wants a file. Each file keeps the
 * name it was uploaded with, so the report names the user's file. With `refresh`, the
 * months loaded are then refreshed in order in the same job.
 *
 * Idempotent in the queue's sense: the import applies everything in one transaction
 * (nothing, or all of it), and a finished job is never run again.
 */
export async function importJob(
  deps: { imports: ImportService; engine: SegmentEngineService; uploads: UploadStore },
  jobId: string,
  params: ImportParams,
  progress: ProgressReporter,
): Promise<JobResult> {
  if (!Array.isArray(params.uploads) || params.uploads.length === 0) throw new Error('the job names no uploads (started before uploads were kept in PostgreSQL?)');
  const importShare = params.refresh ? IMPORT_SHARE_BEFORE_REFRESH : 1;
  const scratch = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'segments-import-'));
  try {
    const files: Partial<Record<ImportFileKind, string>> = {};
    for (const upload of params.uploads) {
      progress({ phase: `fetching ${upload.fileName}`, progress: 0 });
      // One directory per kind: two kinds' files may have the same name.
      const dir = path.join(scratch, upload.kind);
      await fs.promises.mkdir(dir);
      files[upload.kind] = path.join(dir, path.basename(upload.fileName));
      await deps.uploads.writeToFile(upload.id, files[upload.kind]!);
    }
    const outcome = await deps.imports.execute(jobId, { files, quarantine: params.quarantine }, (p) => progress({ ...p, progress: p.progress * importShare }));
    const result = importJobResult(outcome);
    if (!outcome.ok) throw new JobFailure(outcome.failure ?? 'nothing was imported', result);
    if (!params.refresh) return result;

    const months = [...new Set(outcome.files.flatMap((f) => f.months ?? []))].sort();
    const refreshed: RefreshedMonth[] = [];
    for (const [i, month] of months.entries()) {
      try {
        const { members } = await deps.engine.refresh(month, (p) =>
          progress({ phase: `refreshing ${month}: ${p.phase}`, progress: importShare + ((1 - importShare) * (i + p.step / p.steps)) / months.length }),
        );
        refreshed.push({ month, members });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new JobFailure(`imported, but refreshing ${month} failed: ${message}`, { ...result, refreshed });
      }
    }
    return { ...result, refreshed };
  } finally {
    await fs.promises.rm(scratch, { recursive: true, force: true });
  }
}
