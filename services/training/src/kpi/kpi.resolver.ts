import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Capability } from '@retention/domain';
import type { TrainingContext } from '../context';
import { KPI_DEFINITIONS } from './kpi-definitions';
import { BranchScoreType, KpiDefinitionType, KpiTargetImportResult, KpiTargetInput, KpiTargetType, KpiTrendPoint } from './kpi.type';

/** KPI figures, targets and rankings: a league table every role reads for every branch (DOMAIN.md §1). */
@Resolver()
export class KpiResolver {
  @Authorized(Capability.KPI_READ)
  @Query(() => [KpiDefinitionType], { description: 'The six KPIs: direction and the service each actual comes from.' })
  kpiDefinitions(): KpiDefinitionType[] {
    return KPI_DEFINITIONS.map((d) => ({ key: d.key, name: d.nameZh, nameEn: d.nameEn, direction: d.direction, source: d.source, unit: d.unit, definition: d.definitionZh, definitionEn: d.definitionEn }));
  }

  @Authorized(Capability.KPI_READ)
  @Query(() => [KpiTargetType], { description: 'Targets, weights and caps in effect at `month` (YYYY-MM, default December of the year) per branch.' })
  kpiTargets(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: TrainingContext,
    @Arg('month', () => String, { nullable: true }) month?: string | null,
    @Arg('branchCode', () => String, { nullable: true }) branchCode?: string | null,
  ): Promise<KpiTargetType[]> {
    return ctx.kpi.targets(year, month ?? null, branchCode ?? null);
  }

  @Authorized(Capability.KPI_READ)
  @Query(() => [KpiTargetType], { description: 'Every version of the year’s targets, newest first (a change keeps the old version for past months).' })
  kpiTargetVersions(@Arg('year', () => Int) year: number, @Ctx() ctx: TrainingContext, @Arg('branchCode', () => String, { nullable: true }) branchCode?: string | null): Promise<KpiTargetType[]> {
    return ctx.kpi.targetVersions(year, branchCode ?? null);
  }

  @Authorized(Capability.KPI_TARGET_SET)
  @Mutation(() => [KpiTargetType], {
    description:
      'Sets yearly targets, weights (points; a branch’s sum to 100) and caps (default 1) per branch and KPI, as a new version from `effectiveMonth` (default January). TARGET_NOT_POSITIVE / WEIGHTS_NOT_100 otherwise.',
  })
  setKpiTargets(
    @Arg('year', () => Int) year: number,
    @Arg('input', () => [KpiTargetInput]) input: KpiTargetInput[],
    @Ctx() ctx: TrainingContext,
    @Arg('effectiveMonth', () => String, { nullable: true }) effectiveMonth?: string | null,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey?: string | null,
  ): Promise<KpiTargetType[]> {
    return ctx.kpi.setTargets(ctx.user!, year, input, effectiveMonth ?? null, idempotencyKey ?? null);
  }

  @Authorized(Capability.KPI_TARGET_SET)
  @Mutation(() => KpiTargetImportResult, { description: 'Imports targets from CSV UTF-8 or .xlsx (columns branch_code, kpi, target, weight, cap); row-numbered errors, nothing set on error.' })
  importKpiTargets(
    @Arg('year', () => Int) year: number,
    @Arg('fileName', () => String) fileName: string,
    @Arg('contentBase64', () => String) contentBase64: string,
    @Ctx() ctx: TrainingContext,
    @Arg('effectiveMonth', () => String, { nullable: true }) effectiveMonth?: string | null,
    @Arg('dryRun', () => Boolean, { nullable: true }) dryRun?: boolean | null,
  ): Promise<KpiTargetImportResult> {
    return ctx.kpi.importTargets(ctx.user!, year, fileName, contentBase64, effectiveMonth ?? null, dryRun ?? false);
  }

  @Authorized(Capability.KPI_READ)
  @Query(() => [BranchScoreType], { description: 'The branches with targets at the month (YYYY-MM of `year`), scored and ranked, with movement against the previous month.' })
  kpiScoreboard(@Arg('year', () => Int) year: number, @Arg('month', () => String) month: string, @Ctx() ctx: TrainingContext): Promise<BranchScoreType[]> {
    return ctx.kpi.scoreboard(year, month);
  }

  @Authorized(Capability.KPI_READ)
  @Query(() => [KpiTrendPoint], { description: 'Rank and total per month of the year through `throughMonth` (default December), for trend lines.' })
  kpiTrend(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: TrainingContext,
    @Arg('throughMonth', () => String, { nullable: true }) throughMonth?: string | null,
    @Arg('branchCode', () => String, { nullable: true }) branchCode?: string | null,
  ): Promise<KpiTrendPoint[]> {
    return ctx.kpi.trend(year, throughMonth ?? null, branchCode ?? null);
  }
}
