import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * campaigns_api.list_member_v1 gains `list_month`, appended at the end (not breaking, so
 * the view keeps its version): the month the member's list was built from (the list's
 * `target_list.month`, the latest build's; null while no build has finished). Evaluation
 * takes the tenure band at that month (DOMAIN.md §6), not at the month before the start.
 */
export class ListMemberListMonth1765000350000 implements MigrationInterface {
  name = 'ListMemberListMonth1765000350000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE VIEW campaigns_api.list_member_v1 AS
      SELECT m.campaign_id, m.branch_code, m.subscriber_id, m.status, m.reason, m.stratum, m.by_campaign_id, m.added_at, t.month AS list_month
      FROM campaigns.list_member m
      LEFT JOIN campaigns.target_list t ON t.campaign_id = m.campaign_id AND t.branch_code = m.branch_code`);
  }

  async down(q: QueryRunner): Promise<void> {
    // A view's columns cannot be dropped by CREATE OR REPLACE: recreate the first version.
    await q.query('DROP VIEW campaigns_api.list_member_v1');
    await q.query(`
      CREATE VIEW campaigns_api.list_member_v1 AS
      SELECT campaign_id, branch_code, subscriber_id, status, reason, stratum, by_campaign_id, added_at
      FROM campaigns.list_member`);
    await q.query('GRANT SELECT ON campaigns_api.list_member_v1 TO evaluation_svc, training_svc');
  }
}
