import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { scopeReachesBranch } from '@retention/auth';
import { Capability } from '@retention/domain';
import { forbidden, requireScope } from '@retention/graphql-kit';
import type { SegmentsContext } from '../context';
import { CrossStabilizationType, MidHighEndMonthlyAverageType } from '../segments/segment-count.type';
import { SegmentsError, SegmentsErrorCode, monthArg } from '../segments/segments.errors';
import { BranchRef } from './branch-ref.type';

function visible(ctx: SegmentsContext, branch: BranchRef, capability: Capability): void {
  if (!scopeReachesBranch(requireScope(ctx, capability), branch.code)) throw forbidden(`branch ${branch.code} is not yours`);
}

/**
 * Customer figures the segments subgraph adds to Branch; all batched per month or year.
 * The KPI figures (monthly average mid-high-end, cross-stabilization) are a league table
 * every role reads for every branch (DOMAIN.md §1); the other counts keep the branch rule.
 */
@Resolver(() => BranchRef)
export class BranchSegmentsResolver {
  @Authorized(Capability.SEGMENT_READ)
  @FieldResolver(() => Int, { description: 'Mid-high-end (KPI definition) customers at the month.' })
  midHighEndCount(@Root() branch: BranchRef, @Arg('month', () => String) month: string, @Ctx() ctx: SegmentsContext): Promise<number> {
    visible(ctx, branch, Capability.SEGMENT_READ);
    return ctx.stats.count(monthArg(month), branch.code, 'MID_HIGH_END');
  }

  @Authorized(Capability.SEGMENT_READ)
  @FieldResolver(() => Int, { description: 'Near mid-high-end (80 < ARPU < 120) customers at the month.' })
  nearMidHighEndCount(@Root() branch: BranchRef, @Arg('month', () => String) month: string, @Ctx() ctx: SegmentsContext): Promise<number> {
    visible(ctx, branch, Capability.SEGMENT_READ);
    return ctx.stats.count(monthArg(month), branch.code, 'NEAR_MID_HIGH_END');
  }

  @Authorized(Capability.SEGMENT_READ)
  @FieldResolver(() => Int, { description: 'Dynamic mid-high-end customers at the month.' })
  dynamicMidHighEndCount(@Root() branch: BranchRef, @Arg('month', () => String) month: string, @Ctx() ctx: SegmentsContext): Promise<number> {
    visible(ctx, branch, Capability.SEGMENT_READ);
    return ctx.stats.count(monthArg(month), branch.code, 'DYNAMIC_MID_HIGH_END');
  }

  @Authorized(Capability.KPI_READ)
  @FieldResolver(() => CrossStabilizationType)
  crossStabilization(@Root() branch: BranchRef, @Arg('month', () => String) month: string, @Ctx() ctx: SegmentsContext): Promise<CrossStabilizationType> {
    visible(ctx, branch, Capability.KPI_READ);
    return ctx.stats.crossStabilization(monthArg(month), branch.code);
  }

  @Authorized(Capability.KPI_READ)
  @FieldResolver(() => MidHighEndMonthlyAverageType, { description: '月均中高端客户数: year-to-date and annual.' })
  midHighEndMonthlyAverage(@Root() branch: BranchRef, @Arg('year', () => Int) year: number, @Ctx() ctx: SegmentsContext): Promise<MidHighEndMonthlyAverageType> {
    visible(ctx, branch, Capability.KPI_READ);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      throw new SegmentsError(SegmentsErrorCode.BAD_YEAR, `year: ${year} is not a plausible year`, { field: 'year' });
    }
    return ctx.stats.monthlyAverage(year, branch.code);
  }
}
