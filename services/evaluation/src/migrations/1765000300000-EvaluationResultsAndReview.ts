import type { MigrationInterface, QueryRunner } from 'typeorm';
import { jobTablesSql } from '@retention/jobs';

/**
 * Post-evaluation (DOMAIN.md §6): the computed results per (campaign, branch, month) and
 * their breakdowns, kept with the fingerprint of the inputs they were computed from; the
 * report moves to one per (campaign, branch, evaluation month) with a review workflow
 * (frozen figures, versions, audit), shared good practice, and in-app notifications.
 */
export class EvaluationResultsAndReview1765000300000 implements MigrationInterface {
  name = 'EvaluationResultsAndReview1765000300000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of jobTablesSql('evaluation')) await q.query(sql);

    // One computation of a campaign at a month: every branch and the pool, all breakdowns.
    await q.query(`
      CREATE TABLE evaluation.result_run (
        campaign_id  uuid NOT NULL,
        month        date NOT NULL,
        fingerprint  text NOT NULL,
        start_month  date,
        after_months int NOT NULL,
        computed_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (campaign_id, month)
      )`);
    // Aggregates per group; the statistics (CI, p-value, power, ROI) are derived from them.
    // branch_code '' = the province-wide pool; dimension TOTAL has key ''.
    await q.query(`
      CREATE TABLE evaluation.result (
        campaign_id        uuid NOT NULL,
        month              date NOT NULL,
        branch_code        text NOT NULL,
        dimension          text NOT NULL CHECK (dimension IN ('TOTAL','STRATUM','TENURE_BAND','CHANNEL','MANAGER')),
        key                text NOT NULL,
        list_size          int NOT NULL,
        treated            int NOT NULL,
        control            int NOT NULL,
        churned_treated    int NOT NULL,
        churned_control    int NOT NULL,
        change_mean_t      double precision,
        change_var_t       double precision,
        change_mean_c      double precision,
        change_var_c       double precision,
        contacted          int NOT NULL,
        reached            int NOT NULL,
        accepted           int NOT NULL,
        complaints         int NOT NULL,
        valid_complaints   int NOT NULL,
        control_contacted  int NOT NULL,
        cost               numeric(14,2) NOT NULL,
        PRIMARY KEY (campaign_id, month, branch_code, dimension, key),
        FOREIGN KEY (campaign_id, month) REFERENCES evaluation.result_run ON DELETE CASCADE
      )`);

    // Reports: one per (campaign, branch, evaluation month); branch NULL = the province's own.
    await q.query('ALTER TABLE evaluation.evaluation_report DROP CONSTRAINT evaluation_report_campaign_id_branch_code_key');
    await q.query(`
      ALTER TABLE evaluation.evaluation_report
        ALTER COLUMN branch_code DROP NOT NULL,
        ADD COLUMN month            date,
        ADD COLUMN next_actions     text NOT NULL DEFAULT '',
        ADD COLUMN tags             text[] NOT NULL DEFAULT '{}',
        ADD COLUMN retention_classes text[] NOT NULL DEFAULT '{}',
        ADD COLUMN version          int NOT NULL DEFAULT 1,
        ADD COLUMN figures          jsonb,
        ADD COLUMN created_by       text NOT NULL DEFAULT 'system',
        ADD COLUMN created_at       timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN idempotency_key  text,
        ADD COLUMN submitted_at     timestamptz,
        ADD COLUMN submitted_by     text,
        ADD COLUMN reviewed_at      timestamptz,
        ADD COLUMN reviewed_by      text,
        ADD COLUMN shared_at        timestamptz,
        ADD COLUMN shared_by        text`);
    // Reports written before evaluation months existed belong to the month they were last edited in.
    await q.query(`UPDATE evaluation.evaluation_report SET month = date_trunc('month', updated_at)::date WHERE month IS NULL`);
    await q.query('ALTER TABLE evaluation.evaluation_report ALTER COLUMN month SET NOT NULL');
    await q.query(`CREATE UNIQUE INDEX evaluation_report_key ON evaluation.evaluation_report (campaign_id, coalesce(branch_code, ''), month)`);
    await q.query('CREATE UNIQUE INDEX evaluation_report_idempotency ON evaluation.evaluation_report (created_by, idempotency_key)');
    await q.query(`CREATE INDEX evaluation_report_status_idx ON evaluation.evaluation_report (status, updated_at DESC)`);
    await q.query('CREATE INDEX evaluation_report_shared_idx ON evaluation.evaluation_report (shared_at DESC) WHERE shared_practice');

    await q.query(`
      CREATE TABLE evaluation.report_audit (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        report_id   uuid NOT NULL REFERENCES evaluation.evaluation_report (id) ON DELETE CASCADE,
        actor_id    text NOT NULL,
        actor_name  text NOT NULL,
        at          timestamptz NOT NULL DEFAULT now(),
        action      text NOT NULL,
        from_status text,
        to_status   text,
        version     int NOT NULL,
        comment     text
      )`);
    await q.query('CREATE INDEX report_audit_report_idx ON evaluation.report_audit (report_id, at)');

    // Notifications: to the province (audience PROVINCE) or to one branch's planners.
    await q.query(`
      CREATE TABLE evaluation.notification (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        audience    text NOT NULL CHECK (audience IN ('PROVINCE','BRANCH')),
        branch_code text,
        report_id   uuid NOT NULL REFERENCES evaluation.evaluation_report (id) ON DELETE CASCADE,
        kind        text NOT NULL CHECK (kind IN ('SUBMITTED','RETURNED','ACCEPTED','SHARED')),
        comment     text,
        actor_name  text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        CHECK ((audience = 'BRANCH') = (branch_code IS NOT NULL))
      )`);
    await q.query('CREATE INDEX notification_audience_idx ON evaluation.notification (audience, branch_code, created_at DESC)');
    await q.query(`
      CREATE TABLE evaluation.notification_read (
        notification_id uuid NOT NULL REFERENCES evaluation.notification (id) ON DELETE CASCADE,
        user_id         text NOT NULL,
        read_at         timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, notification_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['notification_read', 'notification', 'report_audit']) await q.query(`DROP TABLE evaluation.${t}`);
    await q.query('DROP INDEX evaluation.evaluation_report_key');
    await q.query('DROP INDEX evaluation.evaluation_report_idempotency');
    await q.query('DROP INDEX evaluation.evaluation_report_status_idx');
    await q.query('DROP INDEX evaluation.evaluation_report_shared_idx');
    await q.query(`
      ALTER TABLE evaluation.evaluation_report
        DROP COLUMN month, DROP COLUMN next_actions, DROP COLUMN tags, DROP COLUMN retention_classes, DROP COLUMN version,
        DROP COLUMN figures, DROP COLUMN created_by, DROP COLUMN created_at, DROP COLUMN idempotency_key,
        DROP COLUMN submitted_at, DROP COLUMN submitted_by, DROP COLUMN reviewed_at, DROP COLUMN reviewed_by,
        DROP COLUMN shared_at, DROP COLUMN shared_by`);
    await q.query(`DELETE FROM evaluation.evaluation_report WHERE branch_code IS NULL`);
    await q.query('ALTER TABLE evaluation.evaluation_report ALTER COLUMN branch_code SET NOT NULL, ADD UNIQUE (campaign_id, branch_code)');
    for (const t of ['result', 'result_run', 'upload_chunk', 'upload', 'job']) await q.query(`DROP TABLE evaluation.${t}`);
  }
}
