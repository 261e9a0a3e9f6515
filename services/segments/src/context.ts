import type DataLoader from 'dataloader';
import { scopeBranches, scopeOf } from '@retention/auth';
import { branchScopedDataSource } from '@retention/db';
import { Capability, isBranchRole } from '@retention/domain';
import type { DataSource } from 'typeorm';
import type { BaseContext } from '@retention/graphql-kit';
import { CohortService } from './cohorts/cohort.service';
import { SegmentEngineService } from './engine/segment-engine.service';
import { ImportService } from './import/import.service';
import type { SegmentJobQueue } from './jobs/job-queue';
import { SegmentDefinitionService } from './rules/segment-definition.service';
import { JobService } from './jobs/job.service';
import { SegmentStatsService } from './segments/segment-stats.service';
import { SubscriberCountService } from './subscribers/subscriber-count.service';
import { UploadService } from './uploads/upload.service';
import { SubscriberService } from './subscribers/subscriber.service';
import type { SubscriberType } from './subscribers/subscriber.type';

export interface SegmentsContext extends BaseContext {
  subscriberCounts: SubscriberCountService;
  engine: SegmentEngineService;
  stats: SegmentStatsService;
  jobs: JobService;
  imports: ImportService;
  queue: SegmentJobQueue;
  definitions: SegmentDefinitionService;
  cohorts: CohortService;
  subscribers: SubscriberService;
  uploads: UploadService;
  loaders: { subscriberCountByBranch: DataLoader<string, number>; subscriberById: DataLoader<string, SubscriberType | null> };
}

export function createSegmentsContext(base: BaseContext, pool: DataSource, queue: SegmentJobQueue): SegmentsContext {
  // A branch user's queries run under the row-level backstop of their branch (migration 1765000450000).
  const user = base.user;
  const dataSource = user && isBranchRole(user.role) && user.branchCode ? branchScopedDataSource(pool, user.branchCode) : pool;
  const subscriberCounts = new SubscriberCountService(dataSource);
  // No caller or no right to customers: no branch. A phone manager's customers come through their tasks.
  const customerScope = scopeOf(base.user, Capability.CUSTOMER_READ);
  const subscribers = customerScope?.reach === 'OWN'
    ? new SubscriberService(dataSource, customerScope.branchCode ? [customerScope.branchCode] : [], customerScope.userId)
    : new SubscriberService(dataSource, customerScope ? scopeBranches(customerScope) : []);
  return {
    ...base,
    subscriberCounts,
    engine: new SegmentEngineService(dataSource),
    stats: new SegmentStatsService(dataSource),
    jobs: new JobService(dataSource),
    imports: new ImportService(dataSource),
    queue,
    definitions: new SegmentDefinitionService(dataSource),
    cohorts: new CohortService(dataSource),
    subscribers,
    uploads: new UploadService(queue.uploads),
    loaders: { subscriberCountByBranch: subscriberCounts.createLoader(), subscriberById: subscribers.createLoader() },
  };
}
