import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { scopeBranches, type Scope } from '@retention/auth';
import { byKeyLoader } from '@retention/graphql-kit';
import { dateToMonth } from './month';

/** What evaluation needs of a campaign, read from campaigns_api.campaign_v1. */
export interface CampaignInfo {
  id: string;
  name: string;
  kind: string;
  level: 'PROVINCE' | 'BRANCH';
  status: string;
  ownerBranchCode: string | null;
  executingBranches: string[];
  /** 'YYYY-MM' of the start date; null while the campaign has none. */
  startMonth: string | null;
  targetChurnReduction: number | null;
}

interface CampaignRow {
  campaign_id: string;
  name: string;
  kind: string;
  level: 'PROVINCE' | 'BRANCH';
  status: string;
  owner_branch_code: string | null;
  executing_branches: string[];
  start_month: Date | string | null;
  target_churn_reduction: string | null;
}

/** Statuses in which a branch sees a province campaign (the campaigns subgraph's rule). */
export const BRANCH_VISIBLE_STATUSES = ['PUBLISHED', 'CLOSED', 'EVALUATED'];

export function toCampaignInfo(row: CampaignRow): CampaignInfo {
  return {
    id: row.campaign_id,
    name: row.name,
    kind: row.kind,
    level: row.level,
    status: row.status,
    ownerBranchCode: row.owner_branch_code,
    executingBranches: row.executing_branches ?? [],
    startMonth: row.start_month ? dateToMonth(row.start_month) : null,
    targetChurnReduction: row.target_churn_reduction === null ? null : Number(row.target_churn_reduction),
  };
}

/** The branches that take part in a campaign: its executing branches and, for a local one, its owner. */
export function participatingBranches(campaign: CampaignInfo): string[] {
  return [...new Set([...(campaign.ownerBranchCode ? [campaign.ownerBranchCode] : []), ...campaign.executingBranches])].sort();
}

/**
 * Whether a scope sees the campaign at all: province roles every one; a branch its own
 * local campaigns and the province campaigns it executes once published.
 */
export function campaignVisible(scope: Scope, campaign: CampaignInfo): boolean {
  const branches = scopeBranches(scope);
  if (branches === null) return true;
  return branches.some(
    (b) => campaign.ownerBranchCode === b || (campaign.level === 'PROVINCE' && campaign.executingBranches.includes(b) && BRANCH_VISIBLE_STATUSES.includes(campaign.status)),
  );
}

export function createCampaignLoader(dataSource: DataSource): DataLoader<string, CampaignInfo | null> {
  return byKeyLoader(async (ids) => {
    const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (valid.length === 0) return [];
    const rows: CampaignRow[] = await dataSource.query(
      `SELECT campaign_id, name, kind, level, status, owner_branch_code, executing_branches, start_month, target_churn_reduction
       FROM campaigns_api.campaign_v1 WHERE campaign_id = ANY ($1::uuid[])`,
      [valid],
    );
    return rows.map(toCampaignInfo);
  }, (c) => c.id);
}
