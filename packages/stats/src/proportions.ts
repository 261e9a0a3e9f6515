import { normalCdf, Z_95 } from './normal';

/** Counts of one group: `n` customers, `events` of them with the outcome (e.g. churned). */
export interface GroupCount {
  n: number;
  events: number;
}

export interface TwoProportionResult {
  /** Shares p_T and p_C; null when the group is empty. */
  pT: number | null;
  pC: number | null;
  /** d = p_C − p_T (a positive d is a reduction of churn); null when either group is empty. */
  difference: number | null;
  /** Wald 95 % CI of d; null when either group is empty. */
  ciLow: number | null;
  ciHigh: number | null;
  /** Pooled two-proportion z statistic and its two-sided p-value; null when the pooled share is 0 or 1. */
  z: number | null;
  pValue: number | null;
}

const share = (g: GroupCount): number | null => (g.n > 0 ? g.events / g.n : null);

/**
 * Wald 95 % interval of d = p_C − p_T (DOMAIN.md §6):
 * d ± 1.959964·sqrt(p_T(1−p_T)/n_T + p_C(1−p_C)/n_C). Null when a group is empty.
 */
export function waldDifferenceCi(treated: GroupCount, control: GroupCount): { low: number; high: number } | null {
  const pT = share(treated);
  const pC = share(control);
  if (pT === null || pC === null) return null;
  const se = Math.sqrt((pT * (1 - pT)) / treated.n + (pC * (1 - pC)) / control.n);
  const d = pC - pT;
  return { low: d - Z_95 * se, high: d + Z_95 * se };
}

/**
 * Two-sided p-value of the pooled two-proportion z-test,
 * z = d / sqrt(p(1−p)(1/n_T + 1/n_C)) with p the pooled share; null when a group is empty
 * or p is 0 or 1 (no variation: the test is undefined).
 */
export function pooledZTest(treated: GroupCount, control: GroupCount): { z: number; pValue: number } | null {
  if (treated.n <= 0 || control.n <= 0) return null;
  const pooled = (treated.events + control.events) / (treated.n + control.n);
  if (pooled <= 0 || pooled >= 1) return null;
  const d = control.events / control.n - treated.events / treated.n;
  const z = d / Math.sqrt(pooled * (1 - pooled) * (1 / treated.n + 1 / control.n));
  return { z, pValue: Math.min(1, 2 * (1 - normalCdf(Math.abs(z)))) };
}

/** Shares, difference, Wald CI and pooled z-test of treated vs control, nulls as DOMAIN.md §6 says. */
export function compareProportions(treated: GroupCount, control: GroupCount): TwoProportionResult {
  const pT = share(treated);
  const pC = share(control);
  const ci = waldDifferenceCi(treated, control);
  const test = pooledZTest(treated, control);
  return {
    pT,
    pC,
    difference: pT !== null && pC !== null ? pC - pT : null,
    ciLow: ci?.low ?? null,
    ciHigh: ci?.high ?? null,
    z: test?.z ?? null,
    pValue: test?.pValue ?? null,
  };
}
