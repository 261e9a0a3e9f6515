import type { MigrationInterface, QueryRunner } from 'typeorm';
import { jobIdempotencySql, uploadChunkTableSql, uploadIndexesSql } from '@retention/jobs';

/**
 * segments.job and segments.upload in the shape of @retention/jobs (jobTablesSql), which
 * a new service creates in one go: jobs get an idempotency key, and uploads keep their
 * bytes in PostgreSQL (segments.upload_chunk) instead of files under .data/uploads.
 * Uploads in flight when this runs are dropped (their bytes are on a disk no worker
 * reads any more; they would have been swept within a day anyway) — the user uploads again.
 */
export class SharedJobsAndUploads1764800000000 implements MigrationInterface {
  name = 'SharedJobsAndUploads1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE segments.job ADD COLUMN idempotency_key text');
    for (const sql of jobIdempotencySql('segments')) await q.query(sql);
    await q.query('CREATE INDEX job_created_at_idx ON segments.job (created_at DESC)');

    await q.query('DELETE FROM segments.upload');
    await q.query('ALTER TABLE segments.upload DROP COLUMN path');
    await q.query('ALTER TABLE segments.upload ADD COLUMN job_id uuid REFERENCES segments.job (id) ON DELETE CASCADE');
    await q.query('ALTER TABLE segments.upload ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()');
    await q.query('ALTER TABLE segments.upload ADD CONSTRAINT upload_received_check CHECK (received BETWEEN 0 AND size_bytes)');
    for (const sql of [...uploadIndexesSql('segments'), ...uploadChunkTableSql('segments')]) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE segments.upload_chunk');
    await q.query('DELETE FROM segments.upload');
    await q.query('DROP INDEX segments.upload_job_idx');
    await q.query('DROP INDEX segments.upload_created_by_idx');
    await q.query('ALTER TABLE segments.upload DROP CONSTRAINT upload_received_check');
    await q.query('ALTER TABLE segments.upload DROP COLUMN updated_at');
    await q.query('ALTER TABLE segments.upload DROP COLUMN job_id');
    await q.query("ALTER TABLE segments.upload ADD COLUMN path text NOT NULL DEFAULT ''");
    await q.query('ALTER TABLE segments.upload ALTER COLUMN path DROP DEFAULT');
    await q.query('DROP INDEX segments.job_created_at_idx');
    await q.query('DROP INDEX segments.job_idempotency_key_idx');
    await q.query('ALTER TABLE segments.job DROP COLUMN idempotency_key');
  }
}
