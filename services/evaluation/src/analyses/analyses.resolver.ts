import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Capability } from '@retention/domain';
import { ConcurrencyBudget, requireScope } from '@retention/graphql-kit';
import type { EvaluationContext } from '../context';
import { AnalysisPopulation, ChurnAnalysisType, TenureUptakeType } from './analyses.type';

/** Cohort scans over a month's snapshot: at most two per user at a time (SERVICE_BUSY beyond). */
const ANALYSIS_BUDGET = new ConcurrencyBudget(2);

@Resolver()
export class AnalysesResolver {
  @Authorized(Capability.ANALYSIS_READ)
  @Query(() => ChurnAnalysisType, {
    nullable: true,
    description:
      'Churn of the population at baseMonth b (default month − 3, refreshed) by stabilizing measure, by number of measures and by campaign participation (lists built from b − 2 … b), churned = not on network at month (default the latest loaded). Null when no month is loaded.',
  })
  churnAnalysis(
    @Ctx() ctx: EvaluationContext,
    @Arg('baseMonth', () => String, { nullable: true }) baseMonth?: string | null,
    @Arg('month', () => String, { nullable: true }) month?: string | null,
    @Arg('population', () => AnalysisPopulation, { nullable: true }) population?: AnalysisPopulation | null,
    @Arg('branchCode', () => String, { nullable: true }) branchCode?: string | null,
  ): Promise<ChurnAnalysisType | null> {
    const scope = requireScope(ctx, Capability.ANALYSIS_READ);
    return ANALYSIS_BUDGET.run(ctx.user!.id, () => ctx.analyses.churnAnalysis(scope, { baseMonth, month, population, branchCode }));
  }

  @Authorized(Capability.ANALYSIS_READ)
  @Query(() => [TenureUptakeType], {
    description: 'Uptake (accepted ÷ contacted treated customers) per campaign kind and tenure band (the band each customer had in the month its list was built from), over every campaign’s contacts ("low-tenure customers respond less", seed 000).',
  })
  uptakeByTenureBand(@Ctx() ctx: EvaluationContext, @Arg('branchCode', () => String, { nullable: true }) branchCode?: string | null): Promise<TenureUptakeType[]> {
    const scope = requireScope(ctx, Capability.ANALYSIS_READ);
    return ANALYSIS_BUDGET.run(ctx.user!.id, () => ctx.analyses.uptakeByTenureBand(scope, branchCode));
  }
}
