import { normalCdf, powerAt, roundHalfAway, smallestShareFor80 } from './power';

it('computes Φ to 6 decimals', () => {
  expect(normalCdf(0)).toBeCloseTo(0.5, 6);
  expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
  expect(normalCdf(-1.644854)).toBeCloseTo(0.05, 6);
});

it('rounds half away from zero as PostgreSQL rounds numeric', () => {
  expect(roundHalfAway(2.5)).toBe(3);
  expect(roundHalfAway(0.5)).toBe(1);
  expect(roundHalfAway(1.49)).toBe(1);
});

it('follows DOMAIN §6: power at a share and the smallest share reaching 80 %', () => {
  const inputs = { size: 10000, controlChurn: 0.08, reduction: 0.02 };
  // n_C = 1000, n_T = 9000, p_T = 0.06, p̄ = 0.062
  const pBar = (9000 * 0.06 + 1000 * 0.08) / 10000;
  const expected = normalCdf((0.02 - 1.959964 * Math.sqrt(pBar * (1 - pBar) * (1 / 9000 + 1 / 1000))) / Math.sqrt(0.06 * 0.94 / 9000 + 0.08 * 0.92 / 1000));
  expect(powerAt(0.1, inputs)).toBeCloseTo(expected, 10);
  const share = smallestShareFor80(inputs)!;
  expect(powerAt(share, inputs)!).toBeGreaterThanOrEqual(0.8);
  expect(powerAt(share - 0.005, inputs)!).toBeLessThan(0.8);
  expect(smallestShareFor80({ size: 100, controlChurn: 0.05, reduction: 0.01 })).toBeNull();
  expect(powerAt(0.1, { size: 1000, controlChurn: 0.05, reduction: 0 })).toBeNull();
  expect(powerAt(0.1, { size: 1000, controlChurn: 0.01, reduction: 0.02 })).toBeNull();
});
