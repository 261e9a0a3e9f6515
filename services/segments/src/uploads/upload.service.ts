import { UploadStore, type Upload } from '@retention/jobs';
import { IMPORT_FILE_KINDS, type ImportFileKind } from '../import/file-specs';
import type { ImportUpload } from '../jobs/segment-jobs';
import { SegmentsError, SegmentsErrorCode } from '../segments/segments.errors';

export { MAX_CHUNK_BYTES, type Upload } from '@retention/jobs';

/**
 * The segments rules on top of the shared UploadStore (chunks in segments.upload_chunk,
 * the per-user quota, cleanup): only the extract kinds, only .csv and .xlsx, one file
 * per kind in an import.
 */
export class UploadService {
  constructor(readonly store: UploadStore) {}

  begin(kind: string, fileName: string, sizeBytes: number, user: string): Promise<Upload> {
    if (!(IMPORT_FILE_KINDS as readonly string[]).includes(kind)) {
      throw new SegmentsError(SegmentsErrorCode.BAD_UPLOAD, `kind: must be one of ${IMPORT_FILE_KINDS.join(', ')}`, { field: 'kind' });
    }
    if (!/\.(csv|xlsx)$/i.test(fileName)) throw new SegmentsError(SegmentsErrorCode.BAD_UPLOAD, 'fileName: only .csv and .xlsx files are imported', { field: 'fileName' });
    return this.store.begin({ kind, fileName, sizeBytes }, user);
  }

  find(id: string): Promise<Upload> {
    return this.store.find(id);
  }

  appendChunk(id: string, offset: number, base64: string): Promise<Upload> {
    return this.store.appendBase64(id, offset, base64);
  }

  /** The complete uploads of an import, one per kind. */
  async forImport(ids: string[]): Promise<ImportUpload[]> {
    const uploads = await this.store.complete(ids);
    const seen = new Set<string>();
    for (const upload of uploads) {
      if (seen.has(upload.kind)) throw new SegmentsError(SegmentsErrorCode.BAD_UPLOAD, `uploads: two ${upload.kind} files`, { field: 'uploadIds' });
      seen.add(upload.kind);
    }
    return uploads.map((u) => ({ id: u.id, kind: u.kind as ImportFileKind, fileName: u.fileName }));
  }
}
