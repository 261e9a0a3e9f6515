import type { DataSource } from 'typeorm';
import type { ServiceRuntime } from '@retention/graphql-kit';
import { JobQueue, type UploadStore } from '@retention/jobs';
import { SEGMENTS_SCHEMA } from '../data-source';
import { SegmentEngineService } from '../engine/segment-engine.service';
import { ImportService } from '../import/import.service';
import type { JobKind } from './job.service';
import { importJob, refreshJob, type ImportParams, type ImportUpload, type RefreshParams } from './segment-jobs';

/**
 * The segments service's background work: its two kinds of job, IMPORT and REFRESH,
 * registered on the shared JobQueue of @retention/jobs (pg-boss in schema segments_boss,
 * queues segments-import and segments-refresh; status and progress in segments.job).
 * Neither kind is retried automatically: a failed import is started again by the user.
 */
export class SegmentJobQueue {
  private constructor(private readonly queue: JobQueue<JobKind>) {}

  static async start(dataSource: DataSource, databaseUrl: string): Promise<ServiceRuntime<SegmentJobQueue>> {
    const queue = JobQueue.create<JobKind>({ service: 'segments', schema: SEGMENTS_SCHEMA, dataSource, databaseUrl });
    const engine = new SegmentEngineService(dataSource);
    const imports = new ImportService(dataSource);
    queue.register<RefreshParams>('REFRESH', (_jobId, params, progress) => refreshJob(engine, params, progress));
    queue.register<ImportParams>('IMPORT', (jobId, params, progress) => importJob({ imports, engine, uploads: queue.uploads }, jobId, params, progress));
    await queue.start();
    return { runtime: new SegmentJobQueue(queue), stop: () => queue.stop() };
  }

  /** Where browser uploads are kept (segments.upload, segments.upload_chunk). */
  get uploads(): UploadStore {
    return this.queue.uploads;
  }

  enqueueRefresh(month: string, createdBy: string): Promise<string> {
    return this.queue.enqueue('REFRESH', { month } satisfies RefreshParams, createdBy);
  }

  /**
   * Imports complete uploads (checked by the caller) in the background; the job takes
   * them, and they are deleted when it has finished. Asking again for the same uploads
   * (a retried request) returns the first job: the upload ids are the idempotency key.
   */
  enqueueImport(uploads: ImportUpload[], options: { quarantine: boolean; refresh: boolean }, createdBy: string): Promise<string> {
    const ids = uploads.map((u) => u.id);
    const params: ImportParams = { uploads, quarantine: options.quarantine, refresh: options.refresh };
    return this.queue.enqueue('IMPORT', { ...params }, createdBy, { uploadIds: ids, idempotencyKey: `import:${[...ids].sort().join(',')}` });
  }
}
