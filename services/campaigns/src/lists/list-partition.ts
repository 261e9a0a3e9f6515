import { randomBytes } from 'node:crypto';
import type { EntityManager, QueryRunner } from 'typeorm';
import { branchBackstopPolicySql, withLockRetry } from '@retention/db';

/**
 * campaigns.list_member is partitioned by campaign: each campaign's members are one table
 * of their own (and a DEFAULT partition takes rows written before a campaign had one).
 * A build that replaces all of a campaign's members writes them into a new table, keys
 * it once, and swaps it in: building two indexes over 125k rows at once cost a third of
 * inserting the rows into the keyed shared table one by one, with every row and index
 * entry also written to the WAL (B3).
 */
export const LIST_MEMBER_DEFAULT = 'campaigns.list_member_default';

type Query = (sql: string, params?: unknown[]) => Promise<unknown>;
type Db = Pick<EntityManager | QueryRunner, 'query'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The campaign id as it may appear in DDL (which takes no bind parameters): a canonical UUID, or an error. */
function checkedId(campaignId: string): string {
  const id = campaignId.toLowerCase();
  if (!UUID.test(id)) throw new Error(`list partition: "${campaignId}" is not a campaign id`);
  return id;
}

/** Names of a campaign's partition tables: lm_<campaign id in hex>_<8 random hex digits>. */
const partitionPrefix = (id: string) => `lm_${id.replace(/-/g, '')}_`;

/** The campaign's partition now, if it has one. */
export async function currentListPartition(db: Db, campaignId: string): Promise<string | null> {
  const prefix = partitionPrefix(checkedId(campaignId));
  const rows: { name: string }[] = await db.query(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = 'campaigns.list_member'::regclass AND starts_with(c.relname, $1)`,
    [prefix],
  );
  return rows[0] ? `campaigns.${rows[0].name}` : null;
}

/**
 * A new, unkeyed table shaped like list_member for one campaign (its name unique, so it
 * can stand beside the partition it will replace), with the CHECK that lets ATTACH skip
 * scanning it.
 */
export async function createListPartitionTable(db: Db, campaignId: string): Promise<string> {
  const id = checkedId(campaignId);
  const name = `${partitionPrefix(id)}${randomBytes(4).toString('hex')}`;
  await db.query(`CREATE TABLE campaigns.${name} (LIKE campaigns.list_member INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`);
  await db.query(`ALTER TABLE campaigns.${name} ADD CONSTRAINT ${name}_campaign CHECK (campaign_id = '${id}'::uuid)`);
  return `campaigns.${name}`;
}

/**
 * Keys the filled table (the same indexes as list_member's, which ATTACH then adopts), gives
 * it the branch backstop, and puts it in the place of the campaign's current partition.
 * The swap gives way to readers (short lock_timeout, retried), as the segment refresh does.
 */
export async function attachListPartition(db: Db, campaignId: string, table: string): Promise<void> {
  const id = checkedId(campaignId);
  const name = table.replace(/^campaigns\./, '');
  // Only a table createListPartitionTable made for this campaign reaches the DDL below.
  if (!new RegExp(`^${partitionPrefix(id)}[0-9a-f]{8}$`).test(name)) throw new Error(`list partition: "${table}" is not a partition table of campaign ${id}`);
  await db.query(`ALTER TABLE ${table} ADD CONSTRAINT ${name}_pkey PRIMARY KEY (campaign_id, subscriber_id)`);
  await db.query(`CREATE INDEX ${name}_subscriber_idx ON ${table} (subscriber_id)`);
  for (const sql of branchBackstopPolicySql(table)) await db.query(sql);
  const previous = await currentListPartition(db, id);
  const query: Query = (sql, params) => db.query(sql, params);
  await withLockRetry(query, async () => {
    if (previous) {
      await db.query(`ALTER TABLE campaigns.list_member DETACH PARTITION ${previous}`);
      await db.query(`DROP TABLE ${previous}`);
    }
    await db.query(`ALTER TABLE campaigns.list_member ATTACH PARTITION ${table} FOR VALUES IN ('${id}')`);
  });
}
