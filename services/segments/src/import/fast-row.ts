import type { ColumnSpec, FileSpec } from './file-specs';

const escape = (v: string) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const oneOf = (values: readonly string[]) => `(?:${values.map(escape).join('|')})`;
/** A cell with no comma or quote, and no blank at either end (so nothing to trim). */
const PLAIN_TEXT = '[^,"\\s](?:[^,"\\r\\n]*[^,"\\s])?';

/**
 * The pattern of a cell that is certainly valid and needs no trimming. Narrower than the
 * full rules on purpose (a date past the 28th, leading zeros, blanks): such cells simply
 * take the exact path.
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
      return `((?:${item}(?:;${item})*)?)`;
    }
    case 'text':
      pattern = PLAIN_TEXT;
      break;
  }
  return column.required ? `(${pattern})` : `(${pattern}|)`;
}

function typedPlain(column: ColumnSpec, v: string): string {
  switch (column.type) {
    case 'month':
      return `${v}-01`;
    case 'bool':
      return v === 'true' || v === '1' || v === 'TRUE' || v === 'True' ? 'true' : 'false';
    case 'services':
      return v === '' ? '{}' : `"{${v.replaceAll(';', ',')}}"`;
    default:
      return v;
  }
}

/**
 * One regular expression for a whole line whose every cell is plainly valid (nearly all
 * lines of a real extract): such a line becomes its typed CSV line without being split
 * into cells. Returns null for any other line, which then takes the exact, cell-by-cell path.
 */
export function compileFastRow(
  spec: FileSpec,
  header: string[],
  /** Counts the valid rows per value of one column (as the file writes it). */
  countBy?: { column: string; counts: Map<string, number> },
): (line: string, lineNo: number) => string | null {
  const columnOf = new Map(spec.columns.map((c) => [c.name, c]));
  const pattern = new RegExp(`^${header.map((h) => { const c = columnOf.get(h); return c ? plainPattern(c) : '[^,"]*'; }).join(',')}\\r?$`);
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
