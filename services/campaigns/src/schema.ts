import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@retention/graphql-kit';
import { campaignReference } from './campaigns/campaign.reference';
import { CampaignResolver } from './campaigns/campaign.resolver';
import { BranchCampaignsResolver } from './org/branch-campaigns.resolver';
import { branchRefReference } from './org/branch-ref.reference';

export function buildCampaignsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [CampaignResolver, BranchCampaignsResolver],
    referenceResolvers: { Branch: branchRefReference, Campaign: campaignReference },
  });
}
