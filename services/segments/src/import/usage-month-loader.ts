import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { monthStart } from '../months/month';
import { monthCheck } from '../months/month-partition';
import { isUniqueViolation } from './import.errors';
import { loadedMonthTable } from './usage-month-tables';

/** Text one month's connection may have queued before the file is read on. */
const MAX_QUEUED_BYTES = 4 << 20;

/**
 * One month of a usage file on a connection of its own: a new table (so PostgreSQL with
 * wal_level=minimal writes it without WAL), filled by COPY while the other months load
 * on their connections, then given its primary key and statistics and committed —
 * still detached, so readers see nothing until the import swaps it in.
 */
export class UsageMonthLoader {
  readonly table: string;
  private readonly client: Client;
  private copy: ReturnType<typeof copyFrom> | null = null;
  private copied: Promise<void> | null = null;
  private committed = false;

  private constructor(url: string, readonly month: string, tag: string) {
    this.client = new Client({ connectionString: url });
    this.table = loadedMonthTable(month, tag);
  }

  /** Connects, creates the month's table and starts COPY with the file's columns (in the file's order), the month left out. */
  static async open(url: string, month: string, tag: string, columns: readonly string[]): Promise<UsageMonthLoader> {
    const loader = new UsageMonthLoader(url, month, tag);
    await loader.client.connect();
    try {
      // One round trip (fixed SQL; the table name and month come from a validated month and the job's tag).
      await loader.client.query(
        [
          // The key's sort for a month of a million subscribers wants memory rather than temporary files.
          "SET maintenance_work_mem = '256MB'",
          // The months' keys are built side by side already: workers per build would only queue for the cores.
          'SET max_parallel_maintenance_workers = 0',
          'BEGIN',
          // A loaded month is never changed, only replaced; its rows are frozen and it is analysed
          // here. An autovacuum of it would find nothing to do, yet hold up the month's next swap.
          `CREATE TABLE segments.${loader.table} (LIKE segments.usage INCLUDING DEFAULTS, CONSTRAINT ${loader.table}_month ${monthCheck(month)})
           WITH (autovacuum_enabled = false)`,
          // Rows come without their month, which is this table's: a default instead of a date to parse per row.
          `ALTER TABLE segments.${loader.table} ALTER COLUMN month SET DEFAULT '${monthStart(month)}'`,
        ].join(';\n'),
      );
      const forceNotNull = columns.includes('services') ? ', FORCE_NOT_NULL (services)' : '';
      const copied = columns.filter((c) => c !== 'month');
      // FREEZE (the table is this transaction's own): rows are written frozen and the pages all
      // visible, so neither the first reads nor autovacuum rewrite a freshly loaded month.
      loader.copy = loader.client.query(copyFrom(`COPY segments.${loader.table} (${copied.join(', ')}) FROM STDIN WITH (FORMAT csv, FREEZE${forceNotNull})`));
      const copy = loader.copy;
      loader.copied = new Promise((resolve, reject) => {
        copy.on('finish', resolve);
        copy.on('error', reject);
      });
      // Until finish() waits for it, a failed COPY is reported there, not as an unhandled rejection.
      loader.copied.catch(() => undefined);
      return loader;
    } catch (error) {
      await loader.close();
      throw error;
    }
  }

  /**
   * Writes typed CSV lines; false when enough is queued that the caller should wait for
   * `drained()`. The queue is allowed to grow well past the stream's own mark: waiting
   * on one month while the others' connections sit idle cost a quarter of the load.
   */
  write(text: string): boolean {
    this.copy!.write(text);
    return this.copy!.writableLength < MAX_QUEUED_BYTES;
  }

  /** Resolves when COPY takes data again; rejects when it failed meanwhile. */
  drained(): Promise<void> {
    return Promise.race([new Promise<void>((resolve) => this.copy!.once('drain', resolve)), this.copied!]);
  }

  /**
   * Ends COPY, builds the primary key (which is the duplicate check) and commits the
   * table. Returns false, leaving nothing behind, when the month repeats a subscriber.
   */
  async finish(): Promise<boolean> {
    this.copy!.end();
    await this.copied;
    try {
      await this.client.query(`ALTER TABLE segments.${this.table} ADD PRIMARY KEY (subscriber_id, month), ALTER COLUMN month DROP DEFAULT`);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await this.client.query('ROLLBACK');
      return false;
    }
    // A small sample is plenty to plan the refresh that follows an import.
    await this.client.query(['SET LOCAL default_statistics_target = 10', `ANALYZE segments.${this.table}`, 'COMMIT'].join(';\n'));
    this.committed = true;
    return true;
  }

  /** Ends the connection; an unfinished transaction (and its table) goes with it. */
  async close(): Promise<void> {
    this.copy?.destroy();
    await this.client.end().catch(() => undefined);
  }

  /** Whether a committed table of this loader may still exist (until it is swapped in or dropped). */
  get hasCommittedTable(): boolean {
    return this.committed;
  }
}
