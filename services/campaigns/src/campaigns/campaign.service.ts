import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { scopeBranchParam, type Scope } from '@retention/auth';
import { byKeyLoader, countByKeyLoader } from '@retention/graphql-kit';
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
    /** The caller's CAMPAIGN_READ scope; null (no such right) reads nothing. */
    private readonly scope: Scope | null,
  ) {}

  private get branchScope(): string | null {
    return scopeBranchParam(this.scope);
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
    return byKeyLoader(async (ids) => {
      const rows: CampaignRow[] = await this.dataSource.query(
        `SELECT * FROM campaigns.campaign c WHERE ${VISIBLE_TO_BRANCH} AND c.id::text = ANY ($3::text[])`,
        [this.branchScope, BRANCH_VISIBLE_STATUSES, ids],
      );
      return rows.map(toCampaignType);
    }, (campaign) => campaign.id);
  }

  /** Campaigns each branch takes part in (as owner or executor), as far as the caller may see. */
  createCountByBranchLoader(): DataLoader<string, number> {
    return countByKeyLoader((codes) =>
      this.dataSource.query(
        `SELECT b.code AS key, count(c.id)::int AS n
         FROM unnest($3::text[]) AS b (code)
         LEFT JOIN campaigns.campaign c
           ON (b.code = ANY (c.executing_branches) OR c.owner_branch_code = b.code) AND ${VISIBLE_TO_BRANCH}
         GROUP BY b.code`,
        [this.branchScope, BRANCH_VISIBLE_STATUSES, codes],
      ),
    );
  }
}
