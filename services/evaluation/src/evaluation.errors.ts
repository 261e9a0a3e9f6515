import { defineDomainError } from '@retention/graphql-kit';

export enum EvaluationErrorCode {
  INVALID_MONTH = 'INVALID_MONTH',
  MONTH_NOT_LOADED = 'MONTH_NOT_LOADED',
  CAMPAIGN_NOT_FOUND = 'CAMPAIGN_NOT_FOUND',
  BRANCH_NOT_IN_CAMPAIGN = 'BRANCH_NOT_IN_CAMPAIGN',
  REPORT_NOT_FOUND = 'REPORT_NOT_FOUND',
  REPORT_EXISTS = 'REPORT_EXISTS',
  INVALID_REPORT = 'INVALID_REPORT',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  REPORT_NOT_EDITABLE = 'REPORT_NOT_EDITABLE',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  COMMENT_REQUIRED = 'COMMENT_REQUIRED',
  NOT_YOUR_REPORT = 'NOT_YOUR_REPORT',
  IDEMPOTENCY_CONFLICT = 'IDEMPOTENCY_CONFLICT',
  MONTH_NOT_REFRESHED = 'MONTH_NOT_REFRESHED',
  INVALID_ANALYSIS_WINDOW = 'INVALID_ANALYSIS_WINDOW',
  UNKNOWN_BRANCH = 'UNKNOWN_BRANCH',
}

/** Errors of post-evaluation; the English message is thrown, the zh-CN one is here. */
export class EvaluationError extends defineDomainError<EvaluationErrorCode>({
  INVALID_MONTH: '月份须为 YYYY-MM 格式：{value}',
  MONTH_NOT_LOADED: '{month} 的账单数据尚未导入，无法按该月评估',
  CAMPAIGN_NOT_FOUND: '找不到该活动（或您无权查看）',
  BRANCH_NOT_IN_CAMPAIGN: '分公司 {branchCode} 未参与该活动',
  REPORT_NOT_FOUND: '找不到该评估报告（或您无权查看）',
  REPORT_EXISTS: '该活动在此分公司、此评估月已有报告，请编辑已有报告',
  INVALID_REPORT: '{problem}',
  VERSION_CONFLICT: '报告已被他人修改（当前版本 {current}），请刷新后重试',
  REPORT_NOT_EDITABLE: '报告当前状态（{status}）下不能修改',
  INVALID_TRANSITION: '报告当前状态（{status}）下不能执行此操作',
  COMMENT_REQUIRED: '退回时必须填写审核意见',
  NOT_YOUR_REPORT: '该报告不属于您的分公司或您的职责范围',
  IDEMPOTENCY_CONFLICT: '该幂等键已用于另一份报告，请使用新的键',
  MONTH_NOT_REFRESHED: '{month} 的客户细分尚未刷新，不能作为基准月',
  INVALID_ANALYSIS_WINDOW: '基准月（{baseMonth}）须早于评估月（{month}）',
  UNKNOWN_BRANCH: '没有分公司 {branchCode}',
}) {}

/** An input field that is not valid: names the field, says why in both languages. */
export function invalidReport(field: string, problemEn: string, problemZh: string): EvaluationError {
  return new EvaluationError(EvaluationErrorCode.INVALID_REPORT, `${field}: ${problemEn}`, { field, problem: problemZh });
}
