import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { ServiceDefinition } from '@retention/graphql-kit';

/**
 * The services whose published views training reads (segments_api, campaigns_api) come after
 * it in the migration order and depend on it as a package, so training cannot depend on them:
 * its tests load their built definitions by path (services/training/turbo.json builds them
 * first). Test-only.
 */
function built<T>(service: string, file: string): T {
  const target = path.resolve(__dirname, '..', '..', '..', service, 'dist', file);
  if (!fs.existsSync(target)) throw new Error(`${target} is missing: build @retention/${service} first (turbo does for pnpm test)`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(target) as T;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyService = ServiceDefinition<any, any>;

export const segmentsService = (): AnyService => built<{ segmentsService: AnyService }>('segments', 'app.js').segmentsService;
export const campaignsService = (): AnyService => built<{ campaignsService: AnyService }>('campaigns', 'app.js').campaignsService;

export interface SegmentsEngine {
  refresh(month: string): Promise<unknown>;
}
export const segmentEngine = (ds: DataSource): SegmentsEngine =>
  new (built<{ SegmentEngineService: new (ds: DataSource) => SegmentsEngine }>('segments', 'engine/segment-engine.service.js').SegmentEngineService)(ds);

export interface SegmentStats {
  monthlyAverage(year: number, branch: string): Promise<{ yearToDate: number | null; monthsLoaded: number }>;
  crossStabilization(month: string, branch: string): Promise<{ atLeastTwo: number; dynamicMidHighEnd: number }>;
}
export const segmentStats = (ds: DataSource): SegmentStats =>
  new (built<{ SegmentStatsService: new (ds: DataSource) => SegmentStats }>('segments', 'segments/segment-stats.service.js').SegmentStatsService)(ds);

export interface Cohorts {
  create(input: { name: string; segment: string; baseMonth: string }, user: string): Promise<{ id: string; members: number }>;
  retention(id: string, branches: string[] | null): Promise<{ month: string; branchCode: string | null; split: string; withMeasure: boolean; members: number; retained: number }[]>;
}
export const cohorts = (ds: DataSource): Cohorts => new (built<{ CohortService: new (ds: DataSource) => Cohorts }>('segments', 'cohorts/cohort.service.js').CohortService)(ds);

export type InsertSubscriber = (
  ds: DataSource,
  s: { id: string; branch?: string; brand?: 'GOTONE' | 'EASYOWN' | 'MZONE'; familyPlan?: boolean; groupClass?: 'A' | 'B' | 'C' | null },
  usage?: Record<string, { bill: number; mou?: number; status?: 'ACTIVE' | 'SUSPENDED' | 'CHURNED' }>,
) => Promise<void>;
export const insertSubscriber: InsertSubscriber = (...args) => built<{ insertSubscriber: InsertSubscriber }>('segments', 'engine/test-fixtures.js').insertSubscriber(...args);
