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
 *
 * Only the usage scan runs in parallel; everything else runs in the leader after or before
 * it, so it is kept to one pass over each small input (B4): the join dates are looked up by
 * key for the list's customers instead of scanning every subscriber, and the attempts are
 * grouped once, per customer and per customer × channel and × manager.
 */
export const EVALUATE_CAMPAIGN_SQL = `
WITH members AS MATERIALIZED (
  SELECT y.branch_code, y.subscriber_id, y.treated, y.stratum,
         -- Whole months from the join date to the last day of the list's month, as age() counts them, are under k
         -- exactly when the customer joined after that day minus k months (the same day, or the month's last).
         CASE WHEN y.join_date IS NULL THEN 'UNKNOWN'
              WHEN y.join_date > y.at - interval '6 months' THEN 'LT_6M'
              WHEN y.join_date > y.at - interval '12 months' THEN '6_12M'
              WHEN y.join_date > y.at - interval '36 months' THEN '1_3Y'
              WHEN y.join_date > y.at - interval '60 months' THEN '3_5Y'
              ELSE 'GE_5Y' END AS tenure_band
  FROM (
    -- The list month's last day once per customer (OFFSET 0 keeps it from being recomputed per use).
    SELECT l.branch_code, l.subscriber_id, (l.status = 'TREATED') AS treated, coalesce(l.stratum, 'NONE') AS stratum,
           (date_trunc('month', coalesce(l.list_month, $7::date)) + interval '1 month - 1 day')::date AS at, s.join_date
    FROM campaigns_api.list_member_v1 l
    -- By key, customer by customer: a list is a slice of the base, and a hash join would scan (and
    -- check the branch backstop of) every subscriber. OFFSET 0 keeps the planner from flattening it into one.
    LEFT JOIN LATERAL (SELECT s.join_date FROM segments_api.subscriber_v1 s WHERE s.subscriber_id = l.subscriber_id OFFSET 0) s ON true
    WHERE l.campaign_id = $1::uuid AND l.status IN ('TREATED', 'CONTROL')
    OFFSET 0
  ) y
),
usage AS (
  -- One pass over the window's months for the list's customers (read from the list itself, so the scan can run in parallel).
  -- Grouped by the list's column: the partitioned usage parent has no statistics of its own, so grouping by its
  -- column is estimated at 200 groups, and the planner picked a sort-based finalize for 111k customers (1m).
  SELECT l.subscriber_id,
         sum(CASE WHEN u.month = ANY ($3::date[]) THEN u.bill_amount::float8 / -3
                  WHEN u.month = ANY ($4::date[]) THEN u.bill_amount::float8 / greatest($6::int, 1) ELSE 0 END) AS change,
         bool_or(u.month = $2::date AND u.status <> 'CHURNED') AS on_network
  FROM campaigns_api.list_member_v1 l
  JOIN segments_api.usage_month_v1 u ON u.subscriber_id = l.subscriber_id AND u.month = ANY ($5::date[])
  WHERE l.campaign_id = $1::uuid AND l.status IN ('TREATED', 'CONTROL')
  GROUP BY l.subscriber_id
),
attempts AS MATERIALIZED (
  -- One pass over the attempts: per customer (dimension ''), per customer × channel and per customer × manager.
  SELECT k.subscriber_id,
         CASE WHEN GROUPING(k.channel) = 0 THEN 'CHANNEL' WHEN GROUPING(k.agent_id) = 0 THEN 'MANAGER' ELSE '' END AS dimension,
         CASE WHEN GROUPING(k.channel) = 0 THEN k.channel WHEN GROUPING(k.agent_id) = 0 THEN k.agent_id::text ELSE '' END AS key,
         bool_or(k.outcome IN ('REACHED_DECLINED', 'HESITANT_CALLBACK', 'ACCEPTED', 'DO_NOT_CALL')) AS reached,
         bool_or(k.outcome = 'ACCEPTED') AS accepted,
         count(*) FILTER (WHERE k.complaint) AS complaints,
         count(*) FILTER (WHERE k.complaint AND k.complaint_valid) AS valid_complaints,
         coalesce(sum(k.cost) FILTER (WHERE k.outcome = 'ACCEPTED'), 0) AS cost
  FROM campaigns_api.contact_v1 k
  WHERE k.campaign_id = $1::uuid
  GROUP BY GROUPING SETS ((k.subscriber_id), (k.subscriber_id, k.channel), (k.subscriber_id, k.agent_id))
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
  LEFT JOIN attempts k ON k.subscriber_id = m.subscriber_id AND k.dimension = ''
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
contact_groups AS (
  -- Per channel and per manager: the treated customers with an attempt there (a customer counts once per channel, once per manager).
  SELECT CASE WHEN GROUPING(m.branch_code) = 1 THEN '' ELSE m.branch_code END AS branch_code, k.dimension, k.key,
         0 AS list_size, 0 AS treated, 0 AS control, 0 AS churned_treated, 0 AS churned_control,
         NULL::float8 AS change_mean_t, NULL::float8 AS change_var_t, NULL::float8 AS change_mean_c, NULL::float8 AS change_var_c,
         count(*)::int AS contacted,
         count(*) FILTER (WHERE k.reached)::int AS reached,
         count(*) FILTER (WHERE k.accepted)::int AS accepted,
         sum(k.complaints)::int AS complaints,
         sum(k.valid_complaints)::int AS valid_complaints,
         0 AS control_contacted,
         sum(k.cost) AS cost
  FROM attempts k
  JOIN members m ON m.subscriber_id = k.subscriber_id AND m.treated
  WHERE k.dimension <> ''
  GROUP BY GROUPING SETS ((k.dimension, k.key, m.branch_code), (k.dimension, k.key))
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
