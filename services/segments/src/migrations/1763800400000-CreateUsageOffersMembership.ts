import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monthly usage (range-partitioned by month; partitions are created when a month is
 * first loaded), offers, the per-month membership snapshot the segment engine writes,
 * its per-branch counts, and import/refresh jobs with their error reports.
 * Months are stored as the first day of the month (date).
 */
export class CreateUsageOffersMembership1763800400000 implements MigrationInterface {
  name = 'CreateUsageOffersMembership1763800400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE segments.usage (
        subscriber_id     text NOT NULL,
        month             date NOT NULL,
        bill_amount       numeric(12,2) NOT NULL,
        outgoing_mou      int NOT NULL,
        long_distance_mou int NOT NULL,
        roaming_mou       int NOT NULL,
        data_mb           int NOT NULL,
        balance           numeric(12,2) NOT NULL,
        arrears_months    int NOT NULL,
        status            text NOT NULL,
        services          text[] NOT NULL DEFAULT '{}',
        PRIMARY KEY (subscriber_id, month)
      ) PARTITION BY RANGE (month)`);

    await q.query(`
      CREATE TABLE segments.offer (
        subscriber_id text NOT NULL,
        kind          text NOT NULL CHECK (kind IN ('DEPOSIT_GIFT','TERMINAL')),
        tier          text NOT NULL,
        start_month   date NOT NULL,
        months        int  NOT NULL CHECK (months >= 1),
        cost          numeric(12,2) NOT NULL,
        PRIMARY KEY (subscriber_id, kind, tier, start_month)
      )`);
    await q.query('CREATE INDEX offer_coverage_idx ON segments.offer (start_month, kind)');

    await q.query(`
      CREATE TABLE segments.membership (
        month                date NOT NULL,
        subscriber_id        text NOT NULL,
        branch_code          text NOT NULL,
        arpu                 numeric(12,2) NOT NULL,
        avg_arpu             numeric(12,2) NOT NULL,
        mou                  int NOT NULL,
        mid_high_end         boolean NOT NULL,
        dynamic_mid_high_end boolean NOT NULL,
        near_mid_high_end    boolean NOT NULL,
        retention_class      text CHECK (retention_class IN ('CHURN_RISK','IMPORTANT','ORDINARY','IRREGULAR')),
        tenure_months        int NOT NULL,
        tenure_band          text NOT NULL CHECK (tenure_band IN ('LT_6M','6_12M','1_3Y','3_5Y','GE_5Y')),
        measure_gotone       boolean NOT NULL,
        measure_group        boolean NOT NULL,
        measure_family       boolean NOT NULL,
        measure_deposit_gift boolean NOT NULL,
        measure_terminal     boolean NOT NULL,
        measures             smallint NOT NULL,
        PRIMARY KEY (month, subscriber_id)
      ) PARTITION BY RANGE (month)`);

    await q.query(`
      CREATE TABLE segments.segment_count (
        month       date NOT NULL,
        branch_code text NOT NULL,
        segment_key text NOT NULL,
        count       int  NOT NULL,
        PRIMARY KEY (month, segment_key, branch_code)
      )`);

    await q.query(`
      CREATE TABLE segments.loaded_month (
        month     date PRIMARY KEY,
        usage_rows int NOT NULL,
        loaded_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE segments.refreshed_month (
        month        date PRIMARY KEY,
        members      int NOT NULL,
        refreshed_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE segments.job (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind        text NOT NULL CHECK (kind IN ('IMPORT','REFRESH')),
        status      text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED','RUNNING','SUCCEEDED','FAILED')),
        phase       text NOT NULL DEFAULT 'queued',
        rows_done   bigint NOT NULL DEFAULT 0,
        progress    real NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 1),
        rows_total  bigint,
        params      jsonb NOT NULL DEFAULT '{}',
        result      jsonb,
        error       text,
        created_by  text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        started_at  timestamptz,
        finished_at timestamptz
      )`);

    await q.query(`
      CREATE TABLE segments.import_error (
        job_id  uuid NOT NULL REFERENCES segments.job (id) ON DELETE CASCADE,
        file    text NOT NULL,
        line    bigint,
        column_name text,
        code    text NOT NULL,
        value   text,
        message text NOT NULL,
        quarantined boolean NOT NULL DEFAULT false,
        raw     jsonb
      )`);
    await q.query('CREATE INDEX import_error_job_idx ON segments.import_error (job_id, file, line)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['import_error', 'job', 'refreshed_month', 'loaded_month', 'segment_count', 'membership', 'offer', 'usage']) {
      await q.query(`DROP TABLE segments.${table}`);
    }
  }
}
