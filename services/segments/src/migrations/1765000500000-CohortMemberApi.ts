import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Training's retention KPI is the only reader of frozen cohorts (docs/architecture.md "Data contracts"). */
const READERS = ['training_svc'];

/**
 * segments_api.cohort_member_v1: the members of each photo cohort (拍照客户) as segments froze
 * them, with the branch they belonged to at the base month. A reader counts a cohort's
 * retention from these rows instead of rebuilding the membership from membership_v1, which
 * would move when the base month is re-loaded and cannot rebuild a saved rule's cohort.
 */
export class CohortMemberApi1765000500000 implements MigrationInterface {
  name = 'CohortMemberApi1765000500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW segments_api.cohort_member_v1 AS
      SELECT c.id AS cohort_id, c.segment_key, c.definition_id, c.base_month, cm.subscriber_id, cm.branch_code
      FROM segments.cohort_member cm
      JOIN segments.cohort c ON c.id = cm.cohort_id`);
    await q.query(`GRANT SELECT ON segments_api.cohort_member_v1 TO ${READERS.join(', ')}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP VIEW segments_api.cohort_member_v1');
  }
}
