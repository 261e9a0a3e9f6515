import DataLoader from 'dataloader';

/**
 * The one way to batch lookups by key: `fetch` gets every key of the batch at once (one
 * query) and returns the rows it found; each key gets its row by `keyOf`, or `missing`.
 */
export function byKeyLoader<K extends string, V, M = null>(
  fetch: (keys: K[]) => Promise<readonly V[]>,
  keyOf: (value: V) => K,
  missing: M = null as M,
): DataLoader<K, V | M> {
  return new DataLoader<K, V | M>(async (keys) => {
    const found = new Map((await fetch([...keys])).map((value) => [keyOf(value), value]));
    return keys.map((key) => found.get(key) ?? missing);
  });
}

/** Counts by key in one query per batch: `fetch` returns { key, n } rows; a key without a row counts 0. */
export function countByKeyLoader<K extends string>(fetch: (keys: K[]) => Promise<readonly { key: K; n: number }[]>): DataLoader<K, number> {
  return new DataLoader<K, number>(async (keys) => {
    const found = new Map((await fetch([...keys])).map((row) => [row.key, Number(row.n)]));
    return keys.map((key) => found.get(key) ?? 0);
  });
}
