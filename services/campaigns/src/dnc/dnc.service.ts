import type { DataSource, EntityManager } from 'typeorm';
import { scopeBranchParam, type Scope } from '@retention/auth';
import { DncError, DncErrorCode } from './dnc.errors';
import { checkReason, dncBranchFor, parseExpiry } from './dnc-rules';
import type { DoNotContactInput, DoNotContactType } from './dnc.type';

interface DncRow {
  id: string;
  subscriber_id: string;
  branch_code: string | null;
  reason: string;
  expires_at: Date | null;
  source: string;
  created_by: string;
  created_at: Date;
}

const toType = (r: DncRow): DoNotContactType => ({
  id: r.id,
  subscriberId: r.subscriber_id,
  branchCode: r.branch_code,
  reason: r.reason,
  expiresAt: r.expires_at,
  source: r.source,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

/** Open tasks of customers with a do-not-contact entry in effect are withdrawn (DOMAIN.md §5 / issue 12 §9). */
export async function withdrawTasksOfDoNotContact(manager: EntityManager | DataSource, subscriberIds: string[] | null): Promise<number> {
  const rows: unknown[] = await manager.query(
    `WITH withdrawn AS (UPDATE campaigns.task t SET status = 'WITHDRAWN', withdrawn_reason = 'DO_NOT_CONTACT', updated_at = now()
     WHERE t.status IN ('OPEN','CALLBACK') AND ($1::text[] IS NULL OR t.subscriber_id = ANY ($1::text[]))
       AND EXISTS (SELECT 1 FROM campaigns.do_not_contact d WHERE d.subscriber_id = t.subscriber_id
                   AND (d.branch_code IS NULL OR d.branch_code = t.branch_code) AND (d.expires_at IS NULL OR d.expires_at > now()))
     RETURNING t.id) SELECT id FROM withdrawn`,
    [subscriberIds],
  );
  return rows.length;
}

export class DoNotContactService {
  constructor(private readonly dataSource: DataSource) {}

  /** Adds (or renews) an entry; the same customer on the same list is one entry. */
  async add(scope: Scope, user: string, input: DoNotContactInput, source = 'MANUAL', manager: EntityManager | DataSource = this.dataSource): Promise<DoNotContactType> {
    const branch = dncBranchFor(scope, input.branchCode, 'input.branchCode');
    const reason = checkReason(input.reason, 'input.reason');
    const expires = parseExpiry(input.expiresAt, 'input.expiresAt');
    const subscriberId = input.subscriberId.trim();
    const [known] = await manager.query('SELECT branch_code FROM segments_api.subscriber_v1 WHERE subscriber_id = $1', [subscriberId]);
    if (!known || (scope.reach !== 'ALL' && known.branch_code !== scope.branchCode)) {
      throw new DncError(DncErrorCode.UNKNOWN_SUBSCRIBER, `input.subscriberId: no customer ${subscriberId}`, { field: 'input.subscriberId', subscriberId });
    }
    const [row]: DncRow[] = await manager.query(
      `INSERT INTO campaigns.do_not_contact (branch_code, subscriber_id, reason, expires_at, source, created_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (coalesce(branch_code, ''), subscriber_id) DO UPDATE SET reason = EXCLUDED.reason, expires_at = EXCLUDED.expires_at, source = EXCLUDED.source
       RETURNING *`,
      [branch, subscriberId, reason, expires, source, user],
    );
    await withdrawTasksOfDoNotContact(manager, [subscriberId]);
    return toType(row);
  }

  async remove(scope: Scope, id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH gone AS (DELETE FROM campaigns.do_not_contact WHERE id::text = $1 AND ($2::text IS NULL OR branch_code = $2::text) RETURNING id) SELECT id FROM gone`,
      [id, scopeBranchParam(scope)],
    );
    if (rows.length === 0) throw new DncError(DncErrorCode.DNC_NOT_FOUND, `id: no entry ${id}`, { field: 'id' });
    return true;
  }

  /** The entries the caller may see: a branch planner sees their branch's list and the province entries of their own customers. */
  async list(scope: Scope, filter: { branchCode?: string | null; search?: string | null; first: number }): Promise<DoNotContactType[]> {
    const rows: DncRow[] = await this.dataSource.query(
      `SELECT * FROM campaigns.do_not_contact d
       WHERE ($1::text IS NULL OR d.branch_code = $1::text
              OR (d.branch_code IS NULL AND EXISTS (SELECT 1 FROM segments_api.subscriber_v1 s WHERE s.subscriber_id = d.subscriber_id AND s.branch_code = $1::text)))
         AND ($2::text IS NULL OR d.branch_code IS NOT DISTINCT FROM nullif($2::text, 'PROVINCE'))
         AND ($3::text IS NULL OR d.subscriber_id = $3::text)
       ORDER BY d.created_at DESC, d.id LIMIT $4`,
      [scopeBranchParam(scope), filter.branchCode ?? null, filter.search?.trim() || null, Math.min(Math.max(filter.first, 1), 1000)],
    );
    return rows.map(toType);
  }
}
