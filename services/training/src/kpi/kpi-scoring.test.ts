import { KpiDirection } from './kpi-definitions';
import { attainmentOf, rankByTotal, round2, scoreLines, type ScoreLine } from './kpi-scoring';

const H = KpiDirection.HIGHER_IS_BETTER;
const L = KpiDirection.LOWER_IS_BETTER;

describe('attainment (DOMAIN.md §7 exact rules)', () => {
  it('is actual ÷ target for higher-is-better, capped at 1 by default', () => {
    expect(attainmentOf(H, 80, 100, 1)).toBeCloseTo(0.8);
    expect(attainmentOf(H, 130, 100, 1)).toBe(1);
  });

  it('honours a cap other than 1', () => {
    expect(attainmentOf(H, 130, 100, 1.2)).toBeCloseTo(1.2);
    expect(attainmentOf(H, 110, 100, 1.2)).toBeCloseTo(1.1);
    expect(attainmentOf(H, 50, 100, 0.8)).toBeCloseTo(0.5);
  });

  it('is target ÷ actual for lower-is-better, capped', () => {
    expect(attainmentOf(L, 0.008, 0.004, 1)).toBeCloseTo(0.5);
    expect(attainmentOf(L, 0.002, 0.004, 1)).toBe(1);
    expect(attainmentOf(L, 0.002, 0.004, 1.5)).toBeCloseTo(1.5);
  });

  it('gives an actual of 0 on a lower-is-better KPI the cap', () => {
    expect(attainmentOf(L, 0, 0.004, 1)).toBe(1);
    expect(attainmentOf(L, 0, 0.004, 1.3)).toBe(1.3);
  });

  it('floors at 0 (a negative actual never subtracts points)', () => {
    expect(attainmentOf(H, -5, 100, 1)).toBe(0);
    expect(attainmentOf(L, -0.01, 0.004, 1)).toBe(0);
    expect(attainmentOf(H, 0, 100, 1)).toBe(0);
  });
});

describe('scoreLines', () => {
  const line = (over: Partial<ScoreLine>): ScoreLine => ({ kpi: 'MID_HIGH_END_AVG', direction: H, actual: 90, target: 100, weight: 40, cap: 1, ...over });

  it('scores weight × attainment and totals in points (100 at full attainment)', () => {
    const { lines, total } = scoreLines([
      line({ actual: 100, weight: 40 }),
      line({ kpi: 'COHORT_RETENTION', actual: 0.9, target: 0.9, weight: 30 }),
      line({ kpi: 'VALID_COMPLAINT_RATE', direction: L, actual: 0, target: 0.004, weight: 30 }),
    ]);
    expect(lines.map((l) => l.score)).toEqual([40, 30, 30]);
    expect(total).toBe(100);
  });

  it('scores a missing actual 0 and flags it as no data', () => {
    const { lines, total } = scoreLines([line({ actual: null, weight: 50 }), line({ kpi: 'CROSS_STAB_2', actual: 0.25, target: 0.5, weight: 50 })]);
    expect(lines[0]).toMatchObject({ noData: true, attainment: 0, score: 0, actual: null });
    expect(lines[1]).toMatchObject({ noData: false, attainment: 0.5, score: 25 });
    expect(total).toBe(25);
  });

  it('keeps a real 0 actual apart from no data', () => {
    const { lines } = scoreLines([line({ actual: 0 })]);
    expect(lines[0]).toMatchObject({ noData: false, attainment: 0, score: 0 });
  });
});

describe('competition ranking', () => {
  it('gives equal totals (to 2 decimals) the same rank and skips the next ranks: 1, 2, 2, 4', () => {
    const ranked = rankByTotal([
      { branchCode: 'ZG', total: 80.004 },
      { branchCode: 'CD', total: 95 },
      { branchCode: 'AB', total: 79.996 },
      { branchCode: 'GA', total: 60 },
    ]);
    expect(ranked.map((r) => [r.branchCode, r.rank])).toEqual([
      ['CD', 1],
      ['AB', 2],
      ['ZG', 2],
      ['GA', 4],
    ]);
  });

  it('lists a tie by branch code and keeps three-way ties together', () => {
    const ranked = rankByTotal(['LSZ', 'AB', 'MY', 'BZ'].map((branchCode) => ({ branchCode, total: 50 })));
    expect(ranked.map((r) => `${r.rank}${r.branchCode}`)).toEqual(['1AB', '1BZ', '1LSZ', '1MY']);
  });

  it('rounds half away from zero without binary noise', () => {
    expect(round2(84.99999999999999)).toBe(85);
    expect(round2(1.005)).toBe(1.01);
    expect(round2(0.125)).toBe(0.13);
  });
});
