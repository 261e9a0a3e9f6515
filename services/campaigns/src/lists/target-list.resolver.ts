import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { scopeReachesBranch } from '@retention/auth';
import { Capability } from '@retention/domain';
import { requireScope } from '@retention/graphql-kit';
import { GraphQLError } from 'graphql';
import { JobBudgetError, JobType, toJobType } from '@retention/jobs';
import { nowFor } from '../campaigns/clock';
import { CampaignStatus } from '../campaigns/campaign.enums';
import type { CampaignsContext } from '../context';
import { latestMonths } from './list-builder';
import { MemberStatus, SuppressionReason } from './list.enums';
import { ListError, ListErrorCode } from './list.errors';
import { ListMemberConnection, TargetListType } from './target-list.type';

@Resolver(() => TargetListType)
export class TargetListResolver {
  @Authorized(Capability.CUSTOMER_READ)
  @FieldResolver(() => ListMemberConnection, { description: 'Members ordered by subscriberId; customer-level, so branch planners see their own branch only.' })
  members(
    @Root() list: TargetListType,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('status', () => MemberStatus, { nullable: true }) status: MemberStatus | null,
    @Arg('reason', () => SuppressionReason, { nullable: true }) reason: SuppressionReason | null,
    @Arg('stratum', () => String, { nullable: true }) stratum: string | null,
    @Ctx() ctx: CampaignsContext,
  ): Promise<ListMemberConnection> {
    if (!scopeReachesBranch(requireScope(ctx, Capability.CUSTOMER_READ), list.branchCode)) {
      throw new ListError(ListErrorCode.NOT_YOUR_BRANCH, `members: ${list.branchCode} is not your branch`, { field: 'members' });
    }
    return ctx.lists.members(list.campaignId, list.branchCode, { first, after, status, reason, stratum });
  }

  @Authorized(Capability.LIST_EXECUTE)
  @Mutation(() => JobType, { description: 'Builds (or, after dispatch, tops up) the list of one executing branch in the background.' })
  buildTargetList(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('branchCode', () => String) branchCode: string,
    @Arg('asOf', () => String, { nullable: true, description: 'Outside production only: "now" for the build (ISO 8601).' }) asOf: string | null,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey: string | null,
    @Ctx() ctx: CampaignsContext,
  ): Promise<JobType> {
    return this.enqueue(campaignId, [branchCode], 'branchCode', asOf, idempotencyKey, ctx);
  }

  @Authorized(Capability.LIST_EXECUTE)
  @Mutation(() => JobType, { description: 'Builds the lists of several executing branches (default: every one the caller may) in one background pass.' })
  buildTargetLists(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('branchCodes', () => [String], { nullable: true }) branchCodes: string[] | null,
    @Arg('asOf', () => String, { nullable: true, description: 'Outside production only: "now" for the build (ISO 8601).' }) asOf: string | null,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey: string | null,
    @Ctx() ctx: CampaignsContext,
  ): Promise<JobType> {
    return this.enqueue(campaignId, branchCodes, 'branchCodes', asOf, idempotencyKey, ctx);
  }

  private async enqueue(campaignId: string, requested: string[] | null, field: string, asOf: string | null, idempotencyKey: string | null, ctx: CampaignsContext): Promise<JobType> {
    const scope = requireScope(ctx, Capability.LIST_EXECUTE);
    const campaign = await ctx.campaigns.get(campaignId);
    const branches = requested ?? campaign.executingBranchCodes.filter((b) => scopeReachesBranch(scope, b));
    if (branches.length === 0) throw new ListError(ListErrorCode.BRANCH_NOT_EXECUTING, `${field}: no branch of yours executes this campaign`, { field, branch: '—' });
    const foreign = branches.find((b) => !scopeReachesBranch(scope, b));
    if (foreign) throw new ListError(ListErrorCode.NOT_YOUR_BRANCH, `${field}: ${foreign} is not your branch`, { field });
    if (campaign.status !== CampaignStatus.PUBLISHED) throw new ListError(ListErrorCode.NOT_PUBLISHED, `campaignId: the campaign is ${campaign.status}`, { field: 'campaignId', status: campaign.status });
    const idle = branches.find((b) => !campaign.executingBranchCodes.includes(b));
    if (idle) throw new ListError(ListErrorCode.BRANCH_NOT_EXECUTING, `${field}: ${idle} does not execute this campaign`, { field, branch: idle });
    if (!(await latestMonths(ctx.dataSource)).refreshed) throw new ListError(ListErrorCode.NO_REFRESHED_MONTH, 'no refreshed month to build from', {});
    const now = nowFor(asOf);
    const params = branches.length === 1 ? { campaignId, branchCode: branches[0], now: now.toISOString() } : { campaignId, branchCodes: branches, now: now.toISOString() };
    const jobId = await ctx.queue.enqueueBuild(params, ctx.user!.username, idempotencyKey?.trim() || null).catch((error: unknown) => {
      if (error instanceof JobBudgetError) throw new GraphQLError(error.message, { extensions: { code: 'SERVICE_BUSY' } });
      throw error;
    });
    await ctx.dataSource.query(
      `INSERT INTO campaigns.target_list (campaign_id, branch_code, status, job_id) SELECT $1, b, 'BUILDING', $3 FROM unnest($2::text[]) AS b
       ON CONFLICT (campaign_id, branch_code) DO UPDATE SET status = 'BUILDING', job_id = EXCLUDED.job_id
       WHERE campaigns.target_list.job_id IS DISTINCT FROM EXCLUDED.job_id`,
      [campaignId, branches, jobId],
    );
    return toJobType((await ctx.queue.jobs.find(jobId))!);
  }

  @Authorized(Capability.LIST_EXECUTE)
  @Query(() => JobType, { description: 'A list build or do-not-contact import with its progress.' })
  async campaignJob(@Arg('id', () => ID) id: string, @Ctx() ctx: CampaignsContext): Promise<JobType> {
    const job = /^[0-9a-f-]{36}$/i.test(id) ? await ctx.queue.jobs.find(id) : null;
    const params = job?.params as { branchCode?: string | null; branchCodes?: string[] } | undefined;
    const scope = requireScope(ctx, Capability.LIST_EXECUTE);
    const jobBranches = params?.branchCodes ?? [params?.branchCode ?? null];
    if (!job || (scope.reach !== 'ALL' && jobBranches.some((b) => b !== scope.branchCode))) throw new ListError(ListErrorCode.JOB_NOT_FOUND, `id: no job ${id}`, { field: 'id' });
    return toJobType(job);
  }
}
