/**
 * Seed-style analyses (seed 000: churn is higher with no measures and at low tenure; V-net,
 * family plans and contracts hold customers), set-based over the published contracts only:
 * segments_api.membership_v1 (the cohort at the base month and its measures),
 * segments_api.usage_month_v1 (on network at the month), campaigns_api.list_member_v1 and
 * contact_v1 (participation), campaigns_api.campaign_v1 (the kind).
 *
 * CHURN: $1 base month b, $2 month e, $3 population, $4 branches (null = all),
 * $5 … $6 the list months participation counts (b − 2 … b). One row per group:
 * (dimension, key, members, churned).
 */
export const CHURN_ANALYSIS_SQL = `
WITH cohort AS MATERIALIZED (
  SELECT m.subscriber_id, m.measures, m.measure_gotone, m.measure_group, m.measure_family, m.measure_deposit_gift, m.measure_terminal
  FROM segments_api.membership_v1 m
  WHERE m.month = $1::date
    AND ($4::text[] IS NULL OR m.branch_code = ANY ($4::text[]))
    AND CASE $3::text WHEN 'MID_HIGH_END' THEN m.mid_high_end WHEN 'DYNAMIC_MID_HIGH_END' THEN m.dynamic_mid_high_end ELSE true END
),
lists AS (
  SELECT l.campaign_id, l.subscriber_id, l.status
  FROM campaigns_api.list_member_v1 l
  WHERE l.status IN ('TREATED', 'CONTROL') AND l.list_month BETWEEN $5::date AND $6::date
    AND ($4::text[] IS NULL OR l.branch_code = ANY ($4::text[]))
),
attempts AS (
  SELECT k.campaign_id, k.subscriber_id, bool_or(k.outcome = 'ACCEPTED') AS accepted
  FROM campaigns_api.contact_v1 k
  WHERE k.campaign_id IN (SELECT DISTINCT campaign_id FROM lists)
  GROUP BY k.campaign_id, k.subscriber_id
),
participation AS (
  -- The furthest step on any list: 1 control, 2 treated, 3 contacted, 4 accepted.
  SELECT l.subscriber_id,
         max(CASE WHEN l.status = 'CONTROL' THEN 1 WHEN a.accepted THEN 4 WHEN a.subscriber_id IS NOT NULL THEN 3 ELSE 2 END) AS level
  FROM lists l
  LEFT JOIN attempts a ON a.campaign_id = l.campaign_id AND a.subscriber_id = l.subscriber_id
  GROUP BY l.subscriber_id
),
per AS MATERIALIZED (
  SELECT c.*, coalesce(p.level, 0) AS level,
         NOT EXISTS (SELECT 1 FROM segments_api.usage_month_v1 u WHERE u.subscriber_id = c.subscriber_id AND u.month = $2::date AND u.status <> 'CHURNED') AS churned
  FROM cohort c
  LEFT JOIN participation p ON p.subscriber_id = c.subscriber_id
)
SELECT 'TOTAL' AS dimension, '' AS key, count(*)::int AS members, count(*) FILTER (WHERE churned)::int AS churned FROM per
UNION ALL
SELECT 'COUNT', measures::text, count(*)::int, count(*) FILTER (WHERE churned)::int FROM per GROUP BY measures
UNION ALL
SELECT 'PARTICIPATION', level::text, count(*)::int, count(*) FILTER (WHERE churned)::int FROM per GROUP BY level
UNION ALL
SELECT 'MEASURE', v.measure || ':' || v.has, count(*)::int, count(*) FILTER (WHERE p.churned)::int
FROM per p
CROSS JOIN LATERAL (VALUES ('GOTONE', p.measure_gotone), ('GROUP', p.measure_group), ('FAMILY', p.measure_family),
                           ('DEPOSIT_GIFT', p.measure_deposit_gift), ('TERMINAL', p.measure_terminal)) AS v (measure, has)
GROUP BY v.measure, v.has`;

/**
 * UPTAKE: per (campaign kind, tenure band the list build recorded, as the evaluation's
 * breakdown reads it): treated customers contacted (≥ 1 attempt) and of them accepted,
 * counted once per (campaign, customer). $1 branches (null = all).
 */
export const UPTAKE_BY_TENURE_SQL = `
WITH pairs AS (
  SELECT c.kind, l.campaign_id, l.subscriber_id, coalesce(l.tenure_band, 'UNKNOWN') AS tenure_band, bool_or(k.outcome = 'ACCEPTED') AS accepted
  FROM campaigns_api.contact_v1 k
  JOIN campaigns_api.list_member_v1 l ON l.campaign_id = k.campaign_id AND l.subscriber_id = k.subscriber_id AND l.status = 'TREATED'
  JOIN campaigns_api.campaign_v1 c ON c.campaign_id = k.campaign_id
  WHERE ($1::text[] IS NULL OR l.branch_code = ANY ($1::text[]))
  GROUP BY c.kind, l.campaign_id, l.subscriber_id, l.tenure_band
)
SELECT p.kind AS campaign_kind, p.tenure_band, count(DISTINCT p.campaign_id)::int AS campaigns,
       count(*)::int AS contacted, count(*) FILTER (WHERE p.accepted)::int AS accepted
FROM pairs p
GROUP BY p.kind, p.tenure_band`;
