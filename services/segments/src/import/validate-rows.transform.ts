import { Transform, type TransformCallback } from 'node:stream';
import { CellRule, trimSpaces } from './cell-rules';
import { CsvRecordSplitter, expectFields } from './csv-records';
import { cellError } from './cell-error';
import { compileFastRow } from './fast-row';
import type { CellError, ErrorSink } from './error-sink';
import type { FileSpec } from './file-specs';

/**
 * Reads a CSV extract (UTF-8 text, header first), checks every cell against the file's
 * spec and writes the valid rows as typed CSV (`line, col1, col2, …` in spec order) for
 * COPY into the typed staging table. Rows with a bad cell are left out and reported to
 * the error sink, one error per bad cell. Runs in Node while PostgreSQL loads the rows
 * before: the two cores work side by side.
 */
export class ValidateRowsTransform extends Transform {
  rows = 0;
  /** Valid rows per value of the `countBy` column, when one was asked for. */
  readonly counts = new Map<string, number>();
  private readonly splitter: CsvRecordSplitter;
  private readonly rules: CellRule[];
  /** Where each spec column sits in the file (-1: optional column not in the file). */
  private readonly positions: number[];
  private headerSeen = false;
  private out: string[] = [];
  private pending: CellError[] = [];

  constructor(spec: FileSpec, private readonly header: string[], private readonly sink: ErrorSink, private readonly countBy?: string) {
    super();
    this.rules = spec.columns.map((c) => new CellRule(c));
    this.positions = spec.columns.map((c) => header.indexOf(c.name));
    const fastRow = compileFastRow(spec, header, countBy ? { column: countBy, counts: this.counts } : undefined);
    this.splitter = new CsvRecordSplitter((text, line) => {
      if (!this.headerSeen) return false;
      const typed = fastRow(text, line);
      if (typed === null) return false;
      this.rows++;
      this.out.push(typed, '\n');
      return true;
    });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.run(() => this.splitter.feed(chunk.toString('utf8'), this.onRecord), done);
  }

  override _flush(done: TransformCallback): void {
    this.run(() => this.splitter.end(this.onRecord), done);
  }

  private run(read: () => void, done: TransformCallback): void {
    try {
      read();
    } catch (error) {
      done(error as Error);
      return;
    }
    if (this.out.length > 0) this.push(this.out.join(''));
    this.out = [];
    const errors = this.pending;
    this.pending = [];
    errors
      .reduce((written, e) => written.then(() => this.sink.add(e)), Promise.resolve())
      .then(() => done(), (error: Error) => done(error));
  }

  private readonly onRecord = (fields: string[], line: number): void => {
    if (!this.headerSeen) {
      this.headerSeen = true;
      return;
    }
    expectFields(fields, this.header.length, line);
    this.rows++;
    let typed = String(line);
    let bad = false;
    for (let i = 0; i < this.rules.length; i++) {
      const rule = this.rules[i];
      const raw = this.positions[i] === -1 ? '' : fields[this.positions[i]];
      const code = rule.check(raw);
      if (code === null) {
        if (!bad) typed += `,${rule.typed(raw)}`;
        continue;
      }
      bad = true;
      this.pending.push(cellError(line, rule.column.name, code, raw, this.header, fields));
    }
    if (bad) return;
    this.out.push(`${typed}\n`);
    if (this.countBy) {
      const value = trimSpaces(fields[this.header.indexOf(this.countBy)] ?? '');
      this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
    }
  };
}
