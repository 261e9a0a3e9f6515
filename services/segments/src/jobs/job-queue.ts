import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { ServiceRuntime } from '@retention/graphql-kit';
import { SegmentEngineService } from '../engine/segment-engine.service';
import { ImportService, type ImportRequest } from '../import/import.service';
import { JobService, throttle, type JobProgress } from './job.service';

const REFRESH_QUEUE = 'segments-refresh';
const IMPORT_QUEUE = 'segments-import';

interface RefreshMessage {
  jobId: string;
  month: string;
}

interface ImportMessage {
  jobId: string;
  request: ImportRequest;
}

/**
 * Background work of the segments service on pg-boss (in the same PostgreSQL, schema
 * segments_boss). Our own segments.job row carries status and progress for the UI;
 * pg-boss only hands the work to a worker, once (no automatic retries of an import).
 */
export class SegmentJobQueue {
  private constructor(
    private readonly boss: PgBoss,
    private readonly jobs: JobService,
  ) {}

  static async start(dataSource: DataSource, databaseUrl: string): Promise<ServiceRuntime<SegmentJobQueue>> {
    const boss = new PgBoss({ connectionString: databaseUrl, schema: 'segments_boss', max: 3, supervise: true, schedule: false });
    boss.on('error', (error) => console.error('segments job queue:', error.message));
    await boss.start();
    for (const queue of [REFRESH_QUEUE, IMPORT_QUEUE]) {
      await boss.createQueue(queue, { retryLimit: 0, expireInSeconds: 3600 });
    }
    const jobs = new JobService(dataSource);
    const engine = new SegmentEngineService(dataSource);
    const imports = new ImportService(dataSource);

    await boss.work<RefreshMessage>(REFRESH_QUEUE, { pollingIntervalSeconds: 0.5 }, async ([message]) => {
      const { jobId, month } = message.data;
      await jobs.start(jobId);
      const progress = throttle<JobProgress>((p) => jobs.progress(jobId, p), 300);
      try {
        const result = await engine.refresh(month, (p) => progress.push({ phase: p.phase, progress: p.step / p.steps }));
        await progress.flush();
        await jobs.succeed(jobId, { month, members: result.members });
      } catch (error) {
        await progress.flush();
        await jobs.fail(jobId, error instanceof Error ? error.message : String(error));
      }
    });
    await boss.work<ImportMessage>(IMPORT_QUEUE, { pollingIntervalSeconds: 0.5 }, async ([message]) => {
      const { jobId, request } = message.data;
      // ImportService records success, row errors and failures on the job itself.
      await imports.run(jobId, request).catch(() => undefined);
    });
    return { runtime: new SegmentJobQueue(boss, jobs), stop: () => boss.stop({ graceful: true, timeout: 10000 }) };
  }

  async enqueueRefresh(month: string, createdBy: string): Promise<string> {
    const jobId = await this.jobs.create('REFRESH', { month }, createdBy);
    await this.boss.send(REFRESH_QUEUE, { jobId, month } satisfies RefreshMessage);
    return jobId;
  }

  async enqueueImport(request: ImportRequest, createdBy: string): Promise<string> {
    const jobId = await this.jobs.create('IMPORT', { files: request.files, quarantine: request.quarantine }, createdBy);
    await this.boss.send(IMPORT_QUEUE, { jobId, request } satisfies ImportMessage);
    return jobId;
  }
}
