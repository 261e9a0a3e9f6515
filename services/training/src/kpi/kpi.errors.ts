import { defineDomainError } from '@retention/graphql-kit';

export enum KpiErrorCode {
  BAD_KPI = 'BAD_KPI',
  TARGET_NOT_POSITIVE = 'TARGET_NOT_POSITIVE',
  WEIGHTS_NOT_100 = 'WEIGHTS_NOT_100',
  BAD_WEIGHT = 'BAD_WEIGHT',
  BAD_CAP = 'BAD_CAP',
  DUPLICATE_KPI = 'DUPLICATE_KPI',
  NO_TARGETS = 'NO_TARGETS',
  UNKNOWN_BRANCH = 'UNKNOWN_BRANCH',
  MONTH_NOT_IN_YEAR = 'MONTH_NOT_IN_YEAR',
}

export class KpiError extends defineDomainError<KpiErrorCode>({
  BAD_KPI: '没有这个考核指标',
  TARGET_NOT_POSITIVE: '目标值必须大于 0',
  WEIGHTS_NOT_100: '分公司 {branchCode} 的权重合计须为 100（现为 {sum}）',
  BAD_WEIGHT: '权重须在 0–100 之间',
  BAD_CAP: '封顶系数须大于 0',
  DUPLICATE_KPI: '同一分公司的同一指标只能出现一次',
  NO_TARGETS: '至少要有一行目标',
  UNKNOWN_BRANCH: '没有这个分公司',
  MONTH_NOT_IN_YEAR: '月份不在该考核年度内',
}) {}
