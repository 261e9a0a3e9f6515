/**
 * The evaluation of one campaign at one month (DOMAIN.md §6) as one set-based statement
 * over the published contracts: campaigns_api.list_member_v1 (the list: TREATED and
 * CONTROL), campaigns_api.contact_v1 (every attempt), segments_api.usage_month_v1 (one
 * pass over the window's months for the list's customers) and segments_api.subscriber_v1
 * (join date, for the tenure band). It writes the aggregates of every group — each branch
 * (`branch_code`), the pool (`''`), and the breakdowns — into evaluation.result; the
 * statistics (CI, p-value, DiD interval, power, ROI) are derived from these in
 * evaluation-figures.ts.
 *
 * $1 campaign id, $2 evaluation month e, $3 the before-window months s−3…s−1, $4 the
 * after-window months s…min(s+2, e), $5 every month read (both windows and e), $6 the
 * number of after-window months, $7 the last day of the month tenure is measured at.
 *
 * Per customer: churned = not on network at e (no usage row at e, or status CHURNED);
 * ARPU change = mean ARPU over the after-window − mean over the before-window, a
 * missing month counting 0; contacted = ≥ 1 attempt; reached = ≥ 1 attempt with outcome
 * REACHED_DECLINED, HESITANT_CALLBACK, ACCEPTED or DO_NOT_CALL; accepted = an ACCEPTED
 * attempt. Contact figures count treated customers (control ones are counted apart, as
 * control_contacted, the contamination check); cost sums the cost of every ACCEPTED
 * attempt of the list's customers (money spent is spent).
 */
export const EVALUATE_CAMPAIGN_SQL = `
WITH members AS (
  SELECT l.branch_code, l.subscriber_id, (l.status = 'TREATED') AS treated, coalesce(l.stratum, 'NONE') AS stratum
  FROM campaigns_api.list_member_v1 l
  WHERE l.campaign_id = $1::uuid AND l.status IN ('TREATED', 'CONTROL')
),
usage AS (
  SELECT u.subscriber_id,
         coalesce(sum(u.bill_amount) FILTER (WHERE u.month = ANY ($3::date[])), 0) AS before_sum,
         coalesce(sum(u.bill_amount) FILTER (WHERE u.month = ANY ($4::date[])), 0) AS after_sum,
         coalesce(bool_or(u.month = $2::date AND u.status <> 'CHURNED'), false) AS on_network
  FROM members m
  JOIN segments_api.usage_month_v1 u ON u.subscriber_id = m.subscriber_id AND u.month = ANY ($5::date[])
  GROUP BY u.subscriber_id
),
attempts AS (
  SELECT k.subscriber_id, k.channel, k.agent_id,
         bool_or(k.outcome IN ('REACHED_DECLINED', 'HESITANT_CALLBACK', 'ACCEPTED', 'DO_NOT_CALL')) AS reached,
         bool_or(k.outcome = 'ACCEPTED') AS accepted,
         count(*) FILTER (WHERE k.complaint) AS complaints,
         count(*) FILTER (WHERE k.complaint AND k.complaint_valid) AS valid_complaints,
         coalesce(sum(k.cost) FILTER (WHERE k.outcome = 'ACCEPTED'), 0) AS cost
  FROM campaigns_api.contact_v1 k
  WHERE k.campaign_id = $1::uuid
  GROUP BY k.subscriber_id, k.channel, k.agent_id
),
contacts AS (
  SELECT subscriber_id, bool_or(reached) AS reached, bool_or(accepted) AS accepted,
         sum(complaints) AS complaints, sum(valid_complaints) AS valid_complaints, sum(cost) AS cost
  FROM attempts
  GROUP BY subscriber_id
),
per AS (
  SELECT m.branch_code, m.treated, m.stratum,
         CASE WHEN s.join_date IS NULL THEN 'UNKNOWN'
              WHEN t.months < 6 THEN 'LT_6M' WHEN t.months < 12 THEN '6_12M' WHEN t.months < 36 THEN '1_3Y'
              WHEN t.months < 60 THEN '3_5Y' ELSE 'GE_5Y' END AS tenure_band,
         NOT coalesce(u.on_network, false) AS churned,
         CASE WHEN $6::int > 0 THEN coalesce(u.after_sum, 0) / $6::int - coalesce(u.before_sum, 0) / 3 END AS change,
         k.subscriber_id IS NOT NULL AS contacted,
         coalesce(k.reached, false) AS reached,
         coalesce(k.accepted, false) AS accepted,
         coalesce(k.complaints, 0) AS complaints,
         coalesce(k.valid_complaints, 0) AS valid_complaints,
         coalesce(k.cost, 0) AS cost
  FROM members m
  LEFT JOIN usage u ON u.subscriber_id = m.subscriber_id
  LEFT JOIN contacts k ON k.subscriber_id = m.subscriber_id
  LEFT JOIN segments_api.subscriber_v1 s ON s.subscriber_id = m.subscriber_id
  LEFT JOIN LATERAL (
    SELECT (extract(year FROM a) * 12 + extract(month FROM a))::int AS months FROM age($7::date, s.join_date) AS a
  ) t ON true
),
totals AS (
  SELECT CASE WHEN GROUPING(branch_code) = 1 THEN '' ELSE branch_code END AS branch_code,
         CASE WHEN GROUPING(stratum) = 0 THEN 'STRATUM' WHEN GROUPING(tenure_band) = 0 THEN 'TENURE_BAND' ELSE 'TOTAL' END AS dimension,
         CASE WHEN GROUPING(stratum) = 0 THEN stratum WHEN GROUPING(tenure_band) = 0 THEN tenure_band ELSE '' END AS key,
         count(*)::int AS list_size,
         count(*) FILTER (WHERE treated)::int AS treated,
         count(*) FILTER (WHERE NOT treated)::int AS control,
         count(*) FILTER (WHERE treated AND churned)::int AS churned_treated,
         count(*) FILTER (WHERE NOT treated AND churned)::int AS churned_control,
         (avg(change) FILTER (WHERE treated))::float8 AS change_mean_t,
         (var_samp(change) FILTER (WHERE treated))::float8 AS change_var_t,
         (avg(change) FILTER (WHERE NOT treated))::float8 AS change_mean_c,
         (var_samp(change) FILTER (WHERE NOT treated))::float8 AS change_var_c,
         count(*) FILTER (WHERE treated AND contacted)::int AS contacted,
         count(*) FILTER (WHERE treated AND reached)::int AS reached,
         count(*) FILTER (WHERE treated AND accepted)::int AS accepted,
         coalesce(sum(complaints) FILTER (WHERE treated), 0)::int AS complaints,
         coalesce(sum(valid_complaints) FILTER (WHERE treated), 0)::int AS valid_complaints,
         count(*) FILTER (WHERE NOT treated AND contacted)::int AS control_contacted,
         coalesce(sum(cost), 0) AS cost
  FROM per
  GROUP BY GROUPING SETS ((branch_code), (), (branch_code, stratum), (branch_code, tenure_band), (tenure_band))
),
treated_attempts AS (
  SELECT m.branch_code, a.*
  FROM attempts a
  JOIN members m ON m.subscriber_id = a.subscriber_id AND m.treated
),
contact_groups AS (
  SELECT CASE WHEN GROUPING(branch_code) = 1 THEN '' ELSE branch_code END AS branch_code,
         CASE WHEN GROUPING(channel) = 0 THEN 'CHANNEL' ELSE 'MANAGER' END AS dimension,
         CASE WHEN GROUPING(channel) = 0 THEN channel ELSE agent_id::text END AS key,
         0 AS list_size, 0 AS treated, 0 AS control, 0 AS churned_treated, 0 AS churned_control,
         NULL::float8 AS change_mean_t, NULL::float8 AS change_var_t, NULL::float8 AS change_mean_c, NULL::float8 AS change_var_c,
         count(DISTINCT subscriber_id)::int AS contacted,
         count(DISTINCT subscriber_id) FILTER (WHERE reached)::int AS reached,
         count(DISTINCT subscriber_id) FILTER (WHERE accepted)::int AS accepted,
         sum(complaints)::int AS complaints,
         sum(valid_complaints)::int AS valid_complaints,
         0 AS control_contacted,
         sum(cost) AS cost
  FROM treated_attempts
  GROUP BY GROUPING SETS ((branch_code, channel), (channel), (branch_code, agent_id), (agent_id))
)
INSERT INTO evaluation.result (campaign_id, month, branch_code, dimension, key, list_size, treated, control, churned_treated, churned_control,
                               change_mean_t, change_var_t, change_mean_c, change_var_c, contacted, reached, accepted, complaints,
                               valid_complaints, control_contacted, cost)
SELECT $1::uuid, $2::date, g.*
FROM (SELECT * FROM totals UNION ALL SELECT * FROM contact_groups) g`;

/**
 * What the stored figures were computed from: any change to the loaded months (a month
 * loaded or re-loaded), the list, the contacts (a new attempt, a complaint validated)
 * or the campaign's start date gives a different fingerprint. Cheap: index lookups by
 * campaign and the small month table.
 */
export const FINGERPRINT_SQL = `
SELECT concat_ws('|',
  (SELECT count(*) || ':' || coalesce(max(loaded_at)::text, '') FROM segments_api.month_v1),
  (SELECT count(*) || ':' || count(*) FILTER (WHERE status = 'TREATED') || ':' || coalesce(max(added_at)::text, '')
     FROM campaigns_api.list_member_v1 WHERE campaign_id = $1::uuid),
  (SELECT count(*) || ':' || coalesce(max(contacted_at)::text, '') || ':' || count(*) FILTER (WHERE complaint_valid) || ':'
          || count(complaint_valid) || ':' || coalesce(sum(cost), 0)
     FROM campaigns_api.contact_v1 WHERE campaign_id = $1::uuid),
  (SELECT coalesce(start_date::text, '') FROM campaigns_api.campaign_v1 WHERE campaign_id = $1::uuid)
) AS fingerprint`;
