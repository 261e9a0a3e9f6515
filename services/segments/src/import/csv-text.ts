import { CsvRecordSplitter } from './csv-records';

/** Splits one CSV line (RFC 4180 quoting) into fields; used for the header row only. */
export function parseCsvLine(line: string): string[] {
  let first: string[] | null = null;
  const take = (fields: string[]) => {
    first ??= fields;
  };
  const splitter = new CsvRecordSplitter();
  splitter.feed(line, take);
  splitter.end(take);
  return first ?? [''];
}

/** Quotes a value for CSV when it needs it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
