import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { branchScopeParam, type AuthUser } from '@retention/auth';
import { BRANCH_VISIBLE_STATUSES } from './campaign.enums';
import type { CampaignType } from './campaign.type';

interface CampaignRow {
  id: string;
  name: string;
  kind: CampaignType['kind'];
  level: CampaignType['level'];
  status: CampaignType['status'];
  owner_branch_code: string | null;
  executing_branches: string[];
  created_at: Date;
}

function toCampaignType(row: CampaignRow): CampaignType {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    level: row.level,
    status: row.status,
    ownerBranchCode: row.owner_branch_code,
    executingBranchCodes: row.executing_branches,
    createdAt: row.created_at,
  };
}

/**
 * What a branch may see: its own local campaigns, and province campaigns it executes
 * once they are published. $1 = the branch (NULL for province-wide roles), $2 = statuses.
 */
const VISIBLE_TO_BRANCH = `($1::text IS NULL
  OR c.owner_branch_code = $1::text
  OR (c.level = 'PROVINCE' AND $1::text = ANY (c.executing_branches) AND c.status = ANY ($2::text[])))`;

export class CampaignService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly user: AuthUser | null,
  ) {}

  private get branchScope(): string | null {
    return branchScopeParam(this.user);
  }

  async list(): Promise<CampaignType[]> {
    const rows: CampaignRow[] = await this.dataSource.query(
      `SELECT * FROM campaigns.campaign c WHERE ${VISIBLE_TO_BRANCH} ORDER BY c.created_at DESC, c.name`,
      [this.branchScope, BRANCH_VISIBLE_STATUSES],
    );
    return rows.map(toCampaignType);
  }

  /** Campaigns by id for federation references; ones the caller may not see resolve to null. */
  createByIdLoader(): DataLoader<string, CampaignType | null> {
    return new DataLoader(async (ids) => {
      const rows: CampaignRow[] = await this.dataSource.query(
        `SELECT * FROM campaigns.campaign c WHERE ${VISIBLE_TO_BRANCH} AND c.id::text = ANY ($3::text[])`,
        [this.branchScope, BRANCH_VISIBLE_STATUSES, [...ids]],
      );
      const byId = new Map(rows.map((row) => [row.id, toCampaignType(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Campaigns each branch takes part in (as owner or executor), as far as the caller may see. */
  createCountByBranchLoader(): DataLoader<string, number> {
    return new DataLoader(async (codes) => {
      const rows: { code: string; n: number }[] = await this.dataSource.query(
        `SELECT b.code, count(c.id)::int AS n
         FROM unnest($3::text[]) AS b (code)
         LEFT JOIN campaigns.campaign c
           ON (b.code = ANY (c.executing_branches) OR c.owner_branch_code = b.code) AND ${VISIBLE_TO_BRANCH}
         GROUP BY b.code`,
        [this.branchScope, BRANCH_VISIBLE_STATUSES, [...codes]],
      );
      const byCode = new Map(rows.map((row) => [row.code, row.n]));
      return codes.map((code) => byCode.get(code) ?? 0);
    });
  }
}
