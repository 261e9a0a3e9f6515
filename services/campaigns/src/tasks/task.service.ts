import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '@retention/auth';
import { maskMsisdn } from '@retention/domain';
import { toOfferTier, type OfferTierRow } from '../campaigns/campaign-row';
import type { OfferTierType } from '../campaigns/campaign.type';
import { latestMonths } from '../lists/list-builder';
import { ContactOutcome, FINAL_OUTCOMES, OfferStage, TaskStatus } from './task.enums';
import { invalidContact, TaskError, TaskErrorCode } from './task.errors';
import type { AcceptedOfferType, ContactType, ExecutionSummaryType, RecordContactInput, TaskType } from './task.type';

interface TaskRow {
  id: string;
  campaign_id: string;
  branch_code: string;
  subscriber_id: string;
  msisdn: string | null;
  assignee_id: string;
  channel: string;
  planned_day: string;
  status: TaskStatus;
  callback_at: Date | null;
  withdrawn_reason: string | null;
  overdue: boolean;
  tenure_months: number | null;
  retention_class: string | null;
}

const toTask = (r: TaskRow): TaskType => ({
  id: r.id,
  campaignId: r.campaign_id,
  branchCode: r.branch_code,
  subscriberId: r.subscriber_id,
  msisdnMasked: r.msisdn ? maskMsisdn(r.msisdn) : '',
  assigneeId: r.assignee_id,
  channel: r.channel,
  plannedDay: r.planned_day,
  status: r.status,
  callbackAt: r.callback_at,
  overdue: r.overdue,
  withdrawnReason: r.withdrawn_reason,
  tenureMonths: r.tenure_months,
  retentionClass: r.retention_class,
});

interface ContactRow {
  id: string;
  task_id: string;
  campaign_id: string;
  subscriber_id: string;
  outcome: ContactOutcome;
  offer_tier_code: string | null;
  callback_at: Date | null;
  complaint: boolean;
  complaint_valid: boolean | null;
  complaint_text: string | null;
  note: string;
  cost: string;
  contacted_at: Date;
  agent_id: string;
  payload_hash?: string;
}

export const toContact = (r: ContactRow): ContactType => ({
  id: r.id,
  taskId: r.task_id,
  campaignId: r.campaign_id,
  subscriberId: r.subscriber_id,
  outcome: r.outcome,
  offerTierCode: r.offer_tier_code,
  callbackAt: r.callback_at,
  complaint: r.complaint ? { valid: r.complaint_valid ?? false, text: r.complaint_text } : null,
  note: r.note,
  cost: Number(r.cost),
  contactedAt: r.contacted_at,
  agentId: r.agent_id,
});

const TASK_SELECT = `SELECT t.id, t.campaign_id, t.branch_code, t.subscriber_id, sc.msisdn, t.assignee_id, t.channel,
    to_char(t.planned_day, 'YYYY-MM-DD') AS planned_day, t.status, t.callback_at, t.withdrawn_reason,
    (t.status IN ('OPEN','CALLBACK') AND (t.planned_day < $2::date OR (t.status = 'CALLBACK' AND t.callback_at < $3::timestamptz))) AS overdue,
    mb.tenure_months, mb.retention_class
  FROM campaigns.task t
  LEFT JOIN segments_api.subscriber_contact_v1 sc ON sc.subscriber_id = t.subscriber_id
  LEFT JOIN campaigns.target_list l ON l.campaign_id = t.campaign_id AND l.branch_code = t.branch_code
  LEFT JOIN segments_api.membership_v1 mb ON mb.subscriber_id = t.subscriber_id AND mb.month = l.month`;

/** The day of a time in the users' time zone (Sichuan: UTC+8), YYYY-MM-DD. */
export function localDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

export class TaskService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Open tasks of customers who left the network in a month loaded after their list was
   * built are withdrawn: nobody calls a customer who is gone.
   */
  async withdrawOffNetwork(): Promise<void> {
    const { loaded } = await latestMonths(this.dataSource);
    if (!loaded) return;
    await this.dataSource.query(
      `UPDATE campaigns.task t SET status = 'WITHDRAWN', withdrawn_reason = 'NOT_ON_NETWORK', updated_at = now()
       FROM campaigns.target_list l
       WHERE l.campaign_id = t.campaign_id AND l.branch_code = t.branch_code AND t.status IN ('OPEN','CALLBACK') AND l.month < $1::date
         AND NOT EXISTS (SELECT 1 FROM segments_api.usage_month_v1 u WHERE u.subscriber_id = t.subscriber_id AND u.month = $1::date AND u.on_network)`,
      [loaded],
    );
  }

  /** A manager's worklist for a day: overdue callbacks and tasks first, then the day's callbacks and tasks. */
  async myTasks(userId: string, day: string, now: Date): Promise<TaskType[]> {
    await this.withdrawOffNetwork();
    const rows: TaskRow[] = await this.dataSource.query(
      `${TASK_SELECT}
       WHERE t.assignee_id = $1::uuid AND t.status IN ('OPEN','CALLBACK') AND (t.planned_day <= $2::date OR (t.status = 'CALLBACK' AND t.callback_at < ($2::date + 1)::timestamptz))
       ORDER BY (t.status = 'CALLBACK' AND t.callback_at < $3::timestamptz) DESC, (t.planned_day < $2::date) DESC, t.status = 'CALLBACK' DESC,
                t.callback_at NULLS LAST, t.planned_day, t.subscriber_id COLLATE "C"`,
      [userId, day, now.toISOString()],
    );
    return rows.map(toTask);
  }

  /** One task of the caller (assignee), or a planner's view of a task in their branches (null = all). */
  async find(taskId: string, assigneeId: string | null, branches: string[] | null, manager: EntityManager | DataSource = this.dataSource): Promise<TaskType> {
    const now = new Date();
    const rows: TaskRow[] = /^[0-9a-f-]{36}$/i.test(taskId)
      ? await manager.query(
          `${TASK_SELECT} WHERE t.id = $1::uuid AND ($4::uuid IS NULL OR t.assignee_id = $4::uuid) AND ($5::text[] IS NULL OR t.branch_code = ANY ($5::text[]))`,
          [taskId, localDay(now), now.toISOString(), assigneeId, branches],
        )
      : [];
    if (rows.length === 0) throw new TaskError(TaskErrorCode.TASK_NOT_FOUND, `taskId: no task ${taskId} of yours`, { field: 'taskId' });
    return toTask(rows[0]);
  }

  /** The full number, for the assigned manager only; every reveal is journaled. */
  async revealMsisdn(user: AuthUser, taskId: string): Promise<string> {
    const task = await this.find(taskId, user.id, null);
    const [row] = await this.dataSource.query('SELECT msisdn FROM segments_api.subscriber_contact_v1 WHERE subscriber_id = $1', [task.subscriberId]);
    await this.dataSource.query('INSERT INTO campaigns.msisdn_reveal (user_id, task_id, subscriber_id) VALUES ($1, $2, $3)', [user.id, task.id, task.subscriberId]);
    return row?.msisdn ?? '';
  }

  async reveals(subscriberIds: string[] | null, branches: string[] | null, limit: number): Promise<{ userId: string; taskId: string; subscriberId: string; at: Date }[]> {
    const rows = await this.dataSource.query(
      `SELECT r.user_id, r.task_id, r.subscriber_id, r.at FROM campaigns.msisdn_reveal r JOIN campaigns.task t ON t.id = r.task_id
       WHERE ($1::text[] IS NULL OR r.subscriber_id = ANY ($1::text[])) AND ($2::text[] IS NULL OR t.branch_code = ANY ($2::text[]))
       ORDER BY r.at DESC LIMIT $3`,
      [subscriberIds, branches, limit],
    );
    return rows.map((r: { user_id: string; task_id: string; subscriber_id: string; at: Date }) => ({ userId: r.user_id, taskId: r.task_id, subscriberId: r.subscriber_id, at: r.at }));
  }

  async tiersFor(task: TaskType): Promise<OfferTierType[]> {
    const rows: OfferTierRow[] = await this.dataSource.query(
      `SELECT * FROM campaigns.offer_tier WHERE campaign_id = $1
         AND ($2::int IS NULL OR ((tenure_min_months IS NULL OR tenure_min_months <= $2) AND (tenure_max_months IS NULL OR tenure_max_months >= $2)))
       ORDER BY position`,
      [task.campaignId, task.tenureMonths],
    );
    return rows.map(toOfferTier);
  }

  /** The customer's contact history (every campaign), newest first. */
  async history(subscriberId: string): Promise<ContactType[]> {
    const rows: ContactRow[] = await this.dataSource.query('SELECT * FROM campaigns.contact WHERE subscriber_id = $1 ORDER BY contacted_at DESC, id LIMIT 50', [subscriberId]);
    return rows.map(toContact);
  }

  async acceptedOffers(subscriberId: string, now: Date): Promise<AcceptedOfferType[]> {
    const { loaded } = await latestMonths(this.dataSource);
    const rows: { tier: string; kind: string; start_month: string; months: number; stage: OfferStage }[] = await this.dataSource.query(
      `SELECT a.tier, a.kind, to_char(a.start_month, 'YYYY-MM') AS start_month, a.months,
              CASE WHEN $3::date IS NOT NULL AND $3::date >= a.start_month
                        AND NOT EXISTS (SELECT 1 FROM segments_api.usage_month_v1 u WHERE u.subscriber_id = a.subscriber_id AND u.month = $3::date AND u.on_network) THEN 'ENDED'
                   WHEN $2::date < a.start_month THEN 'RECOMMENDATION'
                   WHEN $2::date < (a.start_month + make_interval(months => a.trial_months))::date THEN 'TRIAL'
                   ELSE 'STABLE' END AS stage
       FROM campaigns.accepted_offer a WHERE a.subscriber_id = $1 ORDER BY a.accepted_at DESC`,
      [subscriberId, localDay(now), loaded],
    );
    return rows.map((r) => ({ tier: r.tier, kind: r.kind, startMonth: r.start_month, months: r.months, stage: r.stage }));
  }

  /** Records one attempt, idempotently per (agent, key); its effects on the task, do-not-contact and offers. */
  async recordContact(user: AuthUser, input: RecordContactInput, now: Date): Promise<ContactType> {
    const key = input.idempotencyKey.trim();
    if (key.length === 0 || key.length > 200) throw invalidContact('input.idempotencyKey', '1–200 characters', '幂等键须为 1–200 个字符');
    const payload = { taskId: input.taskId, outcome: input.outcome, offerTierCode: input.offerTierCode ?? null, callbackAt: input.callbackAt ?? null, complaint: input.complaint ?? null, note: input.note ?? null };
    const hash = createHash('sha256').update(JSON.stringify(payload)).digest('hex');
    return this.dataSource.transaction(async (manager) => {
      // Serialises attempts of one agent with one key: a double click waits, then finds the first.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${user.id}:${key}`]);
      const [existing]: ContactRow[] = await manager.query('SELECT * FROM campaigns.contact WHERE agent_id = $1 AND idempotency_key = $2', [user.id, key]);
      if (existing) {
        if (existing.payload_hash !== hash) throw new TaskError(TaskErrorCode.IDEMPOTENCY_CONFLICT, 'idempotencyKey: already used for a different contact', { field: 'input.idempotencyKey' });
        return toContact(existing);
      }
      const task = await this.find(input.taskId, user.id, null, manager);
      await manager.query('SELECT 1 FROM campaigns.task WHERE id = $1 FOR UPDATE', [task.id]);
      if (task.status === TaskStatus.DONE || task.status === TaskStatus.WITHDRAWN) {
        throw new TaskError(TaskErrorCode.TASK_CLOSED, `taskId: the task is ${task.status}`, { field: 'input.taskId', status: task.status });
      }
      const [campaign] = await manager.query('SELECT status FROM campaigns.campaign WHERE id = $1', [task.campaignId]);
      if (campaign.status !== 'PUBLISHED') throw new TaskError(TaskErrorCode.TASK_CLOSED, `taskId: the campaign is ${campaign.status}`, { field: 'input.taskId', status: campaign.status });

      let tier: OfferTierRow | null = null;
      if (input.outcome === ContactOutcome.ACCEPTED) {
        if (!input.offerTierCode) throw invalidContact('input.offerTierCode', 'an acceptance names the tier accepted', '受理时须选择档位');
        const tiers = await this.tiersFor(task);
        const found = tiers.find((t) => t.code === input.offerTierCode);
        if (!found) throw invalidContact('input.offerTierCode', `"${input.offerTierCode}" is not a tier this customer qualifies for`, `"${input.offerTierCode}" 不是该客户可办理的档位`);
        [tier] = await manager.query('SELECT * FROM campaigns.offer_tier WHERE campaign_id = $1 AND code = $2', [task.campaignId, found.code]);
      } else if (input.offerTierCode) {
        throw invalidContact('input.offerTierCode', 'only an ACCEPTED outcome has a tier', '只有"已受理"才选择档位');
      }
      let callbackAt: Date | null = null;
      if (input.outcome === ContactOutcome.HESITANT_CALLBACK) {
        if (!input.callbackAt) throw invalidContact('input.callbackAt', 'a callback needs its time', '犹豫回访须填写回访时间');
        callbackAt = new Date(input.callbackAt);
        if (Number.isNaN(callbackAt.getTime())) throw invalidContact('input.callbackAt', `"${input.callbackAt}" is not an ISO 8601 time`, `"${input.callbackAt}" 不是有效时间`);
        // "The same day" in the users' day (UTC+8) or in UTC, whichever the caller counts in; a few minutes of clock skew are allowed.
        const sameDay = localDay(callbackAt) === localDay(now) || callbackAt.toISOString().slice(0, 10) === now.toISOString().slice(0, 10);
        if (callbackAt.getTime() < now.getTime() - 5 * 60_000 || !sameDay) throw invalidContact('input.callbackAt', 'a callback is later the same day', '回访时间须在当天稍后');
      } else if (input.callbackAt) {
        throw invalidContact('input.callbackAt', 'only HESITANT_CALLBACK has a callback time', '只有"犹豫回访"才填写回访时间');
      }
      const text = input.complaint?.text?.trim() || null;
      if (text && text.length > 1000) throw invalidContact('input.complaint.text', 'at most 1000 characters', '投诉内容最多 1000 字');
      const note = (input.note ?? '').trim();
      if (note.length > 1000) throw invalidContact('input.note', 'at most 1000 characters', '备注最多 1000 字');

      const [row]: ContactRow[] = await manager.query(
        `INSERT INTO campaigns.contact (task_id, campaign_id, branch_code, subscriber_id, agent_id, channel, outcome, offer_tier_code, cost,
           callback_at, note, complaint, complaint_valid, complaint_text, contacted_at, idempotency_key, payload_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING *`,
        [task.id, task.campaignId, task.branchCode, task.subscriberId, user.id, task.channel, input.outcome, tier?.code ?? null, tier ? tier.cost_per_acceptance : 0,
          callbackAt, note, input.complaint != null, input.complaint?.valid ?? null, text, now.toISOString(), key, hash],
      );
      const status = FINAL_OUTCOMES.includes(input.outcome) ? TaskStatus.DONE : input.outcome === ContactOutcome.HESITANT_CALLBACK ? TaskStatus.CALLBACK : TaskStatus.OPEN;
      await manager.query('UPDATE campaigns.task SET status = $2, callback_at = $3, updated_at = now() WHERE id = $1', [task.id, status, callbackAt]);
      if (input.outcome === ContactOutcome.DO_NOT_CALL) {
        await manager.query(
          `INSERT INTO campaigns.do_not_contact (branch_code, subscriber_id, reason, source, created_by)
           VALUES ($1, $2, '客户要求不再来电', 'DO_NOT_CALL', $3)
           ON CONFLICT (coalesce(branch_code, ''), subscriber_id) DO UPDATE SET expires_at = NULL, source = 'DO_NOT_CALL'`,
          [task.branchCode, task.subscriberId, user.username],
        );
        await manager.query(
          `UPDATE campaigns.task SET status = 'WITHDRAWN', withdrawn_reason = 'DO_NOT_CONTACT', updated_at = now()
           WHERE subscriber_id = $1 AND branch_code = $2 AND status IN ('OPEN','CALLBACK') AND id <> $3`,
          [task.subscriberId, task.branchCode, task.id],
        );
      }
      if (tier) {
        // The offer starts the month after acceptance (推荐期 until then), as an offers row segments can count.
        await manager.query(
          `INSERT INTO campaigns.accepted_offer (contact_id, campaign_id, branch_code, subscriber_id, kind, tier, start_month, months, trial_months, cost, accepted_at)
           VALUES ($1, $2, $3, $4, $5, $6, (date_trunc('month', $7::timestamptz AT TIME ZONE 'Asia/Shanghai') + interval '1 month')::date, $8, $9, $10, $7::timestamptz)`,
          [row.id, task.campaignId, task.branchCode, task.subscriberId, tier.offer_kind, tier.code, now.toISOString(), tier.months ?? 1, tier.trial_months, tier.cost_per_acceptance],
        );
      }
      return toContact(row);
    });
  }

  /** Execution so far per branch of a campaign, with each manager's progress. */
  async execution(campaignId: string, branches: string[] | null, now: Date): Promise<ExecutionSummaryType[]> {
    const rows: (Omit<ExecutionSummaryType, 'managers' | 'uptake' | 'complaintRate' | 'complaintAlert' | 'branchCode'> & { branch_code: string; cost: number })[] = await this.dataSource.query(
      `SELECT l.branch_code,
              (SELECT count(*) FROM campaigns.list_member m WHERE m.campaign_id = l.campaign_id AND m.branch_code = l.branch_code AND m.status = 'TREATED')::int AS treated,
              (SELECT count(*) FROM campaigns.task t WHERE t.campaign_id = l.campaign_id AND t.branch_code = l.branch_code AND t.status <> 'WITHDRAWN')::int AS tasks,
              (SELECT count(*) FROM campaigns.task t WHERE t.campaign_id = l.campaign_id AND t.branch_code = l.branch_code AND t.status IN ('OPEN','CALLBACK'))::int AS "openTasks",
              count(DISTINCT k.subscriber_id)::int AS contacted,
              count(DISTINCT k.subscriber_id) FILTER (WHERE k.outcome IN ('REACHED_DECLINED','HESITANT_CALLBACK','ACCEPTED','DO_NOT_CALL'))::int AS reached,
              count(DISTINCT k.subscriber_id) FILTER (WHERE k.outcome = 'ACCEPTED')::int AS accepted,
              count(*) FILTER (WHERE k.complaint_valid)::int AS "validComplaints",
              coalesce(sum(k.cost) FILTER (WHERE k.outcome = 'ACCEPTED'), 0)::float AS cost
       FROM campaigns.target_list l
       LEFT JOIN campaigns.contact k ON k.campaign_id = l.campaign_id AND k.branch_code = l.branch_code
       WHERE l.campaign_id = $1 AND ($2::text[] IS NULL OR l.branch_code = ANY ($2::text[]))
       GROUP BY l.campaign_id, l.branch_code ORDER BY l.branch_code`,
      [campaignId, branches],
    );
    const managers: (ExecutionSummaryType['managers'][number] & { branch_code: string })[] = await this.dataSource.query(
      `SELECT t.branch_code, t.assignee_id AS "userId", coalesce(st.display_name, t.assignee_id::text) AS name,
              count(DISTINCT t.id)::int AS tasks, count(DISTINCT t.id) FILTER (WHERE t.status = 'DONE')::int AS done,
              count(DISTINCT k.subscriber_id)::int AS contacted,
              count(DISTINCT k.subscriber_id) FILTER (WHERE k.outcome = 'ACCEPTED')::int AS accepted,
              count(k.id) FILTER (WHERE k.complaint_valid)::int AS "validComplaints",
              count(DISTINCT k.subscriber_id) FILTER (WHERE k.outcome = 'ACCEPTED' AND k.contacted_at >= $3::timestamptz - interval '7 days')::int AS "acceptedThisWeek"
       FROM campaigns.task t
       LEFT JOIN campaigns.contact k ON k.task_id = t.id
       LEFT JOIN training_api.staff_v1 st ON st.user_id = t.assignee_id
       WHERE t.campaign_id = $1 AND ($2::text[] IS NULL OR t.branch_code = ANY ($2::text[])) AND t.status <> 'WITHDRAWN'
       GROUP BY t.branch_code, t.assignee_id, st.display_name
       ORDER BY "acceptedThisWeek" DESC, accepted DESC, name`,
      [campaignId, branches, now.toISOString()],
    );
    return rows.map((r) => {
      const complaintRate = r.contacted > 0 ? r.validComplaints / r.contacted : null;
      return {
        branchCode: r.branch_code,
        treated: r.treated,
        tasks: r.tasks,
        openTasks: r.openTasks,
        contacted: r.contacted,
        reached: r.reached,
        accepted: r.accepted,
        uptake: r.contacted > 0 ? r.accepted / r.contacted : null,
        validComplaints: r.validComplaints,
        complaintRate,
        complaintAlert: complaintRate !== null && complaintRate > 0.004,
        cost: Number(r.cost),
        managers: managers.filter((m) => m.branch_code === r.branch_code).map(({ branch_code: _b, ...m }) => m),
      };
    });
  }

  /** Moves open tasks to another manager of the same branch. */
  /** Moves open tasks to another phone manager of their branch; each campaign's journal records who moved which from whom. */
  async reassign(taskIds: string[], toUserId: string, branches: string[] | null, actor: { id: string; username: string }): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(
      `WITH before AS (
         SELECT t.id, t.campaign_id, t.assignee_id FROM campaigns.task t
         WHERE t.id::text = ANY ($1::text[]) AND t.status IN ('OPEN','CALLBACK') AND ($3::text[] IS NULL OR t.branch_code = ANY ($3::text[]))
       ), moved AS (
         UPDATE campaigns.task t SET assignee_id = st.user_id, updated_at = now()
         FROM training_api.staff_v1 st, before b
         WHERE b.id = t.id AND st.user_id = $2::uuid AND st.active AND st.staff_role = 'PHONE_MANAGER' AND st.branch_code = t.branch_code
           AND t.assignee_id IS DISTINCT FROM st.user_id
         RETURNING t.id, t.campaign_id
       ), journal AS (
         INSERT INTO campaigns.campaign_audit (campaign_id, actor_id, actor_name, action, diff, comment)
         SELECT m.campaign_id, $4, $5, 'REASSIGN_TASKS',
                jsonb_build_array(jsonb_build_object('field', 'tasks.assignee', 'from', jsonb_agg(DISTINCT b.assignee_id), 'to', $2::text)),
                count(*) || ' task(s)'
         FROM moved m JOIN before b ON b.id = m.id GROUP BY m.campaign_id
       )
       SELECT count(*)::int AS n FROM moved`,
      [taskIds, toUserId, branches, actor.id, actor.username],
    );
    return rows[0].n;
  }
}
