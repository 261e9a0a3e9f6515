import type { AuthUser } from '@retention/auth';

/** The context every resolver of every subgraph receives. */
export interface BaseContext {
  /** The verified caller; null only for the few public fields (login). */
  user: AuthUser | null;
  /** The browser's address as the gateway saw it (x-client-ip), else the direct peer's. */
  clientIp: string;
}

/** The context after the auth checker has passed: a user is always present. */
export interface AuthedContext extends BaseContext {
  user: AuthUser;
}
