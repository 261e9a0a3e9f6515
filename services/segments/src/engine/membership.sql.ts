/**
 * Whole months from joining to `end` (the last day of m) as PostgreSQL's age() counts them
 * (a month is complete once its day of month is reached), never negative, in plain
 * arithmetic: age() per row was a quarter of the refresh.
 */
export function tenureMonthsSql(end: string, joinDate: string): string {
  return `greatest(0, ((date_part('year', ${end}) - date_part('year', ${joinDate})) * 12
                      + date_part('month', ${end}) - date_part('month', ${joinDate})
                      - (date_part('day', ${end}) < date_part('day', ${joinDate}))::int)::int)`;
}

/**
 * One month's membership snapshot for every subscriber on network, straight from
 * DOMAIN.md §3, in one set-based statement, reading the window's months from `usage`.
 * Parameters: $1..$6 = first days of m, m-1, …, m-5;  $7 = last day of m.
 * ARPU of a month without a usage row is 0. Averages are compared as sums
 * (Avg ARPU > 200 ⇔ sum of three > 600) so no rounding can move a boundary.
 * Each month's rows are also filtered on the month, so reading the parent segments.usage
 * (for a month without a partition) is exact too.
 */
export function membershipSelect(usage: readonly string[]): string {
  // Relation names of m, m-1, …, m-5: fixed text from the engine, never user input.
  if (usage.length !== 6) throw new Error(`membershipSelect: ${usage.length} months given, the window has 6`);
  return `
WITH window_usage AS (
  -- Each month of the window is its own partition with one row per subscriber: six
  -- lookups by subscriber are cheaper than grouping the window's rows (numeric sums
  -- under FILTER cost twice as much).
  SELECT u0.subscriber_id, u0.bill_amount AS a0,
         coalesce(u1.bill_amount, 0) AS a1, coalesce(u2.bill_amount, 0) AS a2, coalesce(u3.bill_amount, 0) AS a3,
         coalesce(u4.bill_amount, 0) AS a4, coalesce(u5.bill_amount, 0) AS a5,
         u0.outgoing_mou AS mou, u0.arrears_months AS arrears
  FROM ${usage[0]} u0
  LEFT JOIN ${usage[1]} u1 ON u1.subscriber_id = u0.subscriber_id AND u1.month = $2::date
  LEFT JOIN ${usage[2]} u2 ON u2.subscriber_id = u0.subscriber_id AND u2.month = $3::date
  LEFT JOIN ${usage[3]} u3 ON u3.subscriber_id = u0.subscriber_id AND u3.month = $4::date
  LEFT JOIN ${usage[4]} u4 ON u4.subscriber_id = u0.subscriber_id AND u4.month = $5::date
  LEFT JOIN ${usage[5]} u5 ON u5.subscriber_id = u0.subscriber_id AND u5.month = $6::date
  -- On network in m: a row for m that is not churned.
  WHERE u0.month = $1::date AND u0.status <> 'CHURNED'
),
offer_cover AS (
  SELECT o.subscriber_id,
         bool_or(o.kind = 'DEPOSIT_GIFT') AS deposit_gift,
         bool_or(o.kind = 'TERMINAL') AS terminal
  FROM segments.offer o
  WHERE o.start_month <= $1::date
    AND (o.start_month + make_interval(months => o.months - 1))::date >= $1::date
  GROUP BY o.subscriber_id
),
facts AS (
  SELECT s.subscriber_id, s.branch_code, w.a0, w.a1, w.mou, w.arrears,
         (w.a0 + w.a1 + w.a2) AS sum3,
         (w.a2 + w.a1 + w.a0 > 360 OR w.a3 + w.a2 + w.a1 > 360
          OR w.a4 + w.a3 + w.a2 > 360 OR w.a5 + w.a4 + w.a3 > 360) AS dynamic,
         (s.group_class IN ('A', 'B') AND s.group_key_member) AS key_group_member,
         ${tenureMonthsSql('$7::date', 's.join_date')} AS tenure_months,
         s.brand = 'GOTONE' AS measure_gotone,
         s.group_class IS NOT NULL AS measure_group,
         s.family_plan AS measure_family,
         coalesce(oc.deposit_gift, false) AS measure_deposit_gift,
         coalesce(oc.terminal, false) AS measure_terminal
  FROM window_usage w
  JOIN segments.subscriber s ON s.subscriber_id = w.subscriber_id
  LEFT JOIN offer_cover oc ON oc.subscriber_id = w.subscriber_id
  -- Kept a subquery of its own: flattened into the SELECT below, every reference to a
  -- column was computed again (tenure five times, the numeric sums two or three times),
  -- a third of the statement.
  OFFSET 0
)
SELECT $1::date AS month, f.subscriber_id, f.branch_code,
       f.a0 AS arpu, round(f.sum3 / 3, 2)::numeric(12,2) AS avg_arpu, f.mou,
       segments_api.is_mid_high_end(f.a0, f.mou) AS mid_high_end,
       f.dynamic AS dynamic_mid_high_end,
       (f.a0 > 80 AND f.a0 < 120) AS near_mid_high_end,
       CASE WHEN NOT f.dynamic THEN NULL
            WHEN f.a1 + f.a0 < 50 OR f.arrears > 1 THEN 'CHURN_RISK'
            WHEN f.sum3 > 600 OR f.key_group_member THEN 'IMPORTANT'
            WHEN f.sum3 > 360 THEN 'ORDINARY'
            ELSE 'IRREGULAR' END AS retention_class,
       f.tenure_months,
       CASE WHEN f.tenure_months < 6 THEN 'LT_6M'
            WHEN f.tenure_months < 12 THEN '6_12M'
            WHEN f.tenure_months < 36 THEN '1_3Y'
            WHEN f.tenure_months < 60 THEN '3_5Y'
            ELSE 'GE_5Y' END AS tenure_band,
       f.measure_gotone, f.measure_group, f.measure_family, f.measure_deposit_gift, f.measure_terminal,
       (f.measure_gotone::int + f.measure_group::int + f.measure_family::int
        + f.measure_deposit_gift::int + f.measure_terminal::int)::smallint AS measures
FROM facts f`;
}
