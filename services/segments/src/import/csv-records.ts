/** One CSV record: its fields and the file line it starts on (the header is line 1). */
export type OnRecord = (fields: string[], line: number) => void;

/**
 * The longest record read (in characters, line breaks inside quotes included). Real rows
 * are a few hundred; the cap keeps a runaway quote or a binary file from making the split
 * quadratic (each chunk re-reads at most this much) or filling the memory.
 */
export const MAX_RECORD_CHARS = 1 << 20;

/** A CSV record that cannot be read, with the line it starts on. */
export class MalformedCsvError extends Error {
  constructor(
    readonly line: number,
    reason: string,
    readonly tooLong = false,
  ) {
    super(`line ${line}: ${tooLong ? reason : `the file is not valid CSV (${reason})`}`);
  }
}

function tooLong(line: number): MalformedCsvError {
  return new MalformedCsvError(line, `the record is longer than ${MAX_RECORD_CHARS} characters (an unclosed quote, or not a CSV extract?)`, true);
}

/** A record must have as many fields as the header. */
export function expectFields(fields: string[], count: number, line: number): void {
  if (fields.length !== count) throw new MalformedCsvError(line, `expected ${count} fields, found ${fields.length}`);
}

/**
 * Splits CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks) into
 * records, fed in chunks of any size. Lines without a quote (or NUL) take a fast path (a
 * plain split); blank lines are skipped but still counted. A record over MAX_RECORD_CHARS
 * is an error at its line.
 */
export class CsvRecordSplitter {
  private carry = '';
  private line = 0;

  /** `plainLine` may take a quote-free line whole (returning true); other lines are split into fields. */
  constructor(private readonly plainLine: (text: string, line: number) => boolean = () => false) {}

  feed(text: string, onRecord: OnRecord): void {
    const data = this.carry + text;
    let start = 0;
    for (;;) {
      const end = data.indexOf('\n', start);
      if (end === -1) break;
      const firstLine = this.line + 1;
      if (end - start > MAX_RECORD_CHARS) throw tooLong(firstLine);
      let lineText = data.slice(start, end);
      // A NUL goes the exact way, where the cell check names it with its line and column.
      if (lineText.indexOf('"') === -1 && lineText.indexOf('\0') === -1) {
        this.line++;
        start = end + 1;
        if (this.plainLine(lineText, firstLine)) continue;
        if (lineText.endsWith('\r')) lineText = lineText.slice(0, -1);
        if (lineText !== '') onRecord(lineText.split(','), firstLine);
        continue;
      }
      const quoted = parseQuotedRecord(data, start, false);
      if (quoted === null) break; // the record goes on past this chunk
      this.line += quoted.lines;
      start = quoted.next;
      onRecord(quoted.fields, firstLine);
    }
    if (data.length - start > MAX_RECORD_CHARS) throw tooLong(this.line + 1);
    this.carry = data.slice(start);
  }

  /** The text after the last line break is the last record. */
  end(onRecord: OnRecord): void {
    if (this.carry === '' || this.carry === '\r') return;
    const firstLine = this.line + 1;
    const record = parseQuotedRecord(this.carry, 0, true);
    if (record === null) throw new MalformedCsvError(firstLine, 'a quoted field is never closed');
    this.carry = '';
    onRecord(record.fields, firstLine);
  }
}

/**
 * Reads one record from `start`, honouring quotes. Returns null when the record is not
 * complete in `data` (unless `atEnd`, when the end of data ends it).
 */
function parseQuotedRecord(data: string, start: number, atEnd: boolean): { fields: string[]; next: number; lines: number } | null {
  const fields: string[] = [];
  let field = '';
  let lines = 1;
  let i = start;
  let quoted = false;
  for (; i < data.length; i++) {
    const ch = data.charCodeAt(i);
    if (quoted) {
      if (ch === 0x22) {
        if (data.charCodeAt(i + 1) === 0x22) {
          field += '"';
          i++;
        } else if (i + 1 === data.length && !atEnd) {
          return null; // an escaped quote may follow in the next chunk
        } else {
          quoted = false;
        }
      } else {
        if (ch === 0x0a) lines++;
        field += data[i];
      }
    } else if (ch === 0x22) {
      quoted = true;
    } else if (ch === 0x2c) {
      fields.push(field);
      field = '';
    } else if (ch === 0x0a) {
      fields.push(field.endsWith('\r') ? field.slice(0, -1) : field);
      return { fields, next: i + 1, lines };
    } else {
      field += data[i];
    }
  }
  if (!atEnd || quoted) return null;
  fields.push(field.endsWith('\r') ? field.slice(0, -1) : field);
  return { fields, next: i, lines };
}
