import type { Measurement } from './benchmarks/benchmark';

export interface RunInfo {
  date: string;
  commit: string;
  command: string;
  machine: string;
  postgres: string;
  failures: string[];
}

const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
const verdict = (m: Measurement) => (m.pass === null ? '—' : m.pass ? '✅ met' : '❌ not met');

/** The table of RESULTS.md and the README: one row per measurement, baseline beside it. */
export function resultsTable(measurements: Measurement[]): string {
  const rows = measurements.map((m) => [
    m.id,
    m.size ?? '',
    m.what,
    `${fmt(m.value.median)} ${m.unit}`,
    m.value.runs > 1 ? `${fmt(m.value.min)}–${fmt(m.value.max)}` : '',
    m.baseline ? `${m.baseline.what}: ${fmt(m.baseline.value.median)} ${m.unit === '×' ? 's' : m.unit} (${fmt(m.baseline.value.min)}–${fmt(m.baseline.value.max)})` : '—',
    m.ratio === undefined ? '—' : `${m.ratio.toFixed(2)}×`,
    m.goal,
    verdict(m),
  ]);
  const header = ['id', 'size', 'what', 'median', 'min–max', 'baseline (median, min–max)', 'ratio', 'goal', ''];
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`).join('\n');
}

export function resultsMarkdown(measurements: Measurement[], info: RunInfo): string {
  const notes = measurements
    .filter((m) => m.notes.length > 0)
    .map((m) => `- **${m.id}${m.size ? ` ${m.size}` : ''}** ${m.what}\n${m.notes.map((n) => `  - ${n}`).join('\n')}`)
    .join('\n');
  return `# Benchmark results

Written by \`${info.command}\` on ${info.date}, commit \`${info.commit}\`.
Machine: ${info.machine}. Database: ${info.postgres}.

Every figure is the median of the runs after a warm-up, with min–max; every baseline was
measured in the same run, side by side, so the ratios hold on a noisy shared machine even
when absolute times drift.

${resultsTable(measurements)}
${info.failures.length ? `\n**Did not complete:**\n${info.failures.map((f) => `- ${f}`).join('\n')}\n` : ''}
## Checks and details

${notes}

## Reproduce

\`\`\`sh
pnpm bench              # 100k subscribers × 13 months (B7 needs a second size)
pnpm bench --size 1m    # 1M × 13, plus 100k for B7; about 20 minutes on 2 cores
pnpm bench --only B1,B2 # a subset, written to bench/runs/ (RESULTS.md keeps the last full run)
\`\`\`

Data comes from the demo generator (seed 1), cached in \`.data/bench/\`; each size runs in a
fresh database (embedded PostgreSQL under \`.data/bench/pg\`, or \`DATABASE_URL\`'s server).
B5 and B6 start the whole platform as \`pnpm start\` does, on ports 25000+.
`;
}

/** Replaces the README's Performance table (between the bench markers) with the latest one. */
export function withReadmeTable(readme: string, measurements: Measurement[], info: Pick<RunInfo, 'date' | 'command' | 'machine'>): string {
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) return readme;
  const body = `\n_Latest \`${info.command}\`, ${info.date}, ${info.machine}:_\n\n${resultsTable(measurements)}\n`;
  return readme.slice(0, from + start.length) + body + readme.slice(to);
}
