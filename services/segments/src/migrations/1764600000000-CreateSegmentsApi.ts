import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Services that read segments' published views (docs/architecture.md "Data contracts"). */
const READERS = ['campaigns_svc', 'evaluation_svc', 'training_svc'];
/** Only campaigns needs phone numbers: it reveals them to the assigned phone manager. */
const CONTACT_READERS = ['campaigns_svc'];

/**
 * segments_api v1: the read contract other services join in their own queries. Views
 * only (no copies), over segments' own tables, with the same column names so one rule
 * compiler serves both. Breaking changes add a _v2 beside these; a _v1 stays until no
 * reader uses it.
 */
export class CreateSegmentsApi1764600000000 implements MigrationInterface {
  name = 'CreateSegmentsApi1764600000000';

  async up(q: QueryRunner): Promise<void> {
    // The KPI definition of mid-high-end (DOMAIN.md §3), written once. A plain SQL
    // function: inlined by the planner, so the parallel refresh stays parallel.
    await q.query(`
      CREATE FUNCTION segments_api.is_mid_high_end(arpu numeric, mou integer) RETURNS boolean
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS 'SELECT $1 >= 120 AND $2 >= 100'`);

    await q.query(`
      CREATE VIEW segments_api.membership_v1 AS
      SELECT m.subscriber_id, m.month, m.branch_code, s.county, true AS on_network,
             m.arpu, m.avg_arpu, m.mou, m.tenure_months, m.tenure_band, m.retention_class, m.measures,
             m.mid_high_end, m.dynamic_mid_high_end, m.near_mid_high_end,
             m.measure_gotone, m.measure_group, m.measure_family, m.measure_deposit_gift, m.measure_terminal
      FROM segments.membership m
      JOIN segments.subscriber s ON s.subscriber_id = m.subscriber_id`);

    await q.query(`
      CREATE VIEW segments_api.subscriber_v1 AS
      SELECT subscriber_id, branch_code, county, brand, plan_code, join_date, group_class, group_key_member,
             vnet_member, family_plan, vip_card, special_type, birthday
      FROM segments.subscriber`);

    await q.query(`
      CREATE VIEW segments_api.subscriber_contact_v1 AS
      SELECT subscriber_id, branch_code, msisdn FROM segments.subscriber`);

    await q.query(`
      CREATE VIEW segments_api.usage_month_v1 AS
      SELECT subscriber_id, month, bill_amount, outgoing_mou, long_distance_mou, roaming_mou, data_mb,
             balance, arrears_months, status, services, status <> 'CHURNED' AS on_network
      FROM segments.usage`);

    await q.query(`
      CREATE VIEW segments_api.offer_v1 AS
      SELECT subscriber_id, kind, tier, start_month, months,
             (start_month + make_interval(months => months - 1))::date AS end_month, cost
      FROM segments.offer`);

    await q.query(`
      CREATE VIEW segments_api.month_v1 AS
      SELECT l.month, l.usage_rows, l.loaded_at, r.members, r.refreshed_at
      FROM segments.loaded_month l
      LEFT JOIN segments.refreshed_month r ON r.month = l.month`);

    await q.query(`
      CREATE VIEW segments_api.segment_count_v1 AS
      SELECT month, branch_code, segment_key, count FROM segments.segment_count`);

    const views = ['membership_v1', 'subscriber_v1', 'usage_month_v1', 'offer_v1', 'month_v1', 'segment_count_v1'];
    await q.query(`GRANT USAGE ON SCHEMA segments_api TO ${[...READERS].join(', ')}`);
    await q.query(`GRANT SELECT ON ${views.map((v) => `segments_api.${v}`).join(', ')} TO ${READERS.join(', ')}`);
    await q.query(`GRANT SELECT ON segments_api.subscriber_contact_v1 TO ${CONTACT_READERS.join(', ')}`);
    await q.query(`GRANT EXECUTE ON FUNCTION segments_api.is_mid_high_end(numeric, integer) TO ${READERS.join(', ')}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const view of ['segment_count_v1', 'month_v1', 'offer_v1', 'usage_month_v1', 'subscriber_contact_v1', 'subscriber_v1', 'membership_v1']) {
      await q.query(`DROP VIEW segments_api.${view}`);
    }
    await q.query('DROP FUNCTION segments_api.is_mid_high_end(numeric, integer)');
  }
}
