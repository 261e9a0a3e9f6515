import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Capability } from '@retention/domain';
import { requireScope } from '@retention/graphql-kit';
import type { TrainingContext } from '../context';
import { BranchType } from './branch.type';

@Resolver(() => BranchType)
export class BranchResolver {
  @Authorized(Capability.ORG_READ)
  @Query(() => [BranchType], { description: 'Branches the caller may see (branch roles: only their own).' })
  branches(@Ctx() ctx: TrainingContext): Promise<BranchType[]> {
    return ctx.branches.list(requireScope(ctx, Capability.ORG_READ));
  }
}
