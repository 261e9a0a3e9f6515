import type { DataSource } from 'typeorm';
import type { AuthUser } from '@retention/auth';
import { audit, UUID_PATTERN } from '../common/audit';
import { monthOf, parseMonth, parseYear, type Month } from '../common/period';
import { viewReadable } from '../common/published-view';
import { KpiError, KpiErrorCode } from './kpi.errors';
import type { KpiCohortInput, KpiCohortType } from './kpi-cohort.type';

/**
 * The segments a KPI cohort may freeze, and the column of segments_api.membership_v1 that
 * says a customer was in it at the base month (the published flags, not a copy of the rule).
 */
export const COHORT_SEGMENT_FLAGS = {
  MID_HIGH_END: 'mid_high_end',
  DYNAMIC_MID_HIGH_END: 'dynamic_mid_high_end',
  NEAR_MID_HIGH_END: 'near_mid_high_end',
} as const;
export type CohortSegmentKey = keyof typeof COHORT_SEGMENT_FLAGS;

interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

interface ChoiceRow {
  id: string;
  year: number;
  effective_month: string;
  segment_key: CohortSegmentKey;
  base_month: string;
  cohort_id: string | null;
  cohort_name: string | null;
  created_by: string;
  created_at: Date;
}

const SELECT = `SELECT id, year, to_char(effective_month, 'YYYY-MM') AS effective_month, segment_key, to_char(base_month, 'YYYY-MM') AS base_month,
  cohort_id, cohort_name, created_by, created_at FROM training.kpi_cohort_choice`;

const toChoice = (r: ChoiceRow): KpiCohortType => ({
  year: r.year,
  effectiveMonth: r.effective_month,
  segmentKey: r.segment_key,
  baseMonth: r.base_month,
  cohortId: r.cohort_id,
  cohortName: r.cohort_name,
  isDefault: false,
  versionId: r.id,
  setAt: new Date(r.created_at).toISOString(),
  setBy: r.created_by,
});

/** DOMAIN.md §7: "the mid-high-end customers of December Y−1". */
export function defaultCohort(year: number): KpiCohortType {
  return {
    year,
    effectiveMonth: monthOf(year, 1).key,
    segmentKey: 'MID_HIGH_END',
    baseMonth: monthOf(year - 1, 12).key,
    cohortId: null,
    cohortName: null,
    isDefault: true,
    versionId: null,
    setAt: null,
    setBy: null,
  };
}

export class KpiCohortService {
  constructor(private readonly dataSource: DataSource) {}

  /** The cohort in effect at a month: the latest choice of its year effective by then, or the default. */
  async at(month: Month, db: Queryable = this.dataSource): Promise<KpiCohortType> {
    const [row] = (await db.query(`${SELECT} WHERE year = $1 AND effective_month <= $2::date ORDER BY effective_month DESC, seq DESC LIMIT 1`, [month.year, month.start])) as ChoiceRow[];
    return row ? toChoice(row) : defaultCohort(month.year);
  }

  async current(year: number, month: string | null): Promise<KpiCohortType> {
    parseYear(year);
    const at = month ? parseMonth(month) : monthOf(year, 12);
    if (at.year !== year) throw new KpiError(KpiErrorCode.MONTH_NOT_IN_YEAR, `month: ${month} is not in ${year}`, { field: 'month' });
    return this.at(at);
  }

  /** Every choice of the year, newest first; the default when there is none. */
  async versions(year: number): Promise<KpiCohortType[]> {
    parseYear(year);
    const rows = (await this.dataSource.query(`${SELECT} WHERE year = $1 ORDER BY seq DESC`, [year])) as ChoiceRow[];
    return rows.length ? rows.map(toChoice) : [defaultCohort(year)];
  }

  /** A picked segments cohort is the KPI's cohort (its frozen members): it must be the segment and base month chosen. */
  private async checkFrozenCohort(cohortId: string, segmentKey: string, base: Month): Promise<void> {
    const [cohort] = (await viewReadable(this.dataSource, 'segments_api', 'cohort_member_v1'))
      ? ((await this.dataSource.query(
          `SELECT segment_key, definition_id, to_char(base_month, 'YYYY-MM') AS base_month FROM segments_api.cohort_member_v1 WHERE cohort_id = $1::uuid LIMIT 1`,
          [cohortId],
        )) as { segment_key: string | null; definition_id: string | null; base_month: string }[])
      : [];
    if (!cohort) throw new KpiError(KpiErrorCode.UNKNOWN_COHORT, `input.cohortId: segments has no photo cohort ${cohortId} with members`, { field: 'input.cohortId' });
    if (cohort.segment_key !== segmentKey || cohort.definition_id || cohort.base_month !== base.key) {
      throw new KpiError(KpiErrorCode.COHORT_MISMATCH, `input.cohortId: the cohort froze ${cohort.segment_key ?? 'a saved segment'} at ${cohort.base_month}, not ${segmentKey} at ${base.key}`, {
        field: 'input.cohortId',
      });
    }
  }

  /** A new version of the year's cohort from `effectiveMonth` (default January); earlier months keep theirs. */
  async set(actor: AuthUser, year: number, input: KpiCohortInput, effectiveMonth: string | null, idempotencyKey: string | null): Promise<KpiCohortType> {
    parseYear(year);
    const effective = effectiveMonth ? parseMonth(effectiveMonth, 'effectiveMonth') : monthOf(year, 1);
    if (effective.year !== year) throw new KpiError(KpiErrorCode.MONTH_NOT_IN_YEAR, `effectiveMonth: ${effectiveMonth} is not in ${year}`, { field: 'effectiveMonth' });
    const segmentKey = input.segmentKey?.trim().toUpperCase();
    if (!(segmentKey in COHORT_SEGMENT_FLAGS)) {
      throw new KpiError(KpiErrorCode.BAD_COHORT_SEGMENT, `input.segmentKey: "${input.segmentKey}" is not one of ${Object.keys(COHORT_SEGMENT_FLAGS).join(', ')}`, { field: 'input.segmentKey' });
    }
    const base = parseMonth(input.baseMonth, 'input.baseMonth');
    if (base.start >= effective.start || base.start >= monthOf(year, 12).start) {
      throw new KpiError(KpiErrorCode.BAD_COHORT_BASE_MONTH, `input.baseMonth: ${base.key} is not before the effective month ${effective.key} (and November ${year} at the latest)`, {
        field: 'input.baseMonth',
      });
    }
    const cohortId = input.cohortId?.trim() || null;
    if (cohortId && !UUID_PATTERN.test(cohortId)) throw new KpiError(KpiErrorCode.BAD_COHORT_NAME, `input.cohortId: "${cohortId}" is not a cohort id`, { field: 'input.cohortId' });
    const cohortName = input.cohortName?.trim() || null;
    if (cohortName && cohortName.length > 60) throw new KpiError(KpiErrorCode.BAD_COHORT_NAME, 'input.cohortName: at most 60 characters', { field: 'input.cohortName' });
    if (idempotencyKey) {
      const [previous] = (await this.dataSource.query(`${SELECT} WHERE created_by = $1 AND idempotency_key = $2`, [actor.username, idempotencyKey])) as ChoiceRow[];
      if (previous) return toChoice(previous);
    }
    // Only a month segments has computed: its published membership is the cohort.
    const refreshed = (await viewReadable(this.dataSource, 'segments_api', 'month_v1'))
      ? ((await this.dataSource.query('SELECT 1 FROM segments_api.month_v1 WHERE month = $1::date AND refreshed_at IS NOT NULL', [base.start])) as unknown[]).length > 0
      : false;
    if (!refreshed) {
      throw new KpiError(KpiErrorCode.COHORT_MONTH_NOT_REFRESHED, `input.baseMonth: segments has not refreshed ${base.key}`, { field: 'input.baseMonth', month: base.key });
    }
    if (cohortId) await this.checkFrozenCohort(cohortId, segmentKey, base);
    return this.dataSource.transaction(async (m) => {
      const [row] = (await m.query(
        `INSERT INTO training.kpi_cohort_choice (year, effective_month, segment_key, base_month, cohort_id, cohort_name, created_by, idempotency_key)
         VALUES ($1, $2::date, $3, $4::date, $5, $6, $7, $8)
         RETURNING id, year, to_char(effective_month, 'YYYY-MM') AS effective_month, segment_key, to_char(base_month, 'YYYY-MM') AS base_month,
                   cohort_id, cohort_name, created_by, created_at`,
        [year, effective.start, segmentKey, base.start, cohortId, cohortName, actor.username, idempotencyKey],
      )) as ChoiceRow[];
      await audit(m, actor, 'kpi_cohort', row.id, 'SET', { year, effectiveMonth: effective.key, segmentKey, baseMonth: base.key, cohortId, cohortName });
      return toChoice(row);
    });
  }
}
