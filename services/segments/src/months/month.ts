/** Months are 'YYYY-MM' at the edges (files, CLI, GraphQL) and the month's first day in SQL. */
const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export class InvalidMonthError extends Error {}

export function parseMonth(month: string): { year: number; month: number } {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new InvalidMonthError(`"${month}" is not a month in YYYY-MM form`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** 'YYYY-MM' → 'YYYY-MM-01' (the SQL date that stands for the month). */
export function monthStart(month: string): string {
  parseMonth(month);
  return `${month}-01`;
}

/** Shifts a month by n (negative = earlier). */
export function addMonths(month: string, n: number): string {
  const { year, month: m } = parseMonth(month);
  const index = year * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** 'YYYY-MM-DD' of the month's last day. */
export function monthEnd(month: string): string {
  const { year, month: m } = parseMonth(month);
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(lastDay).padStart(2, '0')}`;
}

/** A safe table-name suffix for a month's partition, e.g. 202610. */
export function partitionSuffix(month: string): string {
  parseMonth(month);
  return month.replace('-', '');
}
