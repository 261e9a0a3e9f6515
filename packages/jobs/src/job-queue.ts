import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import { plainIdentifier } from './sql';
import { JobStore, type CreateJobOptions, type JobParams, type JobProgress, type JobRecord, type JobResult } from './job-store';
import { throttle } from './throttle';
import { UploadStore, type UploadStoreOptions } from './upload-store';

/** What a handler reports while it runs; the queue writes it to the job row at most every `progressIntervalMs`. */
export type ProgressReporter = (progress: JobProgress) => void;

/**
 * The work of one job kind. It gets the job's id, its params and a progress reporter;
 * what it returns becomes the job's result (SUCCEEDED); what it throws fails the job
 * (FAILED, with the error's message; throw a JobFailure to keep a result as well).
 *
 * Handlers must be idempotent: the queue runs a job at most until it has finished —
 * a message delivered again for a job that is already SUCCEEDED (or FAILED) is
 * acknowledged without running the handler, so the job keeps its first result — but a
 * job whose worker died mid-way may be run again from the start when its kind allows
 * retries. So a handler either commits its effect in one transaction, or can redo it.
 */
export type JobHandler<Params extends object = JobParams> = (
  jobId: string,
  params: Params,
  progress: ProgressReporter,
  job: JobRecord,
) => Promise<JobResult | void>;

export interface JobKindOptions {
  /**
   * Deliveries after a failure (pg-boss retryLimit). 0 (the default) for work that must
   * not silently run twice, such as an import: a failed job stays FAILED and is started
   * again only by the user. A handler that can safely redo its work may opt in.
   */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A running job whose worker has not finished it after this long is given up by pg-boss. */
  expireInSeconds?: number;
}

/** Fails a job with a message and still records a result (e.g. the per-file figures of a rejected import). */
export class JobFailure extends Error {
  constructor(
    message: string,
    readonly result: JobResult | null = null,
  ) {
    super(message);
    this.name = 'JobFailure';
  }
}

export interface JobQueueOptions {
  /** The service's name: the queue names are `<service>-<kind>` (kinds lower-cased). */
  service: string;
  dataSource: DataSource;
  /** Where pg-boss connects (the service's own role). */
  databaseUrl: string;
  /** The schema of the job and upload tables; defaults to the service's name. */
  schema?: string;
  /** The pg-boss schema; defaults to `<service>_boss`. */
  bossSchema?: string;
  uploads?: UploadStoreOptions;
  /** How often a handler's progress is written (default 300 ms). */
  progressIntervalMs?: number;
  /** How often abandoned uploads are swept (default hourly; 0: never, e.g. in a CLI). */
  sweepIntervalMs?: number;
  log?: (message: string) => void;
}

interface JobMessage {
  jobId: string;
}

/**
 * A service's background work on pg-boss, in the same PostgreSQL (schema `<service>_boss`).
 * Our own `<schema>.job` row carries status and progress for the UI; pg-boss only hands
 * the work to a worker. The queue records start, progress, success and failure on the
 * row, deletes the uploads a job consumed once it has finished, and sweeps abandoned
 * uploads (older than a day) on a timer.
 */
export class JobQueue<Kind extends string = string> {
  readonly jobs: JobStore<Kind>;
  readonly uploads: UploadStore;
  private readonly handlers = new Map<Kind, { handler: JobHandler; options: JobKindOptions }>();
  private sweepTimer: NodeJS.Timeout | null = null;
  private started = false;

  private constructor(
    private readonly boss: PgBoss,
    private readonly options: JobQueueOptions,
  ) {
    const schema = options.schema ?? options.service;
    this.jobs = new JobStore<Kind>(options.dataSource, schema);
    this.uploads = new UploadStore(options.dataSource, schema, options.uploads);
  }

  /** A queue that is not started yet: register the handlers, then `start()`. */
  static create<Kind extends string>(options: JobQueueOptions): JobQueue<Kind> {
    const service = plainIdentifier(options.service, 'service');
    const bossSchema = plainIdentifier(options.bossSchema ?? `${service}_boss`, 'bossSchema');
    // schedule: false — no cron; the upload sweep is a timer (running it on every instance is harmless).
    const boss = new PgBoss({ connectionString: options.databaseUrl, schema: bossSchema, max: 3, supervise: true, schedule: false });
    const queue = new JobQueue<Kind>(boss, options);
    boss.on('error', (error: Error) => queue.log(`job queue: ${error.message}`));
    return queue;
  }

  queueName(kind: Kind): string {
    return `${this.options.service}-${kind.toLowerCase().replace(/_/g, '-')}`;
  }

  /** Registers the work of one kind (before start). */
  register<Params extends object>(kind: Kind, handler: JobHandler<Params>, options: JobKindOptions = {}): this {
    if (this.started) throw new Error(`register ${kind}: the queue is already started`);
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(kind)) throw new Error(`kind: not a plain name: ${JSON.stringify(kind)}`);
    this.handlers.set(kind, { handler: handler as unknown as JobHandler, options });
    return this;
  }

  async start(): Promise<this> {
    this.started = true;
    await this.boss.start();
    for (const [kind, { options }] of this.handlers) {
      const name = this.queueName(kind);
      const queueOptions = {
        retryLimit: options.retryLimit ?? 0,
        retryDelay: options.retryDelaySeconds ?? 0,
        expireInSeconds: options.expireInSeconds ?? 3600,
      };
      // createQueue keeps an existing queue's settings: bring them up to date.
      if (await this.boss.getQueue(name)) await this.boss.updateQueue(name, queueOptions);
      else await this.boss.createQueue(name, queueOptions);
      await this.boss.work<JobMessage>(name, { pollingIntervalSeconds: 0.5, includeMetadata: true }, async ([message]) => {
        await this.runMessage(kind, message.data.jobId, message.retryCount < message.retryLimit);
      });
    }
    const every = this.options.sweepIntervalMs ?? 3600_000;
    if (every > 0) {
      const sweep = () => void this.uploads.sweep().catch((error: Error) => this.log(`upload sweep: ${error.message}`));
      sweep();
      this.sweepTimer = setInterval(sweep, every);
      this.sweepTimer.unref();
    }
    return this;
  }

  async stop(): Promise<void> {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    this.sweepTimer = null;
    await this.boss.stop({ graceful: true, timeout: 10000 });
  }

  /**
   * Creates a job and hands it to a worker. With an idempotency key already used by the
   * same user, returns that first job (and sends nothing new: the pg-boss message has the
   * job's id, so sending it again is a no-op). `uploadIds` are taken by the job (they
   * must be complete and not taken yet) and deleted when it has finished.
   */
  async enqueue(kind: Kind, params: JobParams, createdBy: string, options: CreateJobOptions & { uploadIds?: string[] } = {}): Promise<string> {
    if (!this.handlers.has(kind)) throw new Error(`enqueue ${kind}: no handler registered`);
    const { id } = await this.options.dataSource.transaction(async (tx) => {
      const job = await this.jobs.createOnce(kind, params, createdBy, options, tx);
      // In the same transaction: uploads that cannot be taken leave no job behind.
      if (job.created && options.uploadIds?.length) await this.uploads.claim(options.uploadIds, job.id, tx);
      return job;
    });
    // pg-boss inserts with ON CONFLICT DO NOTHING on the id: a second send (the same key again) adds nothing.
    await this.boss.send(this.queueName(kind), { jobId: id } satisfies JobMessage, { id });
    return id;
  }

  /** Runs one job now, in this process (what a worker does with a message; also for tests and tools). */
  async runMessage(kind: Kind, jobId: string, willRetry = false): Promise<void> {
    const registered = this.handlers.get(kind);
    if (!registered) throw new Error(`no handler for ${kind}`);
    const job = await this.jobs.find(jobId);
    if (!job) {
      this.log(`job ${jobId} (${kind}) is gone: nothing to run`);
      return;
    }
    // A finished job is never run again: a redelivered message gets the first outcome.
    if (!(await this.jobs.start(jobId))) return;
    const progress = throttle<JobProgress>((p) => this.jobs.progress(jobId, p), this.options.progressIntervalMs ?? 300);
    try {
      const result = await registered.handler(jobId, job.params, (p) => progress.push(p), job);
      await progress.flush();
      await this.jobs.succeed(jobId, result ?? {});
    } catch (error) {
      await progress.flush().catch(() => undefined);
      const message = error instanceof Error ? error.message : String(error);
      if (willRetry) {
        // Stays RUNNING; pg-boss delivers the message again.
        await this.jobs.progress(jobId, { phase: `retrying: ${message}`, progress: 0 });
        throw error;
      }
      await this.jobs.fail(jobId, message, error instanceof JobFailure ? error.result : null);
    }
    await this.uploads.deleteForJob(jobId).catch((error: Error) => this.log(`uploads of job ${jobId}: ${error.message}`));
  }

  private log(message: string): void {
    (this.options.log ?? console.error)(`${this.options.service} ${message}`);
  }
}
