import type { CampaignType, OfferTierType } from './campaign.type';

/** A campaigns.campaign row as pg returns it (numerics as strings, dates as text). */
export interface CampaignRow {
  id: string;
  name: string;
  kind: CampaignType['kind'];
  level: CampaignType['level'];
  status: CampaignType['status'];
  version: number;
  description: string;
  owner_branch_code: string | null;
  executing_branches: string[];
  target_segment_key: string | null;
  target_segment_id: string | null;
  target_rule: unknown;
  eligibility_rule: unknown;
  channels: CampaignType['channels'];
  talk_track: string;
  start_date: string | null;
  end_date: string | null;
  budget: string | null;
  control_share: string;
  priority_weight: string;
  target_uptake: string | null;
  target_churn_reduction: string | null;
  birthday_in_window: boolean;
  plan_paths: { fromPlan: string; toPlan: string }[];
  review_comment: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
  published_at: Date | null;
  closed_at: Date | null;
  idempotency_hash: string | null;
  offer_tiers: OfferTierRow[] | null;
}

export interface OfferTierRow {
  code: string;
  name: string;
  offer_kind: OfferTierType['offerKind'];
  deposit: number | string | null;
  gift: number | string | null;
  months: number | null;
  subsidy_share: number | string | null;
  cost_per_acceptance: number | string;
  tenure_min_months: number | null;
  tenure_max_months: number | null;
  trial_months: number;
}

const num = (v: number | string | null): number | null => (v === null ? null : Number(v));

export function toOfferTier(row: OfferTierRow): OfferTierType {
  return {
    code: row.code,
    name: row.name,
    offerKind: row.offer_kind,
    deposit: num(row.deposit),
    gift: num(row.gift),
    months: row.months,
    subsidyShare: num(row.subsidy_share),
    costPerAcceptance: Number(row.cost_per_acceptance),
    tenureMinMonths: row.tenure_min_months,
    tenureMaxMonths: row.tenure_max_months,
    trialMonths: row.trial_months,
  };
}

export function toCampaignType(row: CampaignRow): CampaignType {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    level: row.level,
    status: row.status,
    version: row.version,
    description: row.description,
    ownerBranchCode: row.owner_branch_code,
    executingBranchCodes: row.executing_branches,
    targetSegmentKey: row.target_segment_key,
    targetSegmentId: row.target_segment_id,
    targetRule: row.target_rule,
    eligibilityRule: row.eligibility_rule,
    offerTiers: (row.offer_tiers ?? []).map(toOfferTier),
    channels: row.channels,
    talkTrack: row.talk_track,
    startDate: row.start_date,
    endDate: row.end_date,
    budget: num(row.budget),
    controlShare: Number(row.control_share),
    priorityWeight: Number(row.priority_weight),
    targetUptake: num(row.target_uptake),
    targetChurnReduction: num(row.target_churn_reduction),
    birthdayInWindow: row.birthday_in_window,
    planPaths: row.plan_paths ?? [],
    reviewComment: row.review_comment,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
    publishedAt: row.published_at,
    closedAt: row.closed_at,
  };
}

/** Every column of a campaign with its tiers, dates as YYYY-MM-DD text (alias c). */
export const CAMPAIGN_COLUMNS = `c.id, c.name, c.kind, c.level, c.status, c.version, c.description, c.owner_branch_code, c.executing_branches,
  c.target_segment_key, c.target_segment_id, c.target_rule, c.eligibility_rule, c.channels, c.talk_track,
  to_char(c.start_date, 'YYYY-MM-DD') AS start_date, to_char(c.end_date, 'YYYY-MM-DD') AS end_date,
  c.budget, c.control_share, c.priority_weight, c.target_uptake, c.target_churn_reduction, c.birthday_in_window, c.plan_paths,
  c.review_comment, c.created_by, c.created_at, c.updated_at, c.submitted_at, c.published_at, c.closed_at, c.idempotency_hash,
  (SELECT json_agg(t ORDER BY t.position) FROM campaigns.offer_tier t WHERE t.campaign_id = c.id) AS offer_tiers`;
