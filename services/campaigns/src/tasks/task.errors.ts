import { defineDomainError } from '@retention/graphql-kit';

export enum TaskErrorCode {
  TASK_NOT_FOUND = 'TASK_NOT_FOUND',
  TASK_CLOSED = 'TASK_CLOSED',
  INVALID_CONTACT = 'INVALID_CONTACT',
  IDEMPOTENCY_CONFLICT = 'IDEMPOTENCY_CONFLICT',
  NOTHING_TO_DISPATCH = 'NOTHING_TO_DISPATCH',
  INVALID_DISPATCH = 'INVALID_DISPATCH',
}

export class TaskError extends defineDomainError<TaskErrorCode>({
  TASK_NOT_FOUND: '找不到该任务（或不是分配给您的任务）',
  TASK_CLOSED: '该任务已结束（{status}），不能再记录',
  INVALID_CONTACT: '{problem}',
  IDEMPOTENCY_CONFLICT: '该幂等键已用于另一条不同的记录，请使用新的键',
  NOTHING_TO_DISPATCH: '没有待派发的客户（请先生成清单）',
  INVALID_DISPATCH: '{problem}',
}) {}

export function invalidContact(field: string, problemEn: string, problemZh: string): TaskError {
  return new TaskError(TaskErrorCode.INVALID_CONTACT, `${field}: ${problemEn}`, { field, problem: problemZh });
}

export function invalidDispatch(field: string, problemEn: string, problemZh: string): TaskError {
  return new TaskError(TaskErrorCode.INVALID_DISPATCH, `${field}: ${problemEn}`, { field, problem: problemZh });
}
