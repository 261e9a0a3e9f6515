import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startService, type RunningService } from '@retention/graphql-kit';
import { createTestDatabase, type TestDatabase } from '@retention/test-kit';
import { segmentsService } from '../app';
import { SegmentEngineService } from '../engine/segment-engine.service';
import { ImportService } from '../import/import.service';
import { JobService } from '../jobs/job.service';
import { generateDemoData } from './generate';

/** The generator through the real import and engine reproduces DOMAIN.md §8's shapes. */
let db: TestDatabase;
let service: RunningService;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shapes-'));
const q = async (sql: string) => (await service.dataSource.query(sql))[0];

beforeAll(async () => {
  db = await createTestDatabase();
  service = await startService(segmentsService, { databaseUrl: db.urlFor('segments'), port: 0 });
  const files = (await generateDemoData({ subscribers: 20000, months: 13, seed: 11, outDir: dir })).files;
  const jobs = new JobService(service.dataSource);
  const outcome = await new ImportService(service.dataSource).run(await jobs.create('IMPORT', {}, 'test'), { files, quarantine: false });
  expect(outcome.errors).toEqual([]);
  const engine = new SegmentEngineService(service.dataSource);
  await engine.refresh('2026-04');
  await engine.refresh('2026-10');
}, 120000);

afterAll(async () => {
  await service?.stop();
  await db?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('has a mid-high-end share and revenue share like seed 000', async () => {
  const r = await q(`SELECT avg(mid_high_end::int)::float AS share, (sum(arpu) FILTER (WHERE mid_high_end) / sum(arpu))::float AS revenue
                     FROM segments.membership WHERE month = '2026-10-01'`);
  expect(r.share).toBeGreaterThan(0.08);
  expect(r.share).toBeLessThan(0.22);
  expect(r.revenue).toBeGreaterThanOrEqual(0.315);
});

it('has GoTone ≈ 1/3 of mid-high-end and measure coverage ≈ 85/31/17%', async () => {
  const gotone = await q(`SELECT avg((s.brand = 'GOTONE')::int)::float AS share FROM segments.membership m
                          JOIN segments.subscriber s USING (subscriber_id) WHERE m.month = '2026-10-01' AND m.mid_high_end`);
  expect(gotone.share).toBeGreaterThan(0.26);
  expect(gotone.share).toBeLessThan(0.42);
  const cover = await q(`SELECT avg((measures >= 1)::int)::float AS one, avg((measures >= 2)::int)::float AS two, avg((measures >= 3)::int)::float AS three
                         FROM segments.membership WHERE month = '2026-10-01' AND dynamic_mid_high_end`);
  expect(Math.abs(cover.one - 0.85)).toBeLessThan(0.06);
  expect(Math.abs(cover.two - 0.313)).toBeLessThan(0.06);
  expect(Math.abs(cover.three - 0.172)).toBeLessThan(0.06);
});

it('has all four retention classes', async () => {
  const r = await service.dataSource.query(`SELECT DISTINCT retention_class AS c FROM segments.membership WHERE month = '2026-10-01' AND retention_class IS NOT NULL ORDER BY 1`);
  expect(r.map((x: { c: string }) => x.c)).toEqual(['CHURN_RISK', 'IMPORTANT', 'IRREGULAR', 'ORDINARY']);
});

it('churns V-net members several points less, new and unstabilised customers more, and keeps > 80% in every branch', async () => {
  const cohort = `WITH c AS (SELECT m.subscriber_id, m.branch_code, m.tenure_months, m.measures, s.vnet_member FROM segments.membership m
                    JOIN segments.subscriber s USING (subscriber_id) WHERE m.month = '2026-04-01' AND m.mid_high_end),
                  r AS (SELECT c.*, NOT EXISTS (SELECT 1 FROM segments.usage u WHERE u.subscriber_id = c.subscriber_id AND u.month = '2026-10-01' AND u.status <> 'CHURNED') AS gone FROM c)`;
  const r = await q(`${cohort} SELECT avg(gone::int)::float AS all_churn, (avg(gone::int) FILTER (WHERE vnet_member))::float AS vnet_churn,
                       (avg(gone::int) FILTER (WHERE measures = 0))::float AS bare, (avg(gone::int) FILTER (WHERE measures >= 1))::float AS held FROM r`);
  expect(r.all_churn - r.vnet_churn).toBeGreaterThan(0.04);
  expect(r.bare).toBeGreaterThan(r.held);
  const branches = await service.dataSource.query(`${cohort} SELECT branch_code, 1 - avg(gone::int)::float AS retention FROM r GROUP BY 1`);
  for (const b of branches) expect(b.retention).toBeGreaterThan(0.8);
  const tenure = await q(`SELECT (avg((status = 'CHURNED')::int) FILTER (WHERE m.tenure_months < 12))::float AS young,
                                 (avg((status = 'CHURNED')::int) FILTER (WHERE m.tenure_months >= 60))::float AS old
                          FROM segments.usage u JOIN segments.membership m ON m.subscriber_id = u.subscriber_id AND m.month = '2026-04-01'
                          WHERE u.month BETWEEN '2026-05-01' AND '2026-10-01'`);
  expect(tenure.young).toBeGreaterThan(tenure.old);
});
