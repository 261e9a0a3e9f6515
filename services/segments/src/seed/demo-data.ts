import path from 'node:path';
import type { DataSource } from 'typeorm';
import { defaultDataRoot } from '@retention/db';
import { SegmentEngineService } from '../engine/segment-engine.service';
import { generateDemoData } from '../generator/generate';
import { ImportService } from '../import/import.service';
import { JobService } from '../jobs/job.service';

export interface DemoDataOptions {
  subscribers: number;
  months: number;
  seed: number;
  log: (line: string) => void;
}

/** DEMO_SUBSCRIBERS (default 50 000), DEMO_MONTHS (13), DEMO_SEED (1). */
export function demoDataOptions(env: NodeJS.ProcessEnv = process.env): Omit<DemoDataOptions, 'log'> {
  return {
    subscribers: Number(env.DEMO_SUBSCRIBERS ?? 50000),
    months: Number(env.DEMO_MONTHS ?? 13),
    seed: Number(env.DEMO_SEED ?? 1),
  };
}

/**
 * Seeds an empty database with generated extracts through the same import path an
 * operator uses, then computes every month's segment snapshot.
 */
export async function seedDemoData(dataSource: DataSource, options: DemoDataOptions): Promise<void> {
  const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM segments.subscriber');
  if (n > 0 || options.subscribers <= 0) return;
  const started = Date.now();
  const dir = path.join(defaultDataRoot(), 'demo', `${options.subscribers}-${options.months}-${options.seed}`);
  options.log(`segments: generating demo data (${options.subscribers} subscribers × ${options.months} months)`);
  const generated = await generateDemoData({ ...options, outDir: dir });
  const jobs = new JobService(dataSource);
  const jobId = await jobs.create('IMPORT', { files: generated.files, source: 'demo seed' }, 'demo');
  const outcome = await new ImportService(dataSource).run(jobId, { files: generated.files, quarantine: false });
  if (!outcome.ok) throw new Error(`demo data import failed: ${outcome.errors.map((e) => e.message).join('; ')}`);
  const engine = new SegmentEngineService(dataSource);
  for (const month of generated.months) await engine.refresh(month);
  options.log(`segments: demo data ready in ${((Date.now() - started) / 1000).toFixed(0)}s`);
}
