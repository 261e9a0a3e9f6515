import type { PoolClient } from 'pg';
import { withLockRetry } from '@retention/db';
import { monthBounds, usagePartition } from '../months/month-partition';

/** The stand-alone table one month of a usage file is loaded into before it replaces the live month. */
export function loadedMonthTable(month: string, tag: string): string {
  // Built from a validated YYYY-MM month and the job's hex tag only.
  if (!/^[0-9a-f]{12}[a-z]?$/.test(tag)) throw new Error(`unexpected table tag ${tag}`);
  return `${usagePartition(month)}_${tag}`;
}

/**
 * Puts a loaded month table (usage columns, primary key, month CHECK) in the place of the
 * month's live partition of segments.usage. Inside the caller's transaction, giving way
 * to readers (short lock_timeout, retried) rather than queueing them behind it.
 */
export async function swapInMonth(client: PoolClient, table: string, month: string): Promise<void> {
  const live = usagePartition(month);
  await withLockRetry((sql, params) => client.query(sql, params), async () => {
    await client.query(`DROP TABLE IF EXISTS segments.${live}`);
    await client.query(`ALTER TABLE segments.${table} RENAME TO ${live}`);
    await client.query(`ALTER TABLE segments.usage ATTACH PARTITION segments.${live} ${monthBounds(month)}`);
  });
}
