import { reachOf, type Capability, type Reach } from '@retention/domain';
import type { AuthUser } from './token';

/**
 * What one caller may do with one capability: how far it reaches and from where. The
 * one branch-scope mechanism: resolvers ask for a Scope, services filter by it.
 */
export interface Scope {
  capability: Capability;
  reach: Reach;
  /** The user's branch for reaches BRANCH and OWN; null for ALL. */
  branchCode: string | null;
  userId: string;
}

/** The caller's scope for a capability, or null when the role does not have it at all. */
export function scopeOf(user: AuthUser | null, capability: Capability): Scope | null {
  if (!user) return null;
  const reach = reachOf(user.role, capability);
  if (!reach) return null;
  // A branch-wide grant to a user without a branch reaches nothing.
  if (reach === 'BRANCH' && !user.branchCode) return null;
  return { capability, reach, branchCode: reach === 'ALL' ? null : user.branchCode, userId: user.id };
}

/**
 * The branches a scope reads: null = every branch, otherwise a list (possibly empty).
 * Data that has no owner (segment counts, master data) gives a reach of OWN nothing:
 * what a phone manager owns are tasks, and their customers come through those.
 */
export function scopeBranches(scope: Scope): string[] | null {
  if (scope.reach === 'ALL') return null;
  if (scope.reach === 'OWN') return [];
  return scope.branchCode ? [scope.branchCode] : [];
}

/** True when the scope reaches the branch (always for ALL). */
export function scopeReachesBranch(scope: Scope, branchCode: string): boolean {
  const branches = scopeBranches(scope);
  return branches === null || branches.includes(branchCode);
}

/**
 * Narrows an optional branch filter to the scope. A branch user asking for another
 * branch gets an empty list (nothing), never the other branch's rows.
 */
export function narrowBranches(scope: Scope, requested?: string[] | null): string[] | null {
  const visible = scopeBranches(scope);
  if (visible === null) return requested && requested.length > 0 ? requested : null;
  if (!requested || requested.length === 0) return visible;
  return requested.filter((code) => visible.includes(code));
}

/**
 * The one SQL parameter for a branch-scoped query: NULL for every branch, the branch
 * code for one, and '' (which matches no branch) for none.
 */
export function scopeBranchParam(scope: Scope | null): string | null {
  if (!scope) return '';
  const branches = scopeBranches(scope);
  return branches === null ? null : (branches[0] ?? '');
}
