import { addMonths, monthEnd, monthStart, parseMonth, partitionSuffix } from './month';

describe('months', () => {
  it('shifts across year ends', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-10', -5)).toBe('2026-05');
    expect(addMonths('2026-03', -15)).toBe('2024-12');
  });

  it('knows month ends, leap years included', () => {
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2025-02')).toBe('2025-02-28');
    expect(monthEnd('2026-04')).toBe('2026-04-30');
    expect(monthEnd('2026-12')).toBe('2026-12-31');
  });

  it('rejects anything but YYYY-MM', () => {
    for (const bad of ['2026-13', '2026-1', '26-01', '2026-01-01', "2026-01'; drop table x; --", '']) {
      expect(() => parseMonth(bad)).toThrow('is not a month in YYYY-MM form');
    }
    expect(monthStart('2026-10')).toBe('2026-10-01');
    expect(partitionSuffix('2026-10')).toBe('202610');
  });
});
