import ExcelJS from 'exceljs';

/** One data row of a small uploaded table, with its 1-based line (the header is line 1). */
export interface TableRow {
  line: number;
  cells: Record<string, string>;
}

export interface TableFile {
  header: string[];
  rows: TableRow[];
}

export class TableFileError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** RFC 4180 CSV (quotes, doubled quotes, CRLF), UTF-8 with or without BOM. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      line++;
    } else cell += ch;
  }
  if (quoted) throw new TableFileError(`line ${line}: a quoted cell is not closed`, line);
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

async function parseXlsx(bytes: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (r, n) => {
    const values = (r.values as unknown[]).slice(1).map((v) => {
      if (v === null || v === undefined) return '';
      if (v instanceof Date) return v.toISOString().slice(0, 10);
      if (typeof v === 'object' && 'text' in (v as object)) return String((v as { text: unknown }).text);
      if (typeof v === 'object' && 'result' in (v as object)) return String((v as { result: unknown }).result);
      return String(v);
    });
    rows[n - 1] = values;
  });
  return Array.from(rows, (r) => r ?? []);
}

/**
 * Reads a small uploaded table (CSV or .xlsx, told apart by the zip magic) into a header
 * and rows keyed by lower-cased header names; blank lines are skipped. For lists people
 * keep by hand (do-not-contact lists, sign-in sheets), not for billing extracts.
 */
export async function readTableFile(bytes: Buffer): Promise<TableFile> {
  const isXlsx = bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  const text = isXlsx ? '' : bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (!isXlsx && text.includes('\uFFFD')) throw new TableFileError('line 1: the file is not UTF-8 text (save it as CSV UTF-8 or .xlsx)', 1);
  const grid = isXlsx ? await parseXlsx(bytes) : parseCsv(text);
  if (grid.length === 0 || grid[0].every((c) => c.trim() === '')) throw new TableFileError('line 1: the file is empty: a header row is required', 1);
  const header = grid[0].map((h) => h.trim().toLowerCase());
  const rows: TableRow[] = [];
  grid.slice(1).forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    rows.push({ line: i + 2, cells: Object.fromEntries(header.map((h, j) => [h, (cells[j] ?? '').trim()])) });
  });
  return { header, rows };
}
