import { summarize, type Summary } from './stats';

export interface RepeatOptions {
  runs: number;
  warmups: number;
  /** Printed before each run, e.g. "B1 import 100k". */
  label: string;
}

/**
 * Runs `work` after warm-up runs and summarises the timed runs. `work` returns the
 * seconds it measured itself, so set-up and checks around it stay out of the figure.
 */
export async function repeat(options: RepeatOptions, work: (run: number) => Promise<number>): Promise<Summary> {
  const samples: number[] = [];
  for (let run = -options.warmups; run < options.runs; run++) {
    const seconds = await work(run);
    const kind = run < 0 ? 'warm-up' : `run ${run + 1}/${options.runs}`;
    process.stderr.write(`  ${options.label}: ${kind} ${seconds.toFixed(3)}\n`);
    if (run >= 0) samples.push(seconds);
  }
  return summarize(samples);
}

/** Wall-clock seconds of one piece of work. */
export async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const started = process.hrtime.bigint();
  const value = await work();
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, value };
}
