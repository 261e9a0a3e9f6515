import type { GraphQLSchema } from 'graphql';
import { branchKeyReference, buildFederatedSchema } from '@retention/graphql-kit';
import { campaignReference } from './campaigns/campaign.reference';
import { CampaignResolver } from './campaigns/campaign.resolver';
import { DncImportReportResolver, DoNotContactResolver } from './dnc/dnc.resolver';
import { TargetListResolver } from './lists/target-list.resolver';
import { BranchCampaignsResolver } from './org/branch-campaigns.resolver';
import { SubscriberRef } from './org/subscriber-ref.type';
import { TaskResolver } from './tasks/task.resolver';
import { SampleSizeResolver } from './campaigns/sample-size.resolver';
import { TreatmentMatrixResolver } from './matrix/treatment-matrix.resolver';
import { ListMemberMsisdnResolver } from './reveals/masked-msisdn.resolver';
import { RevealLogResolver } from './reveals/reveal-log.resolver';
import { CampaignTasksResolver } from './tasks/campaign-tasks.resolver';

export function buildCampaignsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [CampaignResolver, BranchCampaignsResolver, TargetListResolver, DoNotContactResolver, DncImportReportResolver, TaskResolver, SampleSizeResolver, TreatmentMatrixResolver, RevealLogResolver, ListMemberMsisdnResolver, CampaignTasksResolver],
    orphanedTypes: [SubscriberRef],
    referenceResolvers: { Branch: branchKeyReference, Campaign: campaignReference },
  });
}
