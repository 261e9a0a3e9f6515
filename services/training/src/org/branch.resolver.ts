import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { TrainingContext } from '../context';
import { BranchType } from './branch.type';

@Resolver(() => BranchType)
export class BranchResolver {
  @Authorized()
  @Query(() => [BranchType], { description: 'Branches the caller may see (branch roles: only their own).' })
  branches(@Ctx() ctx: TrainingContext): Promise<BranchType[]> {
    return ctx.branches.listVisible(ctx.user!);
  }
}
