import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { scopeBranches, scopeReachesBranch, type Scope } from '@retention/auth';
import { forbidden } from '@retention/graphql-kit';
import { EvaluationError, EvaluationErrorCode } from '../evaluation.errors';
import { campaignVisible, participatingBranches, type CampaignInfo } from './campaign-info';
import { deriveFigures, EMPTY_AGGREGATES, type ResultAggregates } from './evaluation-figures';
import { EvaluationBreakdownDimension, type CampaignEvaluationType, type EvaluationBreakdownItemType, type ManagerUptakeType } from './evaluation.type';
import { isMonth } from './month';
import type { ResultRow, ResultRun, ResultStore } from './result-store.service';

const STRATUM_ORDER = ['IMPORTANT', 'ORDINARY', 'IRREGULAR', 'CHURN_RISK', 'NONE'];
const TENURE_ORDER = ['LT_6M', '6_12M', '1_3Y', '3_5Y', 'GE_5Y', 'UNKNOWN'];

function orderOf(dimension: EvaluationBreakdownDimension, key: string): number {
  const list = dimension === EvaluationBreakdownDimension.STRATUM ? STRATUM_ORDER : dimension === EvaluationBreakdownDimension.TENURE_BAND ? TENURE_ORDER : [];
  const i = list.indexOf(key);
  return i < 0 ? list.length : i;
}

/** Validates an optional 'YYYY-MM' argument. */
export function checkMonth(month: string | null | undefined, field = 'month'): string | null {
  if (month === null || month === undefined) return null;
  if (!isMonth(month)) throw new EvaluationError(EvaluationErrorCode.INVALID_MONTH, `${field}: not a month (YYYY-MM): ${month}`, { field, value: month });
  return month;
}

/** The campaign's evaluation for one branch ('' = pool) out of a run. */
export function evaluationFromRun(run: ResultRun, branchKey: string, targetReduction: number | null): CampaignEvaluationType {
  const total = run.rows.find((r) => r.dimension === 'TOTAL' && r.branchCode === branchKey) ?? EMPTY_AGGREGATES;
  const figures = deriveFigures(total, targetReduction);
  const after = run.windows.afterMonths;
  return {
    ...figures,
    branchCode: branchKey === '' ? null : branchKey,
    month: run.month,
    startMonth: run.windows.startMonth,
    afterWindowEnd: after.length > 0 ? after[after.length - 1] : null,
    targetChurnReduction: targetReduction,
    provisional: run.windows.provisional,
    computedAt: run.computedAt,
    run,
    targetReduction,
  };
}

/** The rows of one evaluation's breakdown. */
export function breakdownOf(evaluation: CampaignEvaluationType, by: EvaluationBreakdownDimension): EvaluationBreakdownItemType[] {
  const branchKey = evaluation.branchCode ?? '';
  const rows = evaluation.run.rows.filter(
    (r) =>
      r.dimension === by &&
      // A pool's strata are every branch × class; its tenure bands and channels are pooled.
      (by === EvaluationBreakdownDimension.STRATUM && branchKey === '' ? r.branchCode !== '' : r.branchCode === branchKey),
  );
  return rows
    .map((r) => breakdownItem(r, by, evaluation.targetReduction))
    .sort((a, b) => (a.branchCode ?? '').localeCompare(b.branchCode ?? '') || orderOf(by, a.key) - orderOf(by, b.key) || a.key.localeCompare(b.key));
}

function breakdownItem(row: ResultRow, by: EvaluationBreakdownDimension, targetReduction: number | null): EvaluationBreakdownItemType {
  const f = deriveFigures(row, targetReduction);
  const contact = {
    contacted: f.contacted,
    reached: f.reached,
    accepted: f.accepted,
    uptake: f.uptake,
    complaints: f.complaints,
    validComplaints: f.validComplaints,
    validComplaintRate: f.validComplaintRate,
    complaintAlert: f.complaintAlert,
    cost: f.cost,
  };
  if (by === EvaluationBreakdownDimension.CHANNEL) {
    return {
      ...contact,
      key: row.key,
      branchCode: null,
      noControl: false,
      listSize: null,
      controlSize: null,
      treatedSize: null,
      churnTreated: null,
      churnControl: null,
      churnReduction: null,
      churnReductionCiLow: null,
      churnReductionCiHigh: null,
      pValue: null,
      arpuDid: null,
      arpuDidCiLow: null,
      arpuDidCiHigh: null,
      incrementalRevenue: null,
      roi: null,
      power: null,
      underpowered: null,
      controlContacted: null,
    };
  }
  return {
    ...f,
    key: row.key,
    branchCode: by === EvaluationBreakdownDimension.STRATUM ? row.branchCode : null,
    noControl: row.control === 0,
  };
}

/** Aggregates of a branch (or the pool) in a run, for callers that need them raw. */
export function totalOf(run: ResultRun, branchKey: string): ResultAggregates {
  return run.rows.find((r) => r.dimension === 'TOTAL' && r.branchCode === branchKey) ?? EMPTY_AGGREGATES;
}

/**
 * Post-evaluation reads for one request: the caller's EVALUATION_READ scope decides
 * what they see — a branch its own branch's figures (and the pool of its own local
 * campaigns, which is its own list), never another branch's or a province campaign's
 * province-wide pool.
 */
export class EvaluationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: ResultStore,
    private readonly campaigns: DataLoader<string, CampaignInfo | null>,
    private readonly runs: DataLoader<string, ResultRun>,
    /** The caller's EVALUATION_READ scope (null: no such right). */
    private readonly scope: Scope | null = null,
  ) {}

  /**
   * The current figures of a report that is not frozen (DRAFT, RETURNED): what the
   * caller may read of them, else null (never an error inside a report).
   */
  async liveFiguresForReport(campaignId: string, branchCode: string | null, month: string): Promise<CampaignEvaluationType | null> {
    if (!this.scope) return null;
    try {
      return await this.evaluation(this.scope, campaignId, branchCode, month);
    } catch {
      return null;
    }
  }

  /** A visible campaign, or null. */
  async visibleCampaign(scope: Scope, campaignId: string): Promise<CampaignInfo | null> {
    const campaign = await this.campaigns.load(campaignId);
    return campaign && campaignVisible(scope, campaign) ? campaign : null;
  }

  /** The evaluation month: the one asked for (validated, loaded) or the latest loaded; null when nothing is loaded. */
  async resolveMonth(month: string | null | undefined, field = 'month'): Promise<string | null> {
    const asked = checkMonth(month, field);
    if (asked === null) return this.store.latestLoadedMonth();
    if (!(await this.store.isLoaded(asked))) throw new EvaluationError(EvaluationErrorCode.MONTH_NOT_LOADED, `${field}: ${asked} is not loaded`, { field, month: asked });
    return asked;
  }

  /** Checks that the scope may read this branch's (or the pool's) figures of the campaign. */
  assertMayRead(scope: Scope, campaign: CampaignInfo, branchCode: string | null): void {
    if (branchCode !== null) {
      if (!scopeReachesBranch(scope, branchCode)) throw forbidden(`branch ${branchCode} is not yours`);
      return;
    }
    const branches = scopeBranches(scope);
    if (branches === null) return;
    // A branch's own local campaign: its pool is its own list.
    if (campaign.level === 'BRANCH' && campaign.ownerBranchCode && branches.includes(campaign.ownerBranchCode)) return;
    throw forbidden('the province-wide pool of a province campaign is for the province');
  }

  async evaluation(scope: Scope, campaignId: string, branchCode: string | null, month: string | null): Promise<CampaignEvaluationType | null> {
    const campaign = await this.visibleCampaign(scope, campaignId);
    if (!campaign) return null;
    this.assertMayRead(scope, campaign, branchCode);
    if (branchCode !== null && !participatingBranches(campaign).includes(branchCode)) {
      throw new EvaluationError(EvaluationErrorCode.BRANCH_NOT_IN_CAMPAIGN, `branchCode: ${branchCode} does not take part in this campaign`, { field: 'branchCode', branchCode });
    }
    const e = await this.resolveMonth(month);
    if (e === null) return null;
    const run = await this.runs.load(`${campaign.id}|${e}`);
    return evaluationFromRun(run, branchCode ?? '', campaign.targetChurnReduction);
  }

  /** Every participating branch the scope reaches, side by side. */
  async branchEvaluations(scope: Scope, campaignId: string, month: string | null): Promise<CampaignEvaluationType[]> {
    const campaign = await this.visibleCampaign(scope, campaignId);
    if (!campaign) return [];
    const e = await this.resolveMonth(month);
    if (e === null) return [];
    const run = await this.runs.load(`${campaign.id}|${e}`);
    return participatingBranches(campaign)
      .filter((b) => scopeReachesBranch(scope, b))
      .map((b) => evaluationFromRun(run, b, campaign.targetChurnReduction));
  }

  /** Uptake per manager of one evaluation, with the managers' names from training_api.staff_v1. */
  async managers(evaluation: CampaignEvaluationType): Promise<ManagerUptakeType[]> {
    const branchKey = evaluation.branchCode ?? '';
    const rows = evaluation.run.rows.filter((r) => r.dimension === 'MANAGER' && r.branchCode === branchKey);
    if (rows.length === 0) return [];
    const staff: { user_id: string; display_name: string; branch_code: string | null }[] = await this.dataSource.query(
      'SELECT user_id::text, display_name, branch_code FROM training_api.staff_v1 WHERE user_id::text = ANY ($1::text[])',
      [rows.map((r) => r.key)],
    );
    const byId = new Map(staff.map((s) => [s.user_id, s]));
    return rows
      .map((r) => ({
        agentId: r.key,
        displayName: byId.get(r.key)?.display_name ?? null,
        branchCode: byId.get(r.key)?.branch_code ?? null,
        contacted: r.contacted,
        reached: r.reached,
        accepted: r.accepted,
        uptake: r.contacted > 0 ? r.accepted / r.contacted : null,
        validComplaints: r.validComplaints,
      }))
      .sort((a, b) => (b.uptake ?? -1) - (a.uptake ?? -1) || a.agentId.localeCompare(b.agentId));
  }

  async campaign(campaignId: string): Promise<CampaignInfo | null> {
    return this.campaigns.load(campaignId);
  }

  get results(): ResultStore {
    return this.store;
  }
}
