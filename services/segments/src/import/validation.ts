import type { PoolClient } from 'pg';
import { FILE_SPECS, type ColumnSpec, type ImportFileKind } from './file-specs';
import { ImportErrorCode } from './import.errors';
import { stageTable } from './staging';

/** Collects bind parameters while SQL text is assembled: values never enter the text. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const INT = '^-?[0-9]{1,9}$';
const AMOUNT = '^-?[0-9]{1,10}([.][0-9]{1,2})?$';
const MONTH = '^[0-9]{4}-(0[1-9]|1[0-2])$';
const DATE = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';

const DIGITS = "'0123456789'";

/** SQL true when a raw cell holds only digits (1 to `max` of them). */
function digitsOnly(v: string, max: number): string {
  return `(length(${v}) BETWEEN 1 AND ${max} AND ltrim(${v}, ${DIGITS}) = '')`;
}

/** SQL true when a raw cell is an unsigned amount with at most 2 decimals. */
function unsignedAmount(v: string): string {
  return `(length(${v}) BETWEEN 1 AND 13 AND left(${v}, 1) <> '.' AND translate(${v}, ${DIGITS}, '') IN ('', '.')
    AND (strpos(${v}, '.') = 0 OR length(${v}) - strpos(${v}, '.') BETWEEN 1 AND 2))`;
}

/**
 * A cheap test that one raw cell is valid, with plain string functions (PostgreSQL's
 * regular expressions cost about a microsecond a cell). Cells with surrounding blanks
 * or anything unusual fail here and get the exact, trimming check below.
 */
function fastValid(column: ColumnSpec, params: Params, hasInputCheck: boolean): string {
  const v = `s.${column.name}`;
  let valid: string;
  switch (column.type) {
    case 'int':
      if (hasInputCheck && column.min === 0) {
        valid = `(pg_input_is_valid(${v}, 'int4') AND strpos(${v}, '-') = 0)`;
        break;
      }
      valid = column.min !== undefined && column.min >= 0 ? digitsOnly(v, 9) : `(${digitsOnly(v, 9)} OR (left(${v}, 1) = '-' AND ${digitsOnly(`substr(${v}, 2)`, 9)}))`;
      if (column.min !== undefined && column.min >= 1) valid = `(${valid} AND ltrim(${v}, '0') <> '')`;
      break;
    case 'money':
      valid = column.min !== undefined && column.min >= 0 ? unsignedAmount(v) : `(${unsignedAmount(v)} OR (left(${v}, 1) = '-' AND ${unsignedAmount(`substr(${v}, 2)`)}))`;
      break;
    case 'month':
      if (hasInputCheck) {
        valid = `(length(${v}) = 7 AND substr(${v}, 5, 1) = '-' AND pg_input_is_valid(${v} || '-01', 'date'))`;
        break;
      }
      valid = `(length(${v}) = 7 AND substr(${v}, 5, 1) = '-' AND ltrim(substr(${v}, 1, 4) || substr(${v}, 6, 2), ${DIGITS}) = '' AND substr(${v}, 6, 2) BETWEEN '01' AND '12')`;
      break;
    case 'date':
      if (hasInputCheck) {
        valid = `(length(${v}) = 10 AND substr(${v}, 5, 1) = '-' AND substr(${v}, 8, 1) = '-' AND pg_input_is_valid(${v}, 'date'))`;
        break;
      }
      valid = `CASE WHEN length(${v}) = 10 AND substr(${v}, 5, 1) = '-' AND substr(${v}, 8, 1) = '-'
                 AND ltrim(substr(${v}, 1, 4) || substr(${v}, 6, 2) || substr(${v}, 9, 2), ${DIGITS}) = ''
                 AND substr(${v}, 6, 2) BETWEEN '01' AND '12' AND substr(${v}, 9, 2) >= '01'
               THEN substr(${v}, 9, 2)::int <= extract(day FROM make_date(substr(${v}, 1, 4)::int, substr(${v}, 6, 2)::int, 1) + interval '1 month - 1 day')
               ELSE false END`;
      break;
    case 'bool':
      valid = `${v} IN ('true', 'false', '1', '0', 'TRUE', 'FALSE', 'True', 'False')`;
      break;
    case 'enum':
      valid = `${v} = ANY (${params.add(column.values)}::text[])`;
      break;
    case 'services':
      valid = `string_to_array(${v}, ';') <@ (${params.add([...(column.values ?? []), ''])}::text[])`;
      break;
    case 'text':
      valid = `btrim(${v}) <> ''`;
      break;
  }
  // COPY reads an empty CSV cell as NULL.
  return column.required ? `coalesce(${valid}, false)` : `(${v} IS NULL OR ${v} = '' OR coalesce(${valid}, false))`;
}

/** `CASE … END` giving the first error code of one column of one row, or NULL. */
function columnCheck(column: ColumnSpec, params: Params): string {
  const v = `btrim(s.${column.name})`;
  const whens: string[] = [];
  whens.push(`WHEN coalesce(${v}, '') = '' THEN ${column.required ? `'${ImportErrorCode.REQUIRED}'` : 'NULL'}`);
  switch (column.type) {
    case 'int':
      whens.push(`WHEN ${v} !~ '${INT}' THEN '${ImportErrorCode.NOT_INTEGER}'`);
      if (column.min !== undefined) {
        whens.push(`WHEN ${v}::int < ${params.add(column.min)}::int THEN '${column.min === 0 ? ImportErrorCode.NEGATIVE : ImportErrorCode.TOO_SMALL}'`);
      }
      break;
    case 'money':
      whens.push(`WHEN ${v} !~ '${AMOUNT}' THEN '${ImportErrorCode.NOT_AMOUNT}'`);
      if (column.min !== undefined) whens.push(`WHEN ${v}::numeric < ${params.add(column.min)}::numeric THEN '${ImportErrorCode.NEGATIVE}'`);
      break;
    case 'month':
      whens.push(`WHEN ${v} !~ '${MONTH}' THEN '${ImportErrorCode.BAD_MONTH}'`);
      break;
    case 'date':
      // The pattern first, then the day against the month's real length (2025-02-29 is no date).
      whens.push(`WHEN ${v} !~ '${DATE}' THEN '${ImportErrorCode.BAD_DATE}'`);
      whens.push(
        `WHEN substr(${v}, 9, 2)::int > extract(day FROM make_date(substr(${v}, 1, 4)::int, substr(${v}, 6, 2)::int, 1) + interval '1 month - 1 day') THEN '${ImportErrorCode.BAD_DATE}'`,
      );
      break;
    case 'bool':
      whens.push(`WHEN lower(${v}) NOT IN ('true', 'false', '1', '0') THEN '${ImportErrorCode.BAD_BOOLEAN}'`);
      break;
    case 'enum':
      whens.push(
        `WHEN NOT (${v} = ANY (${params.add(column.values)}::text[])) THEN '${column.name === 'branch_code' ? ImportErrorCode.UNKNOWN_BRANCH : ImportErrorCode.BAD_ENUM}'`,
      );
      break;
    case 'services':
      whens.push(
        `WHEN NOT (regexp_split_to_array(${v}, '\\s*;\\s*') <@ (${params.add([...(column.values ?? []), ''])}::text[])) THEN '${ImportErrorCode.BAD_SERVICE}'`,
      );
      break;
    case 'text':
      break;
  }
  return `CASE ${whens.join(' ')} END`;
}

const MESSAGES: Record<string, string> = {
  REQUIRED: 'is empty',
  NOT_INTEGER: 'is not a whole number',
  NOT_AMOUNT: 'is not an amount in yuan with at most 2 decimals',
  NEGATIVE: 'must not be negative',
  TOO_SMALL: 'is too small',
  BAD_DATE: 'is not a date in YYYY-MM-DD form',
  BAD_MONTH: 'is not a month in YYYY-MM form',
  BAD_BOOLEAN: 'is not true/false (or 1/0)',
  BAD_ENUM: 'is not one of the allowed values',
  UNKNOWN_BRANCH: 'is not a known branch code',
  BAD_SERVICE: 'contains an unknown service',
};

/**
 * Checks every cell of the staged file in one scan (a CASE per column), then the
 * rules across rows (duplicate keys, unknown subscribers). Errors go to
 * segments.import_error with the file line (header = line 1), column, code and value.
 */
export async function validateStaged(
  client: PoolClient,
  jobId: string,
  kind: ImportFileKind,
  fileName: string,
  /** The subscribers file staged (and validated) earlier in the same import, if any. */
  stagedSubscribersFile: string | null,
): Promise<number> {
  const spec = FILE_SPECS[kind];
  const table = stageTable(kind);
  // PostgreSQL 16+ checks a value against a type natively, much faster than patterns.
  const [{ version }] = (await client.query("SELECT current_setting('server_version_num')::int AS version")).rows;
  const hasInputCheck = version >= 160000;
  const params = new Params();
  const job = params.add(jobId);
  const file = params.add(fileName);
  // One pass computes every column's error code into one row; only rows with an error
  // are then spread into one error per cell (OFFSET 0 keeps the planner from evaluating
  // the checks twice).
  const codes = spec.columns.map((c) => `${columnCheck(c, params)} AS e_${c.name}`).join(',\n');
  const cells = spec.columns.map((c) => `('${c.name}', s.e_${c.name}, s.${c.name})`).join(', ');
  const anyError = spec.columns.map((c) => `s.e_${c.name}`).join(', ');
  const messageCase = Object.entries(MESSAGES)
    .map(([code, text]) => `WHEN '${code}' THEN format('line %s: %s "%s" ${text}', s.line_no + 1, e.col, left(e.value, 80))`)
    .join(' ');
  await client.query(
    `INSERT INTO segments.import_error (job_id, file, line, column_name, code, value, message, raw)
     SELECT ${job}::uuid, ${file}, s.line_no + 1, e.col, e.code, left(e.value, 200),
            CASE e.code ${messageCase} END, to_jsonb(s.*) - ARRAY['line_no', ${spec.columns.map((c) => `'e_${c.name}'`).join(', ')}]
     FROM (SELECT s.*, ${codes} FROM ${table} s WHERE NOT (${spec.columns.map((c) => fastValid(c, params, hasInputCheck)).join(' AND ')}) OFFSET 0) s
     CROSS JOIN LATERAL (VALUES ${cells}) AS e (col, code, value)
     WHERE num_nonnulls(${anyError}) > 0 AND e.code IS NOT NULL`,
    params.values,
  );

  const keyColumns = spec.key.map((k) => `btrim(s.${k})`).join(', ');
  const duplicates = await client.query(`SELECT 1 FROM ${table} s GROUP BY ${keyColumns} HAVING count(*) > 1 LIMIT 1`);
  if ((duplicates.rowCount ?? 0) > 0) {
    await client.query(
      `INSERT INTO segments.import_error (job_id, file, line, column_name, code, value, message, raw)
       SELECT $1::uuid, $2, s.line_no + 1, $3::text, '${ImportErrorCode.DUPLICATE_KEY}', concat_ws(', ', ${keyColumns}),
              format('line %s: %s (%s) repeats line %s', s.line_no + 1, $3::text, concat_ws(', ', ${keyColumns}), d.first_line + 1),
              to_jsonb(s.*) - 'line_no'
       FROM (
         SELECT s.line_no, first_value(s.line_no) OVER w AS first_line, row_number() OVER w AS n
         FROM ${table} s
         WINDOW w AS (PARTITION BY ${keyColumns} ORDER BY s.line_no)
       ) d
       JOIN ${table} s ON s.line_no = d.line_no
       WHERE d.n > 1`,
      [jobId, fileName, spec.key.join(', ')],
    );
  }

  if (kind !== 'subscribers') {
    // Known = already in the master data, or arriving in this import's subscribers file.
    await client.query(
      `INSERT INTO segments.import_error (job_id, file, line, column_name, code, value, message, raw)
       SELECT $1::uuid, $2, s.line_no + 1, 'subscriber_id', '${ImportErrorCode.UNKNOWN_SUBSCRIBER}', s.subscriber_id,
              format('line %s: subscriber_id "%s" is not in the subscriber master data', s.line_no + 1, left(s.subscriber_id, 80)),
              to_jsonb(s) - 'line_no'
       FROM ${table} s
       WHERE btrim(s.subscriber_id) <> ''
         AND NOT EXISTS (SELECT 1 FROM segments.subscriber m WHERE m.subscriber_id = btrim(s.subscriber_id))
         ${stagedSubscribersFile === null ? '' : `AND NOT EXISTS (
           SELECT 1 FROM ${stageTable('subscribers')} n
           WHERE btrim(n.subscriber_id) = btrim(s.subscriber_id)
             AND NOT EXISTS (SELECT 1 FROM segments.import_error b WHERE b.job_id = $1::uuid AND b.file = $3 AND b.line = n.line_no + 1))`}`,
      stagedSubscribersFile === null ? [jobId, fileName] : [jobId, fileName, stagedSubscribersFile],
    );
  }
  const [{ n }] = (
    await client.query('SELECT count(*)::int AS n FROM segments.import_error WHERE job_id = $1 AND file = $2', [jobId, fileName])
  ).rows;
  return n;
}
