import type { ServiceDefinition } from '@retention/graphql-kit';
import { createCampaignsContext, type CampaignsContext } from './context';
import { createCampaignsDataSource } from './data-source';
import { CampaignJobQueue } from './jobs/campaign-job-queue';
import { buildCampaignsSchema } from './schema';
import { seedDemoRevealsAndMatrix } from './reveals/demo-reveals';
import { seedDemoCampaigns } from './seed/demo-campaigns';

/** The campaigns subgraph: policy and approval, target lists, do-not-contact, dispatch, worklists and contacts. */
export const campaignsService: ServiceDefinition<CampaignsContext, CampaignJobQueue> = {
  name: 'campaigns',
  portEnv: 'CAMPAIGNS_PORT',
  defaultPort: 4102,
  createDataSource: createCampaignsDataSource,
  buildSchema: buildCampaignsSchema,
  createContext: createCampaignsContext,
  startRuntime: (dataSource, { databaseUrl }) => CampaignJobQueue.start(dataSource, databaseUrl),
  afterMigrate: async (dataSource, { seedDemo }) => {
    if (seedDemo) {
      await seedDemoCampaigns(dataSource);
      await seedDemoRevealsAndMatrix(dataSource);
    }
  },
};
