import { Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { scopeReachesBranch } from '@retention/auth';
import { Capability } from '@retention/domain';
import { forbidden, requireScope } from '@retention/graphql-kit';
import type { CampaignsContext } from '../context';
import { BranchRef } from './branch-ref.type';

@Resolver(() => BranchRef)
export class BranchCampaignsResolver {
  @Authorized(Capability.CAMPAIGN_READ)
  @FieldResolver(() => Int, { description: 'Campaigns this branch owns or executes (campaigns subgraph).' })
  campaignCount(@Root() branch: BranchRef, @Ctx() ctx: CampaignsContext): Promise<number> {
    if (!scopeReachesBranch(requireScope(ctx, Capability.CAMPAIGN_READ), branch.code)) throw forbidden(`branch ${branch.code} is not yours`);
    return ctx.loaders.campaignCountByBranch.load(branch.code);
  }
}
