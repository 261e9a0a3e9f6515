import fs from 'node:fs';
import os from 'node:os';
import ExcelJS from 'exceljs';
import { Role } from '@retention/domain';
import { migrateInOrder, startService, type RunningService } from '@retention/graphql-kit';
import { registerTestCallers, createTestDatabase, postGraphQL, tokenFor, type TestDatabase } from '@retention/test-kit';
import { trainingService } from '@retention/training';
import { segmentsService } from '../app';

let db: TestDatabase;
let service: RunningService;
const analyst = tokenFor(Role.PROVINCE_ANALYST);

beforeAll(async () => {
  db = await createTestDatabase();
  // Services check every token's user against training: its schema and the test callers first.
  await migrateInOrder([trainingService], db.urlFor);
  await registerTestCallers(db.adminUrl);
  service = await startService(segmentsService, { databaseUrl: db.urlFor('segments'), port: 0 });
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

const SUB_HEADER = 'subscriber_id,msisdn,branch_code,brand,plan_code,join_date,vip_card,group_key_member,vnet_member,family_plan';
const USAGE_HEADER = 'subscriber_id,month,bill_amount,outgoing_mou,long_distance_mou,roaming_mou,data_mb,balance,arrears_months,status,services';
const csv = [SUB_HEADER, ...Array.from({ length: 300 }, (_, i) => `U${i},1380000${String(i).padStart(4, '0')},ZG,EASYOWN,SL58,2020-01-01,NONE,false,false,false`)].join('\n');

type JobView = { status: string; error: string | null; files: { file: string; rowsImported: number; months: string[] }[]; refreshedMonths: string[]; job: { id: string; status: string; progress: number } };

async function upload(kind: string, fileName: string, bytes: Buffer | string, chunk = 4000): Promise<string> {
  const data = Buffer.from(bytes);
  const begun = await postGraphQL<{ beginUpload: { id: string } }>(service.url,
    'mutation($k: String!, $f: String!, $s: Float!) { beginUpload(kind: $k, fileName: $f, sizeBytes: $s) { id } }', { k: kind, f: fileName, s: data.length }, analyst);
  expect(begun.errors).toBeUndefined();
  const id = begun.data!.beginUpload.id;
  for (let offset = 0; offset < data.length; offset += chunk) {
    const res = await postGraphQL(service.url, 'mutation($id: ID!, $o: Float!, $b: String!) { uploadChunk(id: $id, offset: $o, base64: $b) { received } }',
      { id, o: offset, b: data.subarray(offset, offset + chunk).toString('base64') }, analyst);
    expect(res.errors).toBeUndefined();
  }
  return id;
}

async function startImport(ids: string[], refresh = false): Promise<string> {
  const started = await postGraphQL<{ startImport: { id: string; job: { status: string } } }>(service.url,
    'mutation($ids: [ID!]!, $r: Boolean!) { startImport(uploadIds: $ids, refresh: $r) { id job { status } } }', { ids, r: refresh }, analyst);
  expect(started.errors).toBeUndefined();
  return started.data!.startImport.id;
}

async function finished(id: string): Promise<JobView> {
  for (let i = 0; i < 150; i++) {
    const res = await postGraphQL<{ segmentJob: JobView }>(service.url,
      'query($id: ID!) { segmentJob(id: $id) { status error files { file rowsImported months } refreshedMonths job { id status progress } } }', { id }, analyst);
    const job = res.data!.segmentJob;
    if (job.status === 'SUCCEEDED' || job.status === 'FAILED') return job;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`job ${id} did not finish`);
}

const chunkCount = async (id: string) => (await service.dataSource.query('SELECT count(*)::int AS n FROM segments.upload_chunk WHERE upload_id = $1', [id]))[0].n as number;
const uploadCount = async () => (await service.dataSource.query('SELECT count(*)::int AS n FROM segments.upload'))[0].n as number;

it('uploads an extract in chunks and imports it as a background job', async () => {
  const id = await upload('subscribers', 'subs.csv', csv);
  const jobId = await startImport([id]);
  const job = await finished(jobId);
  expect(job).toMatchObject({ status: 'SUCCEEDED', files: [{ file: 'subs.csv', rowsImported: 300 }], refreshedMonths: [], job: { id: jobId, status: 'SUCCEEDED', progress: 1 } });
  expect(await service.dataSource.query("SELECT count(*)::int AS n FROM segments.subscriber WHERE branch_code = 'ZG'")).toEqual([{ n: 300 }]);
});

it('keeps the bytes in PostgreSQL, not on disk, and deletes them once the import has finished', async () => {
  const before = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('segments-import-')).length;
  const id = await upload('subscribers', 'again.csv', csv);
  expect(await chunkCount(id)).toBe(Math.ceil(Buffer.byteLength(csv) / 4000));
  await finished(await startImport([id]));
  expect(await chunkCount(id)).toBe(0);
  expect(await service.dataSource.query('SELECT id FROM segments.upload WHERE id = $1', [id])).toEqual([]);
  // The worker's scratch copy is gone too.
  expect(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('segments-import-')).length).toBe(before);
});

it('imports an .xlsx upload through the streaming workbook reader', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('subscribers');
  sheet.addRow(SUB_HEADER.split(','));
  sheet.addRow(['X1', '13900000001', 'MY', 'GOTONE', 'SL88', '2019-05-31', 'GOLD', 'false', 'false', 'true']);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const job = await finished(await startImport([await upload('subscribers', '客户资料.xlsx', bytes, 1000)]));
  expect(job).toMatchObject({ status: 'SUCCEEDED', files: [{ file: '客户资料.xlsx', rowsImported: 1 }] });
});

it('refreshes the months an import loaded, in order, in the same job when asked', async () => {
  const usage = [USAGE_HEADER, ...['2026-10', '2026-09'].flatMap((m) => ['U1', 'U2'].map((s) => `${s},${m},150.00,200,0,0,100,0.00,0,ACTIVE,`))].join('\n');
  const job = await finished(await startImport([await upload('usage', 'usage.csv', usage)], true));
  expect(job.error).toBeNull();
  expect(job).toMatchObject({ status: 'SUCCEEDED', refreshedMonths: ['2026-09', '2026-10'] });
  expect(job.files[0].months).toEqual(['2026-09', '2026-10']);
  expect(await service.dataSource.query("SELECT to_char(month, 'YYYY-MM') AS month, members FROM segments.refreshed_month ORDER BY month")).toEqual([
    { month: '2026-09', members: 2 },
    { month: '2026-10', members: 2 },
  ]);
});

it('answers a repeated startImport of the same uploads with the first job', async () => {
  const id = await upload('subscribers', 'twice.csv', csv);
  const [first, second] = await Promise.all([startImport([id]), startImport([id])]);
  expect(second).toBe(first);
  await finished(first);
  const [{ n }] = await service.dataSource.query("SELECT count(*)::int AS n FROM segments.job WHERE params->'uploads'->0->>'id' = $1", [id]);
  expect(n).toBe(1);
});

it('refuses chunks out of order, unknown file types and incomplete uploads', async () => {
  const begun = await postGraphQL<{ beginUpload: { id: string } }>(service.url,
    'mutation { beginUpload(kind: "usage", fileName: "u.csv", sizeBytes: 100) { id } }', {}, analyst);
  const id = begun.data!.beginUpload.id;
  const skip = await postGraphQL(service.url, 'mutation($id: ID!) { uploadChunk(id: $id, offset: 10, base64: "AAAA") { received } }', { id }, analyst);
  expect(skip.errors![0]).toMatchObject({ message: 'offset: expected 0, got 10', extensions: { code: 'UPLOAD_OUT_OF_ORDER' } });
  const exe = await postGraphQL(service.url, 'mutation { beginUpload(kind: "usage", fileName: "x.exe", sizeBytes: 10) { id } }', {}, analyst);
  expect(exe.errors![0].extensions!.code).toBe('BAD_UPLOAD');
  const early = await postGraphQL(service.url, 'mutation($ids: [ID!]!) { startImport(uploadIds: $ids) { id } }', { ids: [id] }, analyst);
  expect(early.errors![0].extensions!.code).toBe('UPLOAD_INCOMPLETE');
  const huge = await postGraphQL(service.url, 'mutation { beginUpload(kind: "usage", fileName: "u.csv", sizeBytes: 5e9) { id } }', {}, analyst);
  expect(huge.errors![0]).toMatchObject({ message: 'sizeBytes: between 1 byte and 4 GiB', extensions: { code: 'BAD_UPLOAD' } });
});

it('keeps a user within the upload quota', async () => {
  const fill = await postGraphQL<{ beginUpload: { id: string } }>(service.url,
    'mutation { beginUpload(kind: "usage", fileName: "big.csv", sizeBytes: 4294967296) { id } }', {}, analyst);
  expect(fill.errors).toBeUndefined();
  const more = await postGraphQL(service.url, 'mutation { beginUpload(kind: "usage", fileName: "big2.csv", sizeBytes: 4294967296) { id } }', {}, analyst);
  expect(more.errors![0].extensions!.code).toBe('UPLOAD_QUOTA_EXCEEDED');
  expect(more.errors![0].message).toMatch(/^sizeBytes: 4 GiB more would exceed your upload quota of 8 GiB/);
  await service.dataSource.query('DELETE FROM segments.upload');
  expect(await uploadCount()).toBe(0);
});

it('is for province roles only', async () => {
  const res = await postGraphQL(service.url, 'mutation { beginUpload(kind: "usage", fileName: "u.csv", sizeBytes: 10) { id } }', {}, tokenFor(Role.BRANCH_PLANNER, 'CD'));
  expect(res.errors![0].extensions!.code).toBe('UNAUTHORIZED');
});
