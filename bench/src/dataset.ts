import fs from 'node:fs';
import path from 'node:path';
import { defaultDataRoot } from '@retention/db';
import { generateDemoData, type GenerateResult } from '@retention/segments/dist/generator/generate';
import { BENCH_MONTHS, BENCH_SEED, SIZES, type SizeName } from './sizes';

export type Dataset = Pick<GenerateResult, 'files' | 'counts' | 'months'>;

/**
 * The demo generator's extracts for a size, cached under .data/bench/ by seed and size
 * (the generator is deterministic, so a cached copy is the same data).
 */
export async function benchDataset(size: SizeName): Promise<Dataset> {
  const dir = path.join(defaultDataRoot(), 'bench', `seed${BENCH_SEED}-${size}`);
  const manifest = path.join(dir, 'manifest.json');
  if (fs.existsSync(manifest)) return JSON.parse(fs.readFileSync(manifest, 'utf8')) as Dataset;
  const staging = `${dir}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  process.stderr.write(`  generating ${size} subscribers × ${BENCH_MONTHS} months (seed ${BENCH_SEED}) …\n`);
  const result = await generateDemoData({ subscribers: SIZES[size], months: BENCH_MONTHS, seed: BENCH_SEED, outDir: staging });
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(staging, dir);
  const relocate = (file: string) => path.join(dir, path.basename(file));
  const dataset: Dataset = {
    files: { subscribers: relocate(result.files.subscribers), usage: relocate(result.files.usage), offers: relocate(result.files.offers) },
    counts: result.counts,
    months: result.months,
  };
  fs.writeFileSync(manifest, JSON.stringify(dataset, null, 2));
  return dataset;
}
