import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Files uploaded from the browser in chunks, waiting to be imported. */
export class CreateUpload1763800700000 implements MigrationInterface {
  name = 'CreateUpload1763800700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE segments.upload (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind       text NOT NULL CHECK (kind IN ('subscribers','usage','offers')),
        file_name  text NOT NULL,
        path       text NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes > 0),
        received   bigint NOT NULL DEFAULT 0,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE segments.upload');
  }
}
