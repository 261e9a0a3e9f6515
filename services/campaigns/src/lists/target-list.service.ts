import type { DataSource } from 'typeorm';
import { MemberStatus, STRATUM_ORDER, SUPPRESSION_ORDER, type SuppressionReason, type TargetListStatus } from './list.enums';
import { ListError, ListErrorCode } from './list.errors';
import type { ListMemberConnection, StratumType, TargetListType } from './target-list.type';

interface ListRow {
  campaign_id: string;
  branch_code: string;
  status: TargetListStatus;
  month: string | null;
  segment_size: number;
  eligible: number;
  builds: number;
  first_built_at: Date | null;
  built_at: Date | null;
  dispatched_at: Date | null;
  job_id: string | null;
  reasons: { reason: SuppressionReason; count: number }[] | null;
  strata: { stratum: string; control: number; treated: number }[] | null;
}

export interface MemberFilter {
  first: number;
  after?: string | null;
  status?: MemberStatus | null;
  reason?: SuppressionReason | null;
  stratum?: string | null;
}

const encodeCursor = (subscriberId: string) => Buffer.from(subscriberId, 'utf8').toString('base64url');
function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text || encodeCursor(text) !== cursor) throw new ListError(ListErrorCode.BAD_CURSOR, `after: "${cursor}" is not a cursor of this list`, { field: 'after' });
  return text;
}

/** Reads target lists; callers have checked that the branch is in scope. */
export class TargetListService {
  constructor(private readonly dataSource: DataSource) {}

  async find(campaignId: string, branchCode: string): Promise<TargetListType | null> {
    const [list] = await this.listsOf(campaignId, [branchCode]);
    return list ?? null;
  }

  /** The campaign's lists (of the given branches, or all), by branch code: one query however many branches. */
  async listsOf(campaignId: string, branchCodes: string[] | null): Promise<TargetListType[]> {
    const rows: ListRow[] = await this.dataSource.query(
      `WITH lists AS (
         SELECT * FROM campaigns.target_list WHERE campaign_id = $1 AND ($2::text[] IS NULL OR branch_code = ANY ($2::text[]))
       ), reasons AS (
         SELECT r.branch_code, json_agg(json_build_object('reason', r.reason, 'count', r.count)) AS reasons
         FROM campaigns.list_reason_count r JOIN lists l USING (campaign_id, branch_code) GROUP BY r.branch_code
       ), strata AS (
         SELECT s.branch_code, json_agg(json_build_object('stratum', s.stratum, 'control', s.control, 'treated', s.treated)) AS strata
         FROM (SELECT m.branch_code, m.stratum, count(*) FILTER (WHERE m.status = 'CONTROL')::int AS control, count(*) FILTER (WHERE m.status = 'TREATED')::int AS treated
               FROM campaigns.list_member m JOIN lists l USING (campaign_id, branch_code)
               WHERE m.status IN ('TREATED', 'CONTROL') GROUP BY m.branch_code, m.stratum) s
         GROUP BY s.branch_code
       )
       SELECT l.campaign_id, l.branch_code, l.status, to_char(l.month, 'YYYY-MM') AS month, l.segment_size, l.eligible, l.builds,
              l.first_built_at, l.built_at, l.dispatched_at, l.job_id, r.reasons, s.strata
       FROM lists l LEFT JOIN reasons r USING (branch_code) LEFT JOIN strata s USING (branch_code)
       ORDER BY l.branch_code`,
      [campaignId, branchCodes],
    );
    return rows.map(toTargetList);
  }

  async members(campaignId: string, branchCode: string, filter: MemberFilter): Promise<ListMemberConnection> {
    const first = Math.min(Math.max(filter.first, 0), 1000);
    const after = filter.after ? decodeCursor(filter.after) : null;
    const where = `m.campaign_id = $1 AND m.branch_code = $2 AND ($3::text IS NULL OR m.status = $3) AND ($4::text IS NULL OR m.reason = $4)
      AND ($5::text IS NULL OR m.stratum = $5)`;
    const args = [campaignId, branchCode, filter.status ?? null, filter.reason ?? null, filter.stratum ?? null];
    const [{ n }]: { n: number }[] = await this.dataSource.query(`SELECT count(*)::int AS n FROM campaigns.list_member m WHERE ${where}`, args);
    const rows: { subscriber_id: string; status: MemberStatus; reason: SuppressionReason | null; stratum: string | null; by_campaign_id: string | null; added_at: Date }[] =
      await this.dataSource.query(
        `SELECT m.subscriber_id, m.status, m.reason, m.stratum, m.by_campaign_id, m.added_at FROM campaigns.list_member m
         WHERE ${where} AND ($6::text IS NULL OR m.subscriber_id COLLATE "C" > $6::text COLLATE "C") ORDER BY m.subscriber_id COLLATE "C" LIMIT $7`,
        [...args, after, first + 1],
      );
    const nodes = rows.slice(0, first).map((r) => ({ subscriberId: r.subscriber_id, status: r.status, reason: r.reason, stratum: r.stratum, byCampaignId: r.by_campaign_id, addedAt: r.added_at }));
    return {
      totalCount: n,
      pageInfo: { endCursor: nodes.length > 0 ? encodeCursor(nodes[nodes.length - 1].subscriberId) : null, hasNextPage: rows.length > first },
      nodes,
    };
  }
}

function toTargetList(row: ListRow): TargetListType {
  const counts = new Map((row.reasons ?? []).map((r) => [r.reason, r.count]));
  const strata: StratumType[] = (row.strata ?? [])
    .map((s) => ({ retentionClass: s.stratum, size: s.control + s.treated, control: s.control, treated: s.treated }))
    .sort((a, b) => STRATUM_ORDER.indexOf(a.retentionClass as never) - STRATUM_ORDER.indexOf(b.retentionClass as never));
  return {
    campaignId: row.campaign_id,
    branchCode: row.branch_code,
    month: row.month,
    status: row.status,
    segmentSize: row.segment_size,
    eligible: row.eligible,
    suppressed: SUPPRESSION_ORDER.map((reason) => ({ reason, count: counts.get(reason) ?? 0 })),
    controlSize: strata.reduce((sum, s) => sum + s.control, 0),
    treatedSize: strata.reduce((sum, s) => sum + s.treated, 0),
    strata,
    builds: row.builds,
    firstBuiltAt: row.first_built_at,
    builtAt: row.built_at,
    dispatchedAt: row.dispatched_at,
    jobId: row.job_id,
  };
}
