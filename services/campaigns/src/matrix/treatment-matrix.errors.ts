import { defineDomainError } from '@retention/graphql-kit';

export enum MatrixErrorCode {
  VERSION_CONFLICT = 'VERSION_CONFLICT',
}

/** The matrix's own wording of the shared codes: the campaign's messages would say 活动. */
export class MatrixError extends defineDomainError<MatrixErrorCode>({
  VERSION_CONFLICT: '处置矩阵已被他人修改（当前版本 {current}），请刷新后重试',
}) {}
