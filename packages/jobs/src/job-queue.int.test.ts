import { JobFailure, JobQueue } from './job-queue';
import type { JobRecord } from './job-store';
import { jobsTestDatabase, type JobsTestDatabase } from './test-database';

type Kind = 'ECHO' | 'BROKEN' | 'FLAKY' | 'READ_UPLOAD';

let t: JobsTestDatabase;
let queue: JobQueue<Kind>;
const runs: Record<string, number> = {};
const count = (jobId: string) => (runs[jobId] = (runs[jobId] ?? 0) + 1);

beforeAll(async () => {
  t = await jobsTestDatabase();
  queue = JobQueue.create<Kind>({ service: 'campaigns', dataSource: t.dataSource, databaseUrl: t.url, progressIntervalMs: 0, sweepIntervalMs: 0 });
  queue
    .register<{ text: string }>('ECHO', async (jobId, params, progress) => {
      count(jobId);
      progress({ phase: 'echoing', progress: 0.5, rowsDone: 1, rowsTotal: 2 });
      return { echo: params.text };
    })
    .register('BROKEN', async (jobId) => {
      count(jobId);
      throw new JobFailure('2 rows are wrong', { errorCount: 2 });
    })
    .register(
      'FLAKY',
      async (jobId) => {
        if (count(jobId) === 1) throw new Error('the network blinked');
        return { attempt: runs[jobId] };
      },
      { retryLimit: 1 },
    )
    .register('READ_UPLOAD', async (jobId, params: { uploadId: string }) => {
      count(jobId);
      const parts: Buffer[] = [];
      for await (const part of queue.uploads.open(params.uploadId)) parts.push(part as Buffer);
      return { text: Buffer.concat(parts).toString() };
    });
  await queue.start();
});

afterAll(async () => {
  await queue?.stop();
  await t?.close();
});

async function finished(id: string): Promise<JobRecord> {
  for (let i = 0; i < 200; i++) {
    const job = (await queue.jobs.find(id))!;
    if (job.status === 'SUCCEEDED' || job.status === 'FAILED') return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`job ${id} did not finish`);
}

it('runs a job on pg-boss in the service schema <service>_boss, queue <service>-<kind>, recording progress and result', async () => {
  const id = await queue.enqueue('ECHO', { text: 'hi' }, 'province');
  const job = await finished(id);
  expect(job).toMatchObject({ status: 'SUCCEEDED', progress: 1, rowsDone: 1, rowsTotal: 2, result: { echo: 'hi' }, createdBy: 'province' });
  expect(job.startedAt).toBeInstanceOf(Date);
  const queues: { name: string; retry_limit: number }[] = await t.dataSource.query('SELECT name, retry_limit FROM campaigns_boss.queue ORDER BY name');
  expect(queues).toEqual([
    { name: 'campaigns-broken', retry_limit: 0 },
    { name: 'campaigns-echo', retry_limit: 0 },
    { name: 'campaigns-flaky', retry_limit: 1 },
    { name: 'campaigns-read-upload', retry_limit: 0 },
  ]);
});

it('fails a job with the handler’s message, keeping the result of a JobFailure, and does not retry it', async () => {
  const id = await queue.enqueue('BROKEN', {}, 'province');
  expect(await finished(id)).toMatchObject({ status: 'FAILED', error: '2 rows are wrong', result: { errorCount: 2 } });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(runs[id]).toBe(1);
});

it('retries a kind that opts in, and then succeeds', async () => {
  const id = await queue.enqueue('FLAKY', {}, 'province');
  expect(await finished(id)).toMatchObject({ status: 'SUCCEEDED', result: { attempt: 2 } });
});

it('never runs a finished job again: a redelivered message gives the first result', async () => {
  const id = await queue.enqueue('ECHO', { text: 'once' }, 'province');
  await finished(id);
  await queue.runMessage('ECHO', id);
  await queue.runMessage('ECHO', id);
  expect(runs[id]).toBe(1);
  expect((await queue.jobs.find(id))!.result).toEqual({ echo: 'once' });
});

it('creates and runs one job for the same idempotency key', async () => {
  const ids = await Promise.all([1, 2, 3].map(() => queue.enqueue('ECHO', { text: 'key' }, 'analyst', { idempotencyKey: 'click-7' })));
  expect(new Set(ids).size).toBe(1);
  await finished(ids[0]);
  expect(await queue.enqueue('ECHO', { text: 'again' }, 'analyst', { idempotencyKey: 'click-7' })).toBe(ids[0]);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(runs[ids[0]]).toBe(1);
});

it('gives a job its uploads and deletes them when the job has finished', async () => {
  const upload = await queue.uploads.begin({ kind: 'list', fileName: 'l.csv', sizeBytes: 5 }, 'analyst');
  await queue.uploads.appendBase64(upload.id, 0, Buffer.from('hello').toString('base64'));
  const id = await queue.enqueue('READ_UPLOAD', { uploadId: upload.id }, 'analyst', { uploadIds: [upload.id] });
  expect(await finished(id)).toMatchObject({ status: 'SUCCEEDED', result: { text: 'hello' } });
  await expect(queue.uploads.find(upload.id)).rejects.toMatchObject({ code: 'UPLOAD_NOT_FOUND' });
});

it('creates no job when its uploads cannot be taken', async () => {
  const upload = await queue.uploads.begin({ kind: 'list', fileName: 'half.csv', sizeBytes: 5 }, 'analyst');
  const before = (await queue.jobs.recent(100)).length;
  await expect(queue.enqueue('READ_UPLOAD', { uploadId: upload.id }, 'analyst', { uploadIds: [upload.id] })).rejects.toMatchObject({ code: 'UPLOAD_INCOMPLETE' });
  expect((await queue.jobs.recent(100)).length).toBe(before);
});

it('refuses kinds without a handler and names that are not plain identifiers', async () => {
  await expect(queue.enqueue('NOPE' as Kind, {}, 'x')).rejects.toThrow(/no handler/);
  expect(() => JobQueue.create({ service: 'campaigns; drop', dataSource: t.dataSource, databaseUrl: t.url })).toThrow(/plain identifier/);
  expect(() => queue.register('ECHO', async () => undefined)).toThrow(/already started/);
});
