import { defineDomainError } from '@retention/graphql-kit';

export enum ListErrorCode {
  NOT_PUBLISHED = 'NOT_PUBLISHED',
  BRANCH_NOT_EXECUTING = 'BRANCH_NOT_EXECUTING',
  NO_REFRESHED_MONTH = 'NO_REFRESHED_MONTH',
  LIST_NOT_BUILT = 'LIST_NOT_BUILT',
  LIST_BUSY = 'LIST_BUSY',
  BAD_CURSOR = 'BAD_CURSOR',
  NOT_YOUR_BRANCH = 'NOT_YOUR_BRANCH',
  JOB_NOT_FOUND = 'JOB_NOT_FOUND',
}

export class ListError extends defineDomainError<ListErrorCode>({
  NOT_PUBLISHED: '只有已发布的活动才能生成目标清单（当前：{status}）',
  BRANCH_NOT_EXECUTING: '分公司 {branch} 不执行该活动',
  NO_REFRESHED_MONTH: '尚无已刷新的月份：请先导入账单并刷新客户细分',
  LIST_NOT_BUILT: '该分公司的目标清单尚未生成',
  LIST_BUSY: '目标清单正在生成，请稍候',
  BAD_CURSOR: '分页游标无效',
  NOT_YOUR_BRANCH: '不能操作其他分公司的清单或任务',
  JOB_NOT_FOUND: '找不到该任务',
}) {}
