import { moments, welchDifference } from './welch';

// Worked example by hand: treated changes 1, 2, 3, 4 (mean 2.5, s² = 5/3); control
// changes 0, 1, 2 (mean 1, s² = 1). DiD = 1.5, SE = sqrt((5/3)/4 + 1/3) = sqrt(0.75) = 0.8660254;
// CI = 1.5 ± 1.959964·0.8660254 = 1.5 ± 1.6973786 = [−0.1973786, 3.1973786].
describe('Welch interval of a difference of means', () => {
  it('computes the DiD and its interval', () => {
    const r = welchDifference(moments([1, 2, 3, 4]), moments([0, 1, 2]));
    expect(r.difference).toBeCloseTo(1.5, 12);
    expect(r.low).toBeCloseTo(1.5 - 1.959964 * Math.sqrt(0.75), 12);
    expect(r.low).toBeCloseTo(-0.1973786, 6);
    expect(r.high).toBeCloseTo(3.1973786, 6);
  });

  it('has a difference but no interval when a group has fewer than 2 customers, nothing when one is empty', () => {
    expect(welchDifference(moments([1, 2]), moments([5]))).toEqual({ difference: -3.5, low: null, high: null });
    expect(welchDifference(moments([]), moments([5, 6]))).toEqual({ difference: null, low: null, high: null });
  });

  it('uses the sample variance (divisor n − 1)', () => {
    expect(moments([2, 4, 4, 4, 5, 5, 7, 9]).variance).toBeCloseTo(32 / 7, 12);
  });
});
