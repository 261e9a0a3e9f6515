import type { DataSource } from 'typeorm';
import type { AuthUser } from '@retention/auth';
import { isBranchCode } from '@retention/domain';
import { audit } from '../common/audit';
import { addMonths, monthOf, parseMonth, parseYear, type Month } from '../common/period';
import { readTable, type RowError } from '../common/tabular-file';
import { KpiActualsService } from './kpi-actuals.service';
import { KpiCohortService } from './kpi-cohort.service';
import { definitionOf, KPI_KEYS, type KpiKey } from './kpi-definitions';
import { KpiError, KpiErrorCode } from './kpi.errors';
import { rankByTotal, scoreLines } from './kpi-scoring';
import type { BranchScoreType, KpiTargetImportResult, KpiTargetInput, KpiTargetType, KpiTrendPoint } from './kpi.type';

interface TargetRow {
  set_id: string;
  year: number;
  effective_month: string;
  created_at: Date;
  created_by: string;
  branch_code: string;
  kpi: KpiKey;
  target: number;
  weight: number;
  cap: number;
}

function toTarget(row: TargetRow): KpiTargetType {
  return {
    year: row.year,
    effectiveMonth: row.effective_month,
    branchCode: row.branch_code,
    kpi: row.kpi,
    target: row.target,
    weight: row.weight,
    cap: row.cap,
    direction: definitionOf(row.kpi).direction,
    versionId: row.set_id,
    setAt: new Date(row.created_at).toISOString(),
    setBy: row.created_by,
  };
}

const TARGET_SELECT = `SELECT ts.id AS set_id, ts.year, to_char(ts.effective_month, 'YYYY-MM') AS effective_month, ts.created_at, ts.created_by,
  t.branch_code, t.kpi, t.target, t.weight, t.cap
  FROM training.kpi_target_set ts JOIN training.kpi_target t ON t.set_id = ts.id`;

/** A checked target line; `field` names where it came from (input[3], or an import line). */
interface CheckedLine {
  branchCode: string;
  kpi: KpiKey;
  target: number;
  weight: number;
  cap: number;
}

const TARGET_ALIASES: Record<string, string> = { 分公司: 'branch_code', branch: 'branch_code', 指标: 'kpi', 目标: 'target', 目标值: 'target', 权重: 'weight', 封顶: 'cap', 封顶系数: 'cap' };

/**
 * Checks one target line (DOMAIN.md §7 "Exact": targets > 0, weights points, caps > 0) and
 * returns the error code with its field, or the line.
 */
function checkLine(row: { branchCode: string; kpi: string; target: number; weight: number; cap?: number | null }): CheckedLine | { code: KpiErrorCode; field: string; message: string } {
  const branchCode = row.branchCode?.trim();
  if (!isBranchCode(branchCode)) return { code: KpiErrorCode.UNKNOWN_BRANCH, field: 'branchCode', message: `unknown branch "${row.branchCode}"` };
  if (!(KPI_KEYS as readonly string[]).includes(row.kpi)) return { code: KpiErrorCode.BAD_KPI, field: 'kpi', message: `"${row.kpi}" is not a KPI key` };
  if (!Number.isFinite(row.target) || row.target <= 0) return { code: KpiErrorCode.TARGET_NOT_POSITIVE, field: 'target', message: `target ${row.target} is not > 0` };
  if (!Number.isFinite(row.weight) || row.weight < 0 || row.weight > 100) return { code: KpiErrorCode.BAD_WEIGHT, field: 'weight', message: `weight ${row.weight} is not 0–100` };
  const cap = row.cap ?? 1;
  if (!Number.isFinite(cap) || cap <= 0) return { code: KpiErrorCode.BAD_CAP, field: 'cap', message: `cap ${cap} is not > 0` };
  return { branchCode, kpi: row.kpi as KpiKey, target: row.target, weight: row.weight, cap };
}

/** Per branch, weights must sum to 100 (to a millionth of a point). */
function weightProblems(lines: CheckedLine[]): { branchCode: string; sum: number }[] {
  const sums = new Map<string, number>();
  for (const l of lines) sums.set(l.branchCode, (sums.get(l.branchCode) ?? 0) + l.weight);
  return [...sums].filter(([, sum]) => Math.abs(sum - 100) > 1e-6).map(([branchCode, sum]) => ({ branchCode, sum: Math.round(sum * 1e6) / 1e6 }));
}

export class KpiService {
  readonly actualsService: KpiActualsService;
  readonly cohorts: KpiCohortService;

  constructor(private readonly dataSource: DataSource) {
    this.actualsService = new KpiActualsService(dataSource);
    this.cohorts = new KpiCohortService(dataSource);
  }

  private effective(year: number, effectiveMonth: string | null | undefined): Month {
    if (!effectiveMonth) return monthOf(year, 1);
    const month = parseMonth(effectiveMonth, 'effectiveMonth');
    if (month.year !== year) throw new KpiError(KpiErrorCode.MONTH_NOT_IN_YEAR, `effectiveMonth: ${effectiveMonth} is not in ${year}`, { field: 'effectiveMonth' });
    return month;
  }

  /**
   * Sets a new version of the targets, weights and caps of the branches named (each branch's
   * lines are its whole scorecard from the effective month on); earlier months keep theirs.
   */
  async setTargets(actor: AuthUser, year: number, input: KpiTargetInput[], effectiveMonth: string | null, idempotencyKey: string | null): Promise<KpiTargetType[]> {
    parseYear(year);
    const effective = this.effective(year, effectiveMonth);
    if (input.length === 0) throw new KpiError(KpiErrorCode.NO_TARGETS, 'input: no target lines', { field: 'input' });
    const lines: CheckedLine[] = [];
    const seen = new Set<string>();
    input.forEach((row, i) => {
      const checked = checkLine(row);
      if ('code' in checked) throw new KpiError(checked.code, `input[${i}].${checked.field}: ${checked.message}`, { field: `input[${i}].${checked.field}` });
      const key = `${checked.branchCode}:${checked.kpi}`;
      if (seen.has(key)) throw new KpiError(KpiErrorCode.DUPLICATE_KPI, `input[${i}].kpi: ${checked.kpi} is already set for ${checked.branchCode}`, { field: `input[${i}].kpi` });
      seen.add(key);
      lines.push(checked);
    });
    const [problem] = weightProblems(lines);
    if (problem) {
      throw new KpiError(KpiErrorCode.WEIGHTS_NOT_100, `input: the weights of ${problem.branchCode} sum to ${problem.sum}, not 100`, {
        field: 'input',
        branchCode: problem.branchCode,
        sum: problem.sum,
      });
    }
    if (idempotencyKey) {
      const previous: TargetRow[] = await this.dataSource.query(`${TARGET_SELECT} WHERE ts.created_by = $1 AND ts.idempotency_key = $2 ORDER BY t.branch_code, t.kpi`, [actor.id, idempotencyKey]);
      if (previous.length) return previous.map(toTarget);
    }
    const setId = await this.dataSource.transaction(async (m) => {
      const [{ id }] = await m.query(
        'INSERT INTO training.kpi_target_set (year, effective_month, created_by, idempotency_key) VALUES ($1, $2::date, $3, $4) RETURNING id',
        [year, effective.start, actor.username, idempotencyKey],
      );
      await m.query(
        `INSERT INTO training.kpi_target (set_id, branch_code, kpi, target, weight, cap)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::float8[], $5::float8[], $6::float8[])`,
        [id, lines.map((l) => l.branchCode), lines.map((l) => l.kpi), lines.map((l) => l.target), lines.map((l) => l.weight), lines.map((l) => l.cap)],
      );
      await audit(m, actor, 'kpi_targets', id, 'SET', { year, effectiveMonth: effective.key, lines });
      return id as string;
    });
    const rows: TargetRow[] = await this.dataSource.query(`${TARGET_SELECT} WHERE ts.id = $1 ORDER BY t.branch_code, t.kpi`, [setId]);
    return rows.map(toTarget);
  }

  /** Imports a target table (CSV or XLSX: branch_code, kpi, target, weight, cap); any error sets nothing. */
  async importTargets(actor: AuthUser, year: number, fileName: string, contentBase64: string, effectiveMonth: string | null, dryRun: boolean): Promise<KpiTargetImportResult> {
    parseYear(year);
    this.effective(year, effectiveMonth);
    const table = await readTable(fileName, contentBase64, TARGET_ALIASES);
    const errors: RowError[] = [];
    for (const column of ['branch_code', 'kpi', 'target', 'weight']) {
      if (!table.columns.includes(column)) errors.push({ line: 1, column, code: 'MISSING_COLUMN', value: null, message: `missing column ${column}` });
    }
    const lines: (CheckedLine & { line: number })[] = [];
    const seen = new Map<string, number>();
    if (!errors.length) {
      for (const row of table.rows) {
        const c = row.cells;
        const num = (v: string | undefined) => (v === undefined || v.trim() === '' ? NaN : Number(v.replace(/%$/, '')) / (v.endsWith('%') ? 100 : 1));
        const checked = checkLine({ branchCode: c.branch_code, kpi: (c.kpi ?? '').toUpperCase(), target: num(c.target), weight: num(c.weight), cap: c.cap ? num(c.cap) : null });
        const columnOf: Record<string, string> = { branchCode: 'branch_code', kpi: 'kpi', target: 'target', weight: 'weight', cap: 'cap' };
        if ('code' in checked) {
          errors.push({ line: row.line, column: columnOf[checked.field], code: checked.code, value: c[columnOf[checked.field]] ?? null, message: checked.message });
          continue;
        }
        const key = `${checked.branchCode}:${checked.kpi}`;
        if (seen.has(key)) {
          errors.push({ line: row.line, column: 'kpi', code: KpiErrorCode.DUPLICATE_KPI, value: c.kpi, message: `${key} is also on line ${seen.get(key)}` });
          continue;
        }
        seen.set(key, row.line);
        lines.push({ ...checked, line: row.line });
      }
      for (const problem of weightProblems(lines)) {
        const line = lines.find((l) => l.branchCode === problem.branchCode)!.line;
        errors.push({ line, column: 'weight', code: KpiErrorCode.WEIGHTS_NOT_100, value: String(problem.sum), message: `the weights of ${problem.branchCode} sum to ${problem.sum}, not 100` });
      }
    }
    const branches = new Set(lines.map((l) => l.branchCode)).size;
    if (errors.length || dryRun || lines.length === 0) return { imported: false, rows: table.rows.length, branches, errors };
    await this.setTargets(actor, year, lines, effectiveMonth, null);
    return { imported: true, rows: table.rows.length, branches, errors };
  }

  /** The targets in effect at a month (default: the latest version of the year), per branch. */
  async targets(year: number, month: string | null, branchCode: string | null): Promise<KpiTargetType[]> {
    parseYear(year);
    const at = month ? parseMonth(month) : monthOf(year, 12);
    if (at.year !== year) throw new KpiError(KpiErrorCode.MONTH_NOT_IN_YEAR, `month: ${month} is not in ${year}`, { field: 'month' });
    return (await this.targetsAt(at)).filter((t) => !branchCode || t.branchCode === branchCode);
  }

  private async targetsAt(month: Month): Promise<KpiTargetType[]> {
    const rows: TargetRow[] = await this.dataSource.query(
      `WITH latest AS (
         SELECT DISTINCT ON (t.branch_code) t.branch_code, ts.id
         FROM training.kpi_target_set ts JOIN training.kpi_target t ON t.set_id = ts.id
         WHERE ts.year = $1 AND ts.effective_month <= $2::date
         ORDER BY t.branch_code, ts.effective_month DESC, ts.seq DESC
       )
       ${TARGET_SELECT} JOIN latest l ON l.id = ts.id AND l.branch_code = t.branch_code
       JOIN training.branch b ON b.code = t.branch_code
       ORDER BY b.sort_order, t.kpi`,
      [month.year, month.start],
    );
    return rows.map(toTarget);
  }

  /** Every version of the year (newest first), for the history view. */
  async targetVersions(year: number, branchCode: string | null): Promise<KpiTargetType[]> {
    parseYear(year);
    const rows: TargetRow[] = await this.dataSource.query(
      `${TARGET_SELECT} WHERE ts.year = $1 AND ($2::text IS NULL OR t.branch_code = $2) ORDER BY ts.seq DESC, t.branch_code, t.kpi`,
      [year, branchCode],
    );
    return rows.map(toTarget);
  }

  /** Scores and ranks the branches that have targets in effect at the month (no movement). */
  private async board(month: Month): Promise<(BranchScoreType & { rank: number })[]> {
    const targets = await this.targetsAt(month);
    if (targets.length === 0) return [];
    const actuals = await this.actualsService.actuals(month);
    const byBranch = new Map<string, KpiTargetType[]>();
    for (const t of targets) byBranch.set(t.branchCode, [...(byBranch.get(t.branchCode) ?? []), t]);
    const order = (kpi: KpiKey) => KPI_KEYS.indexOf(kpi);
    const scored = [...byBranch].map(([branchCode, lines]) => {
      const sorted = [...lines].sort((a, b) => order(a.kpi) - order(b.kpi));
      const found = (kpi: KpiKey) => actuals.find((a) => a.branchCode === branchCode && a.kpi === kpi);
      const { lines: scoredLines, total } = scoreLines(sorted.map((t) => ({ kpi: t.kpi, direction: t.direction, actual: found(t.kpi)?.actual ?? null, target: t.target, weight: t.weight, cap: t.cap })));
      return {
        branchCode,
        total,
        movement: null,
        previousRank: null,
        scores: scoredLines.map((l) => ({
          ...l,
          numerator: found(l.kpi)?.numerator ?? null,
          denominator: found(l.kpi)?.denominator ?? null,
          figures: found(l.kpi)?.figures ?? [],
        })),
      };
    });
    return rankByTotal(scored);
  }

  /** kpiScoreboard(year, month): ranked, with movement against the previous month's ranking. */
  async scoreboard(year: number, monthKey: string): Promise<BranchScoreType[]> {
    parseYear(year);
    const month = parseMonth(monthKey);
    if (month.year !== year) throw new KpiError(KpiErrorCode.MONTH_NOT_IN_YEAR, `month: ${monthKey} is not in ${year}`, { field: 'month' });
    const current = await this.board(month);
    if (current.length === 0) return [];
    const previous = await this.board(addMonths(month, -1));
    const before = new Map(previous.map((p) => [p.branchCode, p.rank]));
    return current.map((row) => {
      const previousRank = before.get(row.branchCode) ?? null;
      return { ...row, previousRank, movement: previousRank === null ? null : previousRank - row.rank };
    });
  }

  /** Rank and total per month of the year through `throughMonth` (default December). */
  async trend(year: number, throughMonth: string | null, branchCode: string | null): Promise<KpiTrendPoint[]> {
    parseYear(year);
    const through = throughMonth ? parseMonth(throughMonth, 'throughMonth') : monthOf(year, 12);
    if (through.year !== year) throw new KpiError(KpiErrorCode.MONTH_NOT_IN_YEAR, `throughMonth: ${throughMonth} is not in ${year}`, { field: 'throughMonth' });
    const points: KpiTrendPoint[] = [];
    for (let m = 1; m <= through.month; m++) {
      const month = monthOf(year, m);
      for (const row of await this.board(month)) {
        if (!branchCode || row.branchCode === branchCode) points.push({ month: month.key, branchCode: row.branchCode, rank: row.rank, total: row.total });
      }
    }
    return points;
  }
}
