import { churnPower, compareProportions, POWER_TARGET, welchDifference } from '@retention/stats';

/** The alert threshold of the valid complaint rate (4 ‰, seed 001). */
export const COMPLAINT_ALERT_RATE = 0.004;

/** One stored group's aggregates (a row of evaluation.result). */
export interface ResultAggregates {
  listSize: number;
  treated: number;
  control: number;
  churnedTreated: number;
  churnedControl: number;
  changeMeanT: number | null;
  changeVarT: number | null;
  changeMeanC: number | null;
  changeVarC: number | null;
  contacted: number;
  reached: number;
  accepted: number;
  complaints: number;
  validComplaints: number;
  controlContacted: number;
  cost: number;
}

export const EMPTY_AGGREGATES: ResultAggregates = {
  listSize: 0,
  treated: 0,
  control: 0,
  churnedTreated: 0,
  churnedControl: 0,
  changeMeanT: null,
  changeVarT: null,
  changeMeanC: null,
  changeVarC: null,
  contacted: 0,
  reached: 0,
  accepted: 0,
  complaints: 0,
  validComplaints: 0,
  controlContacted: 0,
  cost: 0,
};

/** The figures of DOMAIN.md §6 for one group, nulls exactly where §6 says. */
export interface EvaluationFigures {
  listSize: number;
  controlSize: number;
  treatedSize: number;
  contacted: number;
  reached: number;
  accepted: number;
  /** accepted ÷ contacted; null when nobody was contacted. */
  uptake: number | null;
  /** Churned share of T and C (intention to treat); null when the group is empty. */
  churnTreated: number | null;
  churnControl: number | null;
  /** d = p_C − p_T with its 95 % Wald CI; null when n_T or n_C is 0. */
  churnReduction: number | null;
  churnReductionCiLow: number | null;
  churnReductionCiHigh: number | null;
  /** Pooled two-proportion z-test; null when n_T or n_C is 0 or the pooled share is 0 or 1. */
  pValue: number | null;
  /** ARPU difference in differences (mean change over T − over C); null without an after-window or an empty group. */
  arpuDid: number | null;
  /** Welch 95 % CI of the DiD; null when a group has fewer than 2 customers. */
  arpuDidCiLow: number | null;
  arpuDidCiHigh: number | null;
  complaints: number;
  validComplaints: number;
  /** valid complaints ÷ contacted; null when nobody was contacted. */
  validComplaintRate: number | null;
  /** Rate above 4 ‰. */
  complaintAlert: boolean;
  cost: number;
  /** DiD × 3 × n_T; null without a DiD. */
  incrementalRevenue: number | null;
  /** (incremental revenue − cost) ÷ cost; null when cost is 0 or there is no incremental revenue. */
  roi: number | null;
  /** Power for the campaign's target reduction with the observed n's and control churn; null per §6. */
  power: number | null;
  /** power < 0.8; null when there is no power. */
  underpowered: boolean | null;
  controlContacted: number;
}

/** Derives every §6 figure of one group from its aggregates. */
export function deriveFigures(a: ResultAggregates, targetChurnReduction: number | null): EvaluationFigures {
  const churn = compareProportions({ n: a.treated, events: a.churnedTreated }, { n: a.control, events: a.churnedControl });
  const did = welchDifference({ n: a.treated, mean: a.changeMeanT, variance: a.changeVarT }, { n: a.control, mean: a.changeMeanC, variance: a.changeVarC });
  const incrementalRevenue = did.difference === null ? null : did.difference * 3 * a.treated;
  const power = churnPower({ nT: a.treated, nC: a.control, controlChurn: churn.pC, reduction: targetChurnReduction });
  const validComplaintRate = a.contacted > 0 ? a.validComplaints / a.contacted : null;
  return {
    listSize: a.listSize,
    controlSize: a.control,
    treatedSize: a.treated,
    contacted: a.contacted,
    reached: a.reached,
    accepted: a.accepted,
    uptake: a.contacted > 0 ? a.accepted / a.contacted : null,
    churnTreated: churn.pT,
    churnControl: churn.pC,
    churnReduction: churn.difference,
    churnReductionCiLow: churn.ciLow,
    churnReductionCiHigh: churn.ciHigh,
    pValue: churn.pValue,
    arpuDid: did.difference,
    arpuDidCiLow: did.low,
    arpuDidCiHigh: did.high,
    complaints: a.complaints,
    validComplaints: a.validComplaints,
    validComplaintRate,
    complaintAlert: validComplaintRate !== null && validComplaintRate > COMPLAINT_ALERT_RATE,
    cost: a.cost,
    incrementalRevenue,
    roi: a.cost > 0 && incrementalRevenue !== null ? (incrementalRevenue - a.cost) / a.cost : null,
    power,
    underpowered: power === null ? null : power < POWER_TARGET,
    controlContacted: a.controlContacted,
  };
}
