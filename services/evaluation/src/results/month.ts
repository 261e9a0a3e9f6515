/** Months in the API are `YYYY-MM` strings; in SQL the first day of the month (date). */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH_PATTERN.test(value);
}

/** 'YYYY-MM' → 'YYYY-MM-01'. */
export function monthToDate(month: string): string {
  return `${month}-01`;
}

/** A date (Date or 'YYYY-MM-DD…') → 'YYYY-MM'. */
export function dateToMonth(value: Date | string): string {
  if (value instanceof Date) return `${value.getUTCFullYear()}-${String(value.getUTCMonth() + 1).padStart(2, '0')}`;
  return value.slice(0, 7);
}

/** month + n months ('YYYY-MM'). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Whole months from a to b (b − a). */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number);
  const [yb, mb] = b.split('-').map(Number);
  return yb * 12 + mb - (ya * 12 + ma);
}
