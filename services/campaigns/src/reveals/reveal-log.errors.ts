import { defineDomainError } from '@retention/graphql-kit';

export enum RevealLogErrorCode {
  INVALID_REVEAL_FILTER = 'INVALID_REVEAL_FILTER',
}

export class RevealLogError extends defineDomainError<RevealLogErrorCode>({
  INVALID_REVEAL_FILTER: '{problem}',
}) {}

export function invalidFilter(field: string, problemEn: string, problemZh: string): RevealLogError {
  return new RevealLogError(RevealLogErrorCode.INVALID_REVEAL_FILTER, `${field}: ${problemEn}`, { field, problem: problemZh });
}
