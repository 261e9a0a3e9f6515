import type { DataSource } from 'typeorm';

export type JobKind = 'IMPORT' | 'REFRESH';
export type JobStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';

export interface JobRecord {
  id: string;
  kind: JobKind;
  status: JobStatus;
  phase: string;
  progress: number;
  rowsDone: number;
  rowsTotal: number | null;
  params: Record<string, unknown>;
  result: Record<string, unknown> | null;
  error: string | null;
  createdBy: string;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface JobProgress {
  phase: string;
  progress: number;
  rowsDone?: number;
  rowsTotal?: number | null;
}

interface JobRow {
  id: string;
  kind: JobKind;
  status: JobStatus;
  phase: string;
  progress: number;
  rows_done: string;
  rows_total: string | null;
  params: Record<string, unknown>;
  result: Record<string, unknown> | null;
  error: string | null;
  created_by: string;
  created_at: Date;
  finished_at: Date | null;
}

function toRecord(row: JobRow): JobRecord {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    phase: row.phase,
    progress: row.progress,
    rowsDone: Number(row.rows_done),
    rowsTotal: row.rows_total === null ? null : Number(row.rows_total),
    params: row.params,
    result: row.result,
    error: row.error,
    createdBy: row.created_by,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

/**
 * Background jobs (imports, refreshes) and their progress. Progress is written through
 * the pool, outside the job's own transaction, so the UI and CLI see it move.
 */
export class JobService {
  constructor(private readonly dataSource: DataSource) {}

  async create(kind: JobKind, params: Record<string, unknown>, createdBy: string): Promise<string> {
    const [{ id }] = await this.dataSource.query(
      'INSERT INTO segments.job (kind, params, created_by) VALUES ($1, $2, $3) RETURNING id',
      [kind, params, createdBy],
    );
    return id;
  }

  async start(id: string): Promise<void> {
    await this.dataSource.query(
      "UPDATE segments.job SET status = 'RUNNING', phase = 'starting', started_at = now() WHERE id = $1",
      [id],
    );
  }

  async progress(id: string, p: JobProgress): Promise<void> {
    await this.dataSource.query(
      `UPDATE segments.job SET phase = $2, progress = least(1, greatest(0, $3::real)),
              rows_done = coalesce($4, rows_done), rows_total = coalesce($5, rows_total)
       WHERE id = $1 AND status = 'RUNNING'`,
      [id, p.phase, p.progress, p.rowsDone ?? null, p.rowsTotal ?? null],
    );
  }

  async succeed(id: string, result: Record<string, unknown>): Promise<void> {
    await this.dataSource.query(
      "UPDATE segments.job SET status = 'SUCCEEDED', phase = 'done', progress = 1, result = $2, finished_at = now() WHERE id = $1",
      [id, result],
    );
  }

  async fail(id: string, error: string, result: Record<string, unknown> | null = null): Promise<void> {
    await this.dataSource.query(
      "UPDATE segments.job SET status = 'FAILED', phase = 'failed', error = $2, result = $3, finished_at = now() WHERE id = $1",
      [id, error, result],
    );
  }

  async find(id: string): Promise<JobRecord | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const rows: JobRow[] = await this.dataSource.query('SELECT * FROM segments.job WHERE id = $1', [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async recent(limit = 20): Promise<JobRecord[]> {
    const rows: JobRow[] = await this.dataSource.query('SELECT * FROM segments.job ORDER BY created_at DESC LIMIT $1', [limit]);
    return rows.map(toRecord);
  }
}

/** Calls `write` at most every `ms` milliseconds (plus once at the end via flush). */
export function throttle<T>(write: (value: T) => Promise<void>, ms = 500): { push: (value: T) => void; flush: () => Promise<void> } {
  let last = 0;
  let pending: T | undefined;
  let chain = Promise.resolve();
  return {
    push(value: T) {
      pending = value;
      const now = Date.now();
      if (now - last < ms) return;
      last = now;
      const v = pending;
      pending = undefined;
      chain = chain.then(() => write(v)).catch(() => undefined);
    },
    async flush() {
      await chain;
      if (pending !== undefined) await write(pending);
      pending = undefined;
    },
  };
}
