import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { CountedKey } from '@retention/segment-rules';
import { SegmentEngineService } from '../engine/segment-engine.service';
import type { CrossStabilizationType, MidHighEndMonthlyAverageType } from './segment-count.type';

type BranchCounts = Map<string, Map<CountedKey, number>>;

/** Per-request readers of segment_count for Branch fields: one query per month or year asked. */
export class SegmentStatsService {
  private readonly engine: SegmentEngineService;
  readonly countsByMonth: DataLoader<string, BranchCounts>;
  readonly midHighEndByYear: DataLoader<number, { month: string; branch: string; count: number }[]>;

  constructor(private readonly dataSource: DataSource) {
    this.engine = new SegmentEngineService(dataSource);
    this.countsByMonth = new DataLoader(async (months) => {
      const rows = await this.engine.countsFor([...months], ['MID_HIGH_END', 'NEAR_MID_HIGH_END', 'DYNAMIC_MID_HIGH_END', 'DYNAMIC_MEASURES_GE_1', 'DYNAMIC_MEASURES_GE_2', 'DYNAMIC_MEASURES_GE_3'], null);
      return months.map((month) => {
        const byBranch: BranchCounts = new Map();
        for (const row of rows.filter((r) => r.month === month)) {
          if (!byBranch.has(row.branch)) byBranch.set(row.branch, new Map());
          byBranch.get(row.branch)!.set(row.key, row.count);
        }
        return byBranch;
      });
    });
    this.midHighEndByYear = new DataLoader(async (years) => {
      const rows: { month: string; branch: string; count: number }[] = await this.dataSource.query(
        `SELECT to_char(c.month, 'YYYY-MM') AS month, c.branch_code AS branch, c.count
         FROM segments.segment_count c JOIN segments.refreshed_month r ON r.month = c.month
         WHERE c.segment_key = 'MID_HIGH_END' AND extract(year FROM c.month)::int = ANY ($1::int[])`,
        [[...years]],
      );
      return years.map((year) => rows.filter((r) => r.month.startsWith(`${year}-`)));
    });
  }

  async count(month: string, branch: string, key: CountedKey): Promise<number> {
    return (await this.countsByMonth.load(month)).get(branch)?.get(key) ?? 0;
  }

  async crossStabilization(month: string, branch: string): Promise<CrossStabilizationType> {
    const counts = (await this.countsByMonth.load(month)).get(branch);
    const base = counts?.get('DYNAMIC_MID_HIGH_END') ?? 0;
    const share = (key: CountedKey) => (base === 0 ? 0 : (counts?.get(key) ?? 0) / base);
    return {
      month,
      dynamicMidHighEnd: base,
      atLeastOne: share('DYNAMIC_MEASURES_GE_1'),
      atLeastTwo: share('DYNAMIC_MEASURES_GE_2'),
      atLeastThree: share('DYNAMIC_MEASURES_GE_3'),
    };
  }

  async monthlyAverage(year: number, branch: string): Promise<MidHighEndMonthlyAverageType> {
    const rows = (await this.midHighEndByYear.load(year)).filter((r) => r.branch === branch);
    const total = rows.reduce((sum, r) => sum + r.count, 0);
    return {
      year,
      monthsLoaded: rows.length,
      yearToDate: rows.length === 0 ? null : total / rows.length,
      annual: rows.length === 12 ? total / 12 : null,
    };
  }

  /** Trend of one key by month and branch over the refreshed months (oldest first). */
  async trend(key: CountedKey, branches: string[] | null, lastMonths: number): Promise<{ month: string; branch: string; count: number }[]> {
    const months = (await this.engine.refreshedMonths()).slice(-lastMonths);
    if (months.length === 0) return [];
    const rows = await this.engine.countsFor(months, [key], branches);
    return rows.sort((a, b) => a.month.localeCompare(b.month) || a.branch.localeCompare(b.branch));
  }
}
