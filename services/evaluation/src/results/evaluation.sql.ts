import type { EvaluationWindows } from './evaluation-windows';
import { monthToDate } from './month';

/** What a customer's attempts (alias k, campaigns_api.contact_v1) add up to, per customer and per customer × channel or manager. */
const ATTEMPT_FIGURES = `bool_or(k.outcome IN ('REACHED_DECLINED', 'HESITANT_CALLBACK', 'ACCEPTED', 'DO_NOT_CALL')) AS reached,
         bool_or(k.outcome = 'ACCEPTED') AS accepted,
         count(*) FILTER (WHERE k.complaint) AS complaints,
         count(*) FILTER (WHERE k.complaint AND k.complaint_valid) AS valid_complaints,
         coalesce(sum(k.cost) FILTER (WHERE k.outcome = 'ACCEPTED'), 0) AS cost`;

/** A statement and its parameters. */
export interface EvaluationQuery {
  text: string;
  values: unknown[];
}

/**
 * The evaluation of one campaign at one month (DOMAIN.md §6) as one set-based statement
 * over the published contracts: campaigns_api.list_member_v1 (the list: TREATED and
 * CONTROL, each with the tenure band its build recorded), campaigns_api.contact_v1
 * (every attempt) and segments_api.usage_month_v1 (each month of the windows, once). It
 * returns the aggregates of every group — each branch (`branch_code`), the pool (`''`),
 * and the breakdowns — which STORE_RESULT_ROWS_SQL writes
 * into evaluation.result (a SELECT, unlike an INSERT … SELECT, may run in parallel); the
 * statistics (CI, p-value, DiD interval, power, ROI) are derived from these in
 * evaluation-figures.ts.
 *
 * Per customer: churned = not on network at e (no usage row at e, or status CHURNED);
 * ARPU change = mean ARPU over the after-window − mean over the before-window, a missing
 * month counting 0 (null without an after-window); contacted = ≥ 1 attempt; reached = ≥ 1
 * attempt with outcome REACHED_DECLINED, HESITANT_CALLBACK, ACCEPTED or DO_NOT_CALL;
 * accepted = an ACCEPTED attempt. Contact figures count treated customers (control ones
 * are counted apart, as control_contacted, the contamination check); cost sums the cost of
 * every ACCEPTED attempt of the list's customers (money spent is spent). The tenure band
 * is the member's in the month its list build read (campaigns_api.list_member_v1.tenure_band,
 * as the stratum is; UNKNOWN for a member written before lists recorded it): joining every
 * subscriber of the base for a join date instead was a fifth of the evaluation (B4).
 *
 * Shape (B4): the list is joined to each month's usage by key, one join per month, so every
 * customer comes out as one row with all its months side by side — no grouping per customer
 * over the usage rows, which cost as much as reading them. Each join is a parallel hash join
 * that scans one month partition against the list, and the first aggregation per cell runs
 * in the same workers. The contact figures per cell come from the attempts joined to the
 * list alone (the list carries each customer's cell), so they are added up once, not in
 * every worker; the leader only rolls up cells.
 * Only month positions (numbers) are written into the text; every value is a parameter.
 */
export function evaluateCampaignQuery(campaignId: string, windows: EvaluationWindows): EvaluationQuery {
  const months = windows.usageMonths;
  const at = (month: string) => months.indexOf(month);
  const bills = (list: string[]) => list.map((m) => `coalesce(u${at(m)}.bill_amount, 0)`).join(' + ');
  const k = windows.afterMonths.length;
  // Sums of numeric(12,2) are exact; the means are taken once per customer.
  const change = k > 0 ? `(${bills(windows.afterMonths)})::float8 / ${k} - (${bills(windows.beforeMonths)})::float8 / 3` : 'NULL::float8';
  const joins = months
    .map((_, i) => `    LEFT JOIN segments_api.usage_month_v1 u${i} ON u${i}.subscriber_id = l.subscriber_id AND u${i}.month = $${2 + i}::date`)
    .join('\n');
  const e = at(windows.evaluationMonth);
  const text = `
WITH list AS NOT MATERIALIZED (
  -- Each customer of the list with its cell: read in place by both passes below (a materialized CTE would keep them out of the workers).
  SELECT l.branch_code, l.subscriber_id, (l.status = 'TREATED') AS treated, coalesce(l.stratum, 'NONE') AS stratum,
         coalesce(l.tenure_band, 'UNKNOWN') AS tenure_band
  FROM campaigns_api.list_member_v1 l
  WHERE l.campaign_id = $1::uuid AND l.status IN ('TREATED', 'CONTROL')
),
customers AS (
  -- Each customer as one row with its months side by side.
  SELECT l.branch_code, l.stratum, l.tenure_band, l.treated,
         ${change} AS change,
         coalesce(u${e}.status <> 'CHURNED', false) AS on_network
  FROM list l
${joins}
),
usage_cells AS (
  -- Per (branch, stratum, tenure band, arm): churn and ARPU change.
  SELECT m.branch_code, m.stratum, m.tenure_band, m.treated,
         count(*) AS n,
         count(*) FILTER (WHERE NOT m.on_network) AS churned,
         count(m.change) AS nc,
         sum(m.change) AS s1,
         sum(m.change ^ 2) AS s2
  FROM customers m
  GROUP BY m.branch_code, m.stratum, m.tenure_band, m.treated
),
contact_cells AS (
  -- Per cell: what its customers' attempts add up to (each customer's first, then the cell's). The cell
  -- comes from the list, so this pass reads no usage.
  SELECT l.branch_code, l.stratum, l.tenure_band, l.treated,
         count(*) AS contacted,
         count(*) FILTER (WHERE k.reached) AS reached,
         count(*) FILTER (WHERE k.accepted) AS accepted,
         sum(k.complaints) AS complaints,
         sum(k.valid_complaints) AS valid_complaints,
         sum(k.cost) AS cost
  FROM (
    SELECT k.subscriber_id,
           ${ATTEMPT_FIGURES}
    FROM campaigns_api.contact_v1 k
    WHERE k.campaign_id = $1::uuid
    GROUP BY k.subscriber_id
  ) k
  JOIN list l ON l.subscriber_id = k.subscriber_id
  GROUP BY l.branch_code, l.stratum, l.tenure_band, l.treated
),
cells AS (
  -- The cells the groups below roll up: every cell has customers, some have contacts.
  SELECT u.branch_code, u.stratum, u.tenure_band, u.treated, u.n, u.churned, u.nc, u.s1, u.s2,
         coalesce(c.contacted, 0) AS contacted, coalesce(c.reached, 0) AS reached, coalesce(c.accepted, 0) AS accepted,
         coalesce(c.complaints, 0) AS complaints, coalesce(c.valid_complaints, 0) AS valid_complaints, coalesce(c.cost, 0) AS cost
  FROM usage_cells u
  LEFT JOIN contact_cells c ON c.branch_code = u.branch_code AND c.stratum = u.stratum AND c.tenure_band = u.tenure_band AND c.treated = u.treated
),
totals AS (
  SELECT CASE WHEN GROUPING(branch_code) = 1 THEN '' ELSE branch_code END AS branch_code,
         CASE WHEN GROUPING(stratum) = 0 THEN 'STRATUM' WHEN GROUPING(tenure_band) = 0 THEN 'TENURE_BAND' ELSE 'TOTAL' END AS dimension,
         CASE WHEN GROUPING(stratum) = 0 THEN stratum WHEN GROUPING(tenure_band) = 0 THEN tenure_band ELSE '' END AS key,
         coalesce(sum(n), 0)::int AS list_size,
         coalesce(sum(n) FILTER (WHERE treated), 0)::int AS treated,
         coalesce(sum(n) FILTER (WHERE NOT treated), 0)::int AS control,
         coalesce(sum(churned) FILTER (WHERE treated), 0)::int AS churned_treated,
         coalesce(sum(churned) FILTER (WHERE NOT treated), 0)::int AS churned_control,
         sum(s1) FILTER (WHERE treated) / nullif(sum(nc) FILTER (WHERE treated), 0) AS change_mean_t,
         CASE WHEN sum(nc) FILTER (WHERE treated) > 1
              THEN greatest(0, sum(s2) FILTER (WHERE treated) - sum(s1) FILTER (WHERE treated) ^ 2 / sum(nc) FILTER (WHERE treated)) / (sum(nc) FILTER (WHERE treated) - 1) END AS change_var_t,
         sum(s1) FILTER (WHERE NOT treated) / nullif(sum(nc) FILTER (WHERE NOT treated), 0) AS change_mean_c,
         CASE WHEN sum(nc) FILTER (WHERE NOT treated) > 1
              THEN greatest(0, sum(s2) FILTER (WHERE NOT treated) - sum(s1) FILTER (WHERE NOT treated) ^ 2 / sum(nc) FILTER (WHERE NOT treated)) / (sum(nc) FILTER (WHERE NOT treated) - 1) END AS change_var_c,
         coalesce(sum(contacted) FILTER (WHERE treated), 0)::int AS contacted,
         coalesce(sum(reached) FILTER (WHERE treated), 0)::int AS reached,
         coalesce(sum(accepted) FILTER (WHERE treated), 0)::int AS accepted,
         coalesce(sum(complaints) FILTER (WHERE treated), 0)::int AS complaints,
         coalesce(sum(valid_complaints) FILTER (WHERE treated), 0)::int AS valid_complaints,
         coalesce(sum(contacted) FILTER (WHERE NOT treated), 0)::int AS control_contacted,
         coalesce(sum(cost), 0) AS cost
  FROM cells
  GROUP BY GROUPING SETS ((branch_code), (), (branch_code, stratum), (branch_code, tenure_band), (tenure_band))
),
channel_manager AS (
  -- Per treated customer × channel and × manager: what its attempts there add up to.
  SELECT m.branch_code, k.subscriber_id,
         CASE WHEN GROUPING(k.channel) = 0 THEN 'CHANNEL' ELSE 'MANAGER' END AS dimension,
         CASE WHEN GROUPING(k.channel) = 0 THEN k.channel ELSE k.agent_id::text END AS key,
         ${ATTEMPT_FIGURES}
  FROM campaigns_api.contact_v1 k
  JOIN campaigns_api.list_member_v1 m ON m.campaign_id = $1::uuid AND m.subscriber_id = k.subscriber_id AND m.status = 'TREATED'
  WHERE k.campaign_id = $1::uuid
  GROUP BY GROUPING SETS ((m.branch_code, k.subscriber_id, k.channel), (m.branch_code, k.subscriber_id, k.agent_id))
),
contact_groups AS (
  -- Per channel and per manager: the treated customers with an attempt there (a customer counts once per channel, once per manager).
  SELECT CASE WHEN GROUPING(c.branch_code) = 1 THEN '' ELSE c.branch_code END AS branch_code, c.dimension, c.key,
         0 AS list_size, 0 AS treated, 0 AS control, 0 AS churned_treated, 0 AS churned_control,
         NULL::float8 AS change_mean_t, NULL::float8 AS change_var_t, NULL::float8 AS change_mean_c, NULL::float8 AS change_var_c,
         count(*)::int AS contacted,
         count(*) FILTER (WHERE c.reached)::int AS reached,
         count(*) FILTER (WHERE c.accepted)::int AS accepted,
         sum(c.complaints)::int AS complaints,
         sum(c.valid_complaints)::int AS valid_complaints,
         0 AS control_contacted,
         sum(c.cost) AS cost
  FROM channel_manager c
  GROUP BY GROUPING SETS ((c.dimension, c.key, c.branch_code), (c.dimension, c.key))
)
SELECT * FROM totals UNION ALL SELECT * FROM contact_groups`;
  return { text, values: [campaignId, ...months.map(monthToDate)] };
}

/** Stores the groups evaluateCampaignQuery returned: $1 campaign, $2 month, $3 the rows as a JSON array. */
export const STORE_RESULT_ROWS_SQL = `
INSERT INTO evaluation.result (campaign_id, month, branch_code, dimension, key, list_size, treated, control, churned_treated, churned_control,
                               change_mean_t, change_var_t, change_mean_c, change_var_c, contacted, reached, accepted, complaints,
                               valid_complaints, control_contacted, cost)
SELECT $1::uuid, $2::date, r.branch_code, r.dimension, r.key, r.list_size, r.treated, r.control, r.churned_treated, r.churned_control,
       r.change_mean_t, r.change_var_t, r.change_mean_c, r.change_var_c, r.contacted, r.reached, r.accepted, r.complaints,
       r.valid_complaints, r.control_contacted, r.cost
FROM jsonb_to_recordset($3::jsonb) AS r (branch_code text, dimension text, key text, list_size int, treated int, control int, churned_treated int,
  churned_control int, change_mean_t float8, change_var_t float8, change_mean_c float8, change_var_c float8, contacted int, reached int, accepted int,
  complaints int, valid_complaints int, control_contacted int, cost numeric)`;

/**
 * What the stored figures were computed from: any change to the loaded months (a month
 * loaded or re-loaded), the list (its members, months, tenure bands), the contacts (a new
 * attempt, a complaint validated) or the campaign's start date gives a different fingerprint. Cheap: index lookups by
 * campaign and the small month table.
 */
export const FINGERPRINT_SQL = `
SELECT concat_ws('|',
  (SELECT count(*) || ':' || coalesce(max(loaded_at)::text, '') FROM segments_api.month_v1),
  (SELECT count(*) || ':' || count(*) FILTER (WHERE status = 'TREATED') || ':' || coalesce(max(added_at)::text, '') || ':'
          || coalesce(min(list_month)::text, '') || ':' || coalesce(max(list_month)::text, '') || ':'
          || concat_ws(',', count(*) FILTER (WHERE tenure_band = 'LT_6M'), count(*) FILTER (WHERE tenure_band = '6_12M'),
                       count(*) FILTER (WHERE tenure_band = '1_3Y'), count(*) FILTER (WHERE tenure_band = '3_5Y'), count(*) FILTER (WHERE tenure_band = 'GE_5Y'))
     FROM campaigns_api.list_member_v1 WHERE campaign_id = $1::uuid),
  (SELECT count(*) || ':' || coalesce(max(contacted_at)::text, '') || ':' || count(*) FILTER (WHERE complaint_valid) || ':'
          || count(complaint_valid) || ':' || coalesce(sum(cost), 0)
     FROM campaigns_api.contact_v1 WHERE campaign_id = $1::uuid),
  (SELECT coalesce(start_date::text, '') FROM campaigns_api.campaign_v1 WHERE campaign_id = $1::uuid)
) AS fingerprint`;
