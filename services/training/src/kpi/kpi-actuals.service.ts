import type { DataSource, EntityManager } from 'typeorm';
import { CoverageService } from '../coverage/coverage.service';
import { addMonths, monthOf, parseMonth, quarterOfMonth, type Month } from '../common/period';
import { COHORT_SEGMENT_FLAGS, KpiCohortService, type CohortSegmentKey } from './kpi-cohort.service';
import type { KpiCohortType } from './kpi-cohort.type';
import type { KpiKey, KpiSource } from './kpi-definitions';

/** One KPI actual of one branch at one month, with the raw figures it came from. */
export interface KpiActual {
  branchCode: string;
  kpi: KpiKey;
  actual: number | null;
  numerator: number | null;
  denominator: number | null;
  figures: { key: string; period: string; value: number }[];
}

const SOURCE_KPIS: Record<KpiSource, KpiKey[]> = {
  SEGMENTS: ['MID_HIGH_END_AVG', 'COHORT_RETENTION', 'CROSS_STAB_2'],
  CAMPAIGNS: ['VALID_COMPLAINT_RATE', 'CAMPAIGN_UPTAKE'],
  TRAINING: ['TRAINING_COVERAGE'],
};

type Db = DataSource | EntityManager;

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/**
 * Monthly KPI actuals (DOMAIN.md §7), read from the owners' published views (segments_api,
 * campaigns_api) and training's own tables, and kept per month in training.kpi_actual.
 * Each source's part of a month is stamped with a fingerprint of what it was computed from
 * (segments: the load and refresh times of the months it reads; campaigns: the contacts of
 * the window; training: the roster and the quarter's sessions and attendance). A month is
 * recomputed only when its fingerprint changes — re-loading a month retakes that month's
 * snapshot, loading later months never moves an earlier one — so history stays put and the
 * scoreboard is always right for the data as loaded.
 */
export class KpiActualsService {
  private readonly cohorts: KpiCohortService;

  constructor(private readonly dataSource: DataSource) {
    this.cohorts = new KpiCohortService(dataSource);
  }

  /** The first month the segments part of `month` reads: the cohort's base month or December Y−1, whichever is earlier. */
  private static firstSegmentsMonth(month: Month, cohort: KpiCohortType): Month {
    const base = parseMonth(cohort.baseMonth);
    const december = monthOf(month.year - 1, 12);
    return base.start < december.start ? base : december;
  }

  /** Whether the training role may read a published view (its owner may not be migrated, e.g. in a test). */
  private async readable(db: Db, schema: string, view: string): Promise<boolean> {
    const [row] = await db.query(
      `SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) THEN false
                   WHEN NOT has_schema_privilege($1, 'USAGE') THEN false
                   WHEN to_regclass($1 || '.' || $2) IS NULL THEN false
                   ELSE has_table_privilege($1 || '.' || $2, 'SELECT') END AS ok`,
      [schema, view],
    );
    return row.ok === true;
  }

  private async fingerprint(db: Db, source: KpiSource, month: Month): Promise<string> {
    const next = addMonths(month, 1).start;
    if (source === 'SEGMENTS') {
      if (!(await this.readable(db, 'segments_api', 'month_v1'))) return 'unavailable';
      // The cohort in effect is part of what the month was computed from: a new choice retakes the months it applies to.
      const cohort = await this.cohorts.at(month, db);
      const [row] = await db.query(
        `SELECT coalesce(string_agg(to_char(month, 'YYYY-MM') || '@' || coalesce(loaded_at::text, '') || '/' || coalesce(refreshed_at::text, ''), ',' ORDER BY month), '') AS f
         FROM segments_api.month_v1 WHERE month >= $1::date AND month < $2::date`,
        [KpiActualsService.firstSegmentsMonth(month, cohort).start, next],
      );
      return `v2:${cohort.versionId ?? 'default'}:${row.f}`;
    }
    if (source === 'CAMPAIGNS') {
      if (!(await this.readable(db, 'campaigns_api', 'contact_v1'))) return 'unavailable';
      const [row] = await db.query(
        `SELECT count(*) || ':' || coalesce(max(contacted_at)::text, '') || ':' || count(*) FILTER (WHERE complaint_valid) || ':' ||
                count(*) FILTER (WHERE outcome = 'ACCEPTED') || ':' || coalesce(sum(hashtext(contact_id::text || outcome || coalesce(complaint_valid::text, '')))::text, '') AS f
         FROM campaigns_api.contact_v1 WHERE contacted_at >= $1::date AND contacted_at < $2::date`,
        [monthOf(month.year, 1).start, next],
      );
      return `v1:${row.f}`;
    }
    const quarter = quarterOfMonth(month);
    const [row] = await db.query(
      `SELECT (SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') FROM training.staff) || ';' ||
              (SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') FROM training.course) || ';' ||
              (SELECT count(*) || '/' || coalesce(max(s.updated_at)::text, '') FROM training.session s WHERE s.start_date >= $1::date AND s.start_date < $2::date) || ';' ||
              (SELECT count(*) || '/' || coalesce(max(e.updated_at)::text, '') FROM training.enrollment e JOIN training.session s ON s.id = e.session_id
                 WHERE s.start_date >= $1::date AND s.start_date < $2::date) AS f`,
      [quarter.start, quarter.end],
    );
    return `v1:${row.f}`;
  }

  private async compute(db: Db, source: KpiSource, month: Month, branches: string[]): Promise<KpiActual[]> {
    const empty = (kpi: KpiKey): KpiActual[] => branches.map((branchCode) => ({ branchCode, kpi, actual: null, numerator: null, denominator: null, figures: [] }));
    if (source === 'SEGMENTS') return this.segments(db, month, branches, empty);
    if (source === 'CAMPAIGNS') return this.campaigns(db, month, branches, empty);
    const rows = await new CoverageService(this.dataSource).coverage(quarterOfMonth(month), null);
    const quarter = quarterOfMonth(month).key;
    return rows.map((r) => ({
      branchCode: r.branchCode,
      kpi: 'TRAINING_COVERAGE',
      actual: r.coverage,
      numerator: r.trained,
      denominator: r.staff,
      figures: [
        { key: 'STAFF', period: quarter, value: r.staff },
        { key: 'TRAINED', period: quarter, value: r.trained },
      ],
    }));
  }

  private async segments(db: Db, month: Month, branches: string[], empty: (kpi: KpiKey) => KpiActual[]): Promise<KpiActual[]> {
    if (!(await this.readable(db, 'segments_api', 'segment_count_v1'))) return SOURCE_KPIS.SEGMENTS.flatMap(empty);
    const choice = await this.cohorts.at(month, db);
    const refreshed: { month: string }[] = await db.query(
      `SELECT to_char(month, 'YYYY-MM') AS month FROM segments_api.month_v1 WHERE refreshed_at IS NOT NULL AND month >= $1::date AND month <= $2::date ORDER BY month`,
      [KpiActualsService.firstSegmentsMonth(month, choice).start, month.start],
    );
    const refreshedKeys = refreshed.map((r) => r.month);
    // No figure for a month whose segments are not computed (yet).
    if (!refreshedKeys.includes(month.key)) return SOURCE_KPIS.SEGMENTS.flatMap(empty);
    const counts: { month: string; branch_code: string; segment_key: string; count: number }[] = await db.query(
      `SELECT to_char(c.month, 'YYYY-MM') AS month, c.branch_code, c.segment_key, c.count::int AS count
       FROM segments_api.segment_count_v1 c
       WHERE c.month = ANY ($1::date[]) AND c.segment_key IN ('MID_HIGH_END', 'DYNAMIC_MID_HIGH_END', 'DYNAMIC_MEASURES_GE_2')`,
      [refreshedKeys.filter((k) => k.startsWith(`${month.year}-`)).map((k) => `${k}-01`)],
    );
    const count = (branch: string, key: string, m: string) => counts.find((c) => c.branch_code === branch && c.segment_key === key && c.month === m)?.count;
    const ytdMonths = refreshedKeys.filter((k) => k.startsWith(`${month.year}-`));
    // The photo cohort (DOMAIN.md §7): December Y−1's mid-high-end customers unless the province picked another,
    // each counted in the branch they belonged to at the base month; no figure for months up to the base month.
    const base = parseMonth(choice.baseMonth);
    const cohort = base.start < month.start ? await this.cohortRetention(db, choice, base, month, refreshedKeys) : [];
    return branches.flatMap((branchCode): KpiActual[] => {
      const monthly = ytdMonths.map((m) => ({ m, n: count(branchCode, 'MID_HIGH_END', m) })).filter((x): x is { m: string; n: number } => x.n !== undefined);
      const sum = monthly.reduce((s, x) => s + x.n, 0);
      const dynamic = count(branchCode, 'DYNAMIC_MID_HIGH_END', month.key);
      const ge2 = count(branchCode, 'DYNAMIC_MEASURES_GE_2', month.key);
      const c = cohort.find((r) => r.branch_code === branchCode);
      return [
        {
          branchCode, kpi: 'MID_HIGH_END_AVG', actual: ratio(sum, monthly.length), numerator: monthly.length ? sum : null, denominator: monthly.length || null,
          figures: monthly.map((x) => ({ key: 'MID_HIGH_END', period: x.m, value: x.n })),
        },
        {
          branchCode, kpi: 'COHORT_RETENTION', actual: c ? ratio(c.retained, c.members) : null, numerator: c?.retained ?? null, denominator: c?.members ?? null,
          figures: c ? [{ key: 'COHORT_MEMBERS', period: base.key, value: c.members }, { key: 'RETAINED', period: month.key, value: c.retained }] : [],
        },
        {
          branchCode, kpi: 'CROSS_STAB_2', actual: dynamic !== undefined && ge2 !== undefined ? ratio(ge2, dynamic) : null, numerator: ge2 ?? null, denominator: dynamic ?? null,
          figures: dynamic !== undefined ? [{ key: 'DYNAMIC_MID_HIGH_END', period: month.key, value: dynamic }, { key: 'DYNAMIC_MEASURES_GE_2', period: month.key, value: ge2 ?? 0 }] : [],
        },
      ];
    });
  }

  /**
   * Members and retained members (a membership row at `month`) of the cohort in effect, by branch at the base month,
   * in one query: a segments photo cohort's frozen members when the province picked one (they stay members whatever
   * they became since), else the built-in segment's members at the base month as segments published them.
   */
  private async cohortRetention(db: Db, choice: KpiCohortType, base: Month, month: Month, refreshedKeys: string[]): Promise<{ branch_code: string; members: number; retained: number }[]> {
    const retainedBy = (members: string) => `SELECT c.branch_code, count(*)::int AS members, count(n.subscriber_id)::int AS retained
       FROM (${members}) c
       LEFT JOIN segments_api.membership_v1 n ON n.subscriber_id = c.subscriber_id AND n.month = $2::date
       GROUP BY c.branch_code`;
    if (choice.cohortId) {
      if (!(await this.readable(db, 'segments_api', 'cohort_member_v1'))) return [];
      return db.query(retainedBy('SELECT subscriber_id, branch_code FROM segments_api.cohort_member_v1 WHERE cohort_id = $1::uuid'), [choice.cohortId, month.start]);
    }
    if (!refreshedKeys.includes(base.key)) return [];
    const flag = COHORT_SEGMENT_FLAGS[choice.segmentKey as CohortSegmentKey] ?? COHORT_SEGMENT_FLAGS.MID_HIGH_END;
    return db.query(retainedBy(`SELECT subscriber_id, branch_code FROM segments_api.membership_v1 WHERE month = $1::date AND ${flag}`), [base.start, month.start]);
  }

  private async campaigns(db: Db, month: Month, branches: string[], empty: (kpi: KpiKey) => KpiActual[]): Promise<KpiActual[]> {
    if (!(await this.readable(db, 'campaigns_api', 'contact_v1'))) return SOURCE_KPIS.CAMPAIGNS.flatMap(empty);
    const start = monthOf(month.year, 1).start;
    const end = addMonths(month, 1).start;
    const rows: { branch_code: string; contacted: number; valid: number; accepted: number }[] = await db.query(
      `SELECT branch_code, count(DISTINCT subscriber_id)::int AS contacted, count(*) FILTER (WHERE complaint_valid)::int AS valid,
              count(DISTINCT subscriber_id) FILTER (WHERE outcome = 'ACCEPTED')::int AS accepted
       FROM campaigns_api.contact_v1 WHERE contacted_at >= $1::date AND contacted_at < $2::date GROUP BY branch_code`,
      [start, end],
    );
    const lastDay = new Date(Date.UTC(month.year, month.month, 0)).toISOString().slice(0, 10);
    const window = `${start}…${lastDay}`;
    return branches.flatMap((branchCode): KpiActual[] => {
      const r = rows.find((x) => x.branch_code === branchCode);
      const contacted = r?.contacted ?? 0;
      return [
        {
          branchCode, kpi: 'VALID_COMPLAINT_RATE', actual: r ? ratio(r.valid, contacted) : null, numerator: r?.valid ?? null, denominator: r ? contacted : null,
          figures: r ? [{ key: 'CONTACTED', period: window, value: contacted }, { key: 'VALID_COMPLAINTS', period: window, value: r.valid }] : [],
        },
        {
          branchCode, kpi: 'CAMPAIGN_UPTAKE', actual: r ? ratio(r.accepted, contacted) : null, numerator: r?.accepted ?? null, denominator: r ? contacted : null,
          figures: r ? [{ key: 'CONTACTED', period: window, value: contacted }, { key: 'ACCEPTED', period: window, value: r.accepted }] : [],
        },
      ];
    });
  }

  /** The month's actuals of every branch and KPI, (re)taking each source's snapshot when missing or stale. */
  async actuals(month: Month): Promise<KpiActual[]> {
    const branches: string[] = (await this.dataSource.query('SELECT code FROM training.branch ORDER BY sort_order')).map((r: { code: string }) => r.code);
    for (const source of Object.keys(SOURCE_KPIS) as KpiSource[]) {
      const fingerprint = await this.fingerprint(this.dataSource, source, month);
      const [stamp] = await this.dataSource.query('SELECT fingerprint FROM training.kpi_snapshot WHERE month = $1::date AND source = $2', [month.start, source]);
      if (stamp?.fingerprint === fingerprint) continue;
      await this.dataSource.transaction(async (m) => {
        // One writer per month and source; a concurrent reader waits and then finds it fresh.
        await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`kpi:${month.key}:${source}`]);
        const [again] = await m.query('SELECT fingerprint FROM training.kpi_snapshot WHERE month = $1::date AND source = $2', [month.start, source]);
        const current = await this.fingerprint(m, source, month);
        if (again?.fingerprint === current) return;
        const rows = await this.compute(m, source, month, branches);
        await m.query('DELETE FROM training.kpi_actual WHERE month = $1::date AND kpi = ANY ($2::text[])', [month.start, SOURCE_KPIS[source]]);
        await m.query(
          `INSERT INTO training.kpi_actual (month, branch_code, kpi, actual, numerator, denominator, detail)
           SELECT $1::date, r.branch_code, r.kpi, r.actual, r.numerator, r.denominator, r.detail
           FROM jsonb_to_recordset($2::jsonb) AS r (branch_code text, kpi text, actual float8, numerator float8, denominator float8, detail jsonb)`,
          [month.start, JSON.stringify(rows.map((r) => ({ branch_code: r.branchCode, kpi: r.kpi, actual: r.actual, numerator: r.numerator, denominator: r.denominator, detail: { figures: r.figures } })))],
        );
        await m.query(
          `INSERT INTO training.kpi_snapshot (month, source, fingerprint, taken_at) VALUES ($1::date, $2, $3, now())
           ON CONFLICT (month, source) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, taken_at = now()`,
          [month.start, source, current],
        );
      });
    }
    const stored: { branch_code: string; kpi: KpiKey; actual: number | null; numerator: number | null; denominator: number | null; detail: { figures?: KpiActual['figures'] } }[] =
      await this.dataSource.query('SELECT branch_code, kpi, actual, numerator, denominator, detail FROM training.kpi_actual WHERE month = $1::date', [month.start]);
    return stored.map((r) => ({ branchCode: r.branch_code, kpi: r.kpi, actual: r.actual, numerator: r.numerator, denominator: r.denominator, figures: r.detail.figures ?? [] }));
  }
}
