import { defineDomainError } from '@retention/graphql-kit';

export enum AuthErrorCode {
  /** Deliberately the same for an unknown user, a wrong password and a disabled account. */
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  /** Too many failed logins for this username or from this address: wait `retryAfterSeconds`. */
  LOGIN_THROTTLED = 'LOGIN_THROTTLED',
}

export class AuthError extends defineDomainError<AuthErrorCode>({
  INVALID_CREDENTIALS: '用户名或密码错误',
  LOGIN_THROTTLED: '登录失败次数过多，请 {retryAfterSeconds} 秒后再试',
}) {}
