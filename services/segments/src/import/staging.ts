import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { FILE_SPECS, type ImportFileKind } from './file-specs';
import { ImportErrorCode, ImportFileError } from './import.errors';
import type { ImportSource } from './import-source';
import { SQL_TYPES } from './cell-rules';
import type { ErrorSink } from './error-sink';
import { asFileError } from './read-errors';
import { Utf8CheckTransform } from './utf8-check.transform';
import { ValidateRowsTransform } from './validate-rows.transform';

export const stageTable = (kind: ImportFileKind) => `stage_${kind}`;

/**
 * Checks the file's header: known columns are found by name (any order), unknown ones
 * are ignored and listed. Missing required columns or a repeated column stop the file.
 */
export function checkHeader(kind: ImportFileKind, header: string[], fileName: string): { ignored: string[] } {
  const spec = FILE_SPECS[kind];
  const known = new Set(spec.columns.map((c) => c.name));
  const seen = new Set<string>();
  const ignored: string[] = [];
  for (const name of header) {
    if (seen.has(name)) {
      throw new ImportFileError({ file: fileName, line: 1, column: name, code: ImportErrorCode.DUPLICATE_COLUMN, value: name, message: `line 1: column "${name}" appears twice` });
    }
    seen.add(name);
    if (!known.has(name)) ignored.push(name);
  }
  const missing = spec.columns.filter((c) => c.required && !seen.has(c.name)).map((c) => c.name);
  if (missing.length > 0) {
    throw new ImportFileError({
      file: fileName, line: 1, column: missing.join(','), code: ImportErrorCode.MISSING_COLUMN, value: null,
      message: `line 1: missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`,
    });
  }
  return { ignored };
}

/** A session-local staging table of typed columns for a subscribers or offers file. */
export async function createTypedStage(client: PoolClient, kind: ImportFileKind): Promise<string> {
  const spec = FILE_SPECS[kind];
  const table = stageTable(kind);
  // Column names and types come from FILE_SPECS: never from the file itself.
  await client.query(`DROP TABLE IF EXISTS ${table}`);
  await client.query(`CREATE TEMP TABLE ${table} (line_no bigint NOT NULL, ${spec.columns.map((c) => `${c.name} ${SQL_TYPES[c.type]}`).join(', ')})`);
  return table;
}

export interface StagedFile {
  rows: number;
  ignoredColumns: string[];
  /** Valid rows per value of the `countBy` column. */
  counts: Map<string, number>;
}

/**
 * Streams the file through the cell checks (in Node) into `table` (typed columns and
 * `line_no`, the row's line in the file, header = line 1) with PostgreSQL COPY; rows with
 * a bad cell are reported to the error sink instead.
 */
export async function copyIntoStaging(
  client: PoolClient,
  kind: ImportFileKind,
  source: ImportSource,
  target: { table: string; fileName: string; errors: ErrorSink; countBy?: string },
  onBytes: (bytes: number, lines: number) => void,
): Promise<StagedFile> {
  const spec = FILE_SPECS[kind];
  const { ignored } = checkHeader(kind, source.header, target.fileName);
  const check = new Utf8CheckTransform();
  const validate = new ValidateRowsTransform(spec, source.header, target.errors, target.countBy);
  const timer = setInterval(() => onBytes(check.bytes, check.lines), 250);
  try {
    await pipeline(
      source.open(),
      check,
      validate,
      client.query(copyFrom(`COPY ${target.table} (line_no, ${spec.columns.map((c) => c.name).join(', ')}) FROM STDIN WITH (FORMAT csv)`)),
    );
    await target.errors.flush();
  } catch (error) {
    throw asFileError(error, target.fileName);
  } finally {
    clearInterval(timer);
  }
  onBytes(check.bytes, check.lines);
  return { rows: validate.rows, ignoredColumns: ignored, counts: validate.counts };
}
