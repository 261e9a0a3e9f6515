import type { ColumnSpec, FileSpec } from './file-specs';

const escape = (v: string) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const oneOf = (values: readonly string[]) => `(?:${values.map(escape).join('|')})`;
/** A cell with no comma or quote, and no blank at either end (so nothing to trim). */
const PLAIN_TEXT = '[^,"\\s](?:[^,"\\r\\n]*[^,"\\s])?';
/** A cell of a column the file spec does not know. */
const ANY_CELL = '[^,"]*';

/**
 * The pattern (without capture groups) of a cell that is certainly valid and needs no
 * trimming. Narrower than the full rules on purpose (a date past the 28th, leading zeros,
 * blanks): such cells simply take the exact path.
 */
function plainPattern(column: ColumnSpec): string {
  const signed = column.min === undefined || column.min < 0 ? '-?' : '';
  let pattern: string;
  switch (column.type) {
    case 'int':
      if (column.min !== undefined && column.min > 1) return '(?!)'; // not in our specs: the exact path decides
      pattern = column.min === 1 ? '[1-9][0-9]{0,8}' : `${signed}[0-9]{1,9}`;
      break;
    case 'money':
      pattern = `${signed}[0-9]{1,10}(?:\\.[0-9]{1,2})?`;
      break;
    case 'month':
      pattern = '[0-9]{4}-(?:0[1-9]|1[0-2])';
      break;
    case 'date':
      pattern = '[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])';
      break;
    case 'bool':
      pattern = '(?:true|false|1|0|TRUE|FALSE|True|False)';
      break;
    case 'enum':
      pattern = oneOf(column.values ?? []);
      break;
    case 'services': {
      const item = oneOf(column.values ?? []);
      return `(?:${item}(?:;${item})*)?`;
    }
    case 'text':
      pattern = PLAIN_TEXT;
      break;
  }
  return column.required ? pattern : `(?:${pattern}|)`;
}

function typedPlain(column: ColumnSpec, v: string): string {
  switch (column.type) {
    case 'month':
      return `${v}-01`;
    case 'bool':
      return v === 'true' || v === '1' || v === 'TRUE' || v === 'True' ? 'true' : 'false';
    case 'services':
      return v === '' ? '""' : v;
    default:
      return v;
  }
}

/**
 * One regular expression for a whole line whose every cell is plainly valid (nearly all
 * lines of a real extract): such a line becomes its typed CSV line (`line, col1, col2, …`
 * in spec order) without being split into cells. Returns null for any other line, which
 * then takes the exact, cell-by-cell path.
 */
export function compileFastRow(
  spec: FileSpec,
  header: string[],
  /** Counts the valid rows per value of one column (as the file writes it). */
  countBy?: { column: string; counts: Map<string, number> },
): (line: string, lineNo: number) => string | null {
  const columnOf = new Map(spec.columns.map((c) => [c.name, c]));
  const pattern = new RegExp(`^${header.map((h) => { const c = columnOf.get(h); return c ? `(${plainPattern(c)})` : ANY_CELL; }).join(',')}\\r?$`);
  // Capture group of each spec column (0: not in the file).
  let group = 0;
  const groups = new Map<string, number>();
  for (const h of header) if (columnOf.has(h)) groups.set(h, ++group);
  const outputs = spec.columns.map((c) => ({ column: c, group: groups.get(c.name) ?? 0 }));
  const countGroup = countBy ? groups.get(countBy.column) ?? 0 : 0;
  return (line, lineNo) => {
    const m = pattern.exec(line);
    if (m === null) return null;
    if (countBy && countGroup > 0) countBy.counts.set(m[countGroup], (countBy.counts.get(m[countGroup]) ?? 0) + 1);
    let typed = String(lineNo);
    for (const { column, group: g } of outputs) typed += `,${g === 0 ? typedPlain(column, '') : typedPlain(column, m[g])}`;
    return typed;
  };
}

/** The whole-line fast path of a file kept in its own column order (see compileFileOrderRow). */
export interface FileOrderRow {
  /** Where the month cell of a plainly valid line starts, or -1 when the line needs the exact path. */
  match(line: string): number;
  /** The month at `at` as a number (year × 12 + month − 1), read without making a string. */
  monthKey(line: string, at: number): number;
  /** Pushes the pieces of the line without its month cell (the month's table fills it in), and its line break, onto `out`. */
  push(line: string, at: number, out: string[]): void;
  /** The cell of a column (in file order) of a plainly valid line. */
  cell(line: string, column: number): string;
}

const ZERO = 0x30;
const lineEnd = (line: string) => (line.charCodeAt(line.length - 1) === 0x0d ? line.length - 1 : line.length);
const digit = (line: string, i: number) => line.charCodeAt(i) - ZERO;

/** 'YYYY-MM' of a month key made by FileOrderRow.monthKey. */
export function monthOfKey(key: number): string {
  return `${String(Math.floor(key / 12)).padStart(4, '0')}-${String((key % 12) + 1).padStart(2, '0')}`;
}

/**
 * The whole-line fast path for a file whose every column is in the spec and that has one
 * month column, keeping the file's column order (COPY is given the same order): the line
 * is copied as it is but for the month cell, which is left out — each month has a table of
 * its own whose default fills it in, sparing PostgreSQL a date to parse per row. No capture
 * groups and no month strings: per line this is a test, a comma search and two slices,
 * because a million small strings per file were most of the Node side's work.
 */
export function compileFileOrderRow(spec: FileSpec, header: string[]): FileOrderRow {
  const columns = header.map((h) => {
    const column = spec.columns.find((c) => c.name === h);
    if (!column) throw new Error(`column ${h} is not in the ${spec.kind} spec`);
    return column;
  });
  // An empty optional boolean means false, which COPY would read as NULL.
  if (columns.some((c) => c.type === 'bool' && !c.required)) throw new Error('optional booleans need the exact path');
  const months = columns.flatMap((c, i) => (c.type === 'month' ? [i] : []));
  if (months.length !== 1) throw new Error('the file order fast path takes exactly one month column');
  const monthColumn = months[0];
  const pattern = new RegExp(`^${columns.map(plainPattern).join(',')}\\r?$`);
  return {
    match: (line) => {
      if (!pattern.test(line)) return -1;
      // A plain line has no quotes, so every comma separates cells.
      let at = 0;
      for (let i = 0; i < monthColumn; i++) at = line.indexOf(',', at) + 1;
      return at;
    },
    monthKey: (line, at) => (digit(line, at) * 1000 + digit(line, at + 1) * 100 + digit(line, at + 2) * 10 + digit(line, at + 3)) * 12
      + digit(line, at + 5) * 10 + digit(line, at + 6) - 1,
    push: (line, at, out) => {
      const end = lineEnd(line);
      if (at === 0) out.push(line.slice(8, end), '\n');
      else out.push(line.slice(0, at - 1), line.slice(at + 7, end), '\n');
    },
    cell: (line, column) => {
      let from = 0;
      for (let i = 0; i < column; i++) from = line.indexOf(',', from) + 1;
      const to = line.indexOf(',', from);
      return line.slice(from, to === -1 ? lineEnd(line) : to);
    },
  };
}
