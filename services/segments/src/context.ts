import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { BaseContext } from '@retention/graphql-kit';
import { SubscriberCountService } from './subscribers/subscriber-count.service';

export interface SegmentsContext extends BaseContext {
  subscriberCounts: SubscriberCountService;
  loaders: { subscriberCountByBranch: DataLoader<string, number> };
}

export function createSegmentsContext(base: BaseContext, dataSource: DataSource): SegmentsContext {
  const subscriberCounts = new SubscriberCountService(dataSource);
  return { ...base, subscriberCounts, loaders: { subscriberCountByBranch: subscriberCounts.createLoader() } };
}
