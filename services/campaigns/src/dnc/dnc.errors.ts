import { defineDomainError } from '@retention/graphql-kit';

export enum DncErrorCode {
  INVALID_DNC = 'INVALID_DNC',
  UNKNOWN_SUBSCRIBER = 'UNKNOWN_SUBSCRIBER',
  DNC_NOT_FOUND = 'DNC_NOT_FOUND',
}

export class DncError extends defineDomainError<DncErrorCode>({
  INVALID_DNC: '{problem}',
  UNKNOWN_SUBSCRIBER: '找不到客户 {subscriberId}（或不属于您的分公司）',
  DNC_NOT_FOUND: '找不到该免打扰记录',
}) {}

export function invalidDnc(field: string, problemEn: string, problemZh: string): DncError {
  return new DncError(DncErrorCode.INVALID_DNC, `${field}: ${problemEn}`, { field, problem: problemZh });
}
