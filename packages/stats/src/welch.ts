import { Z_95 } from './normal';

/** Summary of one group's per-customer values: size, mean and sample variance (divisor n − 1). */
export interface GroupMoments {
  n: number;
  /** Null for an empty group. */
  mean: number | null;
  /** Null for fewer than 2 customers. */
  variance: number | null;
}

/**
 * Difference of means (e.g. the ARPU difference in differences, mean over T − mean over C)
 * with Welch's standard error and the normal quantile (DOMAIN.md §6):
 * DiD ± 1.959964·sqrt(s_T²/n_T + s_C²/n_C). The difference is null when a group is empty;
 * the interval is null when a group has fewer than 2 customers.
 */
export function welchDifference(treated: GroupMoments, control: GroupMoments): { difference: number | null; low: number | null; high: number | null } {
  if (treated.n <= 0 || control.n <= 0 || treated.mean === null || control.mean === null) return { difference: null, low: null, high: null };
  const difference = treated.mean - control.mean;
  if (treated.n < 2 || control.n < 2 || treated.variance === null || control.variance === null) return { difference, low: null, high: null };
  const se = Math.sqrt(treated.variance / treated.n + control.variance / control.n);
  return { difference, low: difference - Z_95 * se, high: difference + Z_95 * se };
}

/** Mean and sample variance (divisor n − 1) of a list of numbers, for tests and small checks. */
export function moments(values: readonly number[]): GroupMoments {
  const n = values.length;
  if (n === 0) return { n, mean: null, variance: null };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { n, mean, variance: null };
  return { n, mean, variance: values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1) };
}
