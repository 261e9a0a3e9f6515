import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { scopeReachesBranch } from '@retention/auth';
import { Capability, maskMsisdn } from '@retention/domain';
import { requireScope } from '@retention/graphql-kit';
import type { CampaignsContext } from '../context';
import { ListError, ListErrorCode } from '../lists/list.errors';
import { TaskStatus } from './task.enums';
import { invalidDispatch } from './task.errors';

@ObjectType('CampaignTask', { description: 'A dispatched customer as the branch planner sees it (for reassigning): the number masked.' })
export class CampaignTaskType {
  @Field(() => ID)
  id: string;

  @Field()
  subscriberId: string;

  @Field()
  msisdnMasked: string;

  @Field(() => ID)
  assigneeId: string;

  @Field()
  assigneeName: string;

  @Field({ description: 'PHONE_MANAGER or ACCOUNT_MANAGER' })
  channel: string;

  @Field({ description: 'YYYY-MM-DD' })
  plannedDay: string;

  @Field(() => TaskStatus)
  status: TaskStatus;

  @Field(() => Date, { nullable: true })
  callbackAt: Date | null;
}

@ObjectType('CampaignTaskPageInfo')
class CampaignTaskPageInfo {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

@ObjectType('CampaignTaskConnection', { description: 'Tasks ordered by customer id.' })
export class CampaignTaskConnection {
  @Field(() => Int)
  totalCount: number;

  @Field(() => CampaignTaskPageInfo)
  pageInfo: CampaignTaskPageInfo;

  @Field(() => [CampaignTaskType])
  nodes: CampaignTaskType[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Row {
  id: string;
  subscriber_id: string;
  msisdn: string | null;
  assignee_id: string;
  assignee_name: string | null;
  channel: string;
  planned_day: string;
  status: TaskStatus;
  callback_at: Date | null;
  total: number;
}

/** The tasks of one (campaign, branch), for the planner's reassignment (reassignTasks). */
@Resolver(() => CampaignTaskType)
export class CampaignTasksResolver {
  @Authorized(Capability.LIST_EXECUTE)
  @Query(() => CampaignTaskConnection, { description: 'The tasks of a campaign in a branch (optionally one manager’s, some statuses), ordered by customer id.' })
  async campaignTasks(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('branchCode', () => String) branchCode: string,
    @Arg('assigneeId', () => ID, { nullable: true }) assigneeId: string | null,
    @Arg('statuses', () => [TaskStatus], { nullable: true, description: 'Default: every status.' }) statuses: TaskStatus[] | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: CampaignsContext,
  ): Promise<CampaignTaskConnection> {
    if (!scopeReachesBranch(requireScope(ctx, Capability.LIST_EXECUTE), branchCode)) throw new ListError(ListErrorCode.NOT_YOUR_BRANCH, `branchCode: ${branchCode} is not your branch`, { field: 'branchCode' });
    if (!UUID.test(campaignId)) throw invalidDispatch('campaignId', 'not a campaign id', '不是有效的活动编号');
    if (assigneeId && !UUID.test(assigneeId)) throw invalidDispatch('assigneeId', 'not a user id', '不是有效的用户编号');
    if (!Number.isInteger(first) || first < 1 || first > 1000) throw invalidDispatch('first', 'between 1 and 1000', '每页条数须在 1 到 1000 之间');
    const rows: Row[] = await ctx.dataSource.query(
      `WITH matching AS (
         SELECT t.* FROM campaigns.task t
         WHERE t.campaign_id = $1::uuid AND t.branch_code = $2 AND ($3::uuid IS NULL OR t.assignee_id = $3::uuid) AND ($4::text[] IS NULL OR t.status = ANY ($4::text[]))
       ), total AS (SELECT count(*)::int AS n FROM matching)
       SELECT m.id, m.subscriber_id, sc.msisdn, m.assignee_id, st.display_name AS assignee_name, m.channel, to_char(m.planned_day, 'YYYY-MM-DD') AS planned_day,
              m.status, m.callback_at, total.n AS total
       FROM matching m CROSS JOIN total
       LEFT JOIN segments_api.subscriber_contact_v1 sc ON sc.subscriber_id = m.subscriber_id
       LEFT JOIN training_api.staff_v1 st ON st.user_id = m.assignee_id
       WHERE ($5::text IS NULL OR m.subscriber_id COLLATE "C" > $5::text COLLATE "C")
       ORDER BY m.subscriber_id COLLATE "C" LIMIT $6`,
      [campaignId, branchCode, assigneeId ?? null, statuses ?? null, after ?? null, first + 1],
    );
    let totalCount = rows[0]?.total;
    if (totalCount === undefined) {
      const [row] = await ctx.dataSource.query(
        `SELECT count(*)::int AS n FROM campaigns.task t WHERE t.campaign_id = $1::uuid AND t.branch_code = $2 AND ($3::uuid IS NULL OR t.assignee_id = $3::uuid) AND ($4::text[] IS NULL OR t.status = ANY ($4::text[]))`,
        [campaignId, branchCode, assigneeId ?? null, statuses ?? null],
      );
      totalCount = row.n;
    }
    const page = rows.slice(0, first);
    return {
      totalCount: totalCount ?? 0,
      pageInfo: { endCursor: page.length ? page[page.length - 1].subscriber_id : after ?? null, hasNextPage: rows.length > first },
      nodes: page.map((r) => ({
        id: r.id, subscriberId: r.subscriber_id, msisdnMasked: r.msisdn ? maskMsisdn(r.msisdn) : '', assigneeId: r.assignee_id, assigneeName: r.assignee_name ?? r.assignee_id,
        channel: r.channel, plannedDay: r.planned_day, status: r.status, callbackAt: r.callback_at,
      })),
    };
  }
}
