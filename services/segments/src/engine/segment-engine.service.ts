import type { DataSource, QueryRunner } from 'typeorm';
import { BRANCH_CODES } from '@retention/domain';
import { addMonths, monthEnd, monthStart, partitionSuffix } from '../months/month';
import { monthBounds, monthCheck, usagePartition } from '../months/month-partition';
import { BUILT_IN_SEGMENT_KEYS, COUNTED_KEYS, SEGMENT_PREDICATES, type BuiltInSegmentKey, type CountedKey } from '@retention/segment-rules';
import { membershipSelect } from './membership.sql';
import { JOB_STATEMENT_TIMEOUT, withLockRetry } from '@retention/db';

export interface RefreshProgress {
  phase: 'membership' | 'counts' | 'done';
  step: number;
  steps: number;
}

export interface SegmentCount {
  branch: string;
  segment: BuiltInSegmentKey;
  count: number;
}

/**
 * Gives a table made by CREATE TABLE AS what ATTACH PARTITION asks of a partition of
 * `parent`: its NOT NULL columns and CHECK constraints (read from the catalog, so they
 * never drift from the migrations), and the month's CHECK so the attach needs no scan.
 * One ALTER TABLE, one pass over the rows.
 */
async function shapeLikePartition(runner: QueryRunner, parent: string, table: string, partition: string, month: string): Promise<void> {
  const notNull: { name: string }[] = await runner.query(
    `SELECT quote_ident(attname) AS name FROM pg_attribute
     WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attnotnull ORDER BY attnum`,
    [`segments.${parent}`],
  );
  const checks: { name: string; def: string }[] = await runner.query(
    `SELECT quote_ident(conname) AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE conrelid = $1::regclass AND contype = 'c' ORDER BY conname`,
    [`segments.${parent}`],
  );
  await runner.query(
    `ALTER TABLE segments.${table} ${[
      ...notNull.map((c) => `ALTER COLUMN ${c.name} SET NOT NULL`),
      ...checks.map((c) => `ADD CONSTRAINT ${c.name} ${c.def}`),
      `ADD CONSTRAINT ${partition}_month ${monthCheck(month)}`,
    ].join(', ')}`,
  );
}

/**
 * The relation each month of the window (m, m-1, …, m-5) is read from: the month's own
 * partition of segments.usage by name, or the parent for a month not loaded. Through the
 * parent, which is never analysed as a whole and so has no statistics of its own, each
 * join of two months was estimated at 1/200 selectivity (a snapshot of 10^19 rows), and
 * on such estimates the planner ran the snapshot without parallel workers.
 * Names come from validated months (usagePartition) and are checked against the catalog;
 * they are the only identifiers interpolated into the snapshot's SQL, every value is bound.
 */
async function usageWindowSources(runner: QueryRunner, months: string[]): Promise<string[]> {
  const names = months.map(usagePartition);
  const present: { name: string }[] = await runner.query(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = 'segments.usage'::regclass AND c.relnamespace = 'segments'::regnamespace AND c.relname = ANY ($1::text[])`,
    [names],
  );
  const partitions = new Set(present.map((p) => p.name));
  return names.map((name) => (partitions.has(name) ? `segments.${name}` : 'segments.usage'));
}

export class SegmentEngineService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Recomputes one month's membership snapshot and its counts by branch × segment.
   * Idempotent: the snapshot is computed into a new table (in parallel, and without WAL
   * where the server allows), keyed, counted, and only then put in the place of the
   * month's partition, all in one transaction, so readers see the old snapshot until the
   * new one is complete.
   */
  async refresh(month: string, onProgress: (p: RefreshProgress) => void = () => undefined): Promise<{ members: number }> {
    const windowMonths = [0, 1, 2, 3, 4, 5].map((k) => addMonths(month, -k));
    const months = windowMonths.map(monthStart);
    // The only identifiers built into the SQL below: from a month partitionSuffix() has
    // validated as YYYY-MM (it throws on anything else); every value is a bind parameter.
    const partition = `membership_${partitionSuffix(month)}`;
    const fresh = `${partition}_fresh`;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.query(JOB_STATEMENT_TIMEOUT);
    try {
      await runner.startTransaction();
      // Small on purpose: at 1m subscribers each month's hash table is ~50 MB, and probing
      // six of them missed the CPU cache on nearly every row; in batches of a few MB the
      // snapshot took ~0.3 s less at 1m and the same at 100k (A/B on the bench databases).
      await runner.query("SET LOCAL work_mem = '2MB'");
      onProgress({ phase: 'membership', step: 0, steps: 2 });
      const usage = await usageWindowSources(runner, windowMonths);
      // CREATE TABLE AS runs its SELECT in parallel, which INSERT … SELECT never does.
      const created = await runner.query(`CREATE TABLE segments.${fresh} AS ${membershipSelect(usage)}`, [...months, monthEnd(month)], true);
      const members = Number(created.affected ?? 0);
      await shapeLikePartition(runner, 'membership', fresh, partition, month);
      await runner.query(`ALTER TABLE segments.${fresh} ADD PRIMARY KEY (month, subscriber_id)`);
      // The snapshot is never changed, only replaced: analysed here (a small sample plans the
      // segment and cohort queries well), an autovacuum of it would only hold up the next refresh.
      await runner.query(`ALTER TABLE segments.${fresh} SET (autovacuum_enabled = false)`);
      await runner.query('SET LOCAL default_statistics_target = 10');
      await runner.query(`ANALYZE segments.${fresh}`);

      onProgress({ phase: 'counts', step: 1, steps: 2 });
      await runner.query('DELETE FROM segments.segment_count WHERE month = $1::date', [monthStart(month)]);
      // Counted by a plain SELECT, which runs in parallel where INSERT … SELECT never does
      // (half the time at 1m); the few hundred figures are then written with their zeros.
      const counted: { branch: string; key: string; count: number }[] = await runner.query(
        `SELECT per_branch.branch_code AS branch, k.key, per_branch.counts[k.i] AS count
         FROM (
           SELECT m.branch_code, ARRAY[${COUNTED_KEYS.map((k) => `count(*) FILTER (WHERE ${SEGMENT_PREDICATES[k]})`).join(', ')}]::int[] AS counts
           FROM segments.${fresh} m
           GROUP BY m.branch_code
         ) per_branch
         CROSS JOIN unnest($1::text[]) WITH ORDINALITY AS k (key, i)`,
        [[...COUNTED_KEYS]],
      );
      await runner.query(
        `INSERT INTO segments.segment_count (month, branch_code, segment_key, count)
         SELECT $1::date, b.code, k.key, coalesce(c.count, 0)
         FROM unnest($2::text[]) AS b (code)
         CROSS JOIN unnest($3::text[]) AS k (key)
         LEFT JOIN unnest($4::text[], $5::text[], $6::int[]) AS c (branch, key, count)
           ON c.branch = b.code AND c.key = k.key`,
        [
          monthStart(month),
          [...BRANCH_CODES],
          [...COUNTED_KEYS],
          counted.map((c) => c.branch),
          counted.map((c) => c.key),
          counted.map((c) => c.count),
        ],
      );
      // The swap gives way to readers of the month (short lock_timeout, retried).
      await withLockRetry((sql, params) => runner.query(sql, params), async () => {
        await runner.query(`DROP TABLE IF EXISTS segments.${partition}`);
        await runner.query(`ALTER TABLE segments.${fresh} RENAME TO ${partition}`);
        // Index names are unique in the schema: the next refresh makes its own ${fresh}_pkey.
        await runner.query(`ALTER TABLE segments.${partition} RENAME CONSTRAINT ${fresh}_pkey TO ${partition}_pkey`);
        await runner.query(`ALTER TABLE segments.membership ATTACH PARTITION segments.${partition} ${monthBounds(month)}`);
      });
      await runner.query(
        `INSERT INTO segments.refreshed_month (month, members, refreshed_at) VALUES ($1::date, $2, now())
         ON CONFLICT (month) DO UPDATE SET members = EXCLUDED.members, refreshed_at = now()`,
        [monthStart(month), members],
      );
      await runner.commitTransaction();
      onProgress({ phase: 'done', step: 2, steps: 2 });
      return { members };
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      // Back to the request pool's limit (a startup parameter, so RESET restores it).
      await runner.query('RESET statement_timeout').catch(() => undefined);
      await runner.release();
    }
  }

  /** Counts of every branch × built-in segment for a refreshed month (zeros included). */
  async counts(month: string, branches: string[] | null = null): Promise<SegmentCount[]> {
    const rows: { branch: string; segment: BuiltInSegmentKey; count: number }[] = await this.dataSource.query(
      `SELECT c.branch_code AS branch, c.segment_key AS segment, c.count
       FROM segments.segment_count c
       JOIN unnest($2::text[]) WITH ORDINALITY AS k (key, i) ON k.key = c.segment_key
       JOIN unnest($3::text[]) WITH ORDINALITY AS b (code, j) ON b.code = c.branch_code
       WHERE c.month = $1::date AND ($4::text[] IS NULL OR c.branch_code = ANY ($4::text[]))
       ORDER BY b.j, k.i`,
      [monthStart(month), [...BUILT_IN_SEGMENT_KEYS], [...BRANCH_CODES], branches],
    );
    return rows;
  }

  /**
   * Raw counts for any counted keys, months and branches (null = all branches): what
   * the GraphQL fields read. One query, whatever the number of branches asked for.
   */
  async countsFor(months: string[], keys: readonly CountedKey[], branches: string[] | null): Promise<{ month: string; branch: string; key: CountedKey; count: number }[]> {
    return this.dataSource.query(
      `SELECT to_char(c.month, 'YYYY-MM') AS month, c.branch_code AS branch, c.segment_key AS key, c.count
       FROM segments.segment_count c
       WHERE c.month = ANY ($1::date[]) AND c.segment_key = ANY ($2::text[])
         AND ($3::text[] IS NULL OR c.branch_code = ANY ($3::text[]))`,
      [months.map(monthStart), [...keys], branches],
    );
  }

  async refreshedMonths(): Promise<string[]> {
    const rows: { month: string }[] = await this.dataSource.query(
      "SELECT to_char(month, 'YYYY-MM') AS month FROM segments.refreshed_month ORDER BY month",
    );
    return rows.map((r) => r.month);
  }

  async loadedMonths(): Promise<string[]> {
    const rows: { month: string }[] = await this.dataSource.query(
      "SELECT to_char(month, 'YYYY-MM') AS month FROM segments.loaded_month ORDER BY month",
    );
    return rows.map((r) => r.month);
  }
}
