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
  BAD_COHORT_SEGMENT = 'BAD_COHORT_SEGMENT',
  BAD_COHORT_BASE_MONTH = 'BAD_COHORT_BASE_MONTH',
  COHORT_MONTH_NOT_REFRESHED = 'COHORT_MONTH_NOT_REFRESHED',
  BAD_COHORT_NAME = 'BAD_COHORT_NAME',
  UNKNOWN_COHORT = 'UNKNOWN_COHORT',
  COHORT_MISMATCH = 'COHORT_MISMATCH',
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
  BAD_COHORT_SEGMENT: '拍照客户群只能取中高端、动态中高端或准中高端客户',
  BAD_COHORT_BASE_MONTH: '拍照基准月须早于生效月份（且不晚于考核年度11月）',
  COHORT_MONTH_NOT_REFRESHED: '客户细分尚未计算该基准月，不能作为拍照月份',
  BAD_COHORT_NAME: '拍照客户群名称须为 1–60 个字符',
  UNKNOWN_COHORT: '客户细分没有这个拍照客户群（或它没有成员）',
  COHORT_MISMATCH: '拍照客户群冻结的细分或基准月与所选不一致',
}) {}
