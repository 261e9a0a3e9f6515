import type { PoolClient } from 'pg';
import { monthStart } from '../months/month';
import type { ImportFileKind } from './file-specs';
import { stageTable } from './staging';
import type { UsageIncoming } from './usage-incoming';
import type { UsageMonthLoader } from './usage-month-loader';
import { swapInMonth } from './usage-month-tables';

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
 * Every month in the file replaces that month: the month tables that COPY filled take the
 * place of the months' live partitions. Runs inside the caller's transaction, so readers
 * see either the old or the new month.
 */
export async function applyUsage(
  client: PoolClient,
  jobId: string,
  fileName: string,
  hasErrors: boolean,
  incoming: UsageIncoming,
  /** Rows per month ('YYYY-MM') as loaded. */
  loaded: Map<string, number>,
): Promise<{ rows: number; months: string[] }> {
  let monthRows = [...loaded].map(([month, rows]) => ({ month, rows })).sort((a, b) => a.month.localeCompare(b.month));
  if (hasErrors) {
    // Quarantine: rows that failed a check across rows leave before the swap.
    await client.query(
      `DELETE FROM ${incoming.table} s
       WHERE EXISTS (SELECT 1 FROM segments.import_error e WHERE e.job_id = $1::uuid AND e.file = $2 AND e.line = s.line_no)`,
      [jobId, fileName],
    );
    if (!(await hasPrimaryKey(client, incoming.table))) await client.query(`ALTER TABLE ${incoming.table} ADD PRIMARY KEY (subscriber_id, month)`);
    monthRows = (
      await client.query<{ month: string; rows: number }>(
        `SELECT to_char(month, 'YYYY-MM') AS month, count(*)::int AS rows FROM ${incoming.table} GROUP BY 1 ORDER BY 1`,
      )
    ).rows;
  }
  const months = monthRows.map((r) => r.month);
  await incoming.detachMonths(client, months);
  for (const { month, rows } of monthRows) {
    await incoming.swapIn(client, month);
    await recordLoadedMonth(client, month, rows);
  }
  return { rows: monthRows.reduce((sum, r) => sum + r.rows, 0), months };
}

/** The direct path's month tables (keyed, analysed, committed) replace their live months. */
export async function applyLoadedMonths(client: PoolClient, loaders: UsageMonthLoader[], counts: Map<string, number>): Promise<{ rows: number; months: string[] }> {
  const sorted = [...loaders].sort((a, b) => a.month.localeCompare(b.month));
  for (const loader of sorted) {
    await swapInMonth(client, loader.table, loader.month);
    await recordLoadedMonth(client, loader.month, counts.get(loader.month) ?? 0);
  }
  return { rows: sorted.reduce((sum, l) => sum + (counts.get(l.month) ?? 0), 0), months: sorted.map((l) => l.month) };
}

/** The good rows of a month were counted on the way in: no second pass over the partition. */
async function recordLoadedMonth(client: PoolClient, month: string, rows: number): Promise<void> {
  await client.query(
    `INSERT INTO segments.loaded_month (month, usage_rows, loaded_at) VALUES ($1::date, $2, now())
     ON CONFLICT (month) DO UPDATE SET usage_rows = EXCLUDED.usage_rows, loaded_at = now()`,
    [monthStart(month), rows],
  );
}

export async function hasPrimaryKey(client: PoolClient, table: string): Promise<boolean> {
  const result = await client.query("SELECT 1 FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'p'", [table]);
  return (result.rowCount ?? 0) > 0;
}
