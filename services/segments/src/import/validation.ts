import type { PoolClient } from 'pg';
import { FILE_SPECS, type ImportFileKind } from './file-specs';
import { ImportErrorCode, isUniqueViolation } from './import.errors';
import { stageTable } from './staging';

/**
 * The rules across rows of a staged file (its cells were checked on the way in): duplicate
 * keys and unknown subscribers. Errors go to segments.import_error with the file line
 * (header = line 1), column, code and value. Returns the file's error count, cell errors included.
 */
export async function validateStaged(
  client: PoolClient,
  jobId: string,
  kind: ImportFileKind,
  fileName: string,
  /** Where the file was loaded. */
  table: string,
  /** The subscribers file staged (and validated) earlier in the same import, if any. */
  stagedSubscribersFile: string | null,
): Promise<number> {
  const spec = FILE_SPECS[kind];
  const keyColumns = spec.key.map((k) => `s.${k}`).join(', ');
  // Months are stored as their first day; the report shows them as the file wrote them.
  const keyText = spec.key
    .map((k) => (spec.columns.find((c) => c.name === k)?.type === 'month' ? `to_char(s.${k}, 'YYYY-MM')` : `s.${k}`))
    .join(', ');
  // The key's index is needed anyway (a usage month keeps it as its primary key): building
  // it is the duplicate check, and only a failed build pays for the report below.
  if (!(await addPrimaryKey(client, table, spec.key))) {
    await client.query(
      `INSERT INTO segments.import_error (job_id, file, line, column_name, code, value, message, raw)
       SELECT $1::uuid, $2, s.line_no, $3::text, '${ImportErrorCode.DUPLICATE_KEY}', concat_ws(', ', ${keyText}),
              format('line %s: %s (%s) repeats line %s', s.line_no, $3::text, concat_ws(', ', ${keyText}), d.first_line),
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
       SELECT $1::uuid, $2, s.line_no, 'subscriber_id', '${ImportErrorCode.UNKNOWN_SUBSCRIBER}', s.subscriber_id,
              format('line %s: subscriber_id "%s" is not in the subscriber master data', s.line_no, left(s.subscriber_id, 80)),
              to_jsonb(s) - 'line_no'
       FROM ${table} s
       WHERE NOT EXISTS (SELECT 1 FROM segments.subscriber m WHERE m.subscriber_id = s.subscriber_id)
         ${stagedSubscribersFile === null ? '' : `AND NOT EXISTS (
           SELECT 1 FROM ${stageTable('subscribers')} n
           WHERE n.subscriber_id = s.subscriber_id
             AND NOT EXISTS (SELECT 1 FROM segments.import_error b WHERE b.job_id = $1::uuid AND b.file = $3 AND b.line = n.line_no))`}`,
      stagedSubscribersFile === null ? [jobId, fileName] : [jobId, fileName, stagedSubscribersFile],
    );
  }
  const [{ n }] = (
    await client.query('SELECT count(*)::int AS n FROM segments.import_error WHERE job_id = $1 AND file = $2', [jobId, fileName])
  ).rows;
  return n;
}

/** Adds the key as primary key; false when duplicate keys prevent it. */
async function addPrimaryKey(client: PoolClient, table: string, key: readonly string[]): Promise<boolean> {
  try {
    await client.query(`ALTER TABLE ${table} ADD PRIMARY KEY (${key.join(', ')})`);
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

