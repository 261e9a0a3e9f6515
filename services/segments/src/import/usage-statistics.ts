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

/**
 * How many different subscribers the usage rows have: every row's subscriber is a known
 * one (the import checks), and almost every subscriber has usage. ANALYZE estimates it from
 * its sample (3,000 rows at the import's statistics target), which sees each subscriber about
 * once whatever the number of months: at 1m subscribers × 13 months its guess went from about
 * a ninth to three times the real count between runs. With a low guess a join of the list to
 * each month looked like it multiplied the rows, and the planner hashed each 840k-row month
 * instead of the 111k-row list (B4); with the count the plan is the same at every size.
 */
async function distinctSubscribers(client: PoolClient): Promise<number> {
  const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM segments.subscriber');
  return Number(rows[0].n);
}

/** ANALYZE of the usage parent when its statistics are missing or stale; true when it ran. Inside the import's transaction. */
export async function refreshUsageStatistics(client: PoolClient): Promise<boolean> {
  const { rows } = await client.query<{ stale: boolean }>(USAGE_STATISTICS_STALE_SQL);
  if (!rows[0]?.stale) return false;
  const subscribers = await distinctSubscribers(client);
  // An attribute option is DDL, which takes no parameters: a count, checked to be a positive integer.
  await client.query(
    Number.isSafeInteger(subscribers) && subscribers > 0
      ? `ALTER TABLE segments.usage ALTER COLUMN subscriber_id SET (n_distinct_inherited = ${subscribers})`
      : 'ALTER TABLE segments.usage ALTER COLUMN subscriber_id RESET (n_distinct_inherited)',
  );
  await client.query('ANALYZE segments.usage');
  return true;
}
