import type { PoolClient } from 'pg';
import { addMonths, monthStart } from '../months/month';
import { monthBounds, monthCheck, usagePartition } from '../months/month-partition';
import { loadedMonthTable, swapInMonth } from './usage-month-tables';

/** Months before the current (or latest loaded) month that get a partition ready before COPY. */
const MONTHS_BACK = 60;

/**
 * Where a usage file is loaded: a table partitioned by month like segments.usage (plus the
 * rows' file lines), with a partition ready for every recent month and a default one for
 * any other. COPY fills the month tables directly; after the checks they are detached and
 * take the place of the months' live partitions, so the rows are written once.
 */
export class UsageIncoming {
  readonly table: string;
  private readonly tag: string;
  private readonly ready = new Set<string>();

  constructor(jobId: string) {
    this.tag = jobId.replace(/-/g, '').slice(0, 12);
    if (!/^[0-9a-f]{12}$/.test(this.tag)) throw new Error(`unexpected job id ${jobId}`);
    // Table names are built from the job's hex id and validated months (YYYYMM) only.
    this.table = `segments.usage_in_${this.tag}`;
  }

  monthTable(month: string): string {
    return loadedMonthTable(month, this.tag);
  }

  async create(client: PoolClient): Promise<void> {
    const [{ latest }] = (
      await client.query(
        `SELECT to_char(greatest(date_trunc('month', now())::date, coalesce(max(month), '0001-01-01')), 'YYYY-MM') AS latest
         FROM segments.loaded_month`,
      )
    ).rows;
    const months = Array.from({ length: MONTHS_BACK + 2 }, (_, i) => addMonths(latest, i - MONTHS_BACK));
    // The CHECK on each month table, made while it is empty, later lets ATTACH to
    // segments.usage skip scanning the month.
    await client.query(
      [
        `CREATE TABLE ${this.table} (LIKE segments.usage INCLUDING DEFAULTS, line_no bigint NOT NULL) PARTITION BY RANGE (month)`,
        ...months.map((m) => `CREATE TABLE segments.${this.monthTable(m)} PARTITION OF ${this.table} (CONSTRAINT ${this.monthTable(m)}_month ${monthCheck(m)}) ${monthBounds(m)}`),
        `CREATE TABLE ${this.table}_other PARTITION OF ${this.table} DEFAULT`,
      ].join(';\n'),
    );
    months.forEach((m) => this.ready.add(m));
  }

  async drop(client: PoolClient): Promise<void> {
    await client.query(`DROP TABLE IF EXISTS ${this.table}`);
  }

  /**
   * Makes each month of `months` a stand-alone table with the usage columns and primary key
   * (the line numbers dropped), ready to be attached to segments.usage.
   */
  async detachMonths(client: PoolClient, months: string[]): Promise<void> {
    await client.query(`ALTER TABLE ${this.table} DROP COLUMN line_no`);
    for (const month of months) {
      const table = `segments.${this.monthTable(month)}`;
      if (this.ready.has(month)) {
        await client.query(`ALTER TABLE ${this.table} DETACH PARTITION ${table}`);
        continue;
      }
      // A month outside the prepared ones landed in the default partition: copied out once.
      await client.query(`CREATE TABLE ${table} (LIKE segments.usage INCLUDING DEFAULTS, CONSTRAINT ${this.monthTable(month)}_month ${monthCheck(month)})`);
      await client.query(`INSERT INTO ${table} SELECT ${USAGE_COLUMNS} FROM ${this.table}_other WHERE month = $1::date`, [monthStart(month)]);
      await client.query(`ALTER TABLE ${table} ADD PRIMARY KEY (subscriber_id, month)`);
    }
  }

  /** Puts a detached month table in the place of the month's live partition. */
  async swapIn(client: PoolClient, month: string): Promise<void> {
    await swapInMonth(client, this.monthTable(month), month);
    await client.query(`ANALYZE segments.${usagePartition(month)}`);
  }
}

export const USAGE_COLUMNS =
  'subscriber_id, month, bill_amount, outgoing_mou, long_distance_mou, roaming_mou, data_mb, balance, arrears_months, status, services';
