import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A branch's post-evaluation report per campaign (DOMAIN.md §6); figures are computed, text is written. */
export class CreateEvaluationReport1763800300000 implements MigrationInterface {
  name = 'CreateEvaluationReport1763800300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE evaluation.evaluation_report (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id      uuid NOT NULL,
        branch_code      text NOT NULL,
        status           text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','SUBMITTED','RETURNED','ACCEPTED')),
        what_worked      text NOT NULL DEFAULT '',
        problems         text NOT NULL DEFAULT '',
        customer_feedback text NOT NULL DEFAULT '',
        suggestions      text NOT NULL DEFAULT '',
        reviewer_comment text,
        shared_practice  boolean NOT NULL DEFAULT false,
        updated_at       timestamptz NOT NULL DEFAULT now(),
        UNIQUE (campaign_id, branch_code)
      )`);
    await q.query('CREATE INDEX evaluation_report_branch_idx ON evaluation.evaluation_report (branch_code)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE evaluation.evaluation_report');
  }
}
