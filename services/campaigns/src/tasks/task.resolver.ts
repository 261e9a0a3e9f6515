import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { scopeBranches, scopeReachesBranch } from '@retention/auth';
import { Capability } from '@retention/domain';
import { requireScope } from '@retention/graphql-kit';
import { nowFor } from '../campaigns/clock';
import { CampaignType, OfferTierType } from '../campaigns/campaign.type';
import type { CampaignsContext } from '../context';
import { ListError, ListErrorCode } from '../lists/list.errors';
import { SubscriberRef } from '../org/subscriber-ref.type';
import { DEFAULT_DAILY_CAPACITY, dispatchList } from './dispatch.service';
import { invalidDispatch } from './task.errors';
import { localDay } from './task.service';
import { AcceptedOfferType, ContactType, DispatchInput, DispatchResultType, RecordContactInput, TaskType } from './task.type';

@ObjectType('MsisdnReveal', { description: 'One reveal of a full number (audit log).' })
export class MsisdnRevealType {
  @Field(() => ID)
  userId: string;

  @Field(() => ID)
  taskId: string;

  @Field()
  subscriberId: string;

  @Field()
  at: Date;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function dayArg(value: string | null, field: string): string | null {
  if (value === null || value === undefined) return null;
  if (!DAY.test(value) || Number.isNaN(new Date(`${value}T00:00:00Z`).getTime())) throw invalidDispatch(field, `"${value}" is not a day YYYY-MM-DD`, `"${value}" 不是有效日期（YYYY-MM-DD）`);
  return value;
}

@ObjectType('BranchManager', { description: 'A phone or account manager of a branch, with capacity and load.' })
export class BranchManagerType {
  @Field(() => ID)
  userId: string;

  @Field()
  name: string;

  @Field({ description: 'PHONE (电话经理) or ACCOUNT (客户经理)' })
  contactKind: string;

  @Field(() => Int, { description: 'Calls a day (default 80).' })
  capacity: number;

  @Field(() => [String], { description: 'Days off (capacity 0), YYYY-MM-DD.' })
  daysOff: string[];

  @Field(() => Int)
  openTasks: number;
}

@Resolver(() => TaskType)
export class TaskResolver {
  @Authorized(Capability.LIST_EXECUTE)
  @Query(() => [BranchManagerType], { description: 'The active managers of a branch, for dispatch and capacity.' })
  async branchManagers(@Arg('branchCode', () => String) branchCode: string, @Ctx() ctx: CampaignsContext): Promise<BranchManagerType[]> {
    if (!scopeReachesBranch(requireScope(ctx, Capability.LIST_EXECUTE), branchCode)) throw new ListError(ListErrorCode.NOT_YOUR_BRANCH, `branchCode: ${branchCode} is not your branch`, { field: 'branchCode' });
    return ctx.dataSource.query(
      `SELECT st.user_id AS "userId", st.display_name AS name, st.contact_kind AS "contactKind",
              coalesce((SELECT c.capacity FROM campaigns.manager_capacity c WHERE c.user_id = st.user_id AND c.day IS NULL), ${DEFAULT_DAILY_CAPACITY}) AS capacity,
              coalesce((SELECT array_agg(to_char(c.day, 'YYYY-MM-DD') ORDER BY c.day) FROM campaigns.manager_capacity c WHERE c.user_id = st.user_id AND c.capacity = 0 AND c.day >= current_date), '{}') AS "daysOff",
              (SELECT count(*)::int FROM campaigns.task t WHERE t.assignee_id = st.user_id AND t.status IN ('OPEN','CALLBACK')) AS "openTasks"
       FROM training_api.staff_v1 st
       WHERE st.branch_code = $1 AND st.staff_role = 'PHONE_MANAGER' AND st.active AND st.user_id IS NOT NULL
       ORDER BY st.contact_kind DESC, st.display_name`,
      [branchCode],
    );
  }

  @Authorized(Capability.LIST_EXECUTE)
  @Mutation(() => DispatchResultType, { description: 'Dispatches the treated customers without a task to the branch’s managers; what does not fit is reported as overflow.' })
  async dispatchTargetList(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('branchCode', () => String) branchCode: string,
    @Arg('input', () => DispatchInput, { nullable: true }) input: DispatchInput | null,
    @Ctx() ctx: CampaignsContext,
  ): Promise<DispatchResultType> {
    if (!scopeReachesBranch(requireScope(ctx, Capability.LIST_EXECUTE), branchCode)) throw new ListError(ListErrorCode.NOT_YOUR_BRANCH, `branchCode: ${branchCode} is not your branch`, { field: 'branchCode' });
    const campaign = await ctx.campaigns.get(campaignId);
    if (!campaign.executingBranchCodes.includes(branchCode)) throw new ListError(ListErrorCode.BRANCH_NOT_EXECUTING, `branchCode: ${branchCode} does not execute this campaign`, { field: 'branchCode', branch: branchCode });
    const ids = input?.managerIds ?? null;
    if (ids && ids.some((id) => !/^[0-9a-f-]{36}$/i.test(id))) throw invalidDispatch('input.managerIds', 'not user ids', '不是有效的用户编号');
    if (ids && ids.length === 0) throw invalidDispatch('input.managerIds', 'choose at least one manager', '至少选择一位经理');
    await ctx.tasks.withdrawOffNetwork();
    return dispatchList(ctx.dataSource, { campaignId, branchCode, managerIds: ids, startDay: dayArg(input?.startDay ?? null, 'input.startDay'), now: nowFor(input?.asOf) });
  }

  @Authorized(Capability.TASK_WORK)
  @Query(() => [TaskType], { description: 'The caller’s worklist for a day (default today): overdue callbacks and tasks first.' })
  myTasks(@Arg('day', () => String, { nullable: true, description: 'YYYY-MM-DD' }) day: string | null, @Ctx() ctx: CampaignsContext): Promise<TaskType[]> {
    const now = nowFor(null);
    return ctx.tasks.myTasks(ctx.user!.id, dayArg(day, 'day') ?? localDay(now), now);
  }

  @Authorized(Capability.TASK_WORK)
  @Query(() => TaskType, { description: 'One of the caller’s tasks.' })
  task(@Arg('id', () => ID) id: string, @Ctx() ctx: CampaignsContext): Promise<TaskType> {
    return ctx.tasks.find(id, ctx.user!.id, null);
  }

  @Authorized(Capability.TASK_WORK)
  @Mutation(() => String, { description: 'The full number of a customer on the caller’s own task; every reveal is audit-logged.' })
  revealMsisdn(@Arg('taskId', () => ID) taskId: string, @Ctx() ctx: CampaignsContext): Promise<string> {
    return ctx.tasks.revealMsisdn(ctx.user!, taskId);
  }

  @Authorized(Capability.LIST_EXECUTE)
  @Query(() => [MsisdnRevealType], { description: 'Who revealed which number when (the planner’s audit view).' })
  msisdnReveals(@Arg('subscriberId', () => String, { nullable: true }) subscriberId: string | null, @Ctx() ctx: CampaignsContext) {
    return ctx.tasks.reveals(subscriberId ? [subscriberId] : null, scopeBranches(requireScope(ctx, Capability.LIST_EXECUTE)), 200);
  }

  @Authorized(Capability.TASK_WORK)
  @Mutation(() => ContactType, { description: 'Records one attempt on the caller’s task; the same idempotencyKey again returns the first record.' })
  recordContact(@Arg('input', () => RecordContactInput) input: RecordContactInput, @Ctx() ctx: CampaignsContext): Promise<ContactType> {
    return ctx.tasks.recordContact(ctx.user!, input, nowFor(input.asOf));
  }

  @Authorized(Capability.LIST_EXECUTE)
  @Mutation(() => Int, { description: 'Moves open tasks to another manager of the same branch; returns how many moved.' })
  reassignTasks(@Arg('taskIds', () => [ID]) taskIds: string[], @Arg('toUserId', () => ID) toUserId: string, @Ctx() ctx: CampaignsContext): Promise<number> {
    if (!/^[0-9a-f-]{36}$/i.test(toUserId)) throw invalidDispatch('toUserId', 'not a user id', '不是有效的用户编号');
    return ctx.tasks.reassign(taskIds, toUserId, scopeBranches(requireScope(ctx, Capability.LIST_EXECUTE)), ctx.user!);
  }

  @Authorized(Capability.LIST_EXECUTE)
  @Mutation(() => Boolean, { description: 'A manager’s daily capacity (default 80), for every day (day null) or one day (0 = a day off).' })
  async setManagerCapacity(
    @Arg('userId', () => ID) userId: string,
    @Arg('capacity', () => Int) capacity: number,
    @Arg('day', () => String, { nullable: true }) day: string | null,
    @Ctx() ctx: CampaignsContext,
  ): Promise<boolean> {
    if (capacity < 0 || capacity > 500) throw invalidDispatch('capacity', 'between 0 and 500 calls a day', '每日容量须在 0 到 500 之间');
    const scope = requireScope(ctx, Capability.LIST_EXECUTE);
    const [staff] = /^[0-9a-f-]{36}$/i.test(userId) ? await ctx.dataSource.query(`SELECT branch_code FROM training_api.staff_v1 WHERE user_id = $1 AND staff_role = 'PHONE_MANAGER'`, [userId]) : [];
    if (!staff || !scopeReachesBranch(scope, staff.branch_code)) throw invalidDispatch('userId', 'not a manager of your branch', '不是本分公司的经理');
    await ctx.dataSource.query(
      `INSERT INTO campaigns.manager_capacity (user_id, day, capacity) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, coalesce(day, '0001-01-01'::date)) DO UPDATE SET capacity = EXCLUDED.capacity`,
      [userId, dayArg(day, 'day'), capacity],
    );
    return true;
  }

  @Authorized(Capability.TASK_WORK)
  @FieldResolver(() => CampaignType)
  campaign(@Root() task: TaskType, @Ctx() ctx: CampaignsContext): Promise<CampaignType | null> {
    return ctx.loaders.campaignById.load(task.campaignId);
  }

  @Authorized(Capability.TASK_WORK)
  @FieldResolver(() => SubscriberRef, { description: 'The customer’s portrait, resolved by segments.' })
  subscriber(@Root() task: TaskType): SubscriberRef {
    return { id: task.subscriberId };
  }

  @Authorized(Capability.TASK_WORK)
  @FieldResolver(() => [OfferTierType], { description: 'The campaign’s tiers whose tenure range fits this customer.' })
  qualifyingTiers(@Root() task: TaskType, @Ctx() ctx: CampaignsContext): Promise<OfferTierType[]> {
    return ctx.tasks.tiersFor(task);
  }

  @Authorized(Capability.TASK_WORK)
  @FieldResolver(() => [ContactType], { description: 'The customer’s contact history, newest first.' })
  history(@Root() task: TaskType, @Ctx() ctx: CampaignsContext): Promise<ContactType[]> {
    return ctx.tasks.history(task.subscriberId);
  }

  @Authorized(Capability.TASK_WORK)
  @FieldResolver(() => [AcceptedOfferType], { description: 'Offers the customer accepted here, with their stage.' })
  acceptedOffers(@Root() task: TaskType, @Ctx() ctx: CampaignsContext): Promise<AcceptedOfferType[]> {
    return ctx.tasks.acceptedOffers(task.subscriberId, nowFor(null));
  }
}
