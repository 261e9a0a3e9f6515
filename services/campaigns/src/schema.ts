import type { GraphQLSchema } from 'graphql';
import { branchKeyReference, buildFederatedSchema } from '@retention/graphql-kit';
import { campaignReference } from './campaigns/campaign.reference';
import { CampaignResolver } from './campaigns/campaign.resolver';
import { BranchCampaignsResolver } from './org/branch-campaigns.resolver';

export function buildCampaignsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [CampaignResolver, BranchCampaignsResolver],
    referenceResolvers: { Branch: branchKeyReference, Campaign: campaignReference },
  });
}
