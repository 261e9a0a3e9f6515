import type { Measurement } from './benchmarks/benchmark';
import { growth } from './growth';
import { summarize } from './stats';

const at = (id: string, size: '100k' | '1m', seconds: number): Measurement => ({
  id, size, what: id, unit: 's', value: summarize([seconds]), goal: '', pass: true, notes: [],
});

it('compares each data benchmark at the two sizes against linear growth plus 10%', () => {
  const rows = growth([at('B1', '100k', 2), at('B1', '1m', 21), at('B2', '100k', 1), at('B2', '1m', 12)], '100k', '1m');
  expect(rows.map((r) => [r.what, r.ratio, r.pass, r.goal])).toEqual([
    ['B1 time at 1m ÷ at 100k', 10.5, true, '≤ 11'],
    ['B2 time at 1m ÷ at 100k', 12, false, '≤ 11'],
  ]);
});

it('skips a benchmark measured at one size only', () => {
  expect(growth([at('B1', '1m', 21)], '100k', '1m')).toEqual([]);
});
