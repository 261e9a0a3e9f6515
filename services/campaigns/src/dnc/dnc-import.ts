import type { DataSource } from 'typeorm';
import { BRANCH_CODES } from '@retention/domain';
import { JobFailure, readTableFile, TableFileError, type ProgressReporter, type UploadStore } from '@retention/jobs';
import { withdrawTasksOfDoNotContact } from './dnc.service';
import { parseExpiry } from './dnc-rules';

export interface DncImportParams {
  uploadId: string;
  /** The importer's branch (branch planners), or null (province planners: each row names its list). */
  branchCode: string | null;
  createdBy: string;
}

export interface DncRowError {
  line: number;
  column: string;
  value: string;
  code: string;
  message: string;
}

const REQUIRED = ['subscriber_id', 'reason'];
const KNOWN = ['subscriber_id', 'branch_code', 'reason', 'expires_at'];

async function readUpload(uploads: UploadStore, id: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of uploads.open(id)) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

/**
 * Imports a do-not-contact list (CSV or .xlsx: subscriber_id, reason, optional branch_code
 * and expires_at). All or nothing: a file with any bad row imports none and the job's
 * result carries the row-numbered error report (line, column, value, code, message).
 */
export async function importDoNotContact(dataSource: DataSource, uploads: UploadStore, _jobId: string, params: DncImportParams, progress: ProgressReporter) {
  progress({ phase: 'reading', progress: 0.1 });
  let table;
  try {
    table = await readTableFile(await readUpload(uploads, params.uploadId));
  } catch (error) {
    if (error instanceof TableFileError) throw new JobFailure(error.message, { errors: [{ line: error.line, column: '', value: '', code: 'BAD_FILE', message: error.message }] });
    throw error;
  }
  const errors: DncRowError[] = [];
  for (const column of REQUIRED) {
    if (!table.header.includes(column)) errors.push({ line: 1, column, value: '', code: 'MISSING_COLUMN', message: `the header has no ${column} column` });
  }
  const unknown = table.header.filter((h) => !KNOWN.includes(h));
  const warnings = unknown.map((column) => ({ line: 1, column, value: '', code: 'UNKNOWN_COLUMN', message: `column ${column} is not used` }));
  if (errors.length > 0) throw new JobFailure(`${errors.length} error(s): nothing was imported`, { errors, warnings });

  const rows: { line: number; subscriberId: string; branch: string | null; reason: string; expires: string | null }[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const subscriberId = cells.subscriber_id ?? '';
    const branch = params.branchCode ?? (cells.branch_code || null);
    if (!subscriberId) errors.push({ line, column: 'subscriber_id', value: '', code: 'REQUIRED', message: 'subscriber_id is empty' });
    if (!cells.reason) errors.push({ line, column: 'reason', value: '', code: 'REQUIRED', message: 'reason is empty' });
    if (cells.branch_code && !(BRANCH_CODES as readonly string[]).includes(cells.branch_code)) {
      errors.push({ line, column: 'branch_code', value: cells.branch_code, code: 'UNKNOWN_BRANCH', message: `${cells.branch_code} is not a branch code` });
    } else if (params.branchCode && cells.branch_code && cells.branch_code !== params.branchCode) {
      errors.push({ line, column: 'branch_code', value: cells.branch_code, code: 'OTHER_BRANCH', message: `you import ${params.branchCode}'s list only` });
    }
    let expires: string | null = null;
    try {
      expires = parseExpiry(cells.expires_at, 'expires_at');
    } catch {
      errors.push({ line, column: 'expires_at', value: cells.expires_at ?? '', code: 'BAD_DATE', message: 'not a day YYYY-MM-DD' });
    }
    const key = `${branch ?? ''}:${subscriberId}`;
    if (subscriberId && seen.has(key)) errors.push({ line, column: 'subscriber_id', value: subscriberId, code: 'DUPLICATE', message: `also on line ${seen.get(key)}` });
    else seen.set(key, line);
    rows.push({ line, subscriberId, branch, reason: (cells.reason ?? '').slice(0, 200), expires });
  }
  progress({ phase: 'checking customers', progress: 0.4 });
  // Customers must exist, and for a branch import be that branch's.
  const unknownRows: { line: number; subscriber_id: string }[] = await dataSource.query(
    `SELECT r.line, r.subscriber_id FROM unnest($1::int[], $2::text[]) AS r (line, subscriber_id)
     LEFT JOIN segments_api.subscriber_v1 s ON s.subscriber_id = r.subscriber_id
     WHERE r.subscriber_id <> '' AND (s.subscriber_id IS NULL OR ($3::text IS NOT NULL AND s.branch_code <> $3::text))`,
    [rows.map((r) => r.line), rows.map((r) => r.subscriberId), params.branchCode],
  );
  for (const r of unknownRows) errors.push({ line: r.line, column: 'subscriber_id', value: r.subscriber_id, code: 'UNKNOWN_SUBSCRIBER', message: `no customer ${r.subscriber_id}${params.branchCode ? ` in ${params.branchCode}` : ''}` });
  if (errors.length > 0) {
    errors.sort((a, b) => a.line - b.line);
    throw new JobFailure(`${errors.length} error(s): nothing was imported`, { errors: errors.slice(0, 5000), warnings, rowsRead: rows.length });
  }
  progress({ phase: 'importing', progress: 0.7 });
  const imported = await dataSource.transaction(async (manager) => {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO campaigns.do_not_contact (branch_code, subscriber_id, reason, expires_at, source, created_by)
       SELECT r.branch, r.subscriber_id, r.reason, r.expires, 'IMPORT', $5 FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[]) AS r (branch, subscriber_id, reason, expires)
       ON CONFLICT (coalesce(branch_code, ''), subscriber_id) DO UPDATE SET reason = EXCLUDED.reason, expires_at = EXCLUDED.expires_at, source = 'IMPORT'
       RETURNING id`,
      [rows.map((r) => r.branch), rows.map((r) => r.subscriberId), rows.map((r) => r.reason), rows.map((r) => r.expires), params.createdBy],
    );
    await withdrawTasksOfDoNotContact(manager, rows.map((r) => r.subscriberId));
    return inserted.length;
  });
  progress({ phase: 'done', progress: 1 });
  return { rowsRead: rows.length, rowsImported: imported, warnings };
}
