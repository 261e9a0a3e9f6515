import type { Measurement } from './benchmarks/benchmark';
import { resultsMarkdown, withReadmeTable } from './report';
import { summarize } from './stats';

const b1: Measurement = {
  id: 'B1', size: '100k', what: 'import usage', unit: 's', value: summarize([3.1, 3.0, 3.4]),
  baseline: { what: 'raw COPY', value: summarize([2.0, 2.1, 1.9]) }, ratio: 1.5, goal: '≤ 1.5×', pass: true, notes: ['usage rows: 1,000 ✓'],
};
const info = { date: '2026-11-22 10:00 UTC', commit: 'abc1234', command: 'pnpm bench --size 100k', machine: '2 CPUs', postgres: 'PostgreSQL 17', failures: ['B5: gateway down'] };

it('writes each figure with its baseline, ratio, goal and verdict, then the checks', () => {
  const md = resultsMarkdown([b1], info);
  expect(md).toContain('| B1 | 100k | import usage | 3.10 s | 3.00–3.40 | raw COPY: 2.00 s (1.90–2.10) | 1.50× | ≤ 1.5× | ✅ met |');
  expect(md).toContain('commit `abc1234`');
  expect(md).toContain('- B5: gateway down');
  expect(md).toContain('  - usage rows: 1,000 ✓');
});

it('replaces only the README table between the bench markers', () => {
  const readme = 'intro\n<!-- bench:start -->\nold table\n<!-- bench:end -->\nrest';
  const updated = withReadmeTable(readme, [b1], info);
  expect(updated).toMatch(/^intro\n<!-- bench:start -->\n_Latest `pnpm bench --size 100k`/);
  expect(updated).not.toContain('old table');
  expect(updated).toContain('<!-- bench:end -->\nrest');
  expect(withReadmeTable('no markers', [b1], info)).toBe('no markers');
});
