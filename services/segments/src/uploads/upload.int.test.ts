import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Role } from '@retention/domain';
import { startService, type RunningService } from '@retention/graphql-kit';
import { createTestDatabase, postGraphQL, tokenFor, type TestDatabase } from '@retention/test-kit';
import { segmentsService } from '../app';

let db: TestDatabase;
let service: RunningService;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uploads-'));
const analyst = tokenFor(Role.PROVINCE_ANALYST);

beforeAll(async () => {
  process.env.UPLOAD_DIR = dir;
  db = await createTestDatabase();
  service = await startService(segmentsService, { databaseUrl: db.url, port: 0 });
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
  delete process.env.UPLOAD_DIR;
});

const csv = ['subscriber_id,msisdn,branch_code,brand,plan_code,join_date,vip_card,group_key_member,vnet_member,family_plan',
  ...Array.from({ length: 300 }, (_, i) => `U${i},1380000${String(i).padStart(4, '0')},ZG,EASYOWN,SL58,2020-01-01,NONE,false,false,false`)].join('\n');

async function upload(kind: string, fileName: string, text: string, chunk = 4000): Promise<string> {
  const bytes = Buffer.from(text);
  const begun = await postGraphQL<{ beginUpload: { id: string } }>(service.url,
    'mutation($k: String!, $f: String!, $s: Float!) { beginUpload(kind: $k, fileName: $f, sizeBytes: $s) { id } }', { k: kind, f: fileName, s: bytes.length }, analyst);
  const id = begun.data!.beginUpload.id;
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    const res = await postGraphQL(service.url, 'mutation($id: ID!, $o: Float!, $b: String!) { uploadChunk(id: $id, offset: $o, base64: $b) { received } }',
      { id, o: offset, b: bytes.subarray(offset, offset + chunk).toString('base64') }, analyst);
    expect(res.errors).toBeUndefined();
  }
  return id;
}

it('uploads an extract in chunks and imports it as a background job', async () => {
  const id = await upload('subscribers', 'subs.csv', csv);
  const started = await postGraphQL<{ startImport: { id: string } }>(service.url, 'mutation($ids: [ID!]!) { startImport(uploadIds: $ids) { id status } }', { ids: [id] }, analyst);
  expect(started.errors).toBeUndefined();
  let status = '';
  for (let i = 0; i < 100 && !['SUCCEEDED', 'FAILED'].includes(status); i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const job = await postGraphQL<{ segmentJob: { status: string; files: { rowsImported: number }[] } }>(service.url,
      'query($id: ID!) { segmentJob(id: $id) { status files { rowsImported } } }', { id: started.data!.startImport.id }, analyst);
    status = job.data!.segmentJob.status;
    if (status === 'SUCCEEDED') expect(job.data!.segmentJob.files).toEqual([{ rowsImported: 300 }]);
  }
  expect(status).toBe('SUCCEEDED');
  expect(await service.dataSource.query("SELECT count(*)::int AS n FROM segments.subscriber WHERE branch_code = 'ZG'")).toEqual([{ n: 300 }]);
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
});

it('is for province roles only', async () => {
  const res = await postGraphQL(service.url, 'mutation { beginUpload(kind: "usage", fileName: "u.csv", sizeBytes: 10) { id } }', {}, tokenFor(Role.BRANCH_PLANNER, 'CD'));
  expect(res.errors![0].extensions!.code).toBe('UNAUTHORIZED');
});
