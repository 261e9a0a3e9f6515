import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { scopeBranches, scopeReachesBranch } from '@retention/auth';
import { Capability } from '@retention/domain';
import { forbidden, requireScope } from '@retention/graphql-kit';
import type { CampaignsContext } from '../context';
import { ListError, ListErrorCode } from '../lists/list.errors';
import { TargetListType } from '../lists/target-list.type';
import { BranchRef } from '../org/branch-ref.type';
import { ExecutionSummaryType } from '../tasks/task.type';
import { nowFor } from './clock';
import { CampaignKind, CampaignLevel, CampaignStatus } from './campaign.enums';
import { CampaignInput } from './campaign.inputs';
import { AuditEntryType, CampaignType } from './campaign.type';

@InputType()
export class CampaignFilterInput {
  @Field(() => [CampaignStatus], { nullable: true })
  status?: CampaignStatus[];

  @Field(() => CampaignKind, { nullable: true })
  kind?: CampaignKind;

  @Field(() => CampaignLevel, { nullable: true })
  level?: CampaignLevel;

  @Field(() => String, { nullable: true, description: 'Campaigns a branch owns or executes.' })
  branchCode?: string;

  @Field(() => String, { nullable: true, description: 'Part of the name.' })
  search?: string;
}

@ObjectType('BudgetBurn')
export class BudgetBurnType {
  @Field(() => Float, { description: 'Yuan spent on acceptances.' })
  spent: number;

  @Field(() => Float, { nullable: true })
  budget: number | null;

  @Field(() => Float, { nullable: true, description: 'spent ÷ budget' })
  share: number | null;

  @Field({ description: 'At 90 % of the budget or more.' })
  alert: boolean;
}

@Resolver(() => CampaignType)
export class CampaignResolver {
  @Authorized(Capability.CAMPAIGN_READ)
  @Query(() => [CampaignType], { description: 'Campaigns the caller may see: all for the province; own local and published province campaigns for a branch. Newest first.' })
  campaigns(@Arg('filter', () => CampaignFilterInput, { nullable: true }) filter: CampaignFilterInput | null, @Ctx() ctx: CampaignsContext): Promise<CampaignType[]> {
    return ctx.campaigns.list(filter ?? {});
  }

  @Authorized(Capability.CAMPAIGN_READ)
  @Query(() => CampaignType, { description: 'One campaign; CAMPAIGN_NOT_FOUND when it does not exist or is not the caller’s to see.' })
  campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: CampaignsContext): Promise<CampaignType> {
    return ctx.campaigns.get(id);
  }

  @Authorized(Capability.CAMPAIGN_AUTHOR)
  @Mutation(() => CampaignType, { description: 'A new draft. The same idempotencyKey again returns the first draft.' })
  createCampaign(
    @Arg('input', () => CampaignInput) input: CampaignInput,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey: string | null,
    @Ctx() ctx: CampaignsContext,
  ): Promise<CampaignType> {
    return ctx.campaigns.create(ctx.user!, requireScope(ctx, Capability.CAMPAIGN_AUTHOR), input, idempotencyKey?.trim() || null);
  }

  @Authorized(Capability.CAMPAIGN_AUTHOR)
  @Mutation(() => CampaignType, { description: 'Edits a draft, or amends a published campaign’s end date and talk track. A stale version is a VERSION_CONFLICT.' })
  updateCampaign(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => CampaignInput) input: CampaignInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<CampaignType> {
    return ctx.campaigns.update(ctx.user!, requireScope(ctx, Capability.CAMPAIGN_AUTHOR), id, version, input);
  }

  @Authorized(Capability.CAMPAIGN_AUTHOR)
  @Mutation(() => CampaignType, { description: 'DRAFT → PENDING_APPROVAL (needs talk track, target, dates, channels).' })
  submitCampaign(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: CampaignsContext): Promise<CampaignType> {
    return ctx.campaigns.submit(ctx.user!, requireScope(ctx, Capability.CAMPAIGN_AUTHOR), id, version);
  }

  @Authorized(Capability.CAMPAIGN_APPROVE)
  @Mutation(() => CampaignType, { description: 'PENDING_APPROVAL → PUBLISHED; freezes the target rule.' })
  approveCampaign(@Arg('id', () => ID) id: string, @Arg('comment', () => String, { nullable: true }) comment: string | null, @Ctx() ctx: CampaignsContext): Promise<CampaignType> {
    return ctx.campaigns.approve(ctx.user!, id, comment);
  }

  @Authorized(Capability.CAMPAIGN_APPROVE)
  @Mutation(() => CampaignType, { description: 'PENDING_APPROVAL → DRAFT with the reviewer’s required comment.' })
  returnCampaign(@Arg('id', () => ID) id: string, @Arg('comment', () => String) comment: string, @Ctx() ctx: CampaignsContext): Promise<CampaignType> {
    return ctx.campaigns.returnToDraft(ctx.user!, id, comment);
  }

  @Authorized(Capability.CAMPAIGN_AUTHOR)
  @Mutation(() => CampaignType, { description: 'PUBLISHED → CLOSED; open tasks are withdrawn.' })
  closeCampaign(@Arg('id', () => ID) id: string, @Ctx() ctx: CampaignsContext): Promise<CampaignType> {
    return ctx.campaigns.close(ctx.user!, requireScope(ctx, Capability.CAMPAIGN_AUTHOR), id);
  }

  @Authorized(Capability.CAMPAIGN_AUTHOR)
  @Mutation(() => CampaignType, { description: 'CLOSED → EVALUATED, once its post-evaluation is done.' })
  markCampaignEvaluated(@Arg('id', () => ID) id: string, @Ctx() ctx: CampaignsContext): Promise<CampaignType> {
    return ctx.campaigns.markEvaluated(ctx.user!, requireScope(ctx, Capability.CAMPAIGN_AUTHOR), id);
  }

  @Authorized(Capability.CAMPAIGN_AUTHOR)
  @Mutation(() => CampaignType, { description: 'A new draft with the same definition.' })
  cloneCampaign(@Arg('id', () => ID) id: string, @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey: string | null, @Ctx() ctx: CampaignsContext): Promise<CampaignType> {
    return ctx.campaigns.clone(ctx.user!, requireScope(ctx, Capability.CAMPAIGN_AUTHOR), id, idempotencyKey?.trim() || null);
  }

  @Authorized(Capability.CAMPAIGN_READ)
  @FieldResolver(() => BranchRef, { nullable: true, description: 'The branch that owns a local campaign.' })
  ownerBranch(@Root() campaign: CampaignType): BranchRef | null {
    return campaign.ownerBranchCode ? { code: campaign.ownerBranchCode } : null;
  }

  @Authorized(Capability.CAMPAIGN_READ)
  @FieldResolver(() => [AuditEntryType], { description: 'Every transition and edit: who, when, from, to, what changed.' })
  audit(@Root() campaign: CampaignType, @Ctx() ctx: CampaignsContext): Promise<AuditEntryType[]> {
    return ctx.campaigns.audit(campaign.id);
  }

  @Authorized(Capability.CAMPAIGN_READ)
  @FieldResolver(() => TargetListType, { nullable: true, description: 'The list of one executing branch; null before its first build.' })
  targetList(@Root() campaign: CampaignType, @Arg('branchCode', () => String) branchCode: string, @Ctx() ctx: CampaignsContext): Promise<TargetListType | null> {
    if (!scopeReachesBranch(requireScope(ctx, Capability.CAMPAIGN_READ), branchCode)) throw new ListError(ListErrorCode.NOT_YOUR_BRANCH, `branchCode: ${branchCode} is not your branch`, { field: 'branchCode' });
    return ctx.lists.find(campaign.id, branchCode);
  }

  @Authorized(Capability.CAMPAIGN_READ)
  @FieldResolver(() => [TargetListType], { description: 'The lists of every executing branch the caller may see.' })
  targetLists(@Root() campaign: CampaignType, @Ctx() ctx: CampaignsContext): Promise<TargetListType[]> {
    return ctx.lists.listsOf(campaign.id, scopeBranches(requireScope(ctx, Capability.CAMPAIGN_READ)));
  }

  @Authorized(Capability.CAMPAIGN_READ)
  @FieldResolver(() => BudgetBurnType, { description: 'Cost of acceptances so far against the budget (every branch: a province figure).' })
  async budgetBurn(@Root() campaign: CampaignType, @Ctx() ctx: CampaignsContext): Promise<BudgetBurnType> {
    const [{ spent }] = await ctx.dataSource.query(`SELECT coalesce(sum(cost), 0)::float AS spent FROM campaigns.contact WHERE campaign_id = $1 AND outcome = 'ACCEPTED'`, [campaign.id]);
    const share = campaign.budget ? spent / campaign.budget : null;
    return { spent, budget: campaign.budget, share, alert: share !== null && share >= 0.9 };
  }

  @Authorized(Capability.CAMPAIGN_READ)
  @FieldResolver(() => [ExecutionSummaryType], { description: 'Execution so far per branch (tasks, contacts, uptake, complaint rate against 4 ‰, managers).' })
  execution(@Root() campaign: CampaignType, @Arg('branchCode', () => String, { nullable: true }) branchCode: string | null, @Ctx() ctx: CampaignsContext): Promise<ExecutionSummaryType[]> {
    const scope = requireScope(ctx, Capability.CAMPAIGN_READ);
    if (branchCode && !scopeReachesBranch(scope, branchCode)) throw forbidden(`branch ${branchCode} is not yours`);
    const branches = branchCode ? [branchCode] : scopeBranches(scope);
    return ctx.tasks.execution(campaign.id, branches, nowFor(null));
  }
}
