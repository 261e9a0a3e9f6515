import cdf from '@stdlib/stats-base-dists-normal-cdf';
import quantile from '@stdlib/stats-base-dists-normal-quantile';

/** Φ(x): the standard normal distribution function (stdlib, not an approximation of ours). */
export function normalCdf(x: number): number {
  return cdf(x, 0, 1);
}

/** Φ⁻¹(p): the standard normal quantile (stdlib). */
export function normalQuantile(p: number): number {
  return quantile(p, 0, 1);
}

/**
 * The two-sided 95 % normal quantile exactly as DOMAIN.md §6 writes it (1.959964);
 * Φ⁻¹(0.975) = 1.95996398454… rounds to it (see normal.test.ts).
 */
export const Z_95 = 1.959964;
