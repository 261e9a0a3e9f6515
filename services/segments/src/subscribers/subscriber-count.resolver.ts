import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { narrowBranches, scopeReachesBranch } from '@retention/auth';
import { Capability } from '@retention/domain';
import { forbidden, requireScope } from '@retention/graphql-kit';
import type { SegmentsContext } from '../context';
import { BranchRef } from '../org/branch-ref.type';

@Resolver(() => BranchRef)
export class SubscriberCountResolver {
  @Authorized(Capability.SEGMENT_READ)
  @Query(() => Int, { description: 'Subscribers in the master data, in the given branch or every branch the caller may see.' })
  subscriberTotal(
    @Arg('branch', () => String, { nullable: true }) branch: string | null,
    @Ctx() ctx: SegmentsContext,
  ): Promise<number> {
    const scope = narrowBranches(requireScope(ctx, Capability.SEGMENT_READ), branch ? [branch] : null);
    if (scope !== null && scope.length === 0) throw forbidden(`branch ${branch} is not yours`);
    return ctx.subscriberCounts.total(scope);
  }

  @Authorized(Capability.SEGMENT_READ)
  @FieldResolver(() => Int, { description: 'Subscribers of this branch in the master data (segments subgraph).' })
  subscriberCount(@Root() branch: BranchRef, @Ctx() ctx: SegmentsContext): Promise<number> {
    if (!scopeReachesBranch(requireScope(ctx, Capability.SEGMENT_READ), branch.code)) throw forbidden(`branch ${branch.code} is not yours`);
    return ctx.loaders.subscriberCountByBranch.load(branch.code);
  }
}
