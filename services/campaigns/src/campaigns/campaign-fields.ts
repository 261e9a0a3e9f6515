import { BRANCH_CODES } from '@retention/domain';
import { BUILT_IN_SEGMENT_KEYS, compileRule, RuleError, SEGMENTS_API_SOURCE, SqlParams } from '@retention/segment-rules';
import { CampaignError, CampaignErrorCode, invalid } from './campaign.errors';
import type { CampaignInput, OfferTierInput } from './campaign.inputs';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isBuiltInSegment(key: string): boolean {
  return (BUILT_IN_SEGMENT_KEYS as readonly string[]).includes(key);
}

function checkDay(field: string, value: string | undefined): void {
  if (value === undefined) return;
  const at = new Date(`${value}T00:00:00Z`);
  if (!DAY.test(value) || Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== value) {
    throw invalid(field, `"${value}" is not a day YYYY-MM-DD`, `"${value}" 不是有效日期（YYYY-MM-DD）`);
  }
}

function checkFraction(field: string, value: number | null | undefined, max = 1): void {
  if (value === undefined || value === null) return;
  if (!Number.isFinite(value) || value < 0 || value > max) {
    throw invalid(field, `must be a fraction between 0 and ${max} (0.1 = 10 %), got ${value}`, `须为 0 到 ${max} 之间的小数（0.1 即 10%），当前为 ${value}`);
  }
}

function checkMoney(field: string, value: number | null | undefined): void {
  if (value === undefined || value === null) return;
  if (!Number.isFinite(value) || value < 0) throw invalid(field, `must be 0 or more yuan, got ${value}`, `须为不小于 0 的金额（元），当前为 ${value}`);
}

function checkTiers(tiers: OfferTierInput[] | undefined): void {
  if (!tiers) return;
  const seen = new Set<string>();
  tiers.forEach((tier, i) => {
    const at = `input.offerTiers[${i}]`;
    if (!/^[A-Za-z0-9_-]{1,30}$/.test(tier.code)) throw invalid(`${at}.code`, 'letters, digits, _ or -, at most 30', '档位代码须为 1–30 位字母、数字、_ 或 -');
    if (seen.has(tier.code)) throw invalid(`${at}.code`, `"${tier.code}" appears twice`, `档位代码 "${tier.code}" 重复`);
    seen.add(tier.code);
    if (tier.name.trim().length === 0) throw invalid(`${at}.name`, 'a tier needs a name', '档位须有名称');
    checkMoney(`${at}.deposit`, tier.deposit);
    checkMoney(`${at}.gift`, tier.gift);
    checkMoney(`${at}.costPerAcceptance`, tier.costPerAcceptance);
    checkFraction(`${at}.subsidyShare`, tier.subsidyShare);
    if (tier.months != null && (!Number.isInteger(tier.months) || tier.months < 1)) throw invalid(`${at}.months`, 'at least 1 month', '月数至少为 1');
    if (tier.trialMonths != null && tier.trialMonths < 0) throw invalid(`${at}.trialMonths`, '0 or more months', '试用期月数不能为负');
    for (const key of ['tenureMinMonths', 'tenureMaxMonths'] as const) {
      const v = tier[key];
      if (v != null && v < 0) throw invalid(`${at}.${key}`, '0 or more months', '网龄月数不能为负');
    }
    if (tier.tenureMinMonths != null && tier.tenureMaxMonths != null && tier.tenureMinMonths > tier.tenureMaxMonths) {
      throw invalid(`${at}.tenureMaxMonths`, 'is below tenureMinMonths', '网龄上限小于下限');
    }
  });
}

/** Field-by-field checks of a campaign input; throws naming the first bad field. */
export function validateCampaignInput(input: CampaignInput): void {
  if (input.name !== undefined && (input.name.trim().length === 0 || input.name.trim().length > 80)) {
    throw invalid('input.name', 'a name of 1–80 characters', '名称须为 1–80 个字符');
  }
  if (input.executingBranchCodes) {
    const bad = input.executingBranchCodes.find((c) => !(BRANCH_CODES as readonly string[]).includes(c));
    if (bad !== undefined) throw invalid('input.executingBranchCodes', `"${bad}" is not a branch code`, `"${bad}" 不是分公司代码`);
    if (input.executingBranchCodes.length === 0) throw invalid('input.executingBranchCodes', 'at least one branch', '至少选择一个分公司');
  }
  if (input.targetSegmentKey !== undefined && input.targetSegmentId !== undefined && input.targetSegmentKey !== null && input.targetSegmentId !== null) {
    throw invalid('input.targetSegmentId', 'give targetSegmentKey or targetSegmentId, not both', '目标细分只能指定一种（代码或编号）');
  }
  if (input.eligibilityRule !== undefined && input.eligibilityRule !== null) {
    try {
      compileRule(input.eligibilityRule, new SqlParams(), SEGMENTS_API_SOURCE);
    } catch (error) {
      if (error instanceof RuleError) throw invalid(`input.eligibilityRule${error.path.slice('rule'.length)}`, error.message, String(error.details.problem));
      throw error;
    }
  }
  checkDay('input.startDate', input.startDate);
  checkDay('input.endDate', input.endDate);
  if (input.startDate && input.endDate && input.endDate < input.startDate) {
    throw invalid('input.endDate', 'is before startDate', '结束日期早于开始日期');
  }
  checkMoney('input.budget', input.budget);
  checkFraction('input.controlShare', input.controlShare, 0.5);
  checkFraction('input.targetUptake', input.targetUptake);
  checkFraction('input.targetChurnReduction', input.targetChurnReduction);
  if (input.priorityWeight !== undefined && (!Number.isFinite(input.priorityWeight) || input.priorityWeight < 0 || input.priorityWeight > 1000)) {
    throw invalid('input.priorityWeight', 'between 0 and 1000', '优先级权重须在 0 到 1000 之间');
  }
  if (input.channels && new Set(input.channels).size !== input.channels.length) throw invalid('input.channels', 'a channel appears twice', '渠道重复');
  checkTiers(input.offerTiers);
  input.planPaths?.forEach((path, i) => {
    if (!path.fromPlan.trim() || !path.toPlan.trim()) throw invalid(`input.planPaths[${i}]`, 'from and to plans are required', '迁移路径须有原套餐和目标套餐');
  });
  if (input.talkTrack !== undefined && input.talkTrack.length > 4000) throw invalid('input.talkTrack', 'at most 4000 characters', '话术最多 4000 字');
}

export function unknownSegment(segment: string): CampaignError {
  return new CampaignError(CampaignErrorCode.UNKNOWN_SEGMENT, `input.targetSegmentKey: no segment "${segment}"`, { field: 'input.targetSegmentKey', segment });
}
