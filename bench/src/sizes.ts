/** Data sizes of `pnpm bench --size`: subscribers, each with 13 months of usage. */
export const SIZES = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000, '5m': 5_000_000 } as const;
export type SizeName = keyof typeof SIZES;
export const BENCH_MONTHS = 13;
export const BENCH_SEED = 1;

export function parseSize(value: string): SizeName {
  if (value in SIZES) return value as SizeName;
  throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')} (got "${value}")`);
}
