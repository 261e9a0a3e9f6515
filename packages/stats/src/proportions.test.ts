import { compareProportions, pooledZTest, waldDifferenceCi } from './proportions';

// Worked example, by hand (and checked with Python 3's statistics.NormalDist):
// treated 80 churned of 1000, control 100 of 1000: p_T = 0.08, p_C = 0.10, d = 0.02.
// Wald SE = sqrt(0.08·0.92/1000 + 0.1·0.9/1000) = sqrt(0.0001636) = 0.0127906…
// CI = 0.02 ± 1.959964·0.0127906 = [−0.0050692, 0.0450692].
// Pooled p = 180/2000 = 0.09, SE0 = sqrt(0.09·0.91·(2/1000)) = 0.0127984…, z = 1.5626908,
// two-sided p = 2(1 − Φ(1.5626908)) = 0.1181253.
describe('two proportions', () => {
  const treated = { n: 1000, events: 80 };
  const control = { n: 1000, events: 100 };

  it('computes the Wald interval of the difference', () => {
    const ci = waldDifferenceCi(treated, control)!;
    expect(ci.low).toBeCloseTo(-0.005069157803564633, 10);
    expect(ci.high).toBeCloseTo(0.045069157803564644, 10);
  });

  it('computes the pooled z-test', () => {
    const t = pooledZTest(treated, control)!;
    expect(t.z).toBeCloseTo(1.562690769794985, 10);
    expect(t.pValue).toBeCloseTo(0.11812534648829054, 10);
  });

  it('is symmetric: a churn increase gives a negative d and the same p-value', () => {
    const r = compareProportions(control, treated);
    expect(r.difference).toBeCloseTo(-0.02, 12);
    expect(r.pValue).toBeCloseTo(0.11812534648829054, 10);
  });

  it('gives nulls where DOMAIN.md §6 says: empty groups, pooled share 0 or 1', () => {
    expect(compareProportions({ n: 0, events: 0 }, control)).toEqual({ pT: null, pC: 0.1, difference: null, ciLow: null, ciHigh: null, z: null, pValue: null });
    const none = compareProportions({ n: 10, events: 0 }, { n: 5, events: 0 });
    expect(none).toEqual({ pT: 0, pC: 0, difference: 0, ciLow: 0, ciHigh: 0, z: null, pValue: null });
    expect(compareProportions({ n: 10, events: 10 }, { n: 5, events: 5 }).pValue).toBeNull();
  });
});
