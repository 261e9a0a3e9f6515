import { DomainError } from '@retention/graphql-kit';

export enum AuthErrorCode {
  /** Deliberately the same for an unknown user, a wrong password and a disabled account. */
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
}

export class AuthError extends DomainError<AuthErrorCode> {}
