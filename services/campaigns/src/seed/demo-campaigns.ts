import type { DataSource } from 'typeorm';
import { BRANCH_CODES, DEMO_CAMPAIGN_IDS } from '@retention/domain';
import { buildTargetList, latestMonths } from '../lists/list-builder';
import { dispatchList } from '../tasks/dispatch.service';

const TALK_TRACK = '您好，我是中国移动的客户经理。感谢您一直以来的支持！为回馈老客户，本月为您准备了专属优惠：……请问您是否需要为您办理？（营销必说话术：须说明优惠期限、合约期与资费，不得承诺额外返利）';

interface DemoCampaign {
  id: string;
  name: string;
  kind: string;
  level: 'PROVINCE' | 'BRANCH';
  status: string;
  owner: string | null;
  branches: string[];
  segment: string;
  channels: string[];
  start: string;
  end: string;
  priority: number;
  tiers: [code: string, name: string, kind: string, deposit: number | null, gift: number | null, months: number, cost: number, tenureMin: number | null, tenureMax: number | null][];
  reviewComment?: string;
}

const DEPOSIT_TIERS: DemoCampaign['tiers'] = [
  ['DEP300', '存300送300（10个月）', 'DEPOSIT_GIFT', 300, 300, 10, 300, 12, null],
  ['DEP200', '存200送200（10个月）', 'DEPOSIT_GIFT', 200, 200, 10, 200, 12, null],
  ['DEP100', '存100送50（6个月，网龄<1年）', 'DEPOSIT_GIFT', 100, 50, 6, 50, null, 11],
];

/** The demo's campaigns: some in every state, with lists, tasks and contacts where their state has them. */
function demoCampaigns(): DemoCampaign[] {
  const all = [...BRANCH_CODES];
  return [
    { id: DEMO_CAMPAIGN_IDS.provinceTenure, name: '网龄计划：老客户回馈', kind: 'TENURE', level: 'PROVINCE', status: 'PUBLISHED', owner: null, branches: all, segment: 'CLASS_ORDINARY', channels: ['PHONE_MANAGER', 'FRONT_DESK'], start: '2026-11-01', end: '2026-12-31', priority: 2, tiers: DEPOSIT_TIERS },
    { id: DEMO_CAMPAIGN_IDS.provinceDepositGift, name: '存费送费：中高端稳定', kind: 'DEPOSIT_GIFT', level: 'PROVINCE', status: 'CLOSED', owner: null, branches: ['CD', 'MY', 'DY', 'GA'], segment: 'DYNAMIC_MID_HIGH_END', channels: ['PHONE_MANAGER', 'ACCOUNT_MANAGER'], start: '2026-07-01', end: '2026-08-31', priority: 1, tiers: DEPOSIT_TIERS },
    { id: DEMO_CAMPAIGN_IDS.provinceTerminalDraft, name: 'G3终端补贴（草稿）', kind: 'TERMINAL', level: 'PROVINCE', status: 'DRAFT', owner: null, branches: all, segment: 'CLASS_IMPORTANT', channels: ['ACCOUNT_MANAGER', 'FRONT_DESK'], start: '2027-01-01', end: '2027-03-31', priority: 1, tiers: [['TD_SUBSIDY70', 'G3终端补贴70%（合约20个月）', 'TERMINAL', null, null, 20, 1100, 12, null]] },
    { id: DEMO_CAMPAIGN_IDS.chengduCare, name: '成都生日关怀', kind: 'CARE', level: 'BRANCH', status: 'PUBLISHED', owner: 'CD', branches: ['CD'], segment: 'DYNAMIC_MID_HIGH_END', channels: ['SMS', 'PHONE_MANAGER'], start: '2026-12-01', end: '2026-12-31', priority: 1, tiers: [] },
    { id: '6f1c2a10-0000-4000-8000-000000000005', name: '产品归位：商旅58迁移', kind: 'PLAN_MIGRATION', level: 'PROVINCE', status: 'PENDING_APPROVAL', owner: null, branches: ['CD', 'GA', 'MY'], segment: 'CLASS_CHURN_RISK', channels: ['PHONE_MANAGER'], start: '2027-01-01', end: '2027-02-28', priority: 3, tiers: [['SL58', '商旅58套餐', 'PLAN', null, null, 12, 0, null, null]] },
    { id: '6f1c2a10-0000-4000-8000-000000000006', name: '飞信与手机邮箱推荐', kind: 'SERVICE_PUSH', level: 'PROVINCE', status: 'DRAFT', owner: null, branches: all, segment: 'CLASS_IRREGULAR', channels: ['SMS', 'E_CHANNEL'], start: '2027-02-01', end: '2027-03-31', priority: 1, tiers: [], reviewComment: '请补充话术中的资费说明' },
    { id: '6f1c2a10-0000-4000-8000-000000000007', name: '广安存费送费（本地）', kind: 'DEPOSIT_GIFT', level: 'BRANCH', status: 'PENDING_APPROVAL', owner: 'GA', branches: ['GA'], segment: 'NEAR_MID_HIGH_END', channels: ['PHONE_MANAGER'], start: '2027-01-01', end: '2027-01-31', priority: 1, tiers: DEPOSIT_TIERS.slice(1) },
  ];
}

/**
 * Demo campaigns, only into an empty table. The closed deposit-gift campaign ran in July
 * 2026: its lists are built from June's data with the clock set to 1 July (DOMAIN.md §5's
 * injectable clock), contacted in July, so the months loaded after it make a real
 * post-evaluation. The published tenure campaign has Chengdu's list built and dispatched.
 */
export async function seedDemoCampaigns(dataSource: DataSource): Promise<void> {
  const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM campaigns.campaign');
  if (n > 0) return;
  for (const c of demoCampaigns()) {
    const published = ['PUBLISHED', 'CLOSED', 'EVALUATED'].includes(c.status);
    await dataSource.query(
      `INSERT INTO campaigns.campaign (id, name, kind, level, status, owner_branch_code, executing_branches, created_by, target_segment_key, channels, talk_track,
         start_date, end_date, budget, control_share, priority_weight, target_uptake, target_churn_reduction, birthday_in_window, review_comment,
         submitted_at, published_at, closed_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'demo', $8, $9, $10, $11, $12, 200000, 0.1, $13, 0.15, 0.02, $14, $15,
         CASE WHEN $5 <> 'DRAFT' THEN $11::date - 20 END, CASE WHEN $16 THEN ($11::date - 10)::timestamptz END, CASE WHEN $5 = 'CLOSED' THEN ($12::date + 1)::timestamptz END,
         ($11::date - 30)::timestamptz)`,
      [c.id, c.name, c.kind, c.level, c.status, c.owner, c.branches, c.segment, c.channels, TALK_TRACK, c.start, c.end, c.priority, c.kind === 'CARE', c.reviewComment ?? null, published],
    );
    for (const [i, [code, name, kind, deposit, gift, months, cost, tmin, tmax]] of c.tiers.entries()) {
      await dataSource.query(
        `INSERT INTO campaigns.offer_tier (campaign_id, position, code, name, offer_kind, deposit, gift, months, cost_per_acceptance, tenure_min_months, tenure_max_months)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [c.id, i + 1, code, name, kind, deposit, gift, months, cost, tmin, tmax],
      );
    }
    await dataSource.query(
      `INSERT INTO campaigns.campaign_audit (campaign_id, actor_id, actor_name, action, from_status, to_status, at) VALUES ($1, 'demo', 'province', 'CREATE', NULL, 'DRAFT', $2::date - 30)`,
      [c.id, c.start],
    );
    if (c.status !== 'DRAFT') {
      await dataSource.query(
        `INSERT INTO campaigns.campaign_audit (campaign_id, actor_id, actor_name, action, from_status, to_status, at) VALUES ($1, 'demo', 'province', 'SUBMIT', 'DRAFT', 'PENDING_APPROVAL', $2::date - 20)`,
        [c.id, c.start],
      );
    }
    if (published) {
      await dataSource.query(
        `INSERT INTO campaigns.campaign_audit (campaign_id, actor_id, actor_name, action, from_status, to_status, comment, at) VALUES ($1, 'demo', 'province', 'APPROVE', 'PENDING_APPROVAL', 'PUBLISHED', '同意发布', $2::date - 10)`,
        [c.id, c.start],
      );
    }
  }
  // `pnpm start` seeds the subgraphs side by side: wait (bounded) until segments' demo months are refreshed.
  await waitForDemoMonths(dataSource);
  const { refreshed } = await latestMonths(dataSource);
  if (!refreshed) return;

  // July 2026: the deposit-gift campaign, built from June, contacted in July, closed.
  const past = DEMO_CAMPAIGN_IDS.provinceDepositGift;
  await dataSource.query(`UPDATE campaigns.campaign SET status = 'PUBLISHED' WHERE id = $1`, [past]);
  for (const branch of ['CD', 'MY', 'DY', 'GA']) {
    await buildTargetList(dataSource, { campaignId: past, branchCode: branch, now: '2026-07-01T09:00:00+08:00', seedMonth: '2026-06-01' });
    await dispatchList(dataSource, { campaignId: past, branchCode: branch, managerIds: null, startDay: null, now: new Date('2026-07-01T09:00:00+08:00') });
  }
  await seedContacts(dataSource, past, 0.7);
  await dataSource.query(`UPDATE campaigns.campaign SET status = 'CLOSED' WHERE id = $1`, [past]);
  await dataSource.query(`UPDATE campaigns.task SET status = 'WITHDRAWN', withdrawn_reason = 'CAMPAIGN_CLOSED' WHERE campaign_id = $1 AND status IN ('OPEN','CALLBACK')`, [past]);

  // Now: the tenure campaign in Chengdu, built from the latest month and dispatched, some calls made.
  const now = new Date();
  await buildTargetList(dataSource, { campaignId: DEMO_CAMPAIGN_IDS.provinceTenure, branchCode: 'CD', now: now.toISOString() });
  await dispatchList(dataSource, { campaignId: DEMO_CAMPAIGN_IDS.provinceTenure, branchCode: 'CD', managerIds: null, startDay: null, now });
  await buildTargetList(dataSource, { campaignId: DEMO_CAMPAIGN_IDS.provinceTenure, branchCode: 'GA', now: now.toISOString() });
}

/**
 * Waits until segments_api.month_v1 has months and every loaded month is refreshed (the
 * segments demo seed imports all months, then refreshes them in order), at most
 * DEMO_SEED_WAIT_MS (default 100 s). Only when started by the platform (SEED_DEMO=true in
 * the environment: the subgraphs start side by side) and demo data is generated.
 */
export async function waitForDemoMonths(dataSource: DataSource, timeoutMs = Number(process.env.DEMO_SEED_WAIT_MS ?? 100000)): Promise<void> {
  if (process.env.SEED_DEMO !== 'true' || process.env.DEMO_SUBSCRIBERS === '0') return;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [row] = await dataSource.query('SELECT count(*)::int AS loaded, count(refreshed_at)::int AS refreshed FROM segments_api.month_v1');
    if (row.loaded > 0 && row.refreshed === row.loaded) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/**
 * Contacts for a share of a campaign's tasks, on their planned days, with outcomes drawn
 * deterministically from the customer id (md5): about a quarter accept, one in a hundred
 * complains (a third of them validly).
 */
async function seedContacts(dataSource: DataSource, campaignId: string, share: number): Promise<void> {
  await dataSource.query(
    `WITH picked AS (
       SELECT t.*, ('x' || substr(md5(t.subscriber_id || ':demo'), 1, 8))::bit(32)::bigint % 1000 AS r
       FROM campaigns.task t WHERE t.campaign_id = $1 AND t.status = 'OPEN'
     ), drawn AS (
       SELECT p.*, CASE WHEN p.r < 250 THEN 'ACCEPTED' WHEN p.r < 500 THEN 'REACHED_DECLINED' WHEN p.r < 600 THEN 'NO_ANSWER' WHEN p.r < 650 THEN 'INVALID_NUMBER' WHEN p.r < 670 THEN 'DO_NOT_CALL' ELSE 'REACHED_DECLINED' END AS outcome,
              (SELECT tier.code FROM campaigns.offer_tier tier WHERE tier.campaign_id = p.campaign_id ORDER BY tier.position OFFSET (p.r % 2) LIMIT 1) AS tier_code
       FROM picked p WHERE p.r < $2::numeric * 1000
     )
     INSERT INTO campaigns.contact (task_id, campaign_id, branch_code, subscriber_id, agent_id, channel, outcome, offer_tier_code, cost, complaint, complaint_valid, complaint_text,
       contacted_at, idempotency_key, payload_hash)
     SELECT d.id, d.campaign_id, d.branch_code, d.subscriber_id, d.assignee_id, d.channel, d.outcome,
            CASE WHEN d.outcome = 'ACCEPTED' THEN d.tier_code END,
            CASE WHEN d.outcome = 'ACCEPTED' THEN (SELECT cost_per_acceptance FROM campaigns.offer_tier WHERE campaign_id = d.campaign_id AND code = d.tier_code) ELSE 0 END,
            d.r % 100 = 7, CASE WHEN d.r % 100 = 7 THEN d.r % 3 = 0 END, CASE WHEN d.r % 100 = 7 THEN '客户反映来电打扰' END,
            (d.planned_day + time '10:00') AT TIME ZONE 'Asia/Shanghai', 'demo:' || d.id, 'demo'
     FROM drawn d`,
    [campaignId, share],
  );
  await dataSource.query(
    `UPDATE campaigns.task t SET status = 'DONE' FROM campaigns.contact k WHERE k.task_id = t.id AND t.campaign_id = $1 AND k.outcome <> 'NO_ANSWER'`,
    [campaignId],
  );
  await dataSource.query(
    `INSERT INTO campaigns.accepted_offer (contact_id, campaign_id, branch_code, subscriber_id, kind, tier, start_month, months, trial_months, cost, accepted_at)
     SELECT k.id, k.campaign_id, k.branch_code, k.subscriber_id, tier.offer_kind, tier.code,
            (date_trunc('month', k.contacted_at AT TIME ZONE 'Asia/Shanghai') + interval '1 month')::date, coalesce(tier.months, 1), tier.trial_months, k.cost, k.contacted_at
     FROM campaigns.contact k JOIN campaigns.offer_tier tier ON tier.campaign_id = k.campaign_id AND tier.code = k.offer_tier_code
     WHERE k.campaign_id = $1 AND k.outcome = 'ACCEPTED'`,
    [campaignId],
  );
}
