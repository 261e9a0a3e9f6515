import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { FILE_SPECS, type ImportFileKind } from './file-specs';
import { ImportErrorCode, ImportFileError } from './import.errors';
import type { ImportSource } from './import-source';
import { NotUtf8Error, Utf8CheckTransform } from './utf8-check.transform';

export const stageTable = (kind: ImportFileKind) => `stage_${kind}`;

/**
 * Maps the file's header to staging columns: known columns by name (any order),
 * unknown ones to ignored `extra_<n>` columns. Missing required columns or a
 * repeated column stop the file.
 */
export function stagingColumns(kind: ImportFileKind, header: string[], fileName: string): { copyColumns: string[]; ignored: string[] } {
  const spec = FILE_SPECS[kind];
  const known = new Set(spec.columns.map((c) => c.name));
  const seen = new Set<string>();
  const ignored: string[] = [];
  const copyColumns = header.map((name, i) => {
    if (seen.has(name)) {
      throw new ImportFileError({ file: fileName, line: 1, column: name, code: ImportErrorCode.DUPLICATE_COLUMN, value: name, message: `line 1: column "${name}" appears twice` });
    }
    seen.add(name);
    if (known.has(name)) return name;
    ignored.push(name);
    return `extra_${i}`;
  });
  const missing = spec.columns.filter((c) => c.required && !seen.has(c.name)).map((c) => c.name);
  if (missing.length > 0) {
    throw new ImportFileError({
      file: fileName, line: 1, column: missing.join(','), code: ImportErrorCode.MISSING_COLUMN, value: null,
      message: `line 1: missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`,
    });
  }
  return { copyColumns, ignored };
}

/**
 * Streams the file into a session-local staging table of text columns with PostgreSQL
 * COPY: no row passes through JavaScript. `line_no` numbers the data rows in file order.
 */
export async function copyIntoStaging(
  client: PoolClient,
  kind: ImportFileKind,
  source: ImportSource,
  fileName: string,
  onBytes: (bytes: number, lines: number) => void,
): Promise<{ rows: number; ignoredColumns: string[] }> {
  const spec = FILE_SPECS[kind];
  const { copyColumns, ignored } = stagingColumns(kind, source.header, fileName);
  const table = stageTable(kind);
  const extras = copyColumns.filter((c) => c.startsWith('extra_'));
  // Column names come from FILE_SPECS or are generated (extra_<n>): never from the file itself.
  await client.query(`DROP TABLE IF EXISTS ${table}`);
  await client.query(
    `CREATE TEMP TABLE ${table} (line_no bigint GENERATED ALWAYS AS IDENTITY, ${[...spec.columns.map((c) => c.name), ...extras].map((c) => `${c} text`).join(', ')})`,
  );
  const check = new Utf8CheckTransform();
  const timer = setInterval(() => onBytes(check.bytes, check.lines), 250);
  try {
    await pipeline(
      source.open(),
      check,
      client.query(copyFrom(`COPY ${table} (${copyColumns.join(', ')}) FROM STDIN WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')`)),
    );
  } catch (error) {
    if (error instanceof NotUtf8Error) {
      throw new ImportFileError({ file: fileName, line: error.line, column: null, code: ImportErrorCode.NOT_UTF8, value: null, message: error.message });
    }
    const pgError = error as { message?: string; where?: string };
    const line = /line (\d+)/.exec(pgError.where ?? '')?.[1];
    throw new ImportFileError({
      file: fileName, line: line ? Number(line) : null, column: null, code: ImportErrorCode.MALFORMED_CSV, value: null,
      message: `${line ? `line ${line}: ` : ''}the file is not valid CSV (${pgError.message ?? String(error)})`,
    });
  } finally {
    clearInterval(timer);
  }
  onBytes(check.bytes, check.lines);
  const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows;
  return { rows: n, ignoredColumns: ignored };
}
