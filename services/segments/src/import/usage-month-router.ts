import { Writable } from 'node:stream';
import { CellRule, trimSpaces } from './cell-rules';
import { cellError } from './cell-error';
import { CsvRecordSplitter, expectFields } from './csv-records';
import type { CellError, ErrorSink } from './error-sink';
import { compileFileOrderRow, monthOfKey } from './fast-row';
import type { FileSpec } from './file-specs';
import { ImportErrorCode } from './import.errors';

/** Where the typed lines of one month go. */
export interface MonthOutput {
  write(text: string): boolean;
  drained(): Promise<void>;
}

/** Raised when a file holds more months than there are loaders for. */
export class TooManyMonthsError extends Error {}

/** Text kept per month before it is written: fewer, larger COPY messages. */
const FLUSH_CHARS = 1 << 18;

interface Bucket {
  /** Pieces of this chunk's typed lines, joined once the chunk is read. */
  pieces: string[];
  /** Joined text not written yet. */
  text: string[];
  chars: number;
  /** Valid rows of the month. */
  rows: number;
  /** The month's output, opened as soon as the month is first seen (while the file is read on). */
  output: Promise<MonthOutput>;
}

/**
 * Reads a usage extract (UTF-8 text, header first, every column known), checks every cell
 * and sends each valid row, typed, in the file's column order and without its month cell,
 * to its month's output, opened on first sight of the month. Bad cells and unknown
 * subscribers go to the error sink with their line, and the row is left out. Nearly every
 * line takes one regular expression (the fast path); lines with quotes or blanks take the
 * exact, cell-by-cell path.
 */
export class UsageMonthRouter extends Writable {
  /** Rows read, bad ones included. */
  rows = 0;
  /** By month key (year × 12 + month − 1). */
  private readonly buckets = new Map<number, Bucket>();
  private readonly splitter: CsvRecordSplitter;
  private readonly rules: CellRule[];
  private readonly monthIndex: number;
  private readonly idIndex: number;
  private headerSeen = false;
  private pending: CellError[] = [];

  constructor(
    spec: FileSpec,
    private readonly header: string[],
    private readonly sink: ErrorSink,
    /** Subscribers a row may name (see loadKnownSubscribers). */
    private readonly known: ReadonlySet<string>,
    private readonly openMonth: (month: string) => Promise<MonthOutput>,
    private readonly maxMonths: number,
  ) {
    super({ decodeStrings: true });
    this.rules = header.map((h) => new CellRule(spec.columns.find((c) => c.name === h)!));
    this.monthIndex = header.indexOf('month');
    this.idIndex = header.indexOf('subscriber_id');
    const fastRow = compileFileOrderRow(spec, header);
    this.splitter = new CsvRecordSplitter((text, line) => {
      if (!this.headerSeen) return false;
      const at = fastRow.match(text);
      if (at < 0) return false;
      const id = fastRow.cell(text, this.idIndex);
      if (!this.known.has(id)) {
        this.unknown(id, line, text.split(','));
        return true;
      }
      const bucket = this.bucket(fastRow.monthKey(text, at));
      fastRow.push(text, at, bucket.pieces);
      bucket.rows++;
      return true;
    });
  }

  /** Valid rows per month ('YYYY-MM'). */
  get counts(): Map<string, number> {
    return new Map([...this.buckets].map(([key, b]) => [monthOfKey(key), b.rows]));
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.run(() => this.splitter.feed(chunk.toString('utf8'), this.onRecord), false).then(() => done(), done);
  }

  override _final(done: (error?: Error | null) => void): void {
    this.run(() => this.splitter.end(this.onRecord), true).then(() => done(), done);
  }

  private async run(read: () => void, atEnd: boolean): Promise<void> {
    read();
    const errors = this.pending;
    this.pending = [];
    for (const e of errors) await this.sink.add(e);
    for (const bucket of this.buckets.values()) {
      if (bucket.pieces.length === 0) continue;
      const text = bucket.pieces.join('');
      bucket.pieces = [];
      bucket.text.push(text);
      bucket.chars += text.length;
    }
    const waits: Promise<void>[] = [];
    for (const bucket of this.buckets.values()) {
      if (bucket.chars === 0 || (!atEnd && bucket.chars < FLUSH_CHARS)) continue;
      const output = await bucket.output;
      const text = bucket.text.length === 1 ? bucket.text[0] : bucket.text.join('');
      bucket.text = [];
      bucket.chars = 0;
      if (!output.write(text)) waits.push(output.drained());
    }
    await Promise.all(waits);
  }

  private bucket(key: number): Bucket {
    let bucket = this.buckets.get(key);
    if (bucket === undefined) {
      if (this.buckets.size === this.maxMonths) throw new TooManyMonthsError(`more than ${this.maxMonths} months in one file`);
      const output = this.openMonth(monthOfKey(key));
      // A failed open is reported when the month is first written, not as an unhandled rejection.
      output.catch(() => undefined);
      bucket = { pieces: [], text: [], chars: 0, rows: 0, output };
      this.buckets.set(key, bucket);
    }
    this.rows++;
    return bucket;
  }

  private unknown(id: string, line: number, fields: string[]): void {
    this.rows++;
    this.pending.push({
      line, column: 'subscriber_id', code: ImportErrorCode.UNKNOWN_SUBSCRIBER, value: id.slice(0, 200),
      message: `line ${line}: subscriber_id "${id.slice(0, 80)}" is not in the subscriber master data`,
      raw: Object.fromEntries(this.header.map((h, j) => [h, fields[j]])),
    });
  }

  private readonly onRecord = (fields: string[], line: number): void => {
    if (!this.headerSeen) {
      this.headerSeen = true;
      return;
    }
    expectFields(fields, this.header.length, line);
    let bad = false;
    const typed: string[] = [];
    for (let i = 0; i < this.rules.length; i++) {
      const code = this.rules[i].check(fields[i]);
      if (code === null) {
        // The month cell is left out, as on the fast path.
        if (i !== this.monthIndex) typed.push(this.rules[i].typed(fields[i]));
        continue;
      }
      bad = true;
      this.pending.push(cellError(line, this.header[i], code, fields[i], this.header, fields));
    }
    if (bad) {
      // Counted as read; its errors are in the report.
      this.rows++;
      return;
    }
    const id = trimSpaces(fields[this.idIndex]);
    if (!this.known.has(id)) {
      this.unknown(id, line, fields);
      return;
    }
    const month = trimSpaces(fields[this.monthIndex]);
    const bucket = this.bucket(Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1);
    bucket.pieces.push(typed.join(','), '\n');
    bucket.rows++;
  };
}
