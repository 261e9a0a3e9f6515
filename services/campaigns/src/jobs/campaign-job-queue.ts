import type { DataSource } from 'typeorm';
import type { ServiceRuntime } from '@retention/graphql-kit';
import { JobQueue, type JobStore, type UploadStore } from '@retention/jobs';
import { CAMPAIGNS_SCHEMA } from '../data-source';
import { importDoNotContact, type DncImportParams } from '../dnc/dnc-import';
import { buildTargetLists, type BuildParams } from '../lists/list-builder';

export type CampaignJobKind = 'LIST_BUILD' | 'DNC_IMPORT';

/** List builds one user may have queued or running at a time: a user cannot take the workers from everyone else. */
export const LIST_BUILDS_PER_USER = 3;

/**
 * The campaigns service's background work on the shared JobQueue (pg-boss in
 * campaigns_boss, status and progress in campaigns.job): target list builds and
 * do-not-contact imports. Neither is retried automatically.
 */
export class CampaignJobQueue {
  private constructor(private readonly queue: JobQueue<CampaignJobKind>) {}

  static create(dataSource: DataSource, databaseUrl: string): CampaignJobQueue {
    const queue = JobQueue.create<CampaignJobKind>({ service: 'campaigns', schema: CAMPAIGNS_SCHEMA, dataSource, databaseUrl });
    queue.register<BuildParams>('LIST_BUILD', async (jobId, params, progress) => {
      try {
        return { lists: await buildTargetLists(dataSource, params, progress) };
      } catch (error) {
        await dataSource.query(`UPDATE campaigns.target_list SET status = CASE WHEN dispatched_at IS NULL THEN CASE WHEN builds = 0 THEN 'FAILED' ELSE 'BUILT' END ELSE 'DISPATCHED' END WHERE job_id = $1`, [jobId]);
        throw error;
      }
    });
    queue.register<DncImportParams>('DNC_IMPORT', (jobId, params, progress) => importDoNotContact(dataSource, queue.uploads, jobId, params, progress));
    return new CampaignJobQueue(queue);
  }

  static async start(dataSource: DataSource, databaseUrl: string): Promise<ServiceRuntime<CampaignJobQueue>> {
    const runtime = CampaignJobQueue.create(dataSource, databaseUrl);
    await runtime.queue.start();
    return { runtime, stop: () => runtime.queue.stop() };
  }

  get jobs(): JobStore<CampaignJobKind> {
    return this.queue.jobs;
  }

  get uploads(): UploadStore {
    return this.queue.uploads;
  }

  enqueueBuild(params: BuildParams, createdBy: string, idempotencyKey: string | null): Promise<string> {
    return this.queue.enqueue('LIST_BUILD', { ...params }, createdBy, { idempotencyKey, maxUnfinishedPerUser: LIST_BUILDS_PER_USER });
  }

  enqueueDncImport(params: DncImportParams, createdBy: string): Promise<string> {
    return this.queue.enqueue('DNC_IMPORT', { ...params }, createdBy, { uploadIds: [params.uploadId], idempotencyKey: `dnc-import:${params.uploadId}` });
  }

  /** Runs a job in this process now (tests and the demo seed). */
  run(kind: CampaignJobKind, jobId: string): Promise<void> {
    return this.queue.runMessage(kind, jobId);
  }
}
