import { churnPower, controlSizeFor, sampleSizeGuidance } from './power';

// Expected values computed independently with Python 3 (statistics.NormalDist) from the
// formula of DOMAIN.md §6, n_C = round(c·N) half away from zero:
//   N = 20000, p_C = 0.10, d = 0.02, c = 0.10 → n_C = 2000, n_T = 18000, power = 0.8521071379;
//   smallest share reaching 80 %: 8.5 % (power 0.8013376182; 8.0 % gives less);
//   N = 5000, p_C = 0.08, d = 0.01: no share up to 50 % reaches 80 % (at 50 %: 0.2683657196).
describe('power and sample-size guidance', () => {
  it('computes the power of §6', () => {
    expect(churnPower({ nT: 18000, nC: 2000, controlChurn: 0.1, reduction: 0.02 })).toBeCloseTo(0.8521071379057201, 10);
    expect(churnPower({ nT: 2500, nC: 2500, controlChurn: 0.08, reduction: 0.01 })).toBeCloseTo(0.2683657196111928, 10);
  });

  it('gives the power at the share and the smallest 0.5 % step that reaches 80 %', () => {
    const g = sampleSizeGuidance({ listSize: 20000, controlChurn: 0.1, targetReduction: 0.02, controlShare: 0.1 });
    expect(g.power).toBeCloseTo(0.8521071379057201, 10);
    expect(g.smallestShareFor80).toBe(0.085);
    expect(churnPower({ nT: 18300, nC: 1700, controlChurn: 0.1, reduction: 0.02 })).toBeCloseTo(0.8013376181611859, 10);
    expect(churnPower({ nT: 18400, nC: 1600, controlChurn: 0.1, reduction: 0.02 })!).toBeLessThan(0.8);
  });

  it('says when no share up to 50 % reaches 80 %', () => {
    expect(sampleSizeGuidance({ listSize: 5000, controlChurn: 0.08, targetReduction: 0.01, controlShare: 0.1 }).smallestShareFor80).toBeNull();
  });

  it('is null without a target, with p_T outside 0…1 or an empty group', () => {
    expect(churnPower({ nT: 100, nC: 10, controlChurn: 0.1, reduction: null })).toBeNull();
    expect(churnPower({ nT: 100, nC: 10, controlChurn: 0.01, reduction: 0.02 })).toBeNull();
    expect(churnPower({ nT: 100, nC: 0, controlChurn: 0.1, reduction: 0.02 })).toBeNull();
    expect(sampleSizeGuidance({ listSize: 100, controlChurn: null, targetReduction: 0.02, controlShare: 0.1 })).toEqual({ power: null, smallestShareFor80: null });
  });

  it('rounds the control size half away from zero, without floating-point error', () => {
    expect(controlSizeFor(15, 0.1)).toBe(2); // 1.5 → 2
    expect(controlSizeFor(100, 0.035)).toBe(4); // 3.5 → 4 (0.035·100 is 3.5000000000000004 in floating point)
    expect(controlSizeFor(100, 0.015)).toBe(2); // 1.5 → 2
    expect(controlSizeFor(25, 0.1)).toBe(3); // 2.5 → 3
    expect(controlSizeFor(24, 0.1)).toBe(2); // 2.4 → 2
  });
});
