import type { DataSource } from 'typeorm';

export interface ThrottlePolicy {
  /** Failures before the first lockout (the last of them starts it). */
  freeFailures: number;
  /** The first lockout; each further failure doubles it, up to maxLockSeconds. */
  baseLockSeconds: number;
  maxLockSeconds: number;
  /** Failures older than this are forgotten. */
  windowSeconds: number;
}

/** Per username: a person mistyping gets 5 tries, then 30 s, 60 s, … up to 15 min. */
export const USERNAME_POLICY: ThrottlePolicy = { freeFailures: 5, baseLockSeconds: 30, maxLockSeconds: 900, windowSeconds: 3600 };
/** Per client address: many usernames from one place (password spraying). */
export const ADDRESS_POLICY: ThrottlePolicy = { freeFailures: 20, baseLockSeconds: 30, maxLockSeconds: 900, windowSeconds: 3600 };

/**
 * Failed logins counted in PostgreSQL (so every instance of the service sees the same
 * counts), per username and per client address, with exponential back-off and a
 * temporary lockout. The keys are what the caller typed: unknown usernames are counted
 * like known ones, so a lockout reveals nothing about which accounts exist.
 */
export class LoginThrottle {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: { username: ThrottlePolicy; address: ThrottlePolicy } = { username: USERNAME_POLICY, address: ADDRESS_POLICY },
  ) {}

  private keys(username: string, address: string): [string, ThrottlePolicy][] {
    return [
      [`user:${username}`, this.policies.username],
      [`addr:${address}`, this.policies.address],
    ];
  }

  /** Seconds until the next try is allowed for this username or address (0 = now). */
  async waitSeconds(username: string, address: string): Promise<number> {
    const rows: { wait: number }[] = await this.dataSource.query(
      `SELECT coalesce(max(ceil(extract(epoch FROM locked_until - now()))), 0)::int AS wait
       FROM training.login_throttle WHERE key = ANY ($1::text[]) AND locked_until > now()`,
      [this.keys(username, address).map(([key]) => key)],
    );
    return rows[0].wait;
  }

  /** Counts a failure; returns the lockout it caused, in seconds (0 = none). */
  async recordFailure(username: string, address: string): Promise<number> {
    let longest = 0;
    for (const [key, policy] of this.keys(username, address)) {
      const [row]: { failures: number }[] = await this.dataSource.query(
        `INSERT INTO training.login_throttle AS t (key, failures, last_failure) VALUES ($1, 1, now())
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN t.last_failure < now() - make_interval(secs => $2) THEN 1 ELSE t.failures + 1 END,
           last_failure = now()
         RETURNING failures`,
        [key, policy.windowSeconds],
      );
      const over = row.failures - policy.freeFailures + 1;
      if (over <= 0) continue;
      const lock = Math.min(policy.maxLockSeconds, policy.baseLockSeconds * 2 ** (over - 1));
      await this.dataSource.query('UPDATE training.login_throttle SET locked_until = now() + make_interval(secs => $2) WHERE key = $1', [key, lock]);
      longest = Math.max(longest, lock);
    }
    return longest;
  }

  /** A successful login clears the username's count (the address keeps its own). */
  async recordSuccess(username: string): Promise<void> {
    await this.dataSource.query('DELETE FROM training.login_throttle WHERE key = $1', [`user:${username}`]);
  }
}
