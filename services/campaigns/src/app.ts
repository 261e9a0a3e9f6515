import type { ServiceDefinition } from '@retention/graphql-kit';
import { createCampaignsContext, type CampaignsContext } from './context';
import { createCampaignsDataSource } from './data-source';
import { buildCampaignsSchema } from './schema';
import { seedDemoCampaigns } from './seed/demo-campaigns';

/** The campaigns subgraph: policy (campaigns) now; lists, tasks and contacts next. */
export const campaignsService: ServiceDefinition<CampaignsContext> = {
  name: 'campaigns',
  portEnv: 'CAMPAIGNS_PORT',
  defaultPort: 4102,
  createDataSource: createCampaignsDataSource,
  buildSchema: buildCampaignsSchema,
  createContext: createCampaignsContext,
  afterMigrate: async (dataSource, { seedDemo }) => {
    if (seedDemo) await seedDemoCampaigns(dataSource);
  },
};
