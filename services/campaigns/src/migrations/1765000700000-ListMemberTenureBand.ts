import type { MigrationInterface, QueryRunner } from 'typeorm';

const V1_WITH_LIST_MONTH = `
  SELECT m.campaign_id, m.branch_code, m.subscriber_id, m.status, m.reason, m.stratum, m.by_campaign_id, m.added_at, t.month AS list_month`;
const V1_FROM = `
  FROM campaigns.list_member m
  LEFT JOIN campaigns.target_list t ON t.campaign_id = m.campaign_id AND t.branch_code = m.branch_code`;

/**
 * Every list member keeps the tenure band it had in the month its build read
 * (segments_api.membership_v1.tenure_band), as it keeps its stratum: the evaluation's
 * tenure breakdown reads it from the list instead of joining every subscriber of the
 * base for a join date (B4: that join was a fifth of the evaluation).
 * campaigns_api.list_member_v1 gains `tenure_band`, appended at the end (not breaking, so
 * the view keeps its version). Members written before this migration get the band of
 * their list's month from the membership snapshot; one without a snapshot stays null
 * (the evaluation shows it as UNKNOWN).
 */
export class ListMemberTenureBand1765000700000 implements MigrationInterface {
  name = 'ListMemberTenureBand1765000700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns.list_member ADD COLUMN tenure_band text
                   CHECK (tenure_band IN ('LT_6M', '6_12M', '1_3Y', '3_5Y', 'GE_5Y'))`);
    // Only a database with lists has segments' views to read them from (a fresh one has neither).
    const [{ any }]: { any: boolean }[] = await q.query('SELECT EXISTS (SELECT 1 FROM campaigns.list_member) AS any');
    if (any) {
      await q.query(`
        UPDATE campaigns.list_member l SET tenure_band = s.tenure_band
        FROM campaigns.target_list t, segments_api.membership_v1 s
        WHERE t.campaign_id = l.campaign_id AND t.branch_code = l.branch_code
          AND s.month = t.month AND s.subscriber_id = l.subscriber_id`);
    }
    await q.query(`CREATE OR REPLACE VIEW campaigns_api.list_member_v1 AS ${V1_WITH_LIST_MONTH}, m.tenure_band ${V1_FROM}`);
  }

  async down(q: QueryRunner): Promise<void> {
    // A view cannot drop a column in place: recreate it as ListMemberListMonth made it, with its grants.
    await q.query('DROP VIEW campaigns_api.list_member_v1');
    await q.query(`CREATE VIEW campaigns_api.list_member_v1 AS ${V1_WITH_LIST_MONTH} ${V1_FROM}`);
    await q.query('GRANT SELECT ON campaigns_api.list_member_v1 TO evaluation_svc, training_svc');
    await q.query('ALTER TABLE campaigns.list_member DROP COLUMN tenure_band');
  }
}
