import { plainIdentifier } from './sql';

/**
 * The `up` statements of the job and upload tables in a service's own schema, for the
 * service's own TypeORM migration (`for (const sql of jobTablesSql('campaigns')) await q.query(sql)`).
 * Plain DDL that the schema's owner may run: no extension (gen_random_uuid is built in
 * since PostgreSQL 13), nothing outside the schema.
 *
 * Uploads are kept as rows of ≤ 1 MiB in `upload_chunk`, keyed by their byte offset,
 * rather than as large objects: the rows live in the service's schema (large objects
 * live in the database-wide pg_largeobject, outside the schema, its owner and its
 * dumps), go with their upload by ON DELETE CASCADE (a large object needs lo_unlink, or
 * it leaks), and an ordered append is a plain INSERT guarded by the upload row. The
 * chunks are stored uncompressed (STORAGE EXTERNAL): they live a day at most, and an
 * .xlsx is a zip already.
 */
export function jobTablesSql(schema: string): string[] {
  const s = plainIdentifier(schema, 'schema');
  return [
    `CREATE TABLE ${s}.job (
      id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind            text NOT NULL,
      status          text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED','RUNNING','SUCCEEDED','FAILED')),
      phase           text NOT NULL DEFAULT 'queued',
      progress        real NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 1),
      rows_done       bigint NOT NULL DEFAULT 0,
      rows_total      bigint,
      params          jsonb NOT NULL DEFAULT '{}',
      result          jsonb,
      error           text,
      idempotency_key text,
      created_by      text NOT NULL,
      created_at      timestamptz NOT NULL DEFAULT now(),
      started_at      timestamptz,
      finished_at     timestamptz
    )`,
    ...jobIdempotencySql(s),
    `CREATE INDEX job_created_at_idx ON ${s}.job (created_at DESC)`,
    ...uploadTableSql(s),
    ...uploadChunkTableSql(s),
  ];
}

/** The unique (created_by, idempotency_key) index (keys are per user; rows without a key never collide). */
export function jobIdempotencySql(schema: string): string[] {
  const s = plainIdentifier(schema, 'schema');
  return [`CREATE UNIQUE INDEX job_idempotency_key_idx ON ${s}.job (created_by, idempotency_key)`];
}

/** The upload table: one row per upload, `job_id` set once a job has taken it. */
function uploadTableSql(s: string): string[] {
  return [
    `CREATE TABLE ${s}.upload (
      id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind       text NOT NULL,
      file_name  text NOT NULL,
      size_bytes bigint NOT NULL CHECK (size_bytes > 0),
      received   bigint NOT NULL DEFAULT 0,
      job_id     uuid REFERENCES ${s}.job (id) ON DELETE CASCADE,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (received BETWEEN 0 AND size_bytes)
    )`,
    ...uploadIndexesSql(s),
  ];
}

/** Indexes of the upload table: the quota sums a user's uploads, cleanup finds a job's. */
export function uploadIndexesSql(schema: string): string[] {
  const s = plainIdentifier(schema, 'schema');
  return [`CREATE INDEX upload_created_by_idx ON ${s}.upload (created_by)`, `CREATE INDEX upload_job_idx ON ${s}.upload (job_id)`];
}

/** The chunks of the uploads, in byte order. */
export function uploadChunkTableSql(schema: string): string[] {
  const s = plainIdentifier(schema, 'schema');
  return [
    `CREATE TABLE ${s}.upload_chunk (
      upload_id    uuid NOT NULL REFERENCES ${s}.upload (id) ON DELETE CASCADE,
      offset_bytes bigint NOT NULL CHECK (offset_bytes >= 0),
      bytes        bytea NOT NULL,
      PRIMARY KEY (upload_id, offset_bytes)
    )`,
    `ALTER TABLE ${s}.upload_chunk ALTER COLUMN bytes SET STORAGE EXTERNAL`,
  ];
}

/** The `down` statements of jobTablesSql. */
export function dropJobTablesSql(schema: string): string[] {
  const s = plainIdentifier(schema, 'schema');
  return [`DROP TABLE ${s}.upload_chunk`, `DROP TABLE ${s}.upload`, `DROP TABLE ${s}.job`];
}
