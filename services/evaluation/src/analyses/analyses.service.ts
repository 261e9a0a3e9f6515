import type { DataSource } from 'typeorm';
import { scopeBranches, scopeReachesBranch, type Scope } from '@retention/auth';
import { BRANCH_CODES } from '@retention/domain';
import { forbidden } from '@retention/graphql-kit';
import { EvaluationError, EvaluationErrorCode } from '../evaluation.errors';
import { checkMonth } from '../results/evaluation.service';
import { addMonths, monthToDate } from '../results/month';
import { CHURN_ANALYSIS_SQL, UPTAKE_BY_TENURE_SQL } from './analyses.sql';
import {
  AnalysisPopulation,
  CampaignParticipation,
  StabilizingMeasure,
  type ChurnAnalysisType,
  type ChurnGroupType,
  type TenureUptakeType,
} from './analyses.type';

const PARTICIPATION_LEVELS = [
  CampaignParticipation.NONE,
  CampaignParticipation.CONTROL,
  CampaignParticipation.TREATED_NOT_CONTACTED,
  CampaignParticipation.CONTACTED,
  CampaignParticipation.ACCEPTED,
];
const MEASURES = [StabilizingMeasure.GOTONE, StabilizingMeasure.GROUP, StabilizingMeasure.FAMILY, StabilizingMeasure.DEPOSIT_GIFT, StabilizingMeasure.TERMINAL];
const KIND_ORDER = ['TENURE', 'TERMINAL', 'DEPOSIT_GIFT', 'PLAN_MIGRATION', 'SERVICE_PUSH', 'CARE'];
const TENURE_ORDER = ['LT_6M', '6_12M', '1_3Y', '3_5Y', 'GE_5Y', 'UNKNOWN'];

const group = (members: number, churned: number): ChurnGroupType => ({ members, churned, churnRate: members > 0 ? churned / members : null });

export interface ChurnAnalysisArgs {
  baseMonth?: string | null;
  month?: string | null;
  population?: AnalysisPopulation | null;
  branchCode?: string | null;
}

/**
 * The province's seed-style analyses (issue 13 item 6): churn of a photo cohort by
 * stabilizing measure, by number of measures and by campaign participation; uptake by
 * tenure band per campaign kind. Scoped by ANALYSIS_READ: a branch sees its own branch.
 */
export class AnalysesService {
  constructor(private readonly dataSource: DataSource) {}

  /** The branches a request covers: the one asked for (validated, within scope) or all the scope reaches (null = every branch). */
  branchesFor(scope: Scope, branchCode: string | null | undefined): string[] | null {
    if (branchCode !== null && branchCode !== undefined) {
      if (!BRANCH_CODES.includes(branchCode)) {
        throw new EvaluationError(EvaluationErrorCode.UNKNOWN_BRANCH, `branchCode: no branch ${branchCode}`, { field: 'branchCode', branchCode });
      }
      if (!scopeReachesBranch(scope, branchCode)) throw forbidden(`branch ${branchCode} is not yours`);
      return [branchCode];
    }
    return scopeBranches(scope);
  }

  /**
   * Months: e = the one asked for (loaded) or the latest loaded; b = the one asked for or
   * e − 3, refreshed (its snapshot is the cohort) and before e. Null when nothing is loaded.
   */
  async window(baseMonth: string | null | undefined, month: string | null | undefined): Promise<{ b: string; e: string } | null> {
    const askedE = checkMonth(month, 'month');
    const askedB = checkMonth(baseMonth, 'baseMonth');
    const months: { month: string; refreshed: boolean }[] = await this.dataSource.query(
      `SELECT to_char(month, 'YYYY-MM') AS month, refreshed_at IS NOT NULL AS refreshed FROM segments_api.month_v1 ORDER BY month`,
    );
    if (months.length === 0) return null;
    const e = askedE ?? months[months.length - 1].month;
    if (!months.some((m) => m.month === e)) throw new EvaluationError(EvaluationErrorCode.MONTH_NOT_LOADED, `month: ${e} is not loaded`, { field: 'month', month: e });
    const b = askedB ?? addMonths(e, -3);
    if (b >= e) {
      throw new EvaluationError(EvaluationErrorCode.INVALID_ANALYSIS_WINDOW, `baseMonth: ${b} must be before month ${e}`, { field: 'baseMonth', baseMonth: b, month: e });
    }
    if (!months.some((m) => m.month === b && m.refreshed)) {
      throw new EvaluationError(EvaluationErrorCode.MONTH_NOT_REFRESHED, `baseMonth: the segments of ${b} are not refreshed`, { field: 'baseMonth', month: b });
    }
    return { b, e };
  }

  async churnAnalysis(scope: Scope, args: ChurnAnalysisArgs): Promise<ChurnAnalysisType | null> {
    const branches = this.branchesFor(scope, args.branchCode);
    const window = await this.window(args.baseMonth, args.month);
    if (!window) return null;
    const { b, e } = window;
    const population = args.population ?? AnalysisPopulation.DYNAMIC_MID_HIGH_END;
    const from = addMonths(b, -2);
    const rows: { dimension: string; key: string; members: number; churned: number }[] = await this.dataSource.query(CHURN_ANALYSIS_SQL, [
      monthToDate(b),
      monthToDate(e),
      population,
      branches,
      monthToDate(from),
      monthToDate(b),
    ]);
    const find = (dimension: string, key: string) => rows.find((r) => r.dimension === dimension && r.key === key);
    const of = (dimension: string, key: string) => {
      const r = find(dimension, key);
      return group(r?.members ?? 0, r?.churned ?? 0);
    };
    return {
      baseMonth: b,
      month: e,
      population,
      branchCode: args.branchCode ?? null,
      participationFrom: from,
      participationTo: b,
      total: of('TOTAL', ''),
      byMeasure: MEASURES.map((measure) => {
        const withIt = of('MEASURE', `${measure}:true`);
        const without = of('MEASURE', `${measure}:false`);
        return {
          measure,
          with: withIt,
          without,
          difference: withIt.churnRate !== null && without.churnRate !== null ? without.churnRate - withIt.churnRate : null,
        };
      }),
      byMeasureCount: [0, 1, 2, 3, 4, 5].map((measures) => ({ measures, ...of('COUNT', String(measures)) })),
      byParticipation: PARTICIPATION_LEVELS.map((participation, level) => ({ participation, ...of('PARTICIPATION', String(level)) })),
    };
  }

  async uptakeByTenureBand(scope: Scope, branchCode: string | null | undefined): Promise<TenureUptakeType[]> {
    const branches = this.branchesFor(scope, branchCode);
    const rows: { campaign_kind: string; tenure_band: string; campaigns: number; contacted: number; accepted: number }[] = await this.dataSource.query(UPTAKE_BY_TENURE_SQL, [
      branches,
    ]);
    const order = (list: string[], v: string) => (list.includes(v) ? list.indexOf(v) : list.length);
    return rows
      .map((r) => ({
        campaignKind: r.campaign_kind,
        tenureBand: r.tenure_band,
        campaigns: r.campaigns,
        contacted: r.contacted,
        accepted: r.accepted,
        uptake: r.contacted > 0 ? r.accepted / r.contacted : null,
      }))
      .sort((x, y) => order(KIND_ORDER, x.campaignKind) - order(KIND_ORDER, y.campaignKind) || order(TENURE_ORDER, x.tenureBand) - order(TENURE_ORDER, y.tenureBand));
  }
}
