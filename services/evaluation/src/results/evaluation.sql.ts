/**
 * The evaluation of one campaign at one month (DOMAIN.md §6) as one set-based query
 * over the published contracts: campaigns_api.list_member_v1 (the list: TREATED and
 * CONTROL), campaigns_api.contact_v1 (every attempt), segments_api.usage_month_v1 (one
 * pass over the window's months for the list's customers) and segments_api.subscriber_v1
 * (join date, for the tenure band at the list's month). It returns the aggregates of every group — each branch
 * (`branch_code`), the pool (`''`), and the breakdowns — which STORE_RESULT_ROWS_SQL writes into
 * evaluation.result (a SELECT, unlike an INSERT … SELECT, may scan usage in parallel); the
 * statistics (CI, p-value, DiD interval, power, ROI) are derived from these in
 * evaluation-figures.ts.
 *
 * $1 campaign id, $2 evaluation month e, $3 the before-window months s−3…s−1, $4 the
 * after-window months s…min(s+2, e), $5 every month read (both windows and e), $6 the
 * number of after-window months, $7 the month tenure is measured at when a list has no
 * month (s−1; e without a start): tenure is taken at the last day of the list's month
 * (campaigns_api.list_member_v1.list_month, the month the list was built from).
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
WITH members AS MATERIALIZED (
  SELECT x.branch_code, x.subscriber_id, x.treated, x.stratum,
         CASE WHEN x.join_date IS NULL THEN 'UNKNOWN'
              ELSE CASE WHEN x.months < 6 THEN 'LT_6M' WHEN x.months < 12 THEN '6_12M' WHEN x.months < 36 THEN '1_3Y' WHEN x.months < 60 THEN '3_5Y' ELSE 'GE_5Y' END
         END AS tenure_band
  FROM (
    SELECT y.branch_code, y.subscriber_id, y.treated, y.stratum, y.join_date,
           -- Whole months from the join date to the last day of the list's month, as age() counts them.
           (date_part('year', y.at) - date_part('year', y.join_date)) * 12 + date_part('month', y.at) - date_part('month', y.join_date)
             - CASE WHEN date_part('day', y.join_date) > date_part('day', y.at) THEN 1 ELSE 0 END AS months
    FROM (
      -- The join date and the list month's last day once per customer (OFFSET 0 keeps them from being recomputed per use).
      SELECT l.branch_code, l.subscriber_id, (l.status = 'TREATED') AS treated, coalesce(l.stratum, 'NONE') AS stratum,
             (date_trunc('month', coalesce(l.list_month, $7::date)) + interval '1 month - 1 day')::date AS at, s.join_date
      FROM campaigns_api.list_member_v1 l
      LEFT JOIN segments_api.subscriber_v1 s ON s.subscriber_id = l.subscriber_id
      WHERE l.campaign_id = $1::uuid AND l.status IN ('TREATED', 'CONTROL')
      OFFSET 0
    ) y
  ) x
),
usage AS (
  -- One pass over the window's months for the list's customers (read from the list itself, so the scan can run in parallel).
  SELECT u.subscriber_id,
         sum(CASE WHEN u.month = ANY ($3::date[]) THEN u.bill_amount::float8 / -3
                  WHEN u.month = ANY ($4::date[]) THEN u.bill_amount::float8 / greatest($6::int, 1) ELSE 0 END) AS change,
         bool_or(u.month = $2::date AND u.status <> 'CHURNED') AS on_network
  FROM campaigns_api.list_member_v1 l
  JOIN segments_api.usage_month_v1 u ON u.subscriber_id = l.subscriber_id AND u.month = ANY ($5::date[])
  WHERE l.campaign_id = $1::uuid AND l.status IN ('TREATED', 'CONTROL')
  GROUP BY u.subscriber_id
),
attempts AS MATERIALIZED (
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
cells AS (
  -- Aggregate per (branch, stratum, tenure band, arm) first: the groups below roll these few cells up.
  SELECT m.branch_code, m.stratum, m.tenure_band, m.treated,
         count(*) AS n,
         count(*) FILTER (WHERE NOT coalesce(u.on_network, false)) AS churned,
         count(*) FILTER (WHERE $6::int > 0) AS nc,
         sum(coalesce(u.change, 0)) FILTER (WHERE $6::int > 0) AS s1,
         sum(coalesce(u.change, 0) ^ 2) FILTER (WHERE $6::int > 0) AS s2,
         count(k.subscriber_id) AS contacted,
         count(*) FILTER (WHERE k.reached) AS reached,
         count(*) FILTER (WHERE k.accepted) AS accepted,
         coalesce(sum(k.complaints), 0) AS complaints,
         coalesce(sum(k.valid_complaints), 0) AS valid_complaints,
         coalesce(sum(k.cost), 0) AS cost
  FROM members m
  LEFT JOIN usage u ON u.subscriber_id = m.subscriber_id
  LEFT JOIN contacts k ON k.subscriber_id = m.subscriber_id
  GROUP BY m.branch_code, m.stratum, m.tenure_band, m.treated
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
treated_attempts AS MATERIALIZED (
  SELECT m.branch_code, a.*
  FROM attempts a
  JOIN members m ON m.subscriber_id = a.subscriber_id AND m.treated
),
by_channel AS (
  SELECT branch_code, subscriber_id, channel AS key, bool_or(reached) AS reached, bool_or(accepted) AS accepted,
         sum(complaints) AS complaints, sum(valid_complaints) AS valid_complaints, sum(cost) AS cost
  FROM treated_attempts GROUP BY branch_code, subscriber_id, channel
),
by_agent AS (
  SELECT branch_code, subscriber_id, agent_id::text AS key, bool_or(reached) AS reached, bool_or(accepted) AS accepted,
         sum(complaints) AS complaints, sum(valid_complaints) AS valid_complaints, sum(cost) AS cost
  FROM treated_attempts GROUP BY branch_code, subscriber_id, agent_id
),
contact_groups AS (
  SELECT CASE WHEN GROUPING(g.branch_code) = 1 THEN '' ELSE g.branch_code END AS branch_code, g.dimension, g.key,
         0 AS list_size, 0 AS treated, 0 AS control, 0 AS churned_treated, 0 AS churned_control,
         NULL::float8 AS change_mean_t, NULL::float8 AS change_var_t, NULL::float8 AS change_mean_c, NULL::float8 AS change_var_c,
         count(*)::int AS contacted,
         count(*) FILTER (WHERE g.reached)::int AS reached,
         count(*) FILTER (WHERE g.accepted)::int AS accepted,
         sum(g.complaints)::int AS complaints,
         sum(g.valid_complaints)::int AS valid_complaints,
         0 AS control_contacted,
         sum(g.cost) AS cost
  FROM (SELECT 'CHANNEL' AS dimension, * FROM by_channel UNION ALL SELECT 'MANAGER', * FROM by_agent) g
  GROUP BY GROUPING SETS ((g.dimension, g.key, g.branch_code), (g.dimension, g.key))
)
SELECT * FROM totals UNION ALL SELECT * FROM contact_groups`;

/** Stores the groups EVALUATE_CAMPAIGN_SQL returned: $1 campaign, $2 month, $3 the rows as a JSON array. */
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
 * loaded or re-loaded), the list, the contacts (a new attempt, a complaint validated)
 * or the campaign's start date gives a different fingerprint. Cheap: index lookups by
 * campaign and the small month table.
 */
export const FINGERPRINT_SQL = `
SELECT concat_ws('|',
  (SELECT count(*) || ':' || coalesce(max(loaded_at)::text, '') FROM segments_api.month_v1),
  (SELECT count(*) || ':' || count(*) FILTER (WHERE status = 'TREATED') || ':' || coalesce(max(added_at)::text, '') || ':'
          || coalesce(min(list_month)::text, '') || ':' || coalesce(max(list_month)::text, '')
     FROM campaigns_api.list_member_v1 WHERE campaign_id = $1::uuid),
  (SELECT count(*) || ':' || coalesce(max(contacted_at)::text, '') || ':' || count(*) FILTER (WHERE complaint_valid) || ':'
          || count(complaint_valid) || ':' || coalesce(sum(cost), 0)
     FROM campaigns_api.contact_v1 WHERE campaign_id = $1::uuid),
  (SELECT coalesce(start_date::text, '') FROM campaigns_api.campaign_v1 WHERE campaign_id = $1::uuid)
) AS fingerprint`;
