import { createServiceDataSource } from '@retention/db';
import type { DataSource } from 'typeorm';
import { CreateCampaign1763800200000 } from './migrations/1763800200000-CreateCampaign';

export const CAMPAIGNS_SCHEMA = 'campaigns';

export function createCampaignsDataSource(url: string): DataSource {
  return createServiceDataSource({
    url,
    schema: CAMPAIGNS_SCHEMA,
    // Campaigns are read with set-based SQL today; entities come with the editing of campaigns.
    entities: [],
    migrations: [CreateCampaign1763800200000],
  });
}
