import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { defaultDataRoot } from '@retention/db';
import { IMPORT_FILE_KINDS, type ImportFileKind } from '../import/file-specs';
import { SegmentsError, SegmentsErrorCode } from '../segments/segments.errors';

export interface Upload {
  id: string;
  kind: ImportFileKind;
  fileName: string;
  path: string;
  sizeBytes: number;
  received: number;
}

interface UploadRow {
  id: string;
  kind: ImportFileKind;
  file_name: string;
  path: string;
  size_bytes: string;
  received: string;
}

const toUpload = (r: UploadRow): Upload => ({ id: r.id, kind: r.kind, fileName: r.file_name, path: r.path, sizeBytes: Number(r.size_bytes), received: Number(r.received) });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_UPLOAD_BYTES = 4 * 1024 ** 3;
export const MAX_CHUNK_BYTES = 1024 * 1024;

/**
 * Browser uploads in ordered chunks (through the gateway, as base64 in GraphQL), so a
 * large extract never has to fit in one request, and progress can be shown.
 */
export class UploadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dir = process.env.UPLOAD_DIR ?? path.join(defaultDataRoot(), 'uploads'),
  ) {}

  async begin(kind: string, fileName: string, sizeBytes: number, user: string): Promise<Upload> {
    if (!(IMPORT_FILE_KINDS as readonly string[]).includes(kind)) {
      throw new SegmentsError(SegmentsErrorCode.BAD_UPLOAD, `kind: must be one of ${IMPORT_FILE_KINDS.join(', ')}`, { argument: 'kind' });
    }
    if (!/\.(csv|xlsx)$/i.test(fileName)) throw new SegmentsError(SegmentsErrorCode.BAD_UPLOAD, 'fileName: only .csv and .xlsx files are imported', { argument: 'fileName' });
    if (!Number.isInteger(sizeBytes) || sizeBytes <= 0 || sizeBytes > MAX_UPLOAD_BYTES) {
      throw new SegmentsError(SegmentsErrorCode.BAD_UPLOAD, `sizeBytes: between 1 byte and ${MAX_UPLOAD_BYTES / 1024 ** 3} GiB`, { argument: 'sizeBytes' });
    }
    fs.mkdirSync(this.dir, { recursive: true });
    const [row]: UploadRow[] = await this.dataSource.query(
      `INSERT INTO segments.upload (kind, file_name, path, size_bytes, created_by) VALUES ($1, $2, '', $3, $4) RETURNING *`,
      [kind, path.basename(fileName), sizeBytes, user],
    );
    // The stored name is ours (the id), never the user's: no path tricks.
    const file = path.join(this.dir, `${row.id}${path.extname(fileName).toLowerCase()}`);
    fs.writeFileSync(file, '');
    await this.dataSource.query('UPDATE segments.upload SET path = $2 WHERE id = $1', [row.id, file]);
    return toUpload({ ...row, path: file });
  }

  async find(id: string): Promise<Upload> {
    const rows: UploadRow[] = UUID.test(id) ? await this.dataSource.query('SELECT * FROM segments.upload WHERE id = $1', [id]) : [];
    if (!rows[0]) throw new SegmentsError(SegmentsErrorCode.UPLOAD_NOT_FOUND, `id: no upload ${id}`, { argument: 'id' });
    return toUpload(rows[0]);
  }

  async appendChunk(id: string, offset: number, base64: string): Promise<Upload> {
    const upload = await this.find(id);
    if (offset !== upload.received) {
      throw new SegmentsError(SegmentsErrorCode.UPLOAD_OUT_OF_ORDER, `offset: expected ${upload.received}, got ${offset}`, { argument: 'offset', expected: upload.received });
    }
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.length === 0 || bytes.length > MAX_CHUNK_BYTES || upload.received + bytes.length > upload.sizeBytes) {
      throw new SegmentsError(SegmentsErrorCode.BAD_UPLOAD, `chunk: 1 byte to 1 MiB, and no more than the announced size`, { argument: 'base64' });
    }
    fs.appendFileSync(upload.path, bytes);
    const received = upload.received + bytes.length;
    await this.dataSource.query('UPDATE segments.upload SET received = $2 WHERE id = $1', [id, received]);
    return { ...upload, received };
  }

  /** The files of complete uploads by kind, for an import. */
  async filesFor(ids: string[]): Promise<Partial<Record<ImportFileKind, string>>> {
    const files: Partial<Record<ImportFileKind, string>> = {};
    for (const id of ids) {
      const upload = await this.find(id);
      if (upload.received !== upload.sizeBytes) {
        throw new SegmentsError(SegmentsErrorCode.UPLOAD_INCOMPLETE, `uploads: ${upload.fileName} has ${upload.received} of ${upload.sizeBytes} bytes`, { argument: 'uploadIds' });
      }
      if (files[upload.kind]) throw new SegmentsError(SegmentsErrorCode.BAD_UPLOAD, `uploads: two ${upload.kind} files`, { argument: 'uploadIds' });
      files[upload.kind] = upload.path;
    }
    return files;
  }
}
