import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { narrowBranches } from '@retention/auth';
import { Capability } from '@retention/domain';
import { ConcurrencyBudget, requireScope } from '@retention/graphql-kit';
import type { SegmentsContext } from '../context';
import { SegmentsError, SegmentsErrorCode, monthArg } from '../segments/segments.errors';
import { RULE_FIELDS, RULE_OPERATORS } from '@retention/segment-rules';
import { RuleFieldType, SaveSegmentInput, SegmentDefinitionType, SegmentPreviewType } from './segment-definition.type';

/** Previews scan a month's snapshot: two at a time per user (aliases run side by side). */
const PREVIEW_BUDGET = new ConcurrencyBudget(2);

@Resolver(() => SegmentDefinitionType)
export class SegmentDefinitionResolver {
  @Authorized(Capability.SEGMENT_READ)
  @Query(() => [RuleFieldType], { description: 'Fields and operators for the rule builder.' })
  ruleFields(): RuleFieldType[] {
    return RULE_FIELDS.map((f) => ({
      key: f.key, type: f.type, operators: [...RULE_OPERATORS[f.type]], values: f.values ? [...f.values] : null,
      monthly: Boolean(f.monthlyColumn), labelZh: f.labelZh, labelEn: f.labelEn,
    }));
  }

  @Authorized(Capability.SEGMENT_READ)
  @Query(() => [SegmentDefinitionType])
  segmentDefinitions(@Ctx() ctx: SegmentsContext): Promise<SegmentDefinitionType[]> {
    return ctx.definitions.list();
  }

  @Authorized(Capability.SEGMENT_PREVIEW)
  @Query(() => SegmentPreviewType, { description: 'Live count of a rule at a month (default: the latest refreshed), by branch within the caller scope.' })
  async previewSegment(
    @Arg('rule', () => GraphQLJSON) rule: unknown,
    @Arg('month', () => String, { nullable: true }) month: string | null,
    @Ctx() ctx: SegmentsContext,
  ): Promise<SegmentPreviewType> {
    const branches = narrowBranches(requireScope(ctx, Capability.SEGMENT_PREVIEW), null);
    // The budget is taken before the first await, so aliases in one request count too.
    return PREVIEW_BUDGET.run(ctx.user!.id, async () => {
      const refreshed = await ctx.engine.refreshedMonths();
      const target = month ? monthArg(month) : refreshed[refreshed.length - 1];
      if (!target || !refreshed.includes(target)) {
        throw new SegmentsError(SegmentsErrorCode.MONTH_NOT_REFRESHED, `month: ${target ?? 'no month'} has no segment snapshot yet`, { field: 'month' });
      }
      return ctx.definitions.preview(rule, target, branches);
    });
  }

  @Authorized(Capability.SEGMENT_DEFINE)
  @Mutation(() => SegmentDefinitionType, { description: 'Creates or updates a user-defined segment after validating its rule.' })
  saveSegment(@Arg('input', () => SaveSegmentInput) input: SaveSegmentInput, @Ctx() ctx: SegmentsContext): Promise<SegmentDefinitionType> {
    return ctx.definitions.save(input, ctx.user!.username);
  }

  @Authorized(Capability.SEGMENT_DEFINE)
  @Mutation(() => Boolean)
  deleteSegment(@Arg('id', () => ID) id: string, @Ctx() ctx: SegmentsContext): Promise<boolean> {
    return ctx.definitions.delete(id);
  }
}

