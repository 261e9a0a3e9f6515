import type { AuthChecker } from 'type-graphql';
import { scopeOf, type Scope } from '@retention/auth';
import type { Capability } from '@retention/domain';
import type { BaseContext } from './context';
import { forbidden } from './errors';

/**
 * `@Authorized(Capability.X)`: the caller's role has capability X in the role table
 * (GRANTS of @retention/domain). `@Authorized()` = any signed-in user, for the few
 * fields about the caller themself.
 */
export const capabilityAuthChecker: AuthChecker<BaseContext, Capability> = ({ context }, capabilities) => {
  if (!context.user) return false;
  return capabilities.length === 0 || capabilities.some((capability) => scopeOf(context.user, capability) !== null);
};

/** The caller's scope for a capability; FORBIDDEN when the role lacks it. */
export function requireScope(context: BaseContext, capability: Capability): Scope {
  const scope = scopeOf(context.user, capability);
  if (!scope) throw forbidden(`your role may not ${capability}`);
  return scope;
}
