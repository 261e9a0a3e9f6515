import { defineDomainError } from '@retention/graphql-kit';

export enum CampaignErrorCode {
  CAMPAIGN_NOT_FOUND = 'CAMPAIGN_NOT_FOUND',
  INVALID_CAMPAIGN = 'INVALID_CAMPAIGN',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  CAMPAIGN_NOT_EDITABLE = 'CAMPAIGN_NOT_EDITABLE',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  NOT_READY_TO_SUBMIT = 'NOT_READY_TO_SUBMIT',
  COMMENT_REQUIRED = 'COMMENT_REQUIRED',
  NOT_YOUR_CAMPAIGN = 'NOT_YOUR_CAMPAIGN',
  IDEMPOTENCY_CONFLICT = 'IDEMPOTENCY_CONFLICT',
  UNKNOWN_SEGMENT = 'UNKNOWN_SEGMENT',
}

export class CampaignError extends defineDomainError<CampaignErrorCode>({
  CAMPAIGN_NOT_FOUND: '找不到该活动（或您无权查看）',
  INVALID_CAMPAIGN: '{problem}',
  VERSION_CONFLICT: '活动已被他人修改（当前版本 {current}），请刷新后重试',
  CAMPAIGN_NOT_EDITABLE: '活动当前状态（{status}）下不能修改此项',
  INVALID_TRANSITION: '活动当前状态（{status}）下不能执行此操作',
  NOT_READY_TO_SUBMIT: '提交审批前须填写：{missing}',
  COMMENT_REQUIRED: '退回时必须填写审核意见',
  NOT_YOUR_CAMPAIGN: '该活动不属于您的分公司或您的职责范围',
  IDEMPOTENCY_CONFLICT: '该幂等键已用于另一请求，请使用新的键',
  UNKNOWN_SEGMENT: '目标细分不存在：{segment}',
}) {}

/** An input field that is not valid: names the field, says why in both languages. */
export function invalid(field: string, problemEn: string, problemZh: string): CampaignError {
  return new CampaignError(CampaignErrorCode.INVALID_CAMPAIGN, `${field}: ${problemEn}`, { field, problem: problemZh });
}
