import { KpiDirection, type KpiKey } from './kpi-definitions';

/** One KPI line of a branch's scorecard before scoring. */
export interface ScoreLine {
  kpi: KpiKey;
  direction: KpiDirection;
  /** null: no figure for that branch and month. */
  actual: number | null;
  target: number;
  weight: number;
  cap: number;
}

export interface ScoredLine extends ScoreLine {
  attainment: number;
  score: number;
  noData: boolean;
}

/**
 * DOMAIN.md §7 "Exact": actual ÷ target (higher is better) or target ÷ actual (lower is
 * better; an actual of 0 attains the cap), floored at 0 and capped.
 */
export function attainmentOf(direction: KpiDirection, actual: number, target: number, cap: number): number {
  let raw: number;
  if (direction === KpiDirection.LOWER_IS_BETTER) raw = actual === 0 ? cap : target / actual;
  else raw = actual / target;
  return Math.min(Math.max(raw, 0), cap);
}

/** Scores a branch's lines: score = weight × attainment (points); a missing actual scores 0 and is flagged. */
export function scoreLines(lines: ScoreLine[]): { lines: ScoredLine[]; total: number } {
  const scored = lines.map((line): ScoredLine => {
    if (line.actual === null || !Number.isFinite(line.actual)) return { ...line, actual: null, attainment: 0, score: 0, noData: true };
    const attainment = attainmentOf(line.direction, line.actual, line.target, line.cap);
    return { ...line, attainment, score: line.weight * attainment, noData: false };
  });
  return { lines: scored, total: scored.reduce((sum, l) => sum + l.score, 0) };
}

/** Rounds half away from zero to 2 decimals, immune to binary noise such as 84.99999999999999. */
export function round2(x: number): number {
  const scaled = Math.abs(x) * 100;
  const rounded = Math.round(Number(scaled.toPrecision(12)));
  return (Math.sign(x) * rounded) / 100;
}

/**
 * Competition ranking ("1224") on the total rounded to 2 decimals; within a tie branches are
 * listed by branch code.
 */
export function rankByTotal<T extends { branchCode: string; total: number }>(rows: T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => round2(b.total) - round2(a.total) || (a.branchCode < b.branchCode ? -1 : a.branchCode > b.branchCode ? 1 : 0));
  let rank = 0;
  return sorted.map((row, i) => {
    if (i === 0 || round2(row.total) !== round2(sorted[i - 1].total)) rank = i + 1;
    return { ...row, rank };
  });
}
