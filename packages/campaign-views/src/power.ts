/**
 * Sample-size guidance for the control share (DOMAIN.md §6): the power of the churn comparison
 * at a share, and the smallest share in steps of 0.5 % that reaches 80 %.
 */

/** Standard normal CDF (W. J. Cody's rational approximation of erfc through erf; |error| < 1e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  // Numerical Recipes' erfc, fractional error < 1.2e-7 everywhere.
  const erfc = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** PostgreSQL's round of a numeric: half away from zero. */
export function roundHalfAway(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x) + 1e-12);
}

export interface PowerInputs {
  /** List size N (after suppression). */
  size: number;
  /** Expected control churn p_C, fraction. */
  controlChurn: number;
  /** Expected churn reduction d, fraction. */
  reduction: number;
}

/** The power at control share `share`; null when it cannot be computed (no d, p_T outside 0…1, an empty group). */
export function powerAt(share: number, { size, controlChurn: pC, reduction: d }: PowerInputs): number | null {
  if (!(d > 0) || !(size > 0)) return null;
  const pT = pC - d;
  if (pT < 0 || pT > 1 || pC < 0 || pC > 1) return null;
  const nC = roundHalfAway(share * size);
  const nT = size - nC;
  if (nC <= 0 || nT <= 0) return null;
  const pBar = (nT * pT + nC * pC) / size;
  const se = Math.sqrt(pT * (1 - pT) / nT + pC * (1 - pC) / nC);
  if (se === 0) return null;
  return normalCdf((d - 1.959964 * Math.sqrt(pBar * (1 - pBar) * (1 / nT + 1 / nC))) / se);
}

/** The smallest share in steps of 0.005 up to 0.5 whose power reaches 0.8; null when none does. */
export function smallestShareFor80(inputs: PowerInputs): number | null {
  for (let step = 1; step <= 100; step++) {
    const share = step * 0.005;
    const power = powerAt(share, inputs);
    if (power !== null && power >= 0.8) return Math.round(share * 1000) / 1000;
  }
  return null;
}
