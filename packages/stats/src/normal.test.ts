import { normalCdf, normalQuantile, Z_95 } from './normal';

// Published standard normal table values: NIST/SEMATECH e-Handbook of Statistical Methods,
// §1.3.6.7.1 "Cumulative Distribution Function of the Standard Normal Distribution", and
// the critical values of §1.3.6.7.1 (1.645, 1.960, 2.576); more digits from Python 3's
// statistics.NormalDist (an independent implementation: erf-based cdf, Wichura's AS241 quantile).
describe('normal distribution (stdlib)', () => {
  it.each([
    [0, 0.5],
    [1, 0.8413447460685429],
    [1.96, 0.9750021048517796],
    [-2.5, 0.006209665325776159],
    [1.645, 0.95002],
    [2.576, 0.995],
  ])('Φ(%p) = %p', (x, expected) => {
    expect(normalCdf(x)).toBeCloseTo(expected, x === 1.645 || x === 2.576 ? 4 : 12);
  });

  it.each([
    [0.975, 1.9599639845400536],
    [0.8, 0.8416212335729144],
    [0.5, 0],
  ])('Φ⁻¹(%p) = %p', (p, expected) => {
    expect(normalQuantile(p)).toBeCloseTo(expected, 12);
  });

  it('uses DOMAIN.md §6 quantile 1.959964, which is Φ⁻¹(0.975) rounded to 6 decimals', () => {
    expect(Z_95).toBe(1.959964);
    expect(Number(normalQuantile(0.975).toFixed(6))).toBe(Z_95);
  });
});
