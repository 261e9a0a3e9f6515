import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Capability } from '@retention/domain';
import type { TrainingContext } from '../context';
import { KpiCohortInput, KpiCohortType } from './kpi-cohort.type';

/** The photo cohort of COHORT_RETENTION: read by everyone with the league table, picked by province planners. */
@Resolver(() => KpiCohortType)
export class KpiCohortResolver {
  @Authorized(Capability.KPI_READ)
  @Query(() => KpiCohortType, { description: 'The photo cohort COHORT_RETENTION uses at `month` (YYYY-MM of `year`, default December): the province’s choice or December Y−1’s mid-high-end customers.' })
  kpiCohort(@Arg('year', () => Int) year: number, @Ctx() ctx: TrainingContext, @Arg('month', () => String, { nullable: true }) month?: string | null): Promise<KpiCohortType> {
    return ctx.kpi.cohorts.current(year, month ?? null);
  }

  @Authorized(Capability.KPI_READ)
  @Query(() => [KpiCohortType], { description: 'Every cohort choice of the year, newest first (the default when none was made).' })
  kpiCohortVersions(@Arg('year', () => Int) year: number, @Ctx() ctx: TrainingContext): Promise<KpiCohortType[]> {
    return ctx.kpi.cohorts.versions(year);
  }

  @Authorized(Capability.KPI_TARGET_SET)
  @Mutation(() => KpiCohortType, {
    description:
      'Picks the photo cohort of the year’s COHORT_RETENTION KPI (a built-in segment at a refreshed base month) as a new version from `effectiveMonth` (default January); earlier months keep theirs. The same idempotency key gives the first one back.',
  })
  setKpiCohort(
    @Arg('year', () => Int) year: number,
    @Arg('input', () => KpiCohortInput) input: KpiCohortInput,
    @Ctx() ctx: TrainingContext,
    @Arg('effectiveMonth', () => String, { nullable: true }) effectiveMonth?: string | null,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey?: string | null,
  ): Promise<KpiCohortType> {
    return ctx.kpi.cohorts.set(ctx.user!, year, input, effectiveMonth ?? null, idempotencyKey ?? null);
  }
}
