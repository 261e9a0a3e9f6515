import { registerEnumType } from 'type-graphql';

/** DRAFT → SUBMITTED → RETURNED (comment required) → SUBMITTED → ACCEPTED. */
export enum EvaluationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
}

registerEnumType(EvaluationStatus, { name: 'EvaluationStatus' });

export enum EvaluationNotificationKind {
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
  SHARED = 'SHARED',
}

registerEnumType(EvaluationNotificationKind, { name: 'EvaluationNotificationKind' });

/** Labels in both languages, for the apps and exports. */
export const EVALUATION_STATUS_LABELS: Record<EvaluationStatus, { 'zh-CN': string; en: string }> = {
  DRAFT: { 'zh-CN': '草稿', en: 'Draft' },
  SUBMITTED: { 'zh-CN': '已提交', en: 'Submitted' },
  RETURNED: { 'zh-CN': '已退回', en: 'Returned' },
  ACCEPTED: { 'zh-CN': '已通过', en: 'Accepted' },
};

export const RETENTION_CLASSES = ['IMPORTANT', 'ORDINARY', 'IRREGULAR', 'CHURN_RISK'] as const;
