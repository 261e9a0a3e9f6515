import type { DataSource } from 'typeorm';

/**
 * Demo content for the reveal log and the matrix history, once: phone managers revealed the
 * number shortly before each of the first contacts of the demo campaigns (as the worklist
 * does), and the province saved a second version of the treatment matrix.
 */
export async function seedDemoRevealsAndMatrix(dataSource: DataSource): Promise<void> {
  const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM campaigns.msisdn_reveal');
  if (n === 0) {
    await dataSource.query(
      `INSERT INTO campaigns.msisdn_reveal (user_id, task_id, subscriber_id, at)
       SELECT k.agent_id::text, k.task_id, k.subscriber_id, k.contacted_at - interval '2 minutes'
       FROM (SELECT k.*, row_number() OVER (PARTITION BY k.branch_code ORDER BY k.contacted_at, k.id) AS i FROM campaigns.contact k) k
       WHERE k.i <= 15
       ORDER BY k.contacted_at`,
    );
  }
  const [{ versions }] = await dataSource.query('SELECT count(DISTINCT version)::int AS versions FROM campaigns.treatment_matrix');
  if (versions === 1) {
    // Version 2: mobile payment is recommended to ordinary mid-high-end customers too.
    await dataSource.query(
      `INSERT INTO campaigns.treatment_matrix (version, retention_class, kinds, channels, offer_kinds, products, promotions, new_services, service, created_by, created_at)
       SELECT 2, retention_class, kinds, channels, offer_kinds, products, promotions,
              CASE WHEN retention_class = 'ORDINARY' THEN new_services || '手机支付'::text ELSE new_services END, service, 'province', now() - interval '20 days'
       FROM campaigns.treatment_matrix WHERE version = 1`,
    );
  }
}
