import { addMonths, monthStart } from '@retention/segments/dist/months/month';
import { repeat, timed } from '../measure';
import { runInWorker } from '../worker-client';
import { ensureUsageLoaded, expectEqual, type DataBenchmark } from './benchmark';

/** B2: one month's full segment refresh against one sequential scan of the months it reads (m-5…m) plus writing a snapshot of its size. */
export const b2Refresh: DataBenchmark = {
  id: 'B2',
  title: 'segment refresh',
  async run({ size, dataset, url, pool, runs, warmups }) {
    const month = dataset.months[dataset.months.length - 1];
    const windowStart = monthStart(addMonths(month, -5));
    await ensureUsageLoaded({ dataset, url, pool });
    const peaks: number[] = [];
    let members = 0;
    const value = await repeat({ runs, warmups, label: `B2 refresh ${month} ${size}` }, async () => {
      const answer = await runInWorker({ kind: 'refresh', url, month });
      peaks.push(answer.maxRssMb);
      members = answer.detail.members as number;
      return answer.seconds;
    });
    // Everyone on network in the month is in the snapshot, and the counts add up to it.
    const { rows: direct } = await pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM segments.usage WHERE month = $1::date AND status <> 'CHURNED'",
      [monthStart(month)],
    );
    const { rows: tenure } = await pool.query<{ n: number }>(
      "SELECT coalesce(sum(count), 0)::int AS n FROM segments.segment_count WHERE month = $1::date AND segment_key LIKE 'TENURE\\_%'",
      [monthStart(month)],
    );
    const checks = [
      expectEqual('B2', `subscribers on network in ${month}`, members, direct[0].n),
      expectEqual('B2', 'tenure bands add up to the snapshot', tenure[0].n, members),
    ];
    let scanned = '';
    // The least a refresh must do: read m-5…m once and write the month's snapshot with its key.
    const baseline = await repeat({ runs, warmups, label: `B2 seq scan + CTAS ${size}` }, async () => {
      await pool.query('DROP TABLE IF EXISTS segments.b2_baseline');
      const { seconds, value: result } = await timed(async () => {
        const scan = await pool.query<{ total: string }>('SELECT sum(bill_amount)::text AS total FROM segments.usage WHERE month BETWEEN $1::date AND $2::date', [windowStart, monthStart(month)]);
        await pool.query(
          `CREATE TABLE segments.b2_baseline AS SELECT subscriber_id, month FROM segments.usage WHERE month = $1::date AND status <> 'CHURNED'`,
          [monthStart(month)],
        );
        await pool.query('ALTER TABLE segments.b2_baseline ADD PRIMARY KEY (subscriber_id, month)');
        return scan;
      });
      scanned = result.rows[0].total;
      return seconds;
    });
    await pool.query('DROP TABLE IF EXISTS segments.b2_baseline');
    const ratio = value.median / baseline.median;
    return {
      id: 'B2',
      size,
      what: `refresh ${month}: every built-in segment for ${members.toLocaleString('en')} subscribers`,
      unit: 's',
      value,
      baseline: { what: `SELECT sum(bill_amount) over ${addMonths(month, -5)}…${month} + CREATE TABLE AS of the ${members.toLocaleString('en')}-row snapshot with its key`, value: baseline },
      ratio,
      goal: '≤ 2×',
      pass: ratio <= 2,
      notes: [...checks, `scan total ${scanned}`, `peak memory of the refreshing Node process: ${Math.max(...peaks).toFixed(0)} MB`],
    };
  },
};
