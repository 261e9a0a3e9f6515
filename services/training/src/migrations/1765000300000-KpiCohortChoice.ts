import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The photo cohort of the COHORT_RETENTION KPI (DOMAIN.md §7): December Y−1's mid-high-end
 * customers "unless the province picks another cohort". One row per choice, versioned like
 * the targets: a choice applies to the months from its effective month on, a later one does
 * not move earlier months. A cohort is a built-in segment of segments_api.membership_v1 frozen
 * at a base month (the segments cohort it was picked from is kept for display only).
 */
export class KpiCohortChoice1765000300000 implements MigrationInterface {
  name = 'KpiCohortChoice1765000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE training.kpi_cohort_choice (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq             bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        year            int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        effective_month date NOT NULL CHECK (extract(day FROM effective_month) = 1),
        segment_key     text NOT NULL CHECK (segment_key IN ('MID_HIGH_END', 'DYNAMIC_MID_HIGH_END', 'NEAR_MID_HIGH_END')),
        base_month      date NOT NULL CHECK (extract(day FROM base_month) = 1),
        cohort_id       uuid,
        cohort_name     text CHECK (cohort_name IS NULL OR length(cohort_name) BETWEEN 1 AND 60),
        created_by      text NOT NULL,
        idempotency_key text,
        created_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT kpi_cohort_choice_month_in_year CHECK (extract(year FROM effective_month)::int = year),
        CONSTRAINT kpi_cohort_choice_base_before_year_end CHECK (base_month < make_date(year, 12, 1))
      )`);
    await q.query('CREATE UNIQUE INDEX kpi_cohort_choice_idempotency_idx ON training.kpi_cohort_choice (created_by, idempotency_key)');
    await q.query('CREATE INDEX kpi_cohort_choice_year_idx ON training.kpi_cohort_choice (year, effective_month)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE training.kpi_cohort_choice');
  }
}
