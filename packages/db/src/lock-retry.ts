/** PostgreSQL's SQLSTATE for "could not obtain lock" (lock_timeout reached). */
const LOCK_NOT_AVAILABLE = '55P03';

export interface LockRetryOptions {
  lockTimeoutMs?: number;
  attempts?: number;
  backoffMs?: number;
}

type Query = (sql: string, params?: unknown[]) => Promise<unknown>;

/**
 * Runs `work` — a month swap (DROP/RENAME/ATTACH of a partition) inside the caller's open
 * transaction — under a short lock_timeout, retried from a savepoint with back-off. A
 * swap that waited on a long reader would queue every later reader behind it; this way
 * it gives way, and readers (which copy in short transactions) are never stalled by it.
 */
export async function withLockRetry<T>(query: Query, work: () => Promise<T>, options: LockRetryOptions = {}): Promise<T> {
  const { lockTimeoutMs = 2000, attempts = 6, backoffMs = 250 } = options;
  const timeout = `${Math.max(1, Math.floor(lockTimeoutMs))}ms`;
  for (let attempt = 1; ; attempt++) {
    await query('SAVEPOINT lock_retry');
    // set_config(…, true) is SET LOCAL with the value as a bind parameter.
    await query("SELECT set_config('lock_timeout', $1, true)", [timeout]);
    try {
      const result = await work();
      await query('RELEASE SAVEPOINT lock_retry');
      await query('SET LOCAL lock_timeout TO DEFAULT');
      return result;
    } catch (error) {
      await query('ROLLBACK TO SAVEPOINT lock_retry');
      await query('SET LOCAL lock_timeout TO DEFAULT');
      if ((error as { code?: string }).code !== LOCK_NOT_AVAILABLE || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** (attempt - 1)));
    }
  }
}
