import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JobStore } from './job-store';
import { jobsTestDatabase, type JobsTestDatabase } from './test-database';
import { UploadError, UploadErrorCode } from './upload.errors';
import { MAX_CHUNK_BYTES, UploadStore, safeFileName } from './upload-store';

let t: JobsTestDatabase;
let uploads: UploadStore;
let jobs: JobStore;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upload-store-'));

beforeAll(async () => {
  t = await jobsTestDatabase();
  uploads = new UploadStore(t.dataSource, 'campaigns', { quotaBytes: 10 * MAX_CHUNK_BYTES, readBatchChunks: 2 });
  jobs = new JobStore(t.dataSource, 'campaigns');
});

afterAll(async () => {
  await t?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof UploadError) return error.code;
    throw error;
  }
  throw new Error('expected an UploadError');
}

function bytesOf(n: number, seed = 7): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (i * 31 + seed) & 0xff;
  return b;
}

async function uploadAll(bytes: Buffer, user = 'analyst', chunk = MAX_CHUNK_BYTES): Promise<string> {
  const upload = await uploads.begin({ kind: 'list', fileName: 'list.csv', sizeBytes: bytes.length }, user);
  for (let offset = 0; offset < bytes.length; offset += chunk) await uploads.appendChunk(upload.id, offset, bytes.subarray(offset, offset + chunk));
  return upload.id;
}

async function readAll(id: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of uploads.open(id)) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

it('keeps chunks in PostgreSQL and streams them back in order, a few at a time', async () => {
  const bytes = bytesOf(5 * MAX_CHUNK_BYTES + 123);
  const id = await uploadAll(bytes);
  expect(await uploads.find(id)).toMatchObject({ kind: 'list', fileName: 'list.csv', sizeBytes: bytes.length, received: bytes.length, jobId: null, createdBy: 'analyst' });
  const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM campaigns.upload_chunk WHERE upload_id = $1', [id]);
  expect(n).toBe(6);
  expect((await readAll(id)).equals(bytes)).toBe(true);
  const file = path.join(dir, 'copy.bin');
  await uploads.writeToFile(id, file);
  expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  await uploads.delete(id);
  expect(await t.dataSource.query('SELECT count(*)::int AS n FROM campaigns.upload_chunk WHERE upload_id = $1', [id])).toEqual([{ n: 0 }]);
});

it('refuses chunks out of order, too large, beyond the announced size, and reads of incomplete uploads', async () => {
  const upload = await uploads.begin({ kind: 'list', fileName: 'a.csv', sizeBytes: 100 }, 'analyst');
  const skip = uploads.appendBase64(upload.id, 10, 'AAAA');
  await expect(skip).rejects.toMatchObject({ code: UploadErrorCode.UPLOAD_OUT_OF_ORDER, message: 'offset: expected 0, got 10', details: { field: 'offset', expected: 0 } });
  expect(await codeOf(uploads.appendChunk(upload.id, 0, Buffer.alloc(101)))).toBe('BAD_UPLOAD');
  expect(await codeOf(uploads.appendChunk(upload.id, 0, Buffer.alloc(0)))).toBe('BAD_UPLOAD');
  const big = await uploads.begin({ kind: 'list', fileName: 'b.csv', sizeBytes: 2 * MAX_CHUNK_BYTES }, 'analyst');
  expect(await codeOf(uploads.appendChunk(big.id, 0, Buffer.alloc(MAX_CHUNK_BYTES + 1)))).toBe('BAD_UPLOAD');
  await uploads.appendChunk(upload.id, 0, Buffer.alloc(60));
  // The same offset twice (a retried request) is out of order the second time.
  expect(await codeOf(uploads.appendChunk(upload.id, 0, Buffer.alloc(40)))).toBe('UPLOAD_OUT_OF_ORDER');
  await expect(readAll(upload.id)).rejects.toMatchObject({ code: 'UPLOAD_INCOMPLETE', message: 'uploads: a.csv has 60 of 100 bytes' });
  expect(await codeOf(uploads.find('not-a-uuid'))).toBe('UPLOAD_NOT_FOUND');
  expect(await codeOf(uploads.begin({ kind: 'list', fileName: 'x.csv', sizeBytes: 0 }, 'analyst'))).toBe('BAD_UPLOAD');
  await uploads.delete(upload.id);
  await uploads.delete(big.id);
});

it('lets only one of two concurrent chunks at the same offset in', async () => {
  const upload = await uploads.begin({ kind: 'list', fileName: 'c.csv', sizeBytes: 10 }, 'analyst');
  const results = await Promise.allSettled([uploads.appendChunk(upload.id, 0, bytesOf(5, 1)), uploads.appendChunk(upload.id, 0, bytesOf(5, 2))]);
  expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  expect((await uploads.find(upload.id)).received).toBe(5);
  await uploads.delete(upload.id);
});

it('keeps each user within the quota of bytes in uploads not yet deleted', async () => {
  const first = await uploads.begin({ kind: 'list', fileName: 'big.csv', sizeBytes: 6 * MAX_CHUNK_BYTES }, 'quota.user');
  const error = await uploads.begin({ kind: 'list', fileName: 'big2.csv', sizeBytes: 6 * MAX_CHUNK_BYTES }, 'quota.user').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UploadError);
  expect(error).toMatchObject({ code: 'UPLOAD_QUOTA_EXCEEDED', details: { field: 'sizeBytes', quotaBytes: 10 * MAX_CHUNK_BYTES, usedBytes: 6 * MAX_CHUNK_BYTES } });
  expect((error as Error).message).toMatch(/^sizeBytes: 6 MiB more would exceed your upload quota of 10 MiB \(6 MiB in uploads/);
  // Another user has a quota of their own; concurrent begins cannot both slip in.
  await uploads.begin({ kind: 'list', fileName: 'other.csv', sizeBytes: 6 * MAX_CHUNK_BYTES }, 'someone.else');
  const racing = await Promise.allSettled([1, 2, 3].map(() => uploads.begin({ kind: 'list', fileName: 'r.csv', sizeBytes: 2 * MAX_CHUNK_BYTES }, 'quota.user')));
  expect(racing.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
  expect(await uploads.usedBytes('quota.user')).toBe(10 * MAX_CHUNK_BYTES);
  await uploads.delete(first.id);
  await uploads.begin({ kind: 'list', fileName: 'fits.csv', sizeBytes: 6 * MAX_CHUNK_BYTES }, 'quota.user');
  await t.dataSource.query("DELETE FROM campaigns.upload WHERE created_by IN ('quota.user', 'someone.else')");
});

it('gives complete uploads to a job once, and deletes them when the job has finished', async () => {
  const a = await uploadAll(bytesOf(10));
  const b = await uploadAll(bytesOf(20));
  const incomplete = await uploads.begin({ kind: 'list', fileName: 'half.csv', sizeBytes: 10 }, 'analyst');
  const job = await jobs.create('IMPORT', {}, 'analyst');
  expect(await codeOf(uploads.claim([a, incomplete.id], job))).toBe('UPLOAD_INCOMPLETE');
  expect((await uploads.find(a)).jobId).toBe(job); // claim is one UPDATE: callers run it in their job's transaction
  await t.dataSource.query('UPDATE campaigns.upload SET job_id = NULL WHERE id = $1', [a]);
  await uploads.claim([a, b], job);
  const other = await jobs.create('IMPORT', {}, 'analyst');
  expect(await codeOf(uploads.claim([a], other))).toBe('UPLOAD_TAKEN');
  expect(await codeOf(uploads.claim(['00000000-0000-0000-0000-000000000000'], other))).toBe('UPLOAD_NOT_FOUND');
  expect(await codeOf(uploads.appendChunk(a, 10, Buffer.alloc(1)))).toBe('BAD_UPLOAD');
  expect(await uploads.deleteForJob(job)).toBe(2);
  expect(await codeOf(uploads.find(a))).toBe('UPLOAD_NOT_FOUND');
  await uploads.delete(incomplete.id);
});

it('sweeps uploads abandoned for a day and those left by finished jobs', async () => {
  const fresh = await uploads.begin({ kind: 'list', fileName: 'fresh.csv', sizeBytes: 10 }, 'analyst');
  const old = await uploads.begin({ kind: 'list', fileName: 'old.csv', sizeBytes: 10 }, 'analyst');
  await uploads.appendChunk(old.id, 0, Buffer.alloc(4));
  await t.dataSource.query("UPDATE campaigns.upload SET updated_at = now() - interval '25 hours' WHERE id = $1", [old.id]);
  const running = await jobs.create('IMPORT', {}, 'analyst');
  const finished = await jobs.create('IMPORT', {}, 'analyst');
  const taken = await uploadAll(bytesOf(10));
  const left = await uploadAll(bytesOf(10));
  await uploads.claim([taken], running);
  await uploads.claim([left], finished);
  await t.dataSource.query("UPDATE campaigns.upload SET updated_at = now() - interval '25 hours' WHERE id = $1", [taken]);
  await jobs.fail(finished, 'boom');
  expect(await uploads.sweep()).toBe(2);
  const remaining: { id: string }[] = await t.dataSource.query('SELECT id FROM campaigns.upload');
  expect(remaining.map((r) => r.id).sort()).toEqual([fresh.id, taken].sort());
});

it('keeps only the last segment of a browser file name', () => {
  expect(safeFileName('C:\\Users\\me\\usage 十月.csv')).toBe('usage 十月.csv');
  expect(safeFileName('../../etc/passwd')).toBe('passwd');
  expect(() => safeFileName('..')).toThrow(UploadError);
  expect(() => safeFileName('dir/')).toThrow(UploadError);
});
