import type { Measurement } from './benchmarks/benchmark';
import { SIZES, type SizeName } from './sizes';
import { summarize } from './stats';

/**
 * B7: how each data benchmark grows from 100k to a bigger size. Linear growth is the
 * size ratio; the goal allows 10% over it (≤ 11 for 100k → 1M).
 */
export function growth(measurements: Measurement[], small: SizeName, large: SizeName): Measurement[] {
  const factor = SIZES[large] / SIZES[small];
  const limit = factor * 1.1;
  const ids = [...new Set(measurements.filter((m) => m.size === large).map((m) => m.id))];
  return ids.flatMap((id) => {
    const a = measurements.find((m) => m.id === id && m.size === small);
    const b = measurements.find((m) => m.id === id && m.size === large);
    if (!a || !b) return [];
    const ratio = b.value.median / a.value.median;
    return [{
      id: 'B7', size: large, what: `${id} time at ${large} ÷ at ${small}`, unit: '×' as const,
      value: summarize([ratio]), baseline: { what: `${id} at ${small}`, value: a.value }, ratio,
      goal: `≤ ${Number(limit.toFixed(1))}`, pass: ratio <= limit,
      notes: [`${id}: ${a.value.median.toFixed(2)} s at ${small}, ${b.value.median.toFixed(2)} s at ${large} (${factor}× the data)`],
    }];
  });
}
