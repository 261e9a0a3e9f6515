import type { DataSource } from 'typeorm';
import { isUuid, plainIdentifier, returnedRows, type QueryRunnerLike } from './sql';

export type JobStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
export const JOB_STATUSES: readonly JobStatus[] = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'];

export type JobParams = Record<string, unknown>;
export type JobResult = Record<string, unknown>;

export interface JobRecord<Kind extends string = string> {
  id: string;
  kind: Kind;
  status: JobStatus;
  phase: string;
  /** 0–1 */
  progress: number;
  rowsDone: number;
  rowsTotal: number | null;
  params: JobParams;
  result: JobResult | null;
  error: string | null;
  idempotencyKey: string | null;
  createdBy: string;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export interface JobProgress {
  phase: string;
  /** 0–1; clamped when written. */
  progress: number;
  rowsDone?: number;
  rowsTotal?: number | null;
}

export interface CreateJobOptions {
  /**
   * The caller's key for this request (e.g. one per click): creating a job again with
   * the same key and user returns the first job instead of a second one.
   */
  idempotencyKey?: string | null;
  /**
   * A per-user budget for expensive work (list builds): a new job is refused with
   * JobBudgetError while the user already has this many of this kind queued or running.
   * A repeat of an idempotency key is never refused: it creates nothing.
   */
  maxUnfinishedPerUser?: number;
}

/** The user already has as many unfinished jobs of this kind as the budget allows. */
export class JobBudgetError extends Error {
  constructor(readonly kind: string, readonly limit: number) {
    super(`at most ${limit} ${kind} jobs of one user may be queued or running at a time: wait for one to finish`);
  }
}

interface JobRow {
  id: string;
  kind: string;
  status: JobStatus;
  phase: string;
  progress: number;
  rows_done: string;
  rows_total: string | null;
  params: JobParams;
  result: JobResult | null;
  error: string | null;
  idempotency_key: string | null;
  created_by: string;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

function toRecord<Kind extends string>(row: JobRow): JobRecord<Kind> {
  return {
    id: row.id,
    kind: row.kind as Kind,
    status: row.status,
    phase: row.phase,
    progress: row.progress,
    rowsDone: Number(row.rows_done),
    rowsTotal: row.rows_total === null ? null : Number(row.rows_total),
    params: row.params,
    result: row.result,
    error: row.error,
    idempotencyKey: row.idempotency_key,
    createdBy: row.created_by,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/**
 * Background jobs of one service and their progress, in `<schema>.job` (created by the
 * service's migration with jobTablesSql). Progress is written through the pool, outside
 * any transaction of the job's own work, so the UI and CLI see it move.
 */
export class JobStore<Kind extends string = string> {
  private readonly table: string;

  constructor(
    private readonly dataSource: DataSource,
    readonly schema: string,
  ) {
    this.table = `${plainIdentifier(schema, 'schema')}.job`;
  }

  async create(kind: Kind, params: JobParams, createdBy: string, options: CreateJobOptions = {}): Promise<string> {
    return (await this.createOnce(kind, params, createdBy, options)).id;
  }

  /** As create, and says whether the job is new (false: an earlier job with the same idempotency key). */
  async createOnce(
    kind: Kind,
    params: JobParams,
    createdBy: string,
    options: CreateJobOptions = {},
    runner: QueryRunnerLike = this.dataSource,
  ): Promise<{ id: string; created: boolean }> {
    const key = options.idempotencyKey ?? null;
    if (key !== null && (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH)) {
      throw new Error(`idempotencyKey: 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`);
    }
    if (options.maxUnfinishedPerUser !== undefined) await this.checkBudget(kind, createdBy, key, options.maxUnfinishedPerUser, runner);
    const inserted = (await runner.query(
      `INSERT INTO ${this.table} (kind, params, created_by, idempotency_key) VALUES ($1, $2, $3, $4)
       ON CONFLICT (created_by, idempotency_key) DO NOTHING RETURNING id`,
      [kind, params, createdBy, key],
    )) as { id: string }[];
    if (inserted[0]) return { id: inserted[0].id, created: true };
    // The same key again: the first job (a concurrent first insert has committed, or we would have waited on it).
    const [first] = (await runner.query(`SELECT id FROM ${this.table} WHERE created_by = $1 AND idempotency_key = $2`, [createdBy, key])) as { id: string }[];
    return { id: first.id, created: false };
  }

  private async checkBudget(kind: Kind, createdBy: string, key: string | null, limit: number, runner: QueryRunnerLike): Promise<void> {
    // One user's creates in turn (until the transaction ends), so two at once cannot both pass the count.
    await runner.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${this.table}:${createdBy}`]);
    const [row] = (await runner.query(
      `SELECT count(*) FILTER (WHERE status IN ('QUEUED', 'RUNNING') AND kind = $2)::int AS unfinished,
              bool_or(idempotency_key = $3) AS repeat
       FROM ${this.table} WHERE created_by = $1`,
      [createdBy, kind, key],
    )) as { unfinished: number; repeat: boolean | null }[];
    if (!row.repeat && row.unfinished >= limit) throw new JobBudgetError(kind, limit);
  }

  /** QUEUED (or RUNNING again, after a redelivery) → RUNNING; false when the job is finished or missing. */
  async start(id: string): Promise<boolean> {
    const rows = returnedRows(await this.dataSource.query(
      `UPDATE ${this.table} SET status = 'RUNNING', phase = 'starting', started_at = coalesce(started_at, now())
       WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING id`,
      [id],
    ));
    return rows.length > 0;
  }

  async progress(id: string, p: JobProgress): Promise<void> {
    await this.dataSource.query(
      `UPDATE ${this.table} SET phase = $2, progress = least(1, greatest(0, $3::real)),
              rows_done = coalesce($4, rows_done), rows_total = coalesce($5, rows_total)
       WHERE id = $1 AND status = 'RUNNING'`,
      [id, p.phase, Number.isFinite(p.progress) ? p.progress : 0, p.rowsDone ?? null, p.rowsTotal ?? null],
    );
  }

  async succeed(id: string, result: JobResult): Promise<void> {
    await this.dataSource.query(
      `UPDATE ${this.table} SET status = 'SUCCEEDED', phase = 'done', progress = 1, result = $2, error = NULL, finished_at = now() WHERE id = $1`,
      [id, result],
    );
  }

  async fail(id: string, error: string, result: JobResult | null = null): Promise<void> {
    await this.dataSource.query(
      `UPDATE ${this.table} SET status = 'FAILED', phase = 'failed', error = $2, result = $3, finished_at = now() WHERE id = $1`,
      [id, error, result],
    );
  }

  async find(id: string): Promise<JobRecord<Kind> | null> {
    if (!isUuid(id)) return null;
    const rows: JobRow[] = await this.dataSource.query(`SELECT * FROM ${this.table} WHERE id = $1`, [id]);
    return rows[0] ? toRecord<Kind>(rows[0]) : null;
  }

  /** The latest jobs, newest first (of the given kinds, or all). */
  async recent(limit = 20, kinds: readonly Kind[] | null = null): Promise<JobRecord<Kind>[]> {
    const rows: JobRow[] = await this.dataSource.query(
      `SELECT * FROM ${this.table} WHERE ($2::text[] IS NULL OR kind = ANY ($2)) ORDER BY created_at DESC, id LIMIT $1`,
      [limit, kinds],
    );
    return rows.map((r) => toRecord<Kind>(r));
  }
}
