import type { PoolClient } from 'pg';
import { addMonths, monthStart, partitionSuffix } from '../months/month';

/** The stand-alone table one month of a usage file is loaded into before it replaces the live month. */
export function loadedMonthTable(month: string, tag: string): string {
  // Built from a validated YYYY-MM month and the job's hex tag only.
  if (!/^[0-9a-f]{12}[a-z]?$/.test(tag)) throw new Error(`unexpected table tag ${tag}`);
  return `usage_${partitionSuffix(month)}_${tag}`;
}

export const monthBounds = (month: string) => `FOR VALUES FROM ('${monthStart(month)}') TO ('${monthStart(addMonths(month, 1))}')`;

/** The CHECK that lets ATTACH PARTITION skip scanning a month table. */
export const monthCheck = (month: string) => `CHECK (month >= '${monthStart(month)}' AND month < '${monthStart(addMonths(month, 1))}')`;

/**
 * Puts a loaded month table (usage columns, primary key, month CHECK) in the place of the
 * month's live partition of segments.usage. Inside the caller's transaction.
 */
export async function swapInMonth(client: PoolClient, table: string, month: string): Promise<void> {
  const live = `usage_${partitionSuffix(month)}`;
  await client.query(`DROP TABLE IF EXISTS segments.${live}`);
  await client.query(`ALTER TABLE segments.${table} RENAME TO ${live}`);
  await client.query(`ALTER TABLE segments.usage ATTACH PARTITION segments.${live} ${monthBounds(month)}`);
}
