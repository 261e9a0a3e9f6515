import { TrainingError, TrainingErrorCode } from './training.errors';

/** A calendar month, 'YYYY-MM'. */
export interface Month {
  year: number;
  month: number;
  /** 'YYYY-MM' */
  key: string;
  /** 'YYYY-MM-01', as the database stores months. */
  start: string;
}

/** A quarter, 'YYYY-Qn'. */
export interface Quarter {
  year: number;
  quarter: number;
  key: string;
  /** First day, 'YYYY-MM-DD'. */
  start: string;
  /** First day of the next quarter (exclusive end). */
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function monthOf(year: number, month: number): Month {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return { year: y, month: m, key: `${y}-${pad(m)}`, start: `${y}-${pad(m)}-01` };
}

export function addMonths(month: Month, n: number): Month {
  return monthOf(month.year, month.month + n);
}

export function parseYear(year: number, field = 'year'): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new TrainingError(TrainingErrorCode.BAD_YEAR, `${field}: ${year} is not a plausible year (2000–2100)`, { field });
  }
  return year;
}

export function parseMonth(value: string, field = 'month'): Month {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12 || Number(match[1]) < 2000 || Number(match[1]) > 2100) {
    throw new TrainingError(TrainingErrorCode.BAD_MONTH, `${field}: "${value}" is not a month YYYY-MM`, { field });
  }
  return monthOf(Number(match[1]), month);
}

export function quarterOf(year: number, quarter: number): Quarter {
  const first = monthOf(year, (quarter - 1) * 3 + 1);
  return { year, quarter, key: `${year}-Q${quarter}`, start: first.start, end: addMonths(first, 3).start };
}

export function parseQuarter(value: string, field = 'quarter'): Quarter {
  const match = /^(\d{4})-Q([1-4])$/.exec(value ?? '');
  if (!match || Number(match[1]) < 2000 || Number(match[1]) > 2100) {
    throw new TrainingError(TrainingErrorCode.BAD_QUARTER, `${field}: "${value}" is not a quarter YYYY-Qn`, { field });
  }
  return quarterOf(Number(match[1]), Number(match[2]));
}

export function quarterOfMonth(month: Month): Quarter {
  return quarterOf(month.year, Math.floor((month.month - 1) / 3) + 1);
}

/** 'YYYY-MM-DD' → the quarter containing it. */
export function quarterOfDay(day: string): Quarter {
  return quarterOfMonth(parseMonth(day.slice(0, 7)));
}

export function previousQuarter(quarter: Quarter): Quarter {
  return quarter.quarter === 1 ? quarterOf(quarter.year - 1, 4) : quarterOf(quarter.year, quarter.quarter - 1);
}

export function parseDay(value: string, field: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.getUTCMonth() + 1 !== Number(match[2]) || date.getUTCDate() !== Number(match[3])) {
    throw new TrainingError(TrainingErrorCode.BAD_DATE, `${field}: "${value}" is not a day YYYY-MM-DD`, { field });
  }
  return value;
}

export function parseTime(value: string, field: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(value ?? '');
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
    throw new TrainingError(TrainingErrorCode.BAD_TIME, `${field}: "${value}" is not a time HH:MM`, { field });
  }
  return value;
}

/** Today as 'YYYY-MM-DD' (TRAINING_TODAY may fix it outside production, for demo data and tests). */
export function today(): string {
  const fixed = process.env.NODE_ENV !== 'production' ? process.env.TRAINING_TODAY : undefined;
  return fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed) ? fixed : new Date().toISOString().slice(0, 10);
}
