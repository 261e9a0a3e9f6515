import { scopeReachesBranch, type Scope } from '@retention/auth';
import { Capability } from '@retention/domain';
import { requireScope } from './auth-checker';
import type { BaseContext } from './context';

/**
 * A federation reference resolver (`_entities`) behind the same role and scope check as
 * queries: a role without the capability gets FORBIDDEN, and `resolve` receives the scope
 * to filter by (an entity outside it resolves to null). buildFederatedSchema takes only
 * these, so no entity can be resolved unguarded.
 */
export interface GuardedReference {
  readonly capability: Capability;
  __resolveReference(reference: object, context: BaseContext): unknown;
}

export function guardedReference<TRef extends object, TContext extends BaseContext, TResult>(
  capability: Capability,
  resolve: (reference: TRef, context: TContext, scope: Scope) => Promise<TResult | null> | TResult | null,
): GuardedReference {
  return {
    capability,
    __resolveReference: (reference: object, context: BaseContext) => resolve(reference as TRef, context as TContext, requireScope(context, capability)),
  };
}

/**
 * `Branch` in a subgraph that only extends it (holds no branch rows): a reference is just
 * its key, as far as the caller may see branches.
 */
export const branchKeyReference = guardedReference(Capability.ORG_READ, (reference: { code: string }, _context, scope) =>
  scopeReachesBranch(scope, reference.code) ? { code: reference.code } : null,
);
