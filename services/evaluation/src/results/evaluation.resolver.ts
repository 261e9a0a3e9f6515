import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Capability } from '@retention/domain';
import { requireScope } from '@retention/graphql-kit';
import type { EvaluationContext } from '../context';
import { CampaignRef } from '../reports/campaign-ref.type';
import { breakdownOf } from './evaluation.service';
import { CampaignEvaluationType, EvaluationBreakdownDimension, EvaluationBreakdownItemType, ManagerUptakeType } from './evaluation.type';

@Resolver(() => CampaignRef)
export class CampaignEvaluationResolver {
  @Authorized(Capability.EVALUATION_READ)
  @FieldResolver(() => CampaignEvaluationType, {
    nullable: true,
    description:
      'Computed post-evaluation (DOMAIN.md §6) for one executing branch, or with branchCode null the province-wide pool (province roles; a branch only for its own local campaigns), at month e (YYYY-MM, default the latest loaded). Null when no month is loaded.',
  })
  evaluation(
    @Root() campaign: CampaignRef,
    @Ctx() ctx: EvaluationContext,
    @Arg('branchCode', () => String, { nullable: true }) branchCode?: string | null,
    @Arg('month', () => String, { nullable: true }) month?: string | null,
  ): Promise<CampaignEvaluationType | null> {
    return ctx.evaluation.evaluation(requireScope(ctx, Capability.EVALUATION_READ), campaign.id, branchCode ?? null, month ?? null);
  }

  @Authorized(Capability.EVALUATION_READ)
  @FieldResolver(() => [CampaignEvaluationType], { description: 'The evaluation of every participating branch the caller may see, side by side.' })
  branchEvaluations(
    @Root() campaign: CampaignRef,
    @Ctx() ctx: EvaluationContext,
    @Arg('month', () => String, { nullable: true }) month?: string | null,
  ): Promise<CampaignEvaluationType[]> {
    return ctx.evaluation.branchEvaluations(requireScope(ctx, Capability.EVALUATION_READ), campaign.id, month ?? null);
  }
}

@Resolver(() => CampaignEvaluationType)
export class EvaluationBreakdownResolver {
  @Authorized(Capability.EVALUATION_READ)
  @FieldResolver(() => [EvaluationBreakdownItemType], {
    description: 'Every figure per stratum (branch × retention class) or tenure band; per channel the contact figures only.',
  })
  breakdown(@Root() evaluation: CampaignEvaluationType, @Arg('by', () => EvaluationBreakdownDimension) by: EvaluationBreakdownDimension): EvaluationBreakdownItemType[] {
    return breakdownOf(evaluation, by);
  }

  @Authorized(Capability.EVALUATION_READ)
  @FieldResolver(() => [ManagerUptakeType], { description: 'Uptake per phone or account manager who made the attempts, highest first.' })
  managers(@Root() evaluation: CampaignEvaluationType, @Ctx() ctx: EvaluationContext): Promise<ManagerUptakeType[]> {
    return ctx.evaluation.managers(evaluation);
  }
}
