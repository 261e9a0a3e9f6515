import { defineDomainError } from '@retention/graphql-kit';

export enum AuthErrorCode {
  /** Deliberately the same for an unknown user, a wrong password and a disabled account. */
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
}

export class AuthError extends defineDomainError<AuthErrorCode>({
  INVALID_CREDENTIALS: '用户名或密码错误',
}) {}
