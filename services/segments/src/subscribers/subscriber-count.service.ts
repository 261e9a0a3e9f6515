import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { countByKeyLoader } from '@retention/graphql-kit';

export class SubscriberCountService {
  constructor(private readonly dataSource: DataSource) {}

  /** Subscribers in the master data per branch: one grouped query per batch of branches. */
  createLoader(): DataLoader<string, number> {
    return countByKeyLoader((codes) =>
      this.dataSource.query(
        `SELECT branch_code AS key, count(*)::int AS n FROM segments.subscriber
         WHERE branch_code = ANY($1::text[]) GROUP BY branch_code`,
        [codes],
      ),
    );
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
