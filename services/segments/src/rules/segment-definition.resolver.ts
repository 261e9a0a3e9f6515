import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { scopeBranchFilter } from '@retention/auth';
import { Role } from '@retention/domain';
import type { SegmentsContext } from '../context';
import { SegmentsError, SegmentsErrorCode, monthArg } from '../segments/segments.errors';
import { RULE_FIELDS, RULE_OPERATORS } from './rule-fields';
import { RuleFieldType, SaveSegmentInput, SegmentDefinitionType, SegmentPreviewType } from './segment-definition.type';

@Resolver(() => SegmentDefinitionType)
export class SegmentDefinitionResolver {
  @Authorized()
  @Query(() => [RuleFieldType], { description: 'Fields and operators for the rule builder.' })
  ruleFields(): RuleFieldType[] {
    return RULE_FIELDS.map((f) => ({
      key: f.key, type: f.type, operators: [...RULE_OPERATORS[f.type]], values: f.values ? [...f.values] : null,
      monthly: Boolean(f.monthlyColumn), labelZh: f.labelZh, labelEn: f.labelEn,
    }));
  }

  @Authorized()
  @Query(() => [SegmentDefinitionType])
  segmentDefinitions(@Ctx() ctx: SegmentsContext): Promise<SegmentDefinitionType[]> {
    return ctx.definitions.list();
  }

  @Authorized()
  @Query(() => SegmentPreviewType, { description: 'Live count of a rule at a month (default: the latest refreshed), by branch within the caller scope.' })
  async previewSegment(
    @Arg('rule', () => GraphQLJSON) rule: unknown,
    @Arg('month', () => String, { nullable: true }) month: string | null,
    @Ctx() ctx: SegmentsContext,
  ): Promise<SegmentPreviewType> {
    const refreshed = await ctx.engine.refreshedMonths();
    const target = month ? monthArg(month) : refreshed[refreshed.length - 1];
    if (!target || !refreshed.includes(target)) {
      throw new SegmentsError(SegmentsErrorCode.MONTH_NOT_REFRESHED, `month: ${target ?? 'no month'} has no segment snapshot yet`, { argument: 'month' });
    }
    return ctx.definitions.preview(rule, target, scopeBranchFilter(ctx.user!, null));
  }

  @Authorized(Role.PROVINCE_PLANNER)
  @Mutation(() => SegmentDefinitionType, { description: 'Creates or updates a user-defined segment after validating its rule.' })
  saveSegment(@Arg('input', () => SaveSegmentInput) input: SaveSegmentInput, @Ctx() ctx: SegmentsContext): Promise<SegmentDefinitionType> {
    return ctx.definitions.save(input, ctx.user!.username);
  }

  @Authorized(Role.PROVINCE_PLANNER)
  @Mutation(() => Boolean)
  deleteSegment(@Arg('id', () => ID) id: string, @Ctx() ctx: SegmentsContext): Promise<boolean> {
    return ctx.definitions.delete(id);
  }
}

