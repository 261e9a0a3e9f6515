import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { ServiceRuntime } from '@retention/graphql-kit';
import { JobQueue } from '@retention/jobs';
import { EVALUATION_SCHEMA } from '../data-source';
import { BRANCH_VISIBLE_STATUSES, toCampaignInfo } from '../results/campaign-info';
import { ResultStore } from '../results/result-store.service';

export type EvaluationJobKind = 'RECOMPUTE';

export interface RecomputeParams {
  campaignId: string;
  month: string;
}

/** The user id the watcher's jobs are created by. */
const SYSTEM = 'system';

/**
 * The evaluation service's background work (pg-boss in evaluation_boss, queue
 * `evaluation-recompute`, status in evaluation.job): a watcher looks every
 * EVALUATION_WATCH_INTERVAL_MS (default 60 s; 0 = never) for campaigns whose stored
 * results at the latest loaded month no longer match their inputs (a month loaded,
 * contacts recorded, the list topped up) and queues their recomputation, once per
 * fingerprint (the idempotency key). Reads never depend on it: a stale run is
 * recomputed on read; the job keeps the common reads fast.
 */
export class EvaluationJobQueue {
  private timer: NodeJS.Timeout | null = null;
  private readonly store: ResultStore;

  private constructor(
    private readonly queue: JobQueue<EvaluationJobKind>,
    private readonly dataSource: DataSource,
  ) {
    this.store = new ResultStore(dataSource);
  }

  static async start(dataSource: DataSource, databaseUrl: string, intervalMs = watchInterval()): Promise<ServiceRuntime<EvaluationJobQueue>> {
    const queue = JobQueue.create<EvaluationJobKind>({ service: 'evaluation', schema: EVALUATION_SCHEMA, dataSource, databaseUrl, sweepIntervalMs: 0 });
    const runtime = new EvaluationJobQueue(queue, dataSource);
    // Recomputing is idempotent (one transaction, same inputs → same rows): retries are safe.
    queue.register<RecomputeParams>('RECOMPUTE', (_jobId, params) => runtime.recompute(params), { retryLimit: 2, retryDelaySeconds: 5 });
    await queue.start();
    if (intervalMs > 0) {
      const tick = () => void runtime.watchOnce().catch((error: Error) => console.error(`evaluation watcher: ${error.message}`));
      runtime.timer = setInterval(tick, intervalMs);
      runtime.timer.unref();
      setTimeout(tick, Math.min(intervalMs, 5000)).unref();
    }
    return {
      runtime,
      stop: async () => {
        if (runtime.timer) clearInterval(runtime.timer);
        await queue.stop();
      },
    };
  }

  /** Queues a recomputation of every campaign whose latest-month results are stale; returns the job ids. */
  async watchOnce(): Promise<string[]> {
    const month = await this.store.latestLoadedMonth();
    if (!month) return [];
    const campaigns = await this.dataSource.query(
      `SELECT c.campaign_id FROM campaigns_api.campaign_v1 c WHERE c.status = ANY ($1::text[]) ORDER BY c.campaign_id`,
      [BRANCH_VISIBLE_STATUSES],
    );
    const jobs: string[] = [];
    for (const { campaign_id: campaignId } of campaigns as { campaign_id: string }[]) {
      const fingerprint = await this.store.fingerprint(campaignId);
      const [stored] = await this.dataSource.query('SELECT fingerprint FROM evaluation.result_run WHERE campaign_id = $1::uuid AND month = $2::date', [
        campaignId,
        `${month}-01`,
      ]);
      if (stored?.fingerprint === fingerprint) continue;
      const key = `recompute:${campaignId}:${month}:${createHash('md5').update(fingerprint).digest('hex')}`;
      jobs.push(await this.queue.enqueue('RECOMPUTE', { campaignId, month } satisfies RecomputeParams, SYSTEM, { idempotencyKey: key }));
    }
    return jobs;
  }

  async recompute(params: RecomputeParams): Promise<{ campaignId: string; month: string; fresh: boolean }> {
    const [row] = await this.dataSource.query(
      `SELECT campaign_id, name, kind, level, status, owner_branch_code, executing_branches, start_month, target_churn_reduction
       FROM campaigns_api.campaign_v1 WHERE campaign_id = $1::uuid`,
      [params.campaignId],
    );
    if (!row) return { campaignId: params.campaignId, month: params.month, fresh: false };
    await this.store.recompute(toCampaignInfo(row), params.month);
    return { campaignId: params.campaignId, month: params.month, fresh: true };
  }

  get jobs(): JobQueue<EvaluationJobKind>['jobs'] {
    return this.queue.jobs;
  }
}

function watchInterval(): number {
  const raw = process.env.EVALUATION_WATCH_INTERVAL_MS;
  if (raw === undefined || raw === '') return 60_000;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : 60_000;
}
