import type { MigrationInterface, QueryRunner } from 'typeorm';

const V1_COLUMNS = `m.subscriber_id, m.month, m.branch_code, s.county, true AS on_network,
  m.arpu, m.avg_arpu, m.mou, m.tenure_months, m.tenure_band, m.retention_class, m.measures,
  m.mid_high_end, m.dynamic_mid_high_end, m.near_mid_high_end,
  m.measure_gotone, m.measure_group, m.measure_family, m.measure_deposit_gift, m.measure_terminal`;

/**
 * membership_v1 gains the two subscriber flags every target list reads (special account,
 * VIP card), appended so existing readers are unaffected: the view already joins the
 * subscriber for the county, and a list build no longer joins it a second time (B3).
 */
export class MembershipContactFlags1765000400000 implements MigrationInterface {
  name = 'MembershipContactFlags1765000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE VIEW segments_api.membership_v1 AS
      SELECT ${V1_COLUMNS}, s.special_type, s.vip_card
      FROM segments.membership m
      JOIN segments.subscriber s ON s.subscriber_id = m.subscriber_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    // A view cannot drop columns in place: recreate it as it was, with its grants.
    const grants: { grantee: string }[] = await q.query(
      `SELECT DISTINCT grantee FROM information_schema.role_table_grants WHERE table_schema = 'segments_api' AND table_name = 'membership_v1' AND privilege_type = 'SELECT' AND grantee <> current_user`,
    );
    await q.query('DROP VIEW segments_api.membership_v1');
    await q.query(`CREATE VIEW segments_api.membership_v1 AS SELECT ${V1_COLUMNS} FROM segments.membership m JOIN segments.subscriber s ON s.subscriber_id = m.subscriber_id`);
    for (const { grantee } of grants) await q.query(`GRANT SELECT ON segments_api.membership_v1 TO "${grantee.replace(/"/g, '""')}"`);
  }
}
