import type { AuthChecker } from 'type-graphql';
import type { Role } from '@retention/domain';
import type { BaseContext } from './context';

/** `@Authorized()` = any signed-in user; `@Authorized(Role.X, …)` = one of those roles. */
export const roleAuthChecker: AuthChecker<BaseContext, Role> = ({ context }, roles) => {
  if (!context.user) return false;
  return roles.length === 0 || roles.includes(context.user.role);
};
