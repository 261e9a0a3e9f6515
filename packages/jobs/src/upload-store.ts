import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DataSource } from 'typeorm';
import { isUuid, plainIdentifier, returnedRows, type QueryRunnerLike } from './sql';
import { UploadError, UploadErrorCode } from './upload.errors';

export const MAX_CHUNK_BYTES = 1024 * 1024;
export const DEFAULT_MAX_UPLOAD_BYTES = 4 * 1024 ** 3;
export const DEFAULT_UPLOAD_QUOTA_BYTES = 8 * 1024 ** 3;
export const ABANDONED_AFTER_MS = 24 * 3600 * 1000;

export interface UploadStoreOptions {
  /** Largest single upload (default 4 GiB). */
  maxUploadBytes?: number;
  /**
   * Bytes a user may have in uploads not yet deleted (announced sizes of incomplete
   * uploads, complete ones and those a running job still reads). Default
   * UPLOAD_QUOTA_BYTES, or 8 GiB.
   */
  quotaBytes?: number;
  /** An upload not touched (and not taken by a job) for this long is swept (default 24 h). */
  abandonedAfterMs?: number;
  /** Chunks read per query when streaming an upload back (default 8, ≤ 8 MiB in memory). */
  readBatchChunks?: number;
}

export interface Upload {
  id: string;
  kind: string;
  fileName: string;
  sizeBytes: number;
  received: number;
  /** The job that has taken the upload, once one has. */
  jobId: string | null;
  createdBy: string;
  createdAt: Date;
}

export interface BeginUpload {
  kind: string;
  fileName: string;
  sizeBytes: number;
}

interface UploadRow {
  id: string;
  kind: string;
  file_name: string;
  size_bytes: string;
  received: string;
  job_id: string | null;
  created_by: string;
  created_at: Date;
}

const toUpload = (r: UploadRow): Upload => ({
  id: r.id,
  kind: r.kind,
  fileName: r.file_name,
  sizeBytes: Number(r.size_bytes),
  received: Number(r.received),
  jobId: r.job_id,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

function quotaFromEnv(): number {
  const raw = process.env.UPLOAD_QUOTA_BYTES;
  if (raw === undefined || raw === '') return DEFAULT_UPLOAD_QUOTA_BYTES;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`UPLOAD_QUOTA_BYTES: a positive number of bytes, not ${JSON.stringify(raw)}`);
  return value;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${+(bytes / 1024 ** 3).toFixed(2)} GiB`;
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

/** The last segment of a browser-given file name, without control characters: never a path. */
export function safeFileName(fileName: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (base === '' || base === '.' || base === '..' || base.length > 255) {
    throw new UploadError(UploadErrorCode.BAD_UPLOAD, 'fileName: a file name of 1 to 255 characters', { field: 'fileName' });
  }
  return base;
}

/**
 * Browser uploads in ordered chunks (through the gateway, as base64 in GraphQL), so a
 * large file never has to fit in one request and progress can be shown. The bytes are
 * kept in PostgreSQL (`<schema>.upload_chunk`, see jobTablesSql for why not large
 * objects), never on a service's local disk: any instance can take the next chunk, and
 * any worker can read the upload. Uploads taken by a job are deleted when the job has
 * finished; abandoned ones by `sweep`.
 */
export class UploadStore {
  private readonly schema: string;
  private readonly maxUploadBytes: number;
  private readonly quotaBytes: number;
  private readonly abandonedAfterMs: number;
  private readonly readBatchChunks: number;

  constructor(
    private readonly dataSource: DataSource,
    schema: string,
    options: UploadStoreOptions = {},
  ) {
    this.schema = plainIdentifier(schema, 'schema');
    this.maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
    this.quotaBytes = options.quotaBytes ?? quotaFromEnv();
    this.abandonedAfterMs = options.abandonedAfterMs ?? ABANDONED_AFTER_MS;
    this.readBatchChunks = options.readBatchChunks ?? 8;
  }

  async begin(request: BeginUpload, user: string): Promise<Upload> {
    const { sizeBytes } = request;
    const fileName = safeFileName(request.fileName);
    if (!Number.isSafeInteger(sizeBytes) || sizeBytes <= 0 || sizeBytes > this.maxUploadBytes) {
      throw new UploadError(UploadErrorCode.BAD_UPLOAD, `sizeBytes: between 1 byte and ${formatBytes(this.maxUploadBytes)}`, { field: 'sizeBytes' });
    }
    return this.dataSource.transaction(async (tx) => {
      // One user's begins one after another, so two at once cannot both pass the quota.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${this.schema}.upload:${user}`]);
      const [{ used }]: { used: string }[] = await tx.query(`SELECT coalesce(sum(size_bytes), 0) AS used FROM ${this.schema}.upload WHERE created_by = $1`, [user]);
      if (Number(used) + sizeBytes > this.quotaBytes) {
        throw new UploadError(
          UploadErrorCode.UPLOAD_QUOTA_EXCEEDED,
          `sizeBytes: ${formatBytes(sizeBytes)} more would exceed your upload quota of ${formatBytes(this.quotaBytes)} ` +
            `(${formatBytes(Number(used))} in uploads not yet imported; an import frees its uploads when it finishes, abandoned ones go after ${this.abandonedAfterMs / 3600_000} h)`,
          { field: 'sizeBytes', quota: formatBytes(this.quotaBytes), quotaBytes: this.quotaBytes, usedBytes: Number(used) },
        );
      }
      const [row]: UploadRow[] = await tx.query(
        `INSERT INTO ${this.schema}.upload (kind, file_name, size_bytes, created_by) VALUES ($1, $2, $3, $4) RETURNING *`,
        [request.kind, fileName, sizeBytes, user],
      );
      return toUpload(row);
    });
  }

  async find(id: string): Promise<Upload> {
    const rows: UploadRow[] = isUuid(id) ? await this.dataSource.query(`SELECT * FROM ${this.schema}.upload WHERE id = $1`, [id]) : [];
    if (!rows[0]) throw new UploadError(UploadErrorCode.UPLOAD_NOT_FOUND, `id: no upload ${id}`, { field: 'id' });
    return toUpload(rows[0]);
  }

  /** Appends base64 bytes at `offset`, which must equal what was received so far. */
  appendBase64(id: string, offset: number, base64: string): Promise<Upload> {
    return this.appendChunk(id, offset, Buffer.from(base64, 'base64'));
  }

  async appendChunk(id: string, offset: number, bytes: Buffer): Promise<Upload> {
    const upload = await this.find(id);
    if (offset !== upload.received) throw this.outOfOrder(upload, offset);
    if (bytes.length === 0 || bytes.length > MAX_CHUNK_BYTES || upload.received + bytes.length > upload.sizeBytes || upload.jobId !== null) {
      throw new UploadError(UploadErrorCode.BAD_UPLOAD, 'chunk: 1 byte to 1 MiB, and no more than the announced size', { field: 'base64' });
    }
    // One statement: the offset check and the append cannot be split by a concurrent chunk.
    const appended = returnedRows(await this.dataSource.query(
      `WITH moved AS (
         UPDATE ${this.schema}.upload SET received = received + $3, updated_at = now()
         WHERE id = $1 AND received = $2 AND job_id IS NULL AND received + $3 <= size_bytes
         RETURNING id
       )
       INSERT INTO ${this.schema}.upload_chunk (upload_id, offset_bytes, bytes) SELECT id, $2, $4 FROM moved RETURNING upload_id`,
      [id, offset, bytes.length, bytes],
    ));
    if (appended.length === 0) throw this.outOfOrder(await this.find(id), offset);
    return { ...upload, received: upload.received + bytes.length };
  }

  private outOfOrder(upload: Upload, offset: number): UploadError {
    return new UploadError(UploadErrorCode.UPLOAD_OUT_OF_ORDER, `offset: expected ${upload.received}, got ${offset}`, { field: 'offset', expected: upload.received });
  }

  /** Complete uploads, checked before a job takes them (in the order of `ids`). */
  async complete(ids: readonly string[]): Promise<Upload[]> {
    const uploads: Upload[] = [];
    for (const id of ids) {
      const upload = await this.find(id);
      if (upload.received !== upload.sizeBytes) {
        throw new UploadError(UploadErrorCode.UPLOAD_INCOMPLETE, `uploads: ${upload.fileName} has ${upload.received} of ${upload.sizeBytes} bytes`, { field: 'uploadIds' });
      }
      uploads.push(upload);
    }
    return uploads;
  }

  /** Gives complete uploads to a job (in the job's creating transaction); they are deleted when it has finished. */
  async claim(ids: readonly string[], jobId: string, runner: QueryRunnerLike = this.dataSource): Promise<void> {
    const unique = [...new Set(ids)];
    if (!unique.every(isUuid)) throw new UploadError(UploadErrorCode.UPLOAD_NOT_FOUND, `uploadIds: no upload ${unique.find((id) => !isUuid(id))}`, { field: 'uploadIds' });
    const taken = returnedRows<{ id: string }>(await runner.query(
      `UPDATE ${this.schema}.upload SET job_id = $2, updated_at = now() WHERE id = ANY ($1::uuid[]) AND job_id IS NULL AND received = size_bytes RETURNING id`,
      [unique, jobId],
    ));
    if (taken.length === unique.length) return;
    const missing = unique.filter((id) => !taken.some((t) => t.id === id));
    const rows = (await runner.query(`SELECT * FROM ${this.schema}.upload WHERE id = ANY ($1::uuid[])`, [missing])) as UploadRow[];
    const first = rows.map(toUpload)[0];
    if (!first) throw new UploadError(UploadErrorCode.UPLOAD_NOT_FOUND, `uploadIds: no upload ${missing[0]}`, { field: 'uploadIds' });
    if (first.jobId !== null) throw new UploadError(UploadErrorCode.UPLOAD_TAKEN, `uploadIds: ${first.fileName} belongs to job ${first.jobId} already`, { field: 'uploadIds', jobId: first.jobId });
    throw new UploadError(UploadErrorCode.UPLOAD_INCOMPLETE, `uploads: ${first.fileName} has ${first.received} of ${first.sizeBytes} bytes`, { field: 'uploadIds' });
  }

  /**
   * The bytes of a complete upload in order, read `readBatchChunks` chunks per query:
   * never the whole upload in memory.
   */
  open(id: string): Readable {
    return Readable.from(this.chunks(id), { objectMode: false, highWaterMark: MAX_CHUNK_BYTES });
  }

  private async *chunks(id: string): AsyncGenerator<Buffer> {
    const [upload] = await this.complete([id]);
    let next = 0;
    while (next < upload.sizeBytes) {
      const rows: { offset_bytes: string; bytes: Buffer }[] = await this.dataSource.query(
        `SELECT offset_bytes, bytes FROM ${this.schema}.upload_chunk WHERE upload_id = $1 AND offset_bytes >= $2 ORDER BY offset_bytes LIMIT $3`,
        [id, next, this.readBatchChunks],
      );
      // Chunks follow each other without gaps (appendChunk makes sure); anything else is a deleted upload.
      if (rows.length === 0 || Number(rows[0].offset_bytes) !== next) break;
      for (const row of rows) {
        if (Number(row.offset_bytes) !== next) break;
        next += row.bytes.length;
        yield row.bytes;
      }
    }
    if (next !== upload.sizeBytes) throw new Error(`upload ${id} (${upload.fileName}): its chunks end at byte ${next} of ${upload.sizeBytes} (deleted while read?)`);
  }

  /** Writes a complete upload to a file (scratch space of a worker whose reader wants a path). */
  async writeToFile(id: string, file: string): Promise<void> {
    await pipeline(this.open(id), fs.createWriteStream(file, { flags: 'wx', mode: 0o600 }));
  }

  async delete(id: string): Promise<void> {
    if (isUuid(id)) await this.dataSource.query(`DELETE FROM ${this.schema}.upload WHERE id = $1`, [id]);
  }

  /** Deletes the uploads a job has taken (when it has finished). */
  async deleteForJob(jobId: string): Promise<number> {
    const deleted = returnedRows(await this.dataSource.query(`DELETE FROM ${this.schema}.upload WHERE job_id = $1 RETURNING id`, [jobId]));
    return deleted.length;
  }

  /**
   * Deletes abandoned uploads — not taken by a job and untouched for `abandonedAfterMs`
   * (24 h) — and any left by a job that has finished. Returns how many.
   */
  async sweep(): Promise<number> {
    const deleted = returnedRows(await this.dataSource.query(
      `DELETE FROM ${this.schema}.upload u
       WHERE (u.job_id IS NULL AND u.updated_at < now() - $1::double precision * interval '1 millisecond')
          OR EXISTS (SELECT 1 FROM ${this.schema}.job j WHERE j.id = u.job_id AND j.status IN ('SUCCEEDED', 'FAILED'))
       RETURNING id`,
      [this.abandonedAfterMs],
    ));
    return deleted.length;
  }

  /** Bytes a user holds in uploads (what the quota counts). */
  async usedBytes(user: string): Promise<number> {
    const [{ used }]: { used: string }[] = await this.dataSource.query(`SELECT coalesce(sum(size_bytes), 0) AS used FROM ${this.schema}.upload WHERE created_by = $1`, [user]);
    return Number(used);
  }
}
