import { GraphQLError } from 'graphql';

/**
 * At most `perUser` expensive operations (rule previews, list builds, evaluations) in
 * flight per user in this process: one user cannot take the database pool from everyone
 * else. Over the budget: SERVICE_BUSY at once, nothing queued.
 */
export class ConcurrencyBudget {
  private readonly running = new Map<string, number>();

  constructor(private readonly perUser = 2) {}

  async run<T>(userId: string, work: () => Promise<T>): Promise<T> {
    const now = this.running.get(userId) ?? 0;
    if (now >= this.perUser) {
      throw new GraphQLError(`at most ${this.perUser} of these at a time: wait for the others to finish`, { extensions: { code: 'SERVICE_BUSY' } });
    }
    this.running.set(userId, now + 1);
    try {
      return await work();
    } finally {
      const left = (this.running.get(userId) ?? 1) - 1;
      if (left === 0) this.running.delete(userId);
      else this.running.set(userId, left);
    }
  }
}
