import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { narrowBranches } from '@retention/auth';
import { Capability } from '@retention/domain';
import { requireScope } from '@retention/graphql-kit';
import type { SegmentsContext } from '../context';
import { monthArg } from '../segments/segments.errors';
import { CohortPointType, CohortType, CreateCohortInput } from './cohort.type';

@Resolver(() => CohortType)
export class CohortResolver {
  @Authorized(Capability.SEGMENT_READ)
  @Query(() => [CohortType])
  cohorts(@Ctx() ctx: SegmentsContext): Promise<CohortType[]> {
    return ctx.cohorts.list(narrowBranches(requireScope(ctx, Capability.SEGMENT_READ), null));
  }

  @Authorized(Capability.SEGMENT_READ)
  @Query(() => [CohortPointType], { description: 'Retention, churn and value retention per later month, by branch and province-wide, split by measure.' })
  async cohortRetention(@Arg('id', () => ID) id: string, @Ctx() ctx: SegmentsContext): Promise<CohortPointType[]> {
    const points = await ctx.cohorts.retention(id, narrowBranches(requireScope(ctx, Capability.SEGMENT_READ), null));
    return points.map((p) => {
      const retention = p.members === 0 ? 0 : p.retained / p.members;
      return { ...p, retention, churnRate: 1 - retention, valueRetention: p.members === 0 ? 0 : p.valueRetained / p.members };
    });
  }

  @Authorized(Capability.COHORT_CREATE)
  @Mutation(() => CohortType, { description: 'Freezes a segment at a base month as a photo cohort.' })
  createCohort(@Arg('input', () => CreateCohortInput) input: CreateCohortInput, @Ctx() ctx: SegmentsContext): Promise<CohortType> {
    monthArg(input.baseMonth, 'baseMonth');
    return ctx.cohorts.create(input, ctx.user!.username);
  }
}
