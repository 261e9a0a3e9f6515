import type { DataSource, EntityManager } from 'typeorm';
import { compileRule, ruleFrom, SEGMENT_PREDICATES, SEGMENTS_API_SOURCE, SqlParams, type CountedKey } from '@retention/segment-rules';
import type { ProgressReporter } from '@retention/jobs';
import { CampaignChannel } from '../campaigns/campaign.enums';
import { SUPPRESSION_ORDER } from './list.enums';
import { ListError, ListErrorCode } from './list.errors';

/** Only one list build at a time: arbitration reads and changes other campaigns' lists. */
const LIST_BUILD_LOCK = 7_202_612;

export interface BuildParams {
  campaignId: string;
  branchCode: string;
  /** ISO time of "now" for the build (DOMAIN.md §5's injectable clock). */
  now: string;
  /**
   * Demo seed only (never from the API): the month that was the latest refreshed and
   * loaded one at `now`, for a campaign built in the past before later months were loaded.
   */
  seedMonth?: string;
}

export interface BuildResult {
  month: string;
  segmentSize: number;
  eligible: number;
  reasons: Record<string, number>;
  newControl: number;
  newTreated: number;
  released: number;
}

interface CampaignForBuild {
  id: string;
  status: string;
  executing_branches: string[];
  target_segment_key: string | null;
  target_segment_id: string | null;
  target_rule: unknown;
  current_rule: unknown;
  eligibility_rule: unknown;
  channels: string[];
  control_share: string;
  priority_weight: string;
  published_at: Date | null;
  start_date: string | null;
  end_date: string | null;
  birthday_in_window: boolean;
}

/** Month-days (MM-DD) of a window, for birthday care campaigns. */
function monthDaysBetween(start: string, end: string): string[] {
  const days = new Set<string>();
  for (let d = new Date(`${start}T00:00:00Z`); d <= new Date(`${end}T00:00:00Z`) && days.size < 366; d.setUTCDate(d.getUTCDate() + 1)) {
    days.add(d.toISOString().slice(5, 10));
  }
  return [...days];
}

export async function latestMonths(manager: EntityManager | DataSource): Promise<{ refreshed: string | null; loaded: string | null }> {
  const [row] = await manager.query(
    `SELECT to_char(max(month) FILTER (WHERE refreshed_at IS NOT NULL), 'YYYY-MM-DD') AS refreshed, to_char(max(month), 'YYYY-MM-DD') AS loaded
     FROM segments_api.month_v1`,
  );
  return { refreshed: row?.refreshed ?? null, loaded: row?.loaded ?? null };
}

/**
 * Builds (or tops up) the target list of one (campaign, branch), following DOMAIN.md §5's
 * exact list rules. Set-based: each step is one statement over the branch's members at
 * the refreshed month, read through segments_api; one transaction, one build at a time.
 */
export async function buildTargetList(dataSource: DataSource, params: BuildParams, progress: ProgressReporter = () => undefined): Promise<BuildResult> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [LIST_BUILD_LOCK]);
    const [campaign]: CampaignForBuild[] = await manager.query(
      `SELECT c.id, c.status, c.executing_branches, c.target_segment_key, c.target_segment_id, c.target_rule,
              (SELECT d.rule FROM segments_api.segment_definition_v1 d WHERE d.segment_id = c.target_segment_id OR d.key = c.target_segment_key LIMIT 1) AS current_rule,
              c.eligibility_rule, c.channels, c.control_share, c.priority_weight, c.published_at,
              to_char(c.start_date, 'YYYY-MM-DD') AS start_date, to_char(c.end_date, 'YYYY-MM-DD') AS end_date, c.birthday_in_window
       FROM campaigns.campaign c WHERE c.id = $1`,
      [params.campaignId],
    );
    if (!campaign) throw new ListError(ListErrorCode.NOT_PUBLISHED, 'campaignId: no such campaign', { field: 'campaignId', status: '—' });
    const latest = await latestMonths(manager);
    const refreshed = params.seedMonth ?? latest.refreshed;
    const loaded = params.seedMonth ?? latest.loaded;
    if (!refreshed) throw new ListError(ListErrorCode.NO_REFRESHED_MONTH, 'no refreshed month to build from', {});
    const [list]: { dispatched_at: Date | null }[] = await manager.query(
      'SELECT dispatched_at FROM campaigns.target_list WHERE campaign_id = $1 AND branch_code = $2 FOR UPDATE',
      [campaign.id, params.branchCode],
    );
    const topUp = list?.dispatched_at != null;
    progress({ phase: 'eligible', progress: 0.1 });

    // 1. Eligible: the target segment's members in the branch at the refreshed month ∩ extra rules.
    const sql = new SqlParams([refreshed, params.branchCode]);
    const segment = campaign.target_segment_key && campaign.target_segment_key in SEGMENT_PREDICATES && !campaign.target_segment_id
      ? SEGMENT_PREDICATES[campaign.target_segment_key as CountedKey]
      : compileRule(campaign.target_rule ?? campaign.current_rule, sql, SEGMENTS_API_SOURCE);
    const extra = campaign.eligibility_rule ? compileRule(campaign.eligibility_rule, sql, SEGMENTS_API_SOURCE) : 'true';
    const birthday = campaign.birthday_in_window && campaign.start_date && campaign.end_date
      ? `to_char(s.birthday, 'MM-DD') = ANY (${sql.add(monthDaysBetween(campaign.start_date, campaign.end_date), 'text[]')})`
      : 'true';
    await manager.query(
      `CREATE TEMP TABLE list_segment ON COMMIT DROP AS
       SELECT m.subscriber_id, coalesce(m.retention_class, 'NONE') AS stratum, s.special_type, s.vip_card, (${extra} AND ${birthday}) AS eligible
       FROM ${ruleFrom(SEGMENTS_API_SOURCE)}
       WHERE m.month = $1::date AND m.branch_code = $2::text AND ${segment}`,
      sql.values,
    );
    await manager.query('CREATE TEMP TABLE list_eligible ON COMMIT DROP AS SELECT subscriber_id, stratum, special_type, vip_card FROM list_segment WHERE eligible');
    await manager.query('ALTER TABLE list_eligible ADD PRIMARY KEY (subscriber_id)');
    await manager.query('ANALYZE list_eligible');
    progress({ phase: 'suppressions', progress: 0.35 });

    // 2. The first suppression that applies, per eligible customer.
    const phoneOnly = campaign.channels.some((c) => c === CampaignChannel.PHONE_MANAGER || c === CampaignChannel.OUTBOUND_CALL) && !campaign.channels.includes(CampaignChannel.ACCOUNT_MANAGER);
    /** This campaign (weight w, published p) wins over oc: higher weight, then earlier published, then smaller id. */
    const outranks = (w: string, p: string) => `(${w}::numeric > oc.priority_weight
        OR (${w}::numeric = oc.priority_weight AND coalesce(${p}::timestamptz, 'infinity') < coalesce(oc.published_at, 'infinity'))
        OR (${w}::numeric = oc.priority_weight AND coalesce(${p}::timestamptz, 'infinity') = coalesce(oc.published_at, 'infinity') AND $1::uuid < oc.id))`;
    const otherLists = `FROM campaigns.list_member o
        JOIN campaigns.target_list ol ON ol.campaign_id = o.campaign_id AND ol.branch_code = o.branch_code
        JOIN campaigns.campaign oc ON oc.id = o.campaign_id
        WHERE o.subscriber_id = e.subscriber_id AND o.campaign_id <> $1::uuid AND o.status IN ('TREATED','CONTROL')
          AND ol.first_built_at >= $3::timestamptz - interval '90 days' AND ol.first_built_at <= $3::timestamptz`;
    const releasable = `(o.status = 'TREATED' AND ${outranks('$5', '$6')}
        AND NOT EXISTS (SELECT 1 FROM campaigns.contact k WHERE k.campaign_id = o.campaign_id AND k.subscriber_id = o.subscriber_id))`;
    await manager.query(
      `CREATE TEMP TABLE list_build ON COMMIT DROP AS
       SELECT e.subscriber_id, e.stratum, cap.by_campaign_id,
         CASE
           WHEN ex.subscriber_id IS NOT NULL THEN 'ALREADY_TARGETED'
           WHEN $7::date > $8::date AND NOT EXISTS (SELECT 1 FROM segments_api.usage_month_v1 u WHERE u.subscriber_id = e.subscriber_id AND u.month = $7::date AND u.on_network) THEN 'NOT_ON_NETWORK'
           WHEN coalesce(e.special_type, '') <> '' THEN 'SPECIAL_ACCOUNT'
           WHEN $4::boolean AND e.vip_card IN ('DIAMOND','GOLD','SILVER') THEN 'VIP_CARD'
           WHEN EXISTS (SELECT 1 FROM campaigns.do_not_contact d WHERE d.subscriber_id = e.subscriber_id
                          AND (d.branch_code IS NULL OR d.branch_code = $2::text) AND (d.expires_at IS NULL OR d.expires_at > $3::timestamptz)) THEN 'DO_NOT_CONTACT'
           WHEN EXISTS (SELECT 1 FROM campaigns.contact k WHERE k.subscriber_id = e.subscriber_id
                          AND k.contacted_at >= $3::timestamptz - interval '60 days' AND k.contacted_at <= $3::timestamptz) THEN 'RECENTLY_CONTACTED'
           WHEN cap.by_campaign_id IS NOT NULL THEN 'FREQUENCY_CAP'
         END AS reason
       FROM list_eligible e
       LEFT JOIN campaigns.list_member ex ON $9::boolean AND ex.campaign_id = $1::uuid AND ex.subscriber_id = e.subscriber_id AND ex.status IN ('TREATED','CONTROL')
       LEFT JOIN LATERAL (SELECT o.campaign_id AS by_campaign_id ${otherLists} AND NOT ${releasable}
                          ORDER BY ol.first_built_at, o.campaign_id LIMIT 1) cap ON true`,
      [campaign.id, params.branchCode, params.now, phoneOnly, campaign.priority_weight, campaign.published_at, loaded, refreshed, topUp],
    );
    progress({ phase: 'arbitration', progress: 0.55 });

    // 3. Arbitration: lower-priority lists release their uncontacted treated customers to this one.
    const released: { n: number }[] = await manager.query(
      `WITH moved AS (
         UPDATE campaigns.list_member o SET status = 'SUPPRESSED', reason = 'FREQUENCY_CAP', by_campaign_id = $1::uuid, stratum = NULL
         FROM list_build e
         WHERE e.reason IS NULL AND o.subscriber_id = e.subscriber_id AND o.campaign_id <> $1::uuid AND o.status = 'TREATED'
           AND EXISTS (SELECT 1 FROM campaigns.target_list ol JOIN campaigns.campaign oc ON oc.id = ol.campaign_id
                       WHERE ol.campaign_id = o.campaign_id AND ol.branch_code = o.branch_code
                         AND ol.first_built_at >= $2::timestamptz - interval '90 days' AND ol.first_built_at <= $2::timestamptz
                         AND ${outranks('$3', '$4')})
           AND NOT EXISTS (SELECT 1 FROM campaigns.contact k WHERE k.campaign_id = o.campaign_id AND k.subscriber_id = o.subscriber_id)
         RETURNING o.campaign_id, o.subscriber_id
       ), withdrawn AS (
         UPDATE campaigns.task t SET status = 'WITHDRAWN', withdrawn_reason = 'FREQUENCY_CAP', updated_at = now()
         FROM moved WHERE t.campaign_id = moved.campaign_id AND t.subscriber_id = moved.subscriber_id AND t.status IN ('OPEN','CALLBACK')
         RETURNING 1
       )
       SELECT count(*)::int AS n FROM moved`,
      [campaign.id, params.now, campaign.priority_weight, campaign.published_at],
    );
    progress({ phase: 'control group', progress: 0.7 });

    // 4. Replace what this build recomputes: everything before dispatch, the suppressed after.
    await manager.query(
      `INSERT INTO campaigns.target_list (campaign_id, branch_code, status) VALUES ($1, $2, 'BUILDING') ON CONFLICT (campaign_id, branch_code) DO NOTHING`,
      [campaign.id, params.branchCode],
    );
    await manager.query(
      `DELETE FROM campaigns.list_member WHERE campaign_id = $1 AND branch_code = $2 AND ($3::boolean = false OR status = 'SUPPRESSED')`,
      [campaign.id, params.branchCode, topUp],
    );
    await manager.query(
      `INSERT INTO campaigns.list_member (campaign_id, branch_code, subscriber_id, status, reason, by_campaign_id, added_at)
       SELECT $1, $2, b.subscriber_id, 'SUPPRESSED', b.reason, CASE WHEN b.reason = 'FREQUENCY_CAP' THEN b.by_campaign_id END, $3::timestamptz
       FROM list_build b WHERE b.reason IS NOT NULL AND b.reason <> 'ALREADY_TARGETED'`,
      [campaign.id, params.branchCode, params.now],
    );

    // 5. The stratified control group: md5 order per stratum, round(share × n) over the list after this build.
    const [split]: { control: number; treated: number }[] = await manager.query(
      `WITH cand AS (
         SELECT b.subscriber_id, b.stratum,
                row_number() OVER (PARTITION BY b.stratum ORDER BY md5($1::uuid::text || ':' || b.subscriber_id), b.subscriber_id) AS pos
         FROM list_build b WHERE b.reason IS NULL
       ), existing AS (
         SELECT stratum, count(*) AS n, count(*) FILTER (WHERE status = 'CONTROL') AS control
         FROM campaigns.list_member WHERE campaign_id = $1 AND branch_code = $2 AND status IN ('TREATED','CONTROL') GROUP BY stratum
       ), quota AS (
         SELECT c.stratum, greatest(0, round($3::numeric * (count(*) + coalesce(max(e.n), 0))) - coalesce(max(e.control), 0)) AS take
         FROM cand c LEFT JOIN existing e ON e.stratum = c.stratum GROUP BY c.stratum
       ), inserted AS (
         INSERT INTO campaigns.list_member (campaign_id, branch_code, subscriber_id, status, stratum, added_at)
         SELECT $1, $2, c.subscriber_id, CASE WHEN c.pos <= q.take THEN 'CONTROL' ELSE 'TREATED' END, c.stratum, $4::timestamptz
         FROM cand c JOIN quota q ON q.stratum = c.stratum
         RETURNING status
       )
       SELECT count(*) FILTER (WHERE status = 'CONTROL')::int AS control, count(*) FILTER (WHERE status = 'TREATED')::int AS treated FROM inserted`,
      [campaign.id, params.branchCode, campaign.control_share, params.now],
    );
    progress({ phase: 'funnel', progress: 0.9 });

    // 6. The funnel of this build: eligible = Σ suppressed by reason + new control + new treated.
    const counts: { reason: string; n: number }[] = await manager.query(
      `SELECT r.reason, count(b.subscriber_id)::int AS n
       FROM unnest($1::text[]) WITH ORDINALITY AS r (reason, ord)
       LEFT JOIN list_build b ON b.reason = r.reason
       GROUP BY r.reason, r.ord ORDER BY r.ord`,
      [SUPPRESSION_ORDER],
    );
    const [{ eligible, segment_size }]: { eligible: number; segment_size: number }[] = await manager.query(
      'SELECT (SELECT count(*)::int FROM list_eligible) AS eligible, (SELECT count(*)::int FROM list_segment) AS segment_size',
    );
    await manager.query('DELETE FROM campaigns.list_reason_count WHERE campaign_id = $1 AND branch_code = $2', [campaign.id, params.branchCode]);
    await manager.query(
      `INSERT INTO campaigns.list_reason_count (campaign_id, branch_code, reason, count)
       SELECT $1, $2, r.reason, r.n FROM unnest($3::text[], $4::int[]) AS r (reason, n)`,
      [campaign.id, params.branchCode, counts.map((c) => c.reason), counts.map((c) => c.n)],
    );
    await manager.query(
      `UPDATE campaigns.target_list SET month = $3::date, eligible = $4, segment_size = $5, builds = builds + 1,
         first_built_at = coalesce(first_built_at, $6::timestamptz), built_at = $6::timestamptz,
         status = CASE WHEN dispatched_at IS NULL THEN 'BUILT' ELSE 'DISPATCHED' END
       WHERE campaign_id = $1 AND branch_code = $2`,
      [campaign.id, params.branchCode, refreshed, eligible, segment_size, params.now],
    );
    progress({ phase: 'done', progress: 1 });
    return {
      month: refreshed.slice(0, 7),
      segmentSize: segment_size,
      eligible,
      reasons: Object.fromEntries(counts.map((c) => [c.reason, c.n])),
      newControl: split.control,
      newTreated: split.treated,
      released: released[0]?.n ?? 0,
    };
  });
}
