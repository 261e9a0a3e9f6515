import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Photo cohorts (拍照客户): a segment's members frozen at a base month, with base-month facts. */
export class CreateCohort1763800600000 implements MigrationInterface {
  name = 'CreateCohort1763800600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE segments.cohort (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name          text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 60),
        segment_key   text,
        definition_id uuid REFERENCES segments.segment_definition (id) ON DELETE SET NULL,
        base_month    date NOT NULL,
        members       int NOT NULL DEFAULT 0,
        created_by    text NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        -- one of the two; a deleted saved segment leaves its cohorts standing
        CHECK (segment_key IS NULL OR definition_id IS NULL)
      )`);
    await q.query(`
      CREATE TABLE segments.cohort_member (
        cohort_id            uuid NOT NULL REFERENCES segments.cohort (id) ON DELETE CASCADE,
        subscriber_id        text NOT NULL,
        branch_code          text NOT NULL,
        vnet_member          boolean NOT NULL,
        measure_gotone       boolean NOT NULL,
        measure_group        boolean NOT NULL,
        measure_family       boolean NOT NULL,
        measure_deposit_gift boolean NOT NULL,
        measure_terminal     boolean NOT NULL,
        measures             smallint NOT NULL,
        PRIMARY KEY (cohort_id, subscriber_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE segments.cohort_member');
    await q.query('DROP TABLE segments.cohort');
  }
}
