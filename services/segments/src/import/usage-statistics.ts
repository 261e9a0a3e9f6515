import type { PoolClient } from 'pg';

/**
 * The partitioned usage parent's own statistics. Autovacuum analyzes each month partition
 * but never a partitioned parent, and without the parent's statistics the planner takes
 * usage_month_v1.subscriber_id for a column of 200 values: a join of a list to one month's
 * usage by key is then estimated at thousands of rows per customer, and planned the wrong
 * way round (evaluation, B4).
 *
 * They are gathered again when the parent has none, or when its rows (the months' own
 * counts, which each load's ANALYZE keeps) moved by more than a tenth since: the rule
 * autovacuum applies to an ordinary table (autovacuum_analyze_scale_factor = 0.1). The
 * parent's statistics describe how subscribers spread over the months, which a re-import
 * of the same months does not change; ANALYZE of the parent also samples every month
 * again, a quarter of a second at 1m subscribers.
 */
export const USAGE_STATISTICS_STALE_SQL = `
SELECT p.reltuples < 0 OR abs(coalesce(sum(greatest(c.reltuples, 0)), 0) - p.reltuples) > 0.1 * greatest(p.reltuples, 1) AS stale
FROM pg_class p
LEFT JOIN pg_inherits i ON i.inhparent = p.oid
LEFT JOIN pg_class c ON c.oid = i.inhrelid
WHERE p.oid = 'segments.usage'::regclass
GROUP BY p.reltuples`;

/** ANALYZE of the usage parent when its statistics are missing or stale; true when it ran. Inside the import's transaction. */
export async function refreshUsageStatistics(client: PoolClient): Promise<boolean> {
  const { rows } = await client.query<{ stale: boolean }>(USAGE_STATISTICS_STALE_SQL);
  if (!rows[0]?.stale) return false;
  await client.query('ANALYZE segments.usage');
  return true;
}
