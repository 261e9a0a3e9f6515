/**
 * Calls `write` at most every `ms` milliseconds with the latest value pushed (plus once
 * at the end via flush), so a loop reporting progress per row costs one UPDATE per
 * interval. Writes run one after another; a failed write is dropped (progress is advice).
 */
export function throttle<T>(write: (value: T) => Promise<void>, ms = 500): { push: (value: T) => void; flush: () => Promise<void> } {
  let last = 0;
  let pending: T | undefined;
  let chain = Promise.resolve();
  return {
    push(value: T) {
      pending = value;
      const now = Date.now();
      if (now - last < ms) return;
      last = now;
      const v = pending;
      pending = undefined;
      chain = chain.then(() => write(v)).catch(() => undefined);
    },
    async flush() {
      await chain;
      if (pending !== undefined) await write(pending);
      pending = undefined;
    },
  };
}
