import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { MalformedCsvError } from './csv-records';
import { csvField, parseCsvLine } from './csv-text';
import { ImportErrorCode, ImportFileError } from './import.errors';

export interface ImportSource {
  /** Lower-cased column names in file order. */
  header: string[];
  /** CSV bytes, header line included. */
  open: () => Readable;
  /** Bytes of the source file, for progress. */
  sizeBytes: number;
  format: 'csv' | 'xlsx';
}

function fileError(file: string, code: ImportErrorCode, message: string, line: number | null = 1): ImportFileError {
  return new ImportFileError({ file, line, column: null, code, value: null, message });
}

function readCsvHeader(file: string, fileName: string): string[] {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(65536);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    let text = buf.subarray(0, n).toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const end = text.search(/\r?\n/);
    const line = end === -1 ? text : text.slice(0, end);
    if (line.trim() === '') throw fileError(fileName, ImportErrorCode.EMPTY_FILE, 'line 1: the file is empty: a header row is required');
    return parseCsvLine(line).map((h) => h.trim().toLowerCase());
  } finally {
    fs.closeSync(fd);
  }
}

function cellText(value: unknown, columnName: string): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return columnName === 'month' || columnName === 'start_month' ? iso.slice(0, 7) : iso.slice(0, 10);
  }
  if (typeof value === 'object') {
    const v = value as { text?: string; result?: unknown; richText?: { text: string }[] };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return String(v.text);
    if (v.result !== undefined) return cellText(v.result, columnName);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}

/** Streams the first worksheet of an .xlsx as CSV text (header row first), never the whole book in memory. */
async function* xlsxAsCsv(file: string): AsyncGenerator<string> {
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore' });
  let header: string[] | null = null;
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      const values = (row.values as unknown[]).slice(1);
      if (!header) {
        header = values.map((v) => cellText(v, '').trim().toLowerCase());
        yield `${header.map(csvField).join(',')}\n`;
        continue;
      }
      const cells = header.map((name, i) => csvField(cellText(values[i], name)));
      yield `${cells.join(',')}\n`;
    }
    break; // the first worksheet only
  }
}

async function readXlsxHeader(file: string, fileName: string): Promise<string[]> {
  for await (const line of xlsxAsCsv(file)) return parseCsvLine(line.trimEnd());
  throw fileError(fileName, ImportErrorCode.EMPTY_FILE, 'line 1: the workbook is empty: a header row is required');
}

/** Opens a CSV or .xlsx extract for import. */
export async function openImportSource(file: string): Promise<ImportSource> {
  const fileName = path.basename(file);
  try {
    return await openSource(file, fileName);
  } catch (error) {
    if (error instanceof MalformedCsvError) throw fileError(fileName, error.tooLong ? ImportErrorCode.LINE_TOO_LONG : ImportErrorCode.MALFORMED_CSV, error.message, error.line);
    throw error;
  }
}

async function openSource(file: string, fileName: string): Promise<ImportSource> {
  if (!fs.existsSync(file)) throw fileError(fileName, ImportErrorCode.UNSUPPORTED_FILE, `file not found: ${file}`, null);
  const sizeBytes = fs.statSync(file).size;
  if (sizeBytes === 0) throw fileError(fileName, ImportErrorCode.EMPTY_FILE, 'line 1: the file is empty: a header row is required');
  const isXlsx = (await readMagic(file)) === 'PK';
  if (isXlsx) {
    return {
      header: await readXlsxHeader(file, fileName),
      open: () => Readable.from(xlsxAsCsv(file)).pipe(new PassThrough()),
      sizeBytes,
      format: 'xlsx',
    };
  }
  return { header: readCsvHeader(file, fileName), open: () => fs.createReadStream(file, { highWaterMark: 1 << 16 }), sizeBytes, format: 'csv' };
}

async function readMagic(file: string): Promise<string> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buf = Buffer.alloc(2);
    await handle.read(buf, 0, 2, 0);
    return buf.toString('latin1');
  } finally {
    await handle.close();
  }
}
