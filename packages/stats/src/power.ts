import { normalCdf, Z_95 } from './normal';

/** The power threshold below which a result is "underpowered". */
export const POWER_TARGET = 0.8;

/**
 * Power of the two-sided 5 % test to detect a churn reduction `d` (DOMAIN.md §6):
 * p_T = p_C − d, p̄ = (n_T·p_T + n_C·p_C)/N,
 * power = Φ((d − 1.959964·sqrt(p̄(1−p̄)(1/n_T + 1/n_C))) / sqrt(p_T(1−p_T)/n_T + p_C(1−p_C)/n_C)).
 * Null without a reduction, when p_C or p_T falls outside 0…1, when a group is empty, or
 * when there is no variation at all (both shares 0 or 1).
 */
export function churnPower(input: { nT: number; nC: number; controlChurn: number | null; reduction: number | null | undefined }): number | null {
  const { nT, nC, controlChurn: pC, reduction: d } = input;
  if (d === null || d === undefined || pC === null || !Number.isFinite(d) || !Number.isFinite(pC)) return null;
  if (nT <= 0 || nC <= 0) return null;
  const pT = pC - d;
  if (pC < 0 || pC > 1 || pT < 0 || pT > 1) return null;
  const total = nT + nC;
  const pBar = (nT * pT + nC * pC) / total;
  const denominator = Math.sqrt((pT * (1 - pT)) / nT + (pC * (1 - pC)) / nC);
  if (!(denominator > 0)) return null;
  return normalCdf((d - Z_95 * Math.sqrt(pBar * (1 - pBar) * (1 / nT + 1 / nC))) / denominator);
}

/**
 * round(share × N), half away from zero as PostgreSQL rounds numeric. The share has at
 * most 4 decimals (the campaign's numeric(6,4)), so the product is computed in integers:
 * no binary floating-point error decides a .5.
 */
export function controlSizeFor(listSize: number, share: number): number {
  const tenThousandths = Math.round(share * 10000);
  return Math.floor((tenThousandths * listSize + 5000) / 10000);
}

export interface SampleSizeGuidanceInput {
  /** N: the list size (segment count after suppression, or the built list). */
  listSize: number;
  /** Expected control churn p_C (0…1). */
  controlChurn: number | null;
  /** Expected churn reduction d (the campaign's target, 0…1). */
  targetReduction: number | null;
  /** The control share c being set (0…0.5). */
  controlShare: number;
}

export interface SampleSizeGuidance {
  /** Power at the chosen share; null where churnPower is. */
  power: number | null;
  /** The smallest share in steps of 0.5 % (0.005 … 0.5) whose power reaches 80 %; null when none does. */
  smallestShareFor80: number | null;
}

/** Power at the chosen control share, with n_C = round(c·N) and n_T = N − n_C. */
export function powerAtShare(listSize: number, controlChurn: number | null, reduction: number | null, share: number): number | null {
  const nC = controlSizeFor(listSize, share);
  return churnPower({ nT: listSize - nC, nC, controlChurn, reduction });
}

/** The campaign form's live guidance (DOMAIN.md §6 "Sample-size guidance"). */
export function sampleSizeGuidance(input: SampleSizeGuidanceInput): SampleSizeGuidance {
  const { listSize, controlChurn, targetReduction, controlShare } = input;
  const power = powerAtShare(listSize, controlChurn, targetReduction, controlShare);
  let smallestShareFor80: number | null = null;
  // Steps of 0.5 %: k/200 for k = 1 … 100, so n_C = round(k·N/200) in integers.
  for (let k = 1; k <= 100; k++) {
    const nC = Math.floor((k * listSize + 100) / 200);
    const p = churnPower({ nT: listSize - nC, nC, controlChurn, reduction: targetReduction });
    if (p !== null && p >= POWER_TARGET) {
      smallestShareFor80 = k / 200;
      break;
    }
  }
  return { power, smallestShareFor80 };
}
