import type { PoolClient } from 'pg';
import { addMonths, monthStart, partitionSuffix } from '../months/month';
import type { ImportFileKind } from './file-specs';
import { stageTable } from './staging';

/** Rows of the staged file without a recorded error (all rows when the file had none). */
function goodRows(kind: ImportFileKind, hasErrors: boolean): string {
  const filter = hasErrors
    ? 'WHERE NOT EXISTS (SELECT 1 FROM segments.import_error e WHERE e.job_id = $1::uuid AND e.file = $2 AND e.line = s.line_no)'
    : 'WHERE $1::uuid IS NOT NULL AND $2::text IS NOT NULL';
  return `FROM ${stageTable(kind)} s ${filter}`;
}

export async function applySubscribers(client: PoolClient, jobId: string, fileName: string, hasErrors: boolean): Promise<number> {
  const result = await client.query(
    `INSERT INTO segments.subscriber (subscriber_id, msisdn, branch_code, county, brand, plan_code, join_date, group_class,
                                      group_key_member, vnet_member, family_plan, vip_card, special_type, birthday, updated_at)
     SELECT s.subscriber_id, s.msisdn, s.branch_code, s.county, s.brand, s.plan_code, s.join_date, s.group_class,
            s.group_key_member, s.vnet_member, s.family_plan, s.vip_card, s.special_type, s.birthday, now()
     ${goodRows('subscribers', hasErrors)}
     ON CONFLICT (subscriber_id) DO UPDATE SET
       msisdn = EXCLUDED.msisdn, branch_code = EXCLUDED.branch_code, county = EXCLUDED.county, brand = EXCLUDED.brand,
       plan_code = EXCLUDED.plan_code, join_date = EXCLUDED.join_date, group_class = EXCLUDED.group_class,
       group_key_member = EXCLUDED.group_key_member, vnet_member = EXCLUDED.vnet_member, family_plan = EXCLUDED.family_plan,
       vip_card = EXCLUDED.vip_card, special_type = EXCLUDED.special_type, birthday = EXCLUDED.birthday, updated_at = now()`,
    [jobId, fileName],
  );
  await client.query('ANALYZE segments.subscriber');
  return result.rowCount ?? 0;
}

export async function applyOffers(client: PoolClient, jobId: string, fileName: string, hasErrors: boolean): Promise<number> {
  const result = await client.query(
    `INSERT INTO segments.offer (subscriber_id, kind, tier, start_month, months, cost)
     SELECT s.subscriber_id, s.kind, s.tier, s.start_month, s.months, s.cost
     ${goodRows('offers', hasErrors)}
     ON CONFLICT (subscriber_id, kind, tier, start_month) DO UPDATE SET months = EXCLUDED.months, cost = EXCLUDED.cost`,
    [jobId, fileName],
  );
  await client.query('ANALYZE segments.offer');
  return result.rowCount ?? 0;
}

/**
 * Every month in the file replaces that month: the rows go (in one pass) into fresh
 * tables, one per month, which then take the place of the month's old partition.
 * Runs inside the caller's transaction, so readers see either the old or the new month.
 */
export async function applyUsage(
  client: PoolClient,
  jobId: string,
  fileName: string,
  hasErrors: boolean,
): Promise<{ rows: number; months: string[] }> {
  const monthRows = await client.query<{ month: string; rows: number }>(
    `SELECT to_char(s.month, 'YYYY-MM') AS month, count(*)::int AS rows ${goodRows('usage', hasErrors)} GROUP BY 1 ORDER BY 1`,
    [jobId, fileName],
  );
  const months = monthRows.rows.map((r) => r.month);
  if (months.length === 0) return { rows: 0, months };
  const tag = jobId.replace(/-/g, '').slice(0, 12);
  if (!/^[0-9a-f]{12}$/.test(tag)) throw new Error(`unexpected job id ${jobId}`);
  const incoming = `usage_in_${tag}`;
  // Table names are built from validated months (YYYYMM) and the job's hex id only.
  await client.query(`CREATE TABLE segments.${incoming} (LIKE segments.usage INCLUDING DEFAULTS) PARTITION BY RANGE (month)`);
  for (const month of months) {
    const fresh = `usage_${partitionSuffix(month)}_${tag}`;
    // The CHECK, made while the table is empty, costs no scan and later lets ATTACH to
    // segments.usage skip scanning the month.
    await client.query(
      `CREATE TABLE segments.${fresh} (LIKE segments.usage INCLUDING DEFAULTS,
         CONSTRAINT ${fresh}_month CHECK (month >= '${monthStart(month)}' AND month < '${monthStart(addMonths(month, 1))}'))`,
    );
    await client.query(
      `ALTER TABLE segments.${incoming} ATTACH PARTITION segments.${fresh}
       FOR VALUES FROM ('${monthStart(month)}') TO ('${monthStart(addMonths(month, 1))}')`,
    );
  }
  const inserted = await client.query(
    `INSERT INTO segments.${incoming} (subscriber_id, month, bill_amount, outgoing_mou, long_distance_mou, roaming_mou,
                                       data_mb, balance, arrears_months, status, services)
     SELECT s.subscriber_id, s.month, s.bill_amount, s.outgoing_mou, s.long_distance_mou, s.roaming_mou,
            s.data_mb, s.balance, s.arrears_months, s.status, s.services
     ${goodRows('usage', hasErrors)}`,
    [jobId, fileName],
  );
  for (const { month, rows } of monthRows.rows) {
    const fresh = `usage_${partitionSuffix(month)}_${tag}`;
    const live = `usage_${partitionSuffix(month)}`;
    const bounds = `FOR VALUES FROM ('${monthStart(month)}') TO ('${monthStart(addMonths(month, 1))}')`;
    await client.query(`ALTER TABLE segments.${incoming} DETACH PARTITION segments.${fresh}`);
    await client.query(`DROP TABLE IF EXISTS segments.${live}`);
    await client.query(`ALTER TABLE segments.${fresh} RENAME TO ${live}`);
    await client.query(`ALTER TABLE segments.usage ATTACH PARTITION segments.${live} ${bounds}`);
    await client.query(`ANALYZE segments.${live}`);
    // The good rows of the month were counted above: no second pass over the partition.
    await client.query(
      `INSERT INTO segments.loaded_month (month, usage_rows, loaded_at) VALUES ($1::date, $2, now())
       ON CONFLICT (month) DO UPDATE SET usage_rows = EXCLUDED.usage_rows, loaded_at = now()`,
      [monthStart(month), rows],
    );
  }
  await client.query(`DROP TABLE segments.${incoming}`);
  return { rows: inserted.rowCount ?? 0, months };
}
