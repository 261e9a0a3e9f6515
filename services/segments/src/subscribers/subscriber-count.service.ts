import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

export class SubscriberCountService {
  constructor(private readonly dataSource: DataSource) {}

  /** Subscribers in the master data per branch: one grouped query per batch of branches. */
  createLoader(): DataLoader<string, number> {
    return new DataLoader(async (codes) => {
      const rows: { branch_code: string; n: number }[] = await this.dataSource.query(
        `SELECT branch_code, count(*)::int AS n FROM segments.subscriber
         WHERE branch_code = ANY($1::text[]) GROUP BY branch_code`,
        [[...codes]],
      );
      const byCode = new Map(rows.map((row) => [row.branch_code, row.n]));
      return codes.map((code) => byCode.get(code) ?? 0);
    });
  }

  /** Total over the given branches, or over all when `branches` is null. */
  async total(branches: string[] | null): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(
      'SELECT count(*)::int AS n FROM segments.subscriber WHERE $1::text[] IS NULL OR branch_code = ANY($1::text[])',
      [branches],
    );
    return rows[0].n;
  }
}
