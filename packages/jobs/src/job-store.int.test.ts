import { dropJobTablesSql, jobTablesSql } from './job-tables';
import { JobBudgetError, JobStore } from './job-store';
import { jobsTestDatabase, type JobsTestDatabase } from './test-database';

let t: JobsTestDatabase;
let jobs: JobStore<'IMPORT' | 'REFRESH'>;

beforeAll(async () => {
  t = await jobsTestDatabase();
  jobs = new JobStore(t.dataSource, 'campaigns');
});

afterAll(() => t?.close());

it('records a job from QUEUED through RUNNING to SUCCEEDED with its progress', async () => {
  const id = await jobs.create('REFRESH', { month: '2026-10' }, 'province');
  expect(await jobs.find(id)).toMatchObject({ kind: 'REFRESH', status: 'QUEUED', phase: 'queued', progress: 0, params: { month: '2026-10' }, createdBy: 'province', startedAt: null });
  expect(await jobs.start(id)).toBe(true);
  await jobs.progress(id, { phase: 'counting', progress: 1.7, rowsDone: 10, rowsTotal: 20 });
  expect(await jobs.find(id)).toMatchObject({ status: 'RUNNING', phase: 'counting', progress: 1, rowsDone: 10, rowsTotal: 20 });
  await jobs.succeed(id, { members: 3 });
  const done = (await jobs.find(id))!;
  expect(done).toMatchObject({ status: 'SUCCEEDED', phase: 'done', progress: 1, result: { members: 3 }, error: null });
  expect(done.finishedAt).toBeInstanceOf(Date);
  // A finished job is not started again, and late progress does not move it.
  expect(await jobs.start(id)).toBe(false);
  await jobs.progress(id, { phase: 'late', progress: 0.2 });
  expect((await jobs.find(id))!.phase).toBe('done');
});

it('records a failure with its message and an optional result', async () => {
  const id = await jobs.create('IMPORT', {}, 'province');
  await jobs.start(id);
  await jobs.fail(id, '1 error(s): nothing was imported', { errorCount: 1 });
  expect(await jobs.find(id)).toMatchObject({ status: 'FAILED', phase: 'failed', error: '1 error(s): nothing was imported', result: { errorCount: 1 } });
});

it('returns the first job when the same user creates one again with the same idempotency key', async () => {
  const first = await jobs.createOnce('IMPORT', { n: 1 }, 'analyst', { idempotencyKey: 'click-1' });
  const again = await jobs.createOnce('IMPORT', { n: 2 }, 'analyst', { idempotencyKey: 'click-1' });
  expect(first.created).toBe(true);
  expect(again).toEqual({ id: first.id, created: false });
  expect((await jobs.find(first.id))!.params).toEqual({ n: 1 });
  // Keys are per user, and jobs without a key never collide.
  expect(await jobs.create('IMPORT', {}, 'province', { idempotencyKey: 'click-1' })).not.toBe(first.id);
  expect(await jobs.create('IMPORT', {}, 'analyst')).not.toBe(await jobs.create('IMPORT', {}, 'analyst'));
  const concurrent = await Promise.all([1, 2, 3, 4].map(() => jobs.create('REFRESH', {}, 'analyst', { idempotencyKey: 'click-2' })));
  expect(new Set(concurrent).size).toBe(1);
  await expect(jobs.create('IMPORT', {}, 'analyst', { idempotencyKey: '' })).rejects.toThrow(/idempotencyKey/);
});

it('refuses a user a new job over their budget of unfinished ones, never a repeat, never another user', async () => {
  const budget = { maxUnfinishedPerUser: 2 };
  const first = await jobs.create('REFRESH', {}, 'builder', { ...budget, idempotencyKey: 'b-1' });
  await jobs.create('REFRESH', {}, 'builder', budget);
  await expect(jobs.create('REFRESH', {}, 'builder', budget)).rejects.toThrow(JobBudgetError);
  // Concurrent creates cannot both pass the count.
  const racing = await Promise.allSettled([1, 2, 3].map(() => t.dataSource.transaction((tx) => jobs.createOnce('REFRESH', {}, 'racer', budget, tx))));
  expect(racing.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
  expect(await jobs.create('REFRESH', {}, 'builder', { ...budget, idempotencyKey: 'b-1' })).toBe(first);
  expect(await jobs.create('IMPORT', {}, 'builder', budget)).toBeTruthy(); // other kinds have their own count
  expect(await jobs.create('REFRESH', {}, 'someone-else', budget)).toBeTruthy();
  // A finished job frees its place.
  await jobs.start(first);
  await jobs.succeed(first, {});
  expect(await jobs.create('REFRESH', {}, 'builder', budget)).toBeTruthy();
});

it('answers an unknown or malformed id with null, and lists the latest jobs by kind', async () => {
  expect(await jobs.find('00000000-0000-0000-0000-000000000000')).toBeNull();
  expect(await jobs.find("x'; DROP TABLE campaigns.job; --")).toBeNull();
  const recent = await jobs.recent(100, ['REFRESH']);
  expect(recent.length).toBeGreaterThan(0);
  expect(recent.every((j) => j.kind === 'REFRESH')).toBe(true);
  expect((await jobs.recent(2)).length).toBe(2);
});

it('takes only plain identifiers as schema names', () => {
  expect(() => new JobStore(t.dataSource, 'campaigns; DROP SCHEMA campaigns')).toThrow(/plain identifier/);
  expect(() => jobTablesSql('Campaigns')).toThrow(/plain identifier/);
  expect(() => dropJobTablesSql('a.b')).toThrow(/plain identifier/);
});
