import type { DataSource } from 'typeorm';
import { CampaignChannel, CampaignStatus } from '../campaigns/campaign.enums';
import { ListError, ListErrorCode } from '../lists/list.errors';
import { invalidDispatch } from './task.errors';
import type { DispatchResultType } from './task.type';

/** A manager's daily capacity when none is set (DOMAIN.md §5). */
export const DEFAULT_DAILY_CAPACITY = 80;

export interface DispatchRequest {
  campaignId: string;
  branchCode: string;
  managerIds: string[] | null;
  startDay: string | null;
  now: Date;
}

/**
 * Dispatches a list's treated customers without a task to the branch's managers, in one
 * statement: free slots per (manager, day) = capacity − tasks already planned that day;
 * slots are used day by day, each day water-filled by open tasks (the manager with the
 * fewest takes the next); customers in subscriber order. Account-manager customers (VIP
 * card, or A/B group key member) go to ACCOUNT staff when the campaign has that channel.
 * What does not fit is overflow, reported, never dropped silently. Control is never dispatched.
 */
export async function dispatchList(dataSource: DataSource, request: DispatchRequest): Promise<DispatchResultType> {
  return dataSource.transaction(async (manager) => {
    const [campaign]: { status: string; channels: string[]; start_date: string | null; end_date: string | null }[] = await manager.query(
      `SELECT status, channels, to_char(start_date, 'YYYY-MM-DD') AS start_date, to_char(end_date, 'YYYY-MM-DD') AS end_date
       FROM campaigns.campaign WHERE id = $1 FOR UPDATE`,
      [request.campaignId],
    );
    if (campaign.status !== CampaignStatus.PUBLISHED) throw new ListError(ListErrorCode.NOT_PUBLISHED, `campaignId: the campaign is ${campaign.status}`, { field: 'campaignId', status: campaign.status });
    const [list] = await manager.query('SELECT status, dispatched_at FROM campaigns.target_list WHERE campaign_id = $1 AND branch_code = $2 FOR UPDATE', [request.campaignId, request.branchCode]);
    if (!list || list.status === 'FAILED' || (list.status === 'BUILDING' && !list.dispatched_at)) {
      throw new ListError(list?.status === 'BUILDING' ? ListErrorCode.LIST_BUSY : ListErrorCode.LIST_NOT_BUILT, 'build the list before dispatching it', { field: 'branchCode' });
    }
    const today = request.now.toISOString().slice(0, 10);
    const from = [campaign.start_date ?? today, today, request.startDay ?? today].sort().pop()!;
    const to = campaign.end_date ?? from;
    if (request.startDay && request.startDay > to) throw invalidDispatch('input.startDay', `is after the campaign's end ${to}`, `晚于活动结束日期 ${to}`);
    const routeToAccount = campaign.channels.includes(CampaignChannel.ACCOUNT_MANAGER);

    const rows: { kind: string; user_id: string | null; name: string | null; contact_kind: string | null; assigned: number; open: number; overflow: string[] | null; overflow_n: number }[] = await manager.query(
      `WITH cand AS (
         SELECT m.subscriber_id,
                CASE WHEN $3::boolean AND (s.vip_card IN ('DIAMOND','GOLD','SILVER') OR (s.group_class IN ('A','B') AND s.group_key_member)) THEN 'ACCOUNT' ELSE 'PHONE' END AS pool
         FROM campaigns.list_member m JOIN segments_api.subscriber_v1 s ON s.subscriber_id = m.subscriber_id
         WHERE m.campaign_id = $1 AND m.branch_code = $2 AND m.status = 'TREATED'
           AND NOT EXISTS (SELECT 1 FROM campaigns.task t WHERE t.campaign_id = $1 AND t.subscriber_id = m.subscriber_id)
       ), cand_n AS (
         SELECT c.*, row_number() OVER (PARTITION BY c.pool ORDER BY c.subscriber_id COLLATE "C") AS n FROM cand c
       ), staff AS (
         SELECT st.user_id, st.display_name, st.contact_kind AS pool FROM training_api.staff_v1 st
         WHERE st.branch_code = $2 AND st.staff_role = 'PHONE_MANAGER' AND st.active AND st.user_id IS NOT NULL
           AND ($4::uuid[] IS NULL OR st.user_id = ANY ($4::uuid[]))
       ), open_now AS (
         SELECT t.assignee_id, count(*) AS open FROM campaigns.task t WHERE t.status IN ('OPEN','CALLBACK') GROUP BY t.assignee_id
       ), free AS (
         SELECT st.user_id, st.pool, d.day::date AS day, coalesce(o.open, 0) AS open,
                greatest(0, coalesce(cd.capacity, cdef.capacity, ${DEFAULT_DAILY_CAPACITY}) - coalesce(used.n, 0))::int AS free
         FROM staff st
         CROSS JOIN generate_series($5::date, $6::date, interval '1 day') AS d (day)
         LEFT JOIN campaigns.manager_capacity cd ON cd.user_id = st.user_id AND cd.day = d.day::date
         LEFT JOIN campaigns.manager_capacity cdef ON cdef.user_id = st.user_id AND cdef.day IS NULL
         LEFT JOIN open_now o ON o.assignee_id = st.user_id
         LEFT JOIN LATERAL (SELECT count(*) AS n FROM campaigns.task t WHERE t.assignee_id = st.user_id AND t.planned_day = d.day::date AND t.status <> 'WITHDRAWN') used ON true
       ), slots AS (
         SELECT f.user_id, f.pool, f.day, row_number() OVER (PARTITION BY f.pool ORDER BY f.day, f.open + k.k, f.user_id) AS n
         FROM free f CROSS JOIN LATERAL generate_series(1, f.free) AS k (k)
       ), inserted AS (
         INSERT INTO campaigns.task (campaign_id, branch_code, subscriber_id, assignee_id, channel, planned_day, created_at)
         SELECT $1, $2, c.subscriber_id, s.user_id, CASE WHEN c.pool = 'ACCOUNT' THEN 'ACCOUNT_MANAGER' ELSE 'PHONE_MANAGER' END, s.day, $7::timestamptz
         FROM cand_n c JOIN slots s ON s.pool = c.pool AND s.n = c.n
         RETURNING assignee_id, subscriber_id
       )
       SELECT 'manager' AS kind, st.user_id, st.display_name AS name, st.pool AS contact_kind,
              (SELECT count(*) FROM inserted i WHERE i.assignee_id = st.user_id)::int AS assigned,
              (coalesce((SELECT o.open FROM open_now o WHERE o.assignee_id = st.user_id), 0) + (SELECT count(*) FROM inserted i WHERE i.assignee_id = st.user_id))::int AS open,
              NULL::text[] AS overflow, 0 AS overflow_n
       FROM staff st
       UNION ALL
       SELECT 'overflow', NULL, NULL, NULL, 0, 0,
              (SELECT array_agg(x.subscriber_id ORDER BY x.subscriber_id COLLATE "C") FROM (SELECT c.subscriber_id FROM cand c WHERE c.subscriber_id NOT IN (SELECT subscriber_id FROM inserted) ORDER BY c.subscriber_id COLLATE "C" LIMIT 200) x),
              ((SELECT count(*) FROM cand) - (SELECT count(*) FROM inserted))::int`,
      [request.campaignId, request.branchCode, routeToAccount, request.managerIds, from, to, request.now.toISOString()],
    );
    await manager.query(
      `UPDATE campaigns.target_list SET dispatched_at = coalesce(dispatched_at, $3::timestamptz), status = 'DISPATCHED' WHERE campaign_id = $1 AND branch_code = $2`,
      [request.campaignId, request.branchCode, request.now.toISOString()],
    );
    const managers = rows.filter((r) => r.kind === 'manager');
    const overflow = rows.find((r) => r.kind === 'overflow')!;
    return {
      dispatched: managers.reduce((sum, m) => sum + m.assigned, 0),
      overflow: overflow.overflow_n,
      overflowSubscriberIds: overflow.overflow ?? [],
      managers: managers.map((m) => ({ userId: m.user_id!, name: m.name!, contactKind: m.contact_kind!, assigned: m.assigned, open: m.open })).sort((a, b) => a.name.localeCompare(b.name)),
      fromDay: from,
      toDay: to < from ? null : to,
    };
  });
}
