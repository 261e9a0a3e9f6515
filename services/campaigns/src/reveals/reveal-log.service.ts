import type { DataSource } from 'typeorm';
import { BRANCH_CODES } from '@retention/domain';
import { invalidFilter } from './reveal-log.errors';
import type { RevealConnectionType, RevealFilterInput, RevealUserType } from './reveal-log.type';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_PAGE = 1000;

interface RevealRow {
  id: string;
  at: Date;
  user_id: string;
  user_name: string | null;
  branch_code: string;
  subscriber_id: string;
  campaign_id: string;
  campaign_name: string | null;
  task_id: string;
  total: number;
}

function day(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!DAY.test(value) || Number.isNaN(new Date(`${value}T00:00:00Z`).getTime())) throw invalidFilter(field, `"${value}" is not a day YYYY-MM-DD`, `"${value}" 不是有效日期（YYYY-MM-DD）`);
  return value;
}

/** The filter checked field by field (zh/en messages), in SQL parameter order. */
export function checkFilter(filter: RevealFilterInput | null | undefined, first: number, after: string | null | undefined) {
  const f = filter ?? {};
  after = after ?? null;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw invalidFilter('first', `between 1 and ${MAX_PAGE}`, `每页条数须在 1 到 ${MAX_PAGE} 之间`);
  if (after !== null && !/^\d{1,19}$/.test(after)) throw invalidFilter('after', 'not a cursor of this list', '分页游标无效');
  const branchCode = f.branchCode?.trim() || null;
  if (branchCode && !(BRANCH_CODES as readonly string[]).includes(branchCode)) throw invalidFilter('filter.branchCode', `unknown branch "${branchCode}"`, `未知分公司代码“${branchCode}”`);
  const userId = f.userId?.trim() || null;
  if (userId && !UUID.test(userId)) throw invalidFilter('filter.userId', 'not a user id', '不是有效的用户编号');
  const campaignId = f.campaignId?.trim() || null;
  if (campaignId && !UUID.test(campaignId)) throw invalidFilter('filter.campaignId', 'not a campaign id', '不是有效的活动编号');
  const from = day(f.from, 'filter.from');
  const to = day(f.to, 'filter.to');
  if (from && to && to < from) throw invalidFilter('filter.to', 'before the first day', '结束日期早于开始日期');
  return { branchCode, userId, subscriberId: f.subscriberId?.trim() || null, campaignId, from, to };
}

/**
 * The journal of full-number reveals (campaigns.msisdn_reveal, written by revealMsisdn), with
 * the task's branch and campaign and the manager's name from training's staff contract.
 */
export class RevealLogService {
  constructor(private readonly dataSource: DataSource) {}

  async page(filter: RevealFilterInput | null | undefined, first: number, cursor: string | null | undefined): Promise<RevealConnectionType> {
    const f = checkFilter(filter, first, cursor);
    const after = cursor ?? null;
    const rows: RevealRow[] = await this.dataSource.query(
      `WITH matching AS (
         SELECT r.id, r.at, r.user_id, r.subscriber_id, r.task_id, t.branch_code, t.campaign_id
         FROM campaigns.msisdn_reveal r JOIN campaigns.task t ON t.id = r.task_id
         WHERE ($1::text IS NULL OR t.branch_code = $1::text)
           AND ($2::text IS NULL OR r.user_id = $2::text)
           AND ($3::text IS NULL OR r.subscriber_id = $3::text)
           AND ($4::uuid IS NULL OR t.campaign_id = $4::uuid)
           AND ($5::date IS NULL OR r.at >= ($5::date::timestamp AT TIME ZONE 'Asia/Shanghai'))
           AND ($6::date IS NULL OR r.at < (($6::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'))
       ), total AS (SELECT count(*)::int AS n FROM matching)
       SELECT m.id::text, m.at, m.user_id, st.display_name AS user_name, m.branch_code, m.subscriber_id, m.campaign_id, c.name AS campaign_name, m.task_id, total.n AS total
       FROM matching m CROSS JOIN total
       LEFT JOIN training_api.staff_v1 st ON st.user_id::text = m.user_id
       LEFT JOIN campaigns.campaign c ON c.id = m.campaign_id
       WHERE ($7::bigint IS NULL OR m.id < $7::bigint)
       ORDER BY m.id DESC LIMIT $8`,
      [f.branchCode, f.userId, f.subscriberId, f.campaignId, f.from, f.to, after, first + 1],
    );
    let totalCount = rows[0]?.total;
    if (totalCount === undefined) {
      // An empty page after the last one still tells how many match.
      const [row] = await this.dataSource.query(
        `SELECT count(*)::int AS n FROM campaigns.msisdn_reveal r JOIN campaigns.task t ON t.id = r.task_id
         WHERE ($1::text IS NULL OR t.branch_code = $1::text) AND ($2::text IS NULL OR r.user_id = $2::text) AND ($3::text IS NULL OR r.subscriber_id = $3::text)
           AND ($4::uuid IS NULL OR t.campaign_id = $4::uuid)
           AND ($5::date IS NULL OR r.at >= ($5::date::timestamp AT TIME ZONE 'Asia/Shanghai'))
           AND ($6::date IS NULL OR r.at < (($6::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'))`,
        [f.branchCode, f.userId, f.subscriberId, f.campaignId, f.from, f.to],
      );
      totalCount = row.n;
    }
    const page = rows.slice(0, first);
    return {
      totalCount: totalCount ?? 0,
      pageInfo: { endCursor: page.length ? page[page.length - 1].id : after, hasNextPage: rows.length > first },
      nodes: page.map((r) => ({
        id: r.id, revealedAt: r.at, userId: r.user_id, user: r.user_name ?? r.user_id, branchCode: r.branch_code, subscriberId: r.subscriber_id,
        campaignId: r.campaign_id, campaignName: r.campaign_name, taskId: r.task_id,
      })),
    };
  }

  /** Everyone who has revealed a number (optionally in one branch), for the filter. */
  async users(branchCode: string | null): Promise<RevealUserType[]> {
    const f = checkFilter({ branchCode }, 1, null);
    return this.dataSource.query(
      `SELECT DISTINCT r.user_id AS "userId", coalesce(st.display_name, r.user_id) AS "user", st.branch_code AS "branchCode"
       FROM campaigns.msisdn_reveal r JOIN campaigns.task t ON t.id = r.task_id
       LEFT JOIN training_api.staff_v1 st ON st.user_id::text = r.user_id
       WHERE ($1::text IS NULL OR t.branch_code = $1::text)
       ORDER BY 3 NULLS LAST, 2`,
      [f.branchCode],
    );
  }
}
