import { Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { canSeeBranch } from '@retention/auth';
import { forbidden } from '@retention/graphql-kit';
import type { CampaignsContext } from '../context';
import { BranchRef } from './branch-ref.type';

@Resolver(() => BranchRef)
export class BranchCampaignsResolver {
  @Authorized()
  @FieldResolver(() => Int, { description: 'Campaigns this branch owns or executes (campaigns subgraph).' })
  campaignCount(@Root() branch: BranchRef, @Ctx() ctx: CampaignsContext): Promise<number> {
    if (!canSeeBranch(ctx.user!, branch.code)) throw forbidden(`branch ${branch.code} is not yours`);
    return ctx.loaders.campaignCountByBranch.load(branch.code);
  }
}
