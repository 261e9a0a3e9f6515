import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Capability } from '@retention/domain';
import type { CampaignsContext } from '../context';
import { BranchRef } from '../org/branch-ref.type';
import { CampaignType } from './campaign.type';

@Resolver(() => CampaignType)
export class CampaignResolver {
  @Authorized(Capability.CAMPAIGN_READ)
  @Query(() => [CampaignType], { description: 'Campaigns the caller may see: all for the province; own local and published province campaigns for a branch.' })
  campaigns(@Ctx() ctx: CampaignsContext): Promise<CampaignType[]> {
    return ctx.campaigns.list();
  }

  @Authorized(Capability.CAMPAIGN_READ)
  @FieldResolver(() => BranchRef, { nullable: true, description: 'The branch that owns a local campaign.' })
  ownerBranch(@Root() campaign: CampaignType): BranchRef | null {
    return campaign.ownerBranchCode ? { code: campaign.ownerBranchCode } : null;
  }
}
