import { GraphQLError } from 'graphql';

/**
 * At most `limit` calls per user in a sliding window of `windowSeconds`, in this process.
 * For lookups that would leak data if asked often enough (customer search): every alias
 * of a request counts, so aliasing does not multiply the budget. Over it: RATE_LIMITED
 * with the seconds until the oldest call leaves the window.
 */
export class RateLimit {
  private readonly calls = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one call for the user, or throws RATE_LIMITED (the call is then not counted). */
  take(userId: string): void {
    const now = this.now();
    const since = now - this.windowSeconds * 1000;
    const recent = (this.calls.get(userId) ?? []).filter((at) => at > since);
    if (recent.length >= this.limit) {
      const retryAfterSeconds = Math.max(1, Math.ceil((recent[0] - since) / 1000));
      this.calls.set(userId, recent);
      throw new GraphQLError(`at most ${this.limit} of these per ${this.windowSeconds} s: try again in ${retryAfterSeconds} s`, {
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
      });
    }
    recent.push(now);
    this.calls.set(userId, recent);
  }
}
