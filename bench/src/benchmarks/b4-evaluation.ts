import { Pool } from 'pg';
import { createCampaignsDataSource } from '@retention/campaigns/dist/data-source';
import { BRANCH_CODES } from '@retention/domain';
import { createEvaluationDataSource } from '@retention/evaluation/dist/data-source';
import { toCampaignInfo } from '@retention/evaluation/dist/results/campaign-info';
import { evaluationWindows } from '@retention/evaluation/dist/results/evaluation-windows';
import { ResultStore } from '@retention/evaluation/dist/results/result-store.service';
import { monthStart } from '@retention/segments/dist/months/month';
import { repeat, timed } from '../measure';
import { ensureUsageLoaded, expectEqual, type DataBenchmark } from './benchmark';

const CAMPAIGN = 'b4000000-0000-4000-8000-000000000001';
const AGENT = 'b4000000-0000-4000-8000-0000000000a1';

/**
 * B4: the post-evaluation (DOMAIN.md §6) of a campaign whose list treats 10 % of the base
 * (a 1/9 control on top), with one contact attempt for half of the treated, started three
 * months before the latest loaded month: every branch, the pool and every breakdown, one
 * statement. Baseline in the same run: one scan of the evaluation window's usage months
 * (s−3 … e) for the list's subscribers — the least the evaluation must read.
 */
export const b4Evaluation: DataBenchmark = {
  id: 'B4',
  title: 'campaign evaluation',
  async run({ size, dataset, url, pool: segmentsPool, urlFor, runs, warmups }) {
    const months = dataset.months;
    const e = months[months.length - 1];
    const s = months[months.length - 3];
    const campaigns = createCampaignsDataSource(urlFor('campaigns'));
    await campaigns.initialize();
    await campaigns.runMigrations();
    const evaluation = createEvaluationDataSource(urlFor('evaluation'));
    await evaluation.initialize();
    await evaluation.runMigrations();
    const pool = new Pool({ connectionString: urlFor('evaluation'), max: 1 });
    try {
      await ensureUsageLoaded({ dataset, url, pool: segmentsPool });
      // A database kept from an earlier run (list members and contacts have no key to the campaign).
      for (const table of ['contact', 'list_member']) await campaigns.query(`DELETE FROM campaigns.${table} WHERE campaign_id = $1`, [CAMPAIGN]);
      await campaigns.query('DELETE FROM campaigns.campaign WHERE id = $1', [CAMPAIGN]);
      await campaigns.query(
        `INSERT INTO campaigns.campaign (id, name, kind, level, status, executing_branches, created_by, start_date, control_share, target_churn_reduction, published_at)
         VALUES ($1, 'B4 evaluated', 'DEPOSIT_GIFT', 'PROVINCE', 'CLOSED', $2, 'bench', $3::date, 0.1, 0.02, now())`,
        [CAMPAIGN, [...BRANCH_CODES], monthStart(s)],
      );
      await campaigns.query(
        // Built from the month before the start.
        `INSERT INTO campaigns.target_list (campaign_id, branch_code, status, month, eligible, builds, first_built_at, built_at, dispatched_at)
         SELECT $1, b, 'DISPATCHED', $3::date, 0, 1, now(), now(), now() FROM unnest($2::text[]) b`,
        [CAMPAIGN, [...BRANCH_CODES], monthStart(months[months.length - 4])],
      );
      // 111 in 1,000 on the list, 11 of them control: 10 % of the base treated.
      await campaigns.query(
        `INSERT INTO campaigns.list_member (campaign_id, branch_code, subscriber_id, status, stratum, tenure_band, added_at)
         SELECT $1, s.branch_code, s.subscriber_id, CASE WHEN h % 1000 < 11 THEN 'CONTROL' ELSE 'TREATED' END,
                (ARRAY['IMPORTANT','ORDINARY','IRREGULAR','CHURN_RISK','NONE'])[1 + h % 5],
                (ARRAY['LT_6M','6_12M','1_3Y','3_5Y','GE_5Y'])[1 + (h / 5) % 5], now()
         FROM (SELECT subscriber_id, branch_code, abs(hashtext(subscriber_id)) AS h FROM segments_api.subscriber_v1) s
         WHERE s.h % 1000 < 111`,
        [CAMPAIGN],
      );
      // Half of the treated contacted once: a task and one attempt each (a fifth accepted).
      await campaigns.query(
        `INSERT INTO campaigns.task (campaign_id, branch_code, subscriber_id, assignee_id, channel, planned_day, status, created_at)
         SELECT campaign_id, branch_code, subscriber_id, $2::uuid, 'PHONE_MANAGER', $3::date, 'DONE', now()
         FROM campaigns.list_member WHERE campaign_id = $1 AND status = 'TREATED' AND abs(hashtext(subscriber_id || ':c')) % 2 = 0`,
        [CAMPAIGN, AGENT, monthStart(s)],
      );
      await campaigns.query(
        `INSERT INTO campaigns.contact (task_id, campaign_id, branch_code, subscriber_id, agent_id, channel, outcome, offer_tier_code, cost,
                                        complaint, complaint_valid, contacted_at, idempotency_key, payload_hash)
         SELECT t.id, t.campaign_id, t.branch_code, t.subscriber_id, t.assignee_id, t.channel,
                o.outcome, CASE WHEN o.outcome = 'ACCEPTED' THEN 'DEP300' END, CASE WHEN o.outcome = 'ACCEPTED' THEN 300 ELSE 0 END,
                h % 500 = 0, CASE WHEN h % 500 = 0 THEN h % 1000 = 0 END, $2::timestamptz, t.id::text, 'b4'
         FROM campaigns.task t
         CROSS JOIN LATERAL (SELECT abs(hashtext(t.subscriber_id || ':o')) AS h) x
         CROSS JOIN LATERAL (SELECT (ARRAY['ACCEPTED','NO_ANSWER','REACHED_DECLINED','HESITANT_CALLBACK','INVALID_NUMBER'])[1 + x.h % 5] AS outcome) o
         WHERE t.campaign_id = $1`,
        [CAMPAIGN, `${monthStart(s)}T10:00:00+08:00`],
      );
      await campaigns.query('ANALYZE campaigns.list_member');
      await campaigns.query('ANALYZE campaigns.contact');

      const [row] = await evaluation.query(
        `SELECT campaign_id, name, kind, level, status, owner_branch_code, executing_branches, start_month, target_churn_reduction
         FROM campaigns_api.campaign_v1 WHERE campaign_id = $1`,
        [CAMPAIGN],
      );
      const campaign = toCampaignInfo(row);
      const store = new ResultStore(evaluation);
      const value = await repeat({ runs, warmups, label: `B4 evaluation ${size}` }, async () => {
        await evaluation.query('DELETE FROM evaluation.result_run WHERE campaign_id = $1', [CAMPAIGN]);
        return (await timed(() => store.recompute(campaign, e))).seconds;
      });

      const run = await store.load(campaign, e);
      const total = run.rows.find((r) => r.dimension === 'TOTAL' && r.branchCode === '')!;
      const [expected] = await evaluation.query(
        `SELECT count(*)::int AS list, count(*) FILTER (WHERE l.status = 'TREATED')::int AS treated,
                count(*) FILTER (WHERE l.status = 'TREATED' AND NOT EXISTS (
                  SELECT 1 FROM segments_api.usage_month_v1 u WHERE u.subscriber_id = l.subscriber_id AND u.month = $2::date AND u.status <> 'CHURNED'))::int AS churned_treated,
                (SELECT count(DISTINCT subscriber_id)::int FROM campaigns_api.contact_v1 WHERE campaign_id = $1) AS contacted
         FROM campaigns_api.list_member_v1 l WHERE l.campaign_id = $1 AND l.status IN ('TREATED', 'CONTROL')`,
        [CAMPAIGN, monthStart(e)],
      );
      const checks = [
        expectEqual('B4', 'list (treated + control)', total.listSize, expected.list),
        expectEqual('B4', 'treated', total.treated, expected.treated),
        expectEqual('B4', 'treated not on network at e', total.churnedTreated, expected.churned_treated),
        expectEqual('B4', 'contacted', total.contacted, expected.contacted),
      ];

      const window = evaluationWindows(campaign.startMonth, e).usageMonths.map(monthStart);
      const baseline = await repeat({ runs, warmups, label: `B4 window scan ${size}` }, async () => {
        const { seconds } = await timed(() =>
          pool.query(
            `SELECT count(*), sum(u.bill_amount) FROM campaigns_api.list_member_v1 l
             JOIN segments_api.usage_month_v1 u ON u.subscriber_id = l.subscriber_id AND u.month = ANY ($2::date[])
             WHERE l.campaign_id = $1 AND l.status IN ('TREATED', 'CONTROL')`,
            [CAMPAIGN, window],
          ),
        );
        return seconds;
      });
      const ratio = value.median / baseline.median;
      return {
        id: 'B4',
        size,
        what: `evaluation at ${e} of a campaign started ${s}: ${total.listSize.toLocaleString('en')} on the list (${total.treated.toLocaleString('en')} treated), ${total.contacted.toLocaleString('en')} contacted; 21 branches + pool + strata, tenure, channel, manager breakdowns`,
        unit: 's',
        value,
        baseline: { what: `one scan of ${window.length} usage months (${window[0].slice(0, 7)} … ${e}) for the list's subscribers`, value: baseline },
        ratio,
        goal: '≤ 1.5×',
        pass: ratio <= 1.5,
        notes: [...checks, `${run.rows.length} result groups stored`],
      };
    } finally {
      await pool.end();
      await evaluation.destroy();
      await campaigns.destroy();
    }
  },
};
