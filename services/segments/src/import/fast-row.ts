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
  /** The match of a plainly valid line, or null when the line needs the exact path. */
  match(line: string): RegExpExecArray | null;
  /** The key column's value, as the file writes it. */
  key(m: RegExpExecArray): string;
  /** Pushes the pieces of the typed line, and its line break, onto `out`. */
  push(m: RegExpExecArray, out: string[]): void;
}

/**
 * The whole-line fast path for a file whose every column is in the spec, keeping the
 * file's column order (COPY is given the same order): the line is copied as it is, but
 * for month cells, which become dates. Pieces are pushed rather than joined: a million
 * short-lived concatenations were most of the garbage collector's work.
 */
export function compileFileOrderRow(spec: FileSpec, header: string[], keyColumn: string): FileOrderRow {
  const columns = header.map((h) => {
    const column = spec.columns.find((c) => c.name === h);
    if (!column) throw new Error(`column ${h} is not in the ${spec.kind} spec`);
    return column;
  });
  // An empty optional boolean means false, which COPY would read as NULL.
  if (columns.some((c) => c.type === 'bool' && !c.required)) throw new Error('optional booleans need the exact path');
  // Groups alternate: a run of cells copied as they are (commas included), then a month cell.
  let source = '^(';
  let group = 1;
  let keyGroup = 0;
  columns.forEach((c, i) => {
    const separator = i === 0 ? '' : ',';
    if (c.type === 'month') {
      source += `${separator})(${plainPattern(c)})(`;
      group += 1;
      if (c.name === keyColumn) keyGroup = group;
      group += 1;
    } else {
      source += separator + plainPattern(c);
    }
  });
  source += ')\\r?$';
  if (keyGroup === 0) throw new Error(`${keyColumn} is not a month column of the file`);
  const pattern = new RegExp(source);
  const last = group;
  return {
    match: (line) => pattern.exec(line),
    key: (m) => m[keyGroup],
    push: (m, out) => {
      out.push(m[1]);
      for (let g = 2; g <= last; g += 2) out.push(m[g], '-01', m[g + 1]);
      out.push('\n');
    },
  };
}
