import type { DataSource, EntityManager } from 'typeorm';
import { compileRule, SEGMENT_PREDICATES, SEGMENTS_API_SOURCE, SqlParams } from '@retention/segment-rules';
import { BRANCH_SETTING } from '@retention/db';
import type { ProgressReporter } from '@retention/jobs';
import { CampaignChannel } from '../campaigns/campaign.enums';
import { SUPPRESSION_ORDER } from './list.enums';
import { ListError, ListErrorCode } from './list.errors';
import { attachListPartition, createListPartitionTable, LIST_MEMBER_DEFAULT } from './list-partition';
import { segmentMembersFrom, targetSegmentPredicate } from './segment-members';

/** Only one list build at a time: arbitration reads and changes other campaigns' lists. */
const LIST_BUILD_LOCK = 7_202_612;

export interface BuildParams {
  campaignId: string;
  /** One executing branch (the API's buildTargetList) … */
  branchCode?: string;
  /** … or several at once, in one pass over the month (buildTargetLists). */
  branchCodes?: string[];
  /** ISO time of "now" for the build (DOMAIN.md §5's injectable clock). */
  now: string;
  /**
   * Demo seed only (never from the API): the month that was the latest refreshed and
   * loaded one at `now`, for a campaign built in the past before later months were loaded.
   */
  seedMonth?: string;
}

export interface BuildResult {
  branchCode: string;
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
 * Builds (or tops up) the target lists of one campaign in one or more branches, following
 * DOMAIN.md §5's exact list rules. Set-based: each step is one statement over the
 * branches' members at the refreshed month, read through segments_api; a list is always
 * one (campaign, branch) — branches share the pass, never a stratum. One transaction,
 * one build at a time.
 */
export async function buildTargetLists(dataSource: DataSource, params: BuildParams, progress: ProgressReporter = () => undefined): Promise<BuildResult[]> {
  const branches = [...new Set(params.branchCodes ?? (params.branchCode ? [params.branchCode] : []))].sort();
  if (branches.length === 0) return [];
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [LIST_BUILD_LOCK]);
    // The sorts of a build (md5 order, key order, DISTINCT ON) over a whole province want memory, not disk.
    await manager.query("SET LOCAL work_mem = '64MB'");
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

    // The lists being built; a dispatched one only tops up.
    await manager.query(
      `INSERT INTO campaigns.target_list (campaign_id, branch_code, status) SELECT $1, b, 'BUILDING' FROM unnest($2::text[]) AS b
       ON CONFLICT (campaign_id, branch_code) DO NOTHING`,
      [campaign.id, branches],
    );
    await manager.query('SELECT 1 FROM campaigns.target_list WHERE campaign_id = $1 AND branch_code = ANY ($2::text[]) ORDER BY branch_code FOR UPDATE', [campaign.id, branches]);
    await manager.query(
      `CREATE TEMP TABLE list_branch ON COMMIT DROP AS
       SELECT branch_code, dispatched_at IS NOT NULL AS top_up FROM campaigns.target_list WHERE campaign_id = $1 AND branch_code = ANY ($2::text[])`,
      [campaign.id, branches],
    );
    progress({ phase: 'eligible', progress: 0.1 });

    // 1. Eligible: the target segment's members in the branch at the refreshed month ∩ extra rules.
    const sql = new SqlParams([refreshed, branches]);
    // A built-in key's predicate, or a saved segment's rule (frozen at publication, else its current one).
    const builtIn = campaign.target_segment_key && campaign.target_segment_key in SEGMENT_PREDICATES && !campaign.target_segment_id ? campaign.target_segment_key : null;
    const segment = targetSegmentPredicate(builtIn, builtIn ? null : (campaign.target_rule ?? campaign.current_rule), sql);
    const extra = campaign.eligibility_rule ? compileRule(campaign.eligibility_rule, sql, SEGMENTS_API_SOURCE) : 'true';
    const birthday = campaign.birthday_in_window && campaign.start_date && campaign.end_date
      ? `to_char(s.birthday, 'MM-DD') = ANY (${sql.add(monthDaysBetween(campaign.start_date, campaign.end_date), 'text[]')})`
      : 'true';
    const from = segmentMembersFrom(`${segment} ${extra} ${birthday}`);
    // The temporary tables get no key and no ANALYZE: the planner sizes them from their pages,
    // every join below is a hash or merge join either way, and each pass cost as much as a step (B3).
    await manager.query(
      `CREATE TEMP TABLE list_segment ON COMMIT DROP AS
       SELECT m.subscriber_id, m.branch_code, coalesce(m.retention_class, 'NONE') AS stratum, m.tenure_band, m.special_type, m.vip_card, (${extra} AND ${birthday}) AS eligible
       FROM ${from}
       WHERE m.month = $1::date AND m.branch_code = ANY ($2::text[]) AND ${segment}`,
      sql.values,
    );
    progress({ phase: 'suppressions', progress: 0.35 });

    // 2. The first suppression that applies, per eligible customer.
    const phoneOnly = campaign.channels.some((c) => c === CampaignChannel.PHONE_MANAGER || c === CampaignChannel.OUTBOUND_CALL) && !campaign.channels.includes(CampaignChannel.ACCOUNT_MANAGER);
    /** This campaign (weight w, published p) wins over oc: higher weight, then earlier published, then smaller id. */
    const outranks = (w: string, p: string) => `(${w}::numeric > oc.priority_weight
        OR (${w}::numeric = oc.priority_weight AND coalesce(${p}::timestamptz, 'infinity') < coalesce(oc.published_at, 'infinity'))
        OR (${w}::numeric = oc.priority_weight AND coalesce(${p}::timestamptz, 'infinity') = coalesce(oc.published_at, 'infinity') AND $1::uuid < oc.id))`;
    // The campaigns this one outranks among those with a list built in the last 90 days (a few rows): a
    // treated, uncontacted customer of theirs is released to this campaign (FREQUENCY_CAP names them otherwise).
    const [{ outranked }]: { outranked: string[] }[] = await manager.query(
      `SELECT coalesce(array_agg(DISTINCT oc.id), '{}') AS outranked
       FROM campaigns.target_list ol JOIN campaigns.campaign oc ON oc.id = ol.campaign_id
       WHERE ol.campaign_id <> $1::uuid
         AND ol.first_built_at >= $2::timestamptz - interval '90 days' AND ol.first_built_at <= $2::timestamptz
         AND ${outranks('$3', '$4')}`,
      [campaign.id, params.now, campaign.priority_weight, campaign.published_at],
    );
    const [{ topUp }]: { topUp: string[] }[] = await manager.query(`SELECT coalesce(array_agg(branch_code), '{}') AS "topUp" FROM list_branch WHERE top_up`);
    // Each reason is a set joined once (hash joins), not a subquery per customer. The eligible
    // customers are read in place from list_segment (a copy would cost as much as a reason); the
    // do-not-contact entries and the contacts are grouped on their own, not joined to the list first.
    const eligible = '(SELECT subscriber_id, branch_code, stratum, tenure_band, special_type, vip_card FROM list_segment WHERE eligible)';
    await manager.query(
      `CREATE TEMP TABLE list_build ON COMMIT DROP AS
       WITH gone AS (
         SELECT e.subscriber_id FROM ${eligible} e
         WHERE $4::date > $5::date
           AND NOT EXISTS (SELECT 1 FROM segments_api.usage_month_v1 u WHERE u.subscriber_id = e.subscriber_id AND u.month = $4::date AND u.on_network)
       ), dnc AS (
         -- '' stands for a province-wide entry, else the entry's branch
         SELECT d.subscriber_id, array_agg(coalesce(d.branch_code, '')) AS scopes FROM campaigns.do_not_contact d
         WHERE d.expires_at IS NULL OR d.expires_at > $2::timestamptz GROUP BY d.subscriber_id
       ), recent AS (
         SELECT DISTINCT k.subscriber_id FROM campaigns.contact k
         WHERE k.contacted_at <= $2::timestamptz AND k.contacted_at >= $2::timestamptz - interval '60 days'
       ), cap AS (
         SELECT DISTINCT ON (o.subscriber_id) o.subscriber_id, o.campaign_id AS by_campaign_id
         FROM ${eligible} e
         JOIN campaigns.list_member o ON o.subscriber_id = e.subscriber_id
         JOIN campaigns.target_list ol ON ol.campaign_id = o.campaign_id AND ol.branch_code = o.branch_code
         LEFT JOIN (SELECT DISTINCT k.campaign_id, k.subscriber_id FROM campaigns.contact k) tried
           ON tried.campaign_id = o.campaign_id AND tried.subscriber_id = o.subscriber_id
         WHERE o.campaign_id <> $1::uuid AND o.status IN ('TREATED','CONTROL')
           AND ol.first_built_at >= $2::timestamptz - interval '90 days' AND ol.first_built_at <= $2::timestamptz
           -- not releasable to this campaign: control, contacted, or not outranked
           AND NOT (o.status = 'TREATED' AND tried.subscriber_id IS NULL AND o.campaign_id = ANY ($6::uuid[]))
         ORDER BY o.subscriber_id, ol.first_built_at, o.campaign_id
       )
       SELECT e.subscriber_id, e.branch_code, e.stratum, e.tenure_band, cap.by_campaign_id,
         CASE
           WHEN ex.subscriber_id IS NOT NULL THEN 'ALREADY_TARGETED'
           WHEN gone.subscriber_id IS NOT NULL THEN 'NOT_ON_NETWORK'
           WHEN coalesce(e.special_type, '') <> '' THEN 'SPECIAL_ACCOUNT'
           WHEN $3::boolean AND e.vip_card IN ('DIAMOND','GOLD','SILVER') THEN 'VIP_CARD'
           WHEN dnc.scopes && ARRAY['', e.branch_code] THEN 'DO_NOT_CONTACT'
           WHEN recent.subscriber_id IS NOT NULL THEN 'RECENTLY_CONTACTED'
           WHEN cap.by_campaign_id IS NOT NULL THEN 'FREQUENCY_CAP'
         END AS reason
       FROM ${eligible} e
       -- a top-up keeps its members: they are not written again
       LEFT JOIN campaigns.list_member ex ON e.branch_code = ANY ($7::text[]) AND ex.campaign_id = $1::uuid AND ex.subscriber_id = e.subscriber_id
         AND ex.status IN ('TREATED','CONTROL')
       LEFT JOIN gone ON gone.subscriber_id = e.subscriber_id
       LEFT JOIN dnc ON dnc.subscriber_id = e.subscriber_id
       LEFT JOIN recent ON recent.subscriber_id = e.subscriber_id
       LEFT JOIN cap ON cap.subscriber_id = e.subscriber_id`,
      [campaign.id, params.now, phoneOnly, loaded, refreshed, outranked, topUp],
    );
    progress({ phase: 'arbitration', progress: 0.55 });

    // 3. Arbitration: lower-priority lists release their uncontacted treated customers to this one; the update
    //    reads only the outranked campaigns' partitions, and none when there is none.
    const released: { n: number }[] = outranked.length === 0 ? [{ n: 0 }] : await manager.query(
      `WITH moved AS (
         UPDATE campaigns.list_member o SET status = 'SUPPRESSED', reason = 'FREQUENCY_CAP', by_campaign_id = $1::uuid, stratum = NULL
         FROM list_build e
         WHERE e.reason IS NULL AND o.subscriber_id = e.subscriber_id AND o.campaign_id = ANY ($5::uuid[]) AND o.status = 'TREATED'
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
      [campaign.id, params.now, campaign.priority_weight, campaign.published_at, outranked],
    );
    progress({ phase: 'control group', progress: 0.7 });

    // 4. Replace what this build recomputes: everything before dispatch, the suppressed after. When that
    //    is all the campaign has, its members are written into a new partition instead (list-partition.ts).
    // A session limited to one branch by the backstop cannot see the other branches' members: it never swaps the partition.
    const [{ keeps }]: { keeps: boolean }[] = await manager.query(
      `SELECT coalesce(current_setting($2, true), '') <> ''
              OR EXISTS (SELECT 1 FROM campaigns.list_member m LEFT JOIN list_branch lb ON lb.branch_code = m.branch_code
                         WHERE m.campaign_id = $1 AND (lb.branch_code IS NULL OR (lb.top_up AND m.status <> 'SUPPRESSED'))) AS keeps`,
      [campaign.id, BRANCH_SETTING],
    );
    let target = 'campaigns.list_member';
    if (keeps) {
      await manager.query(
        `DELETE FROM campaigns.list_member m USING list_branch lb
         WHERE m.campaign_id = $1 AND m.branch_code = lb.branch_code AND (NOT lb.top_up OR m.status = 'SUPPRESSED')`,
        [campaign.id],
      );
    } else {
      // Rows written before the campaign had a partition would keep the new one from being attached.
      await manager.query(`DELETE FROM ${LIST_MEMBER_DEFAULT} WHERE campaign_id = $1`, [campaign.id]);
      target = await createListPartitionTable(manager, campaign.id);
    }
    // 5. The stratified control group per (branch, class): md5 order, round(share × n) over the list after this build;
    //    written in one statement with this build's suppressed customers (each reason but ALREADY_TARGETED).
    const split: { branch_code: string; control: number; treated: number }[] = await manager.query(
      `WITH cand AS (
         SELECT b.subscriber_id, b.branch_code, b.stratum, b.tenure_band,
                row_number() OVER (PARTITION BY b.branch_code, b.stratum ORDER BY md5($1::uuid::text || ':' || b.subscriber_id), b.subscriber_id) AS pos
         FROM list_build b WHERE b.reason IS NULL
       ), existing AS (
         SELECT m.branch_code, m.stratum, count(*) AS n, count(*) FILTER (WHERE m.status = 'CONTROL') AS control
         -- what a top-up keeps (a rebuild's earlier members are gone, or about to be with their partition)
         FROM campaigns.list_member m JOIN list_branch lb ON lb.branch_code = m.branch_code AND lb.top_up
         WHERE m.campaign_id = $1 AND m.status IN ('TREATED','CONTROL') GROUP BY m.branch_code, m.stratum
       ), quota AS (
         SELECT c.branch_code, c.stratum, greatest(0, round($2::numeric * (count(*) + coalesce(max(e.n), 0))) - coalesce(max(e.control), 0)) AS take
         FROM cand c LEFT JOIN existing e ON e.branch_code = c.branch_code AND e.stratum = c.stratum GROUP BY c.branch_code, c.stratum
       ), inserted AS (
         INSERT INTO ${target} (campaign_id, branch_code, subscriber_id, status, reason, by_campaign_id, stratum, tenure_band, added_at)
         SELECT $1, c.branch_code, c.subscriber_id, CASE WHEN c.pos <= q.take THEN 'CONTROL' ELSE 'TREATED' END, NULL, NULL, c.stratum, c.tenure_band, $3::timestamptz
         FROM cand c JOIN quota q ON q.branch_code = c.branch_code AND q.stratum = c.stratum
         UNION ALL
         SELECT $1, b.branch_code, b.subscriber_id, 'SUPPRESSED', b.reason, CASE WHEN b.reason = 'FREQUENCY_CAP' THEN b.by_campaign_id END, NULL, b.tenure_band, $3::timestamptz
         FROM list_build b WHERE b.reason IS NOT NULL AND b.reason <> 'ALREADY_TARGETED'
         -- into the keyed table in key order, each index insert next to the previous one (a new partition is keyed after)
         ${keeps ? 'ORDER BY 3' : ''}
         RETURNING branch_code, status
       )
       SELECT branch_code, count(*) FILTER (WHERE status = 'CONTROL')::int AS control, count(*) FILTER (WHERE status = 'TREATED')::int AS treated
       FROM inserted GROUP BY branch_code`,
      [campaign.id, campaign.control_share, params.now],
    );
    if (!keeps) await attachListPartition(manager, campaign.id, target);
    progress({ phase: 'funnel', progress: 0.9 });

    // 6. The funnel of this build per list: eligible = Σ suppressed by reason + new control + new treated.
    //    list_build holds every eligible customer once, so one pass over it counts both.
    const found: { branch_code: string; reason: string | null; n: number }[] = await manager.query(
      'SELECT branch_code, reason, count(*)::int AS n FROM list_build GROUP BY branch_code, reason',
    );
    const counts = branches.flatMap((branch_code) =>
      SUPPRESSION_ORDER.map((reason) => ({ branch_code, reason, n: found.find((f) => f.branch_code === branch_code && f.reason === reason)?.n ?? 0 })),
    );
    const eligibleIn = (branch: string) => found.filter((f) => f.branch_code === branch).reduce((sum, f) => sum + f.n, 0);
    // The segment is larger than the eligible only when extra rules or the birthday window narrow it.
    const segmentRows: { branch_code: string; n: number }[] = extra === 'true' && birthday === 'true'
      ? branches.map((branch_code) => ({ branch_code, n: eligibleIn(branch_code) }))
      : await manager.query('SELECT branch_code, count(*)::int AS n FROM list_segment GROUP BY branch_code');
    const segmentIn = (branch: string) => segmentRows.find((r) => r.branch_code === branch)?.n ?? 0;
    await manager.query('DELETE FROM campaigns.list_reason_count r USING list_branch lb WHERE r.campaign_id = $1 AND r.branch_code = lb.branch_code', [campaign.id]);
    await manager.query(
      `INSERT INTO campaigns.list_reason_count (campaign_id, branch_code, reason, count)
       SELECT $1, r.branch_code, r.reason, r.n FROM unnest($2::text[], $3::text[], $4::int[]) AS r (branch_code, reason, n)`,
      [campaign.id, counts.map((c) => c.branch_code), counts.map((c) => c.reason), counts.map((c) => c.n)],
    );
    const sizes: { branch_code: string; eligible: number; segment_size: number }[] = await manager.query(
      // in a WITH, so the rows come back as a SELECT's (TypeORM returns an UPDATE's as [rows, count])
      `WITH updated AS (UPDATE campaigns.target_list l SET month = $2::date, builds = l.builds + 1,
         eligible = z.eligible, segment_size = z.segment_size,
         first_built_at = coalesce(l.first_built_at, $3::timestamptz), built_at = $3::timestamptz,
         status = CASE WHEN l.dispatched_at IS NULL THEN 'BUILT' ELSE 'DISPATCHED' END
       FROM unnest($4::text[], $5::int[], $6::int[]) AS z (branch_code, eligible, segment_size)
       WHERE l.campaign_id = $1 AND l.branch_code = z.branch_code
       RETURNING l.branch_code, l.eligible, l.segment_size) SELECT * FROM updated`,
      [campaign.id, refreshed, params.now, branches, branches.map(eligibleIn), branches.map(segmentIn)],
    );
    progress({ phase: 'done', progress: 1 });
    return branches.map((branchCode) => {
      const size = sizes.find((s) => s.branch_code === branchCode)!;
      const done = split.find((s) => s.branch_code === branchCode);
      return {
        branchCode,
        month: refreshed.slice(0, 7),
        segmentSize: size.segment_size,
        eligible: size.eligible,
        reasons: Object.fromEntries(counts.filter((c) => c.branch_code === branchCode).map((c) => [c.reason, c.n])),
        newControl: done?.control ?? 0,
        newTreated: done?.treated ?? 0,
        released: released[0]?.n ?? 0,
      };
    });
  });
}

/** One (campaign, branch) list: buildTargetLists with one branch. */
export async function buildTargetList(dataSource: DataSource, params: BuildParams, progress: ProgressReporter = () => undefined): Promise<BuildResult> {
  const [result] = await buildTargetLists(dataSource, { ...params, branchCodes: params.branchCode ? [params.branchCode] : params.branchCodes }, progress);
  return result;
}
