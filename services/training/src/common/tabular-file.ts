import ExcelJS from 'exceljs';
import { TrainingError, TrainingErrorCode } from './training.errors';

/** Sign-in sheets, staff lists and target tables are small: one request, at most 2 MiB. */
export const MAX_TABULAR_BYTES = 2 * 1024 * 1024;

export interface TableRow {
  /** The line (CSV) or row (XLSX) number in the file, header = 1. */
  line: number;
  cells: Record<string, string>;
}

export interface Table {
  columns: string[];
  rows: TableRow[];
}

/** One problem of one row, as every import reports it. */
export interface RowError {
  line: number;
  column: string | null;
  code: string;
  value: string | null;
  message: string;
}

/** Header names are matched without case, spaces or BOM; Chinese aliases map to the canonical names. */
export function normalizeHeader(name: string, aliases: Record<string, string>): string {
  const key = name.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, '_');
  return aliases[key] ?? aliases[name.trim()] ?? key;
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF), returning the records with their first line numbers. */
export function parseCsv(text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      i++;
      continue;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      line++;
      recordLine = line;
    } else field += ch;
    i++;
  }
  if (quoted) throw new TrainingError(TrainingErrorCode.BAD_FILE, `file: an unclosed quote starts on line ${recordLine}`, { field: 'file', line: recordLine });
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

/** Reads a CSV (UTF-8) or .xlsx file (first sheet), header row first, into named cells. */
export async function readTable(fileName: string, contentBase64: string, aliases: Record<string, string> = {}): Promise<Table> {
  const bytes = Buffer.from(contentBase64 ?? '', 'base64');
  if (bytes.length > MAX_TABULAR_BYTES) {
    throw new TrainingError(TrainingErrorCode.FILE_TOO_LARGE, `file: ${bytes.length} bytes, at most ${MAX_TABULAR_BYTES}`, { field: 'contentBase64' });
  }
  let records: { line: number; fields: string[] }[];
  if (/\.xlsx$/i.test(fileName)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw new TrainingError(TrainingErrorCode.BAD_FILE, `file: ${fileName} is not a readable .xlsx workbook`, { field: 'contentBase64' });
    }
    const sheet = workbook.worksheets[0];
    records = [];
    sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = row.values as ExcelJS.CellValue[];
      const fields = values.slice(1).map(cellText);
      if (fields.some((f) => f.trim() !== '')) records.push({ line: rowNumber, fields });
    });
  } else {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (text.includes('\uFFFD')) throw new TrainingError(TrainingErrorCode.BAD_FILE, 'file: not UTF-8 text (save the CSV as UTF-8)', { field: 'contentBase64' });
    records = parseCsv(text.replace(/^\uFEFF/, ''));
  }
  if (records.length === 0) throw new TrainingError(TrainingErrorCode.BAD_FILE, 'file: empty (a header row is required)', { field: 'contentBase64' });
  const [header, ...data] = records;
  const columns = header.fields.map((h) => normalizeHeader(h, aliases));
  return {
    columns,
    rows: data.map((r) => ({ line: r.line, cells: Object.fromEntries(columns.map((c, i) => [c, (r.fields[i] ?? '').trim()])) })),
  };
}
