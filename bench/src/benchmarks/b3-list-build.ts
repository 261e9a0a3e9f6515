import { Pool } from 'pg';
import { createCampaignsDataSource } from '@retention/campaigns/dist/data-source';
import { buildTargetLists } from '@retention/campaigns/dist/lists/list-builder';
import { BRANCH_CODES } from '@retention/domain';
import { monthStart } from '@retention/segments/dist/months/month';
import { repeat, timed } from '../measure';
import { ensureMonthRefreshed, expectEqual, type DataBenchmark } from './benchmark';

const PRIOR = 'b3000000-0000-4000-8000-000000000001';
const MEASURED = 'b3000000-0000-4000-8000-000000000002';
const NOW = '2026-11-20T09:00:00+08:00';

/**
 * B3: the target lists of a campaign for DYNAMIC_MID_HIGH_END in all 21 branches with 10 %
 * control, against a do-not-contact list of 1 % of the base and a prior overlapping
 * campaign (higher priority, its lists built a month before). Baseline in the same run: one
 * scan of the month's membership plus a CREATE TABLE AS of as many rows as the lists write.
 */
export const b3ListBuild: DataBenchmark = {
  id: 'B3',
  title: 'target list build',
  async run({ size, dataset, url, pool: segmentsPool, urlFor, runs, warmups }) {
    const month = dataset.months[dataset.months.length - 1];
    await ensureMonthRefreshed({ dataset, url, pool: segmentsPool }, month);
    const dataSource = createCampaignsDataSource(urlFor('campaigns'));
    await dataSource.initialize();
    const pool = new Pool({ connectionString: urlFor('campaigns'), max: 1 });
    try {
      await dataSource.runMigrations();
      await dataSource.query('TRUNCATE campaigns.campaign CASCADE');
      await dataSource.query('TRUNCATE campaigns.do_not_contact');
      await dataSource.query(
        `INSERT INTO campaigns.campaign (id, name, kind, level, status, executing_branches, created_by, target_segment_key, channels, control_share, priority_weight, published_at)
         VALUES ($1, 'B3 prior', 'TENURE', 'PROVINCE', 'PUBLISHED', $3, 'bench', 'CLASS_IMPORTANT', '{PHONE_MANAGER}', 0.1, 5, '2026-10-01'),
                ($2, 'B3 measured', 'DEPOSIT_GIFT', 'PROVINCE', 'PUBLISHED', $3, 'bench', 'DYNAMIC_MID_HIGH_END', '{PHONE_MANAGER}', 0.1, 1, '2026-11-01')`,
        [PRIOR, MEASURED, [...BRANCH_CODES]],
      );
      await dataSource.query(
        `INSERT INTO campaigns.do_not_contact (branch_code, subscriber_id, reason, created_by)
         SELECT NULL, subscriber_id, 'bench', 'bench' FROM segments_api.subscriber_v1 WHERE abs(hashtext(subscriber_id)) % 100 = 0`,
      );
      await buildTargetLists(dataSource, { campaignId: PRIOR, branchCodes: [...BRANCH_CODES], now: '2026-10-20T09:00:00+08:00' });

      // The 21 lists in one pass (buildTargetLists), as a province planner starts them.
      const phases: string[] = [];
      const buildAll = () => {
        let last = process.hrtime.bigint();
        phases.length = 0;
        return buildTargetLists(dataSource, { campaignId: MEASURED, branchCodes: [...BRANCH_CODES], now: NOW }, (p) => {
          const at = process.hrtime.bigint();
          phases.push(`${p.phase} ${(Number(at - last) / 1e9).toFixed(2)} s`);
          last = at;
        });
      };
      // Every run is a first build: the previous run's lists are removed (untimed) before it.
      const value = await repeat({ runs, warmups, label: `B3 list build ${size}` }, async () => {
        await pool.query('DELETE FROM campaigns.list_member WHERE campaign_id = $1', [MEASURED]);
        await pool.query('DELETE FROM campaigns.target_list WHERE campaign_id = $1', [MEASURED]);
        await pool.query('VACUUM ANALYZE campaigns.list_member');
        return (await timed(buildAll)).seconds;
      });

      const [{ rows: written, eligible, suppressed, control }] = await dataSource.query(
        `SELECT (SELECT count(*)::int FROM campaigns.list_member WHERE campaign_id = $1) AS rows,
                (SELECT sum(eligible)::int FROM campaigns.target_list WHERE campaign_id = $1) AS eligible,
                (SELECT sum(count)::int FROM campaigns.list_reason_count WHERE campaign_id = $1) AS suppressed,
                (SELECT count(*)::int FROM campaigns.list_member WHERE campaign_id = $1 AND status = 'CONTROL') AS control`,
        [MEASURED],
      );
      const [{ n: dynamic }] = await dataSource.query(`SELECT count(*)::int AS n FROM segments_api.membership_v1 WHERE month = $1::date AND dynamic_mid_high_end`, [monthStart(month)]);
      const [{ n: expectedControl }] = await dataSource.query(
        `SELECT coalesce(sum(round(0.1 * n)), 0)::int AS n FROM (SELECT count(*) AS n FROM campaigns.list_member WHERE campaign_id = $1 AND status IN ('TREATED','CONTROL') GROUP BY branch_code, stratum) s`,
        [MEASURED],
      );
      const checks = [
        expectEqual('B3', 'eligible = the month\'s dynamic mid-high-end', eligible, dynamic),
        expectEqual('B3', 'every eligible customer written once', written, eligible),
        expectEqual('B3', 'control = Σ round(0.1 × stratum)', control, expectedControl),
      ];

      const baseline = await repeat({ runs, warmups, label: `B3 scan + CTAS ${size}` }, async () => {
        const { seconds } = await timed(async () => {
          await pool.query('DROP TABLE IF EXISTS campaigns.b3_baseline');
          await pool.query(`SELECT count(*) FROM segments_api.membership_v1 WHERE month = $1::date`, [monthStart(month)]);
          await pool.query(
            `CREATE TABLE campaigns.b3_baseline AS SELECT m.subscriber_id, m.branch_code, coalesce(m.retention_class, 'NONE') AS stratum, now() AS added_at
             FROM segments_api.membership_v1 m WHERE m.month = $1::date AND m.dynamic_mid_high_end`,
            [monthStart(month)],
          );
        });
        return seconds;
      });
      await pool.query('DROP TABLE IF EXISTS campaigns.b3_baseline');
      const ratio = value.median / baseline.median;
      return {
        id: 'B3',
        size,
        what: `lists of 21 branches for DYNAMIC_MID_HIGH_END at ${month}: ${written.toLocaleString('en')} customers, 10 % control, 1 % DNC, a prior overlapping campaign`,
        unit: 's',
        value,
        baseline: { what: `scan of ${month}'s membership + CREATE TABLE AS of ${written.toLocaleString('en')} rows`, value: baseline },
        ratio,
        goal: '≤ 2×',
        pass: ratio <= 2,
        notes: [...checks, `phases of the last run (time up to each): ${phases.join(', ')}`, `suppressed ${suppressed.toLocaleString('en')}, control ${control.toLocaleString('en')}`],
      };
    } finally {
      await pool.end();
      await dataSource.destroy();
    }
  },
};
