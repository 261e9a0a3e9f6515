import { isBranchRole } from '@retention/domain';
import type { AuthUser } from './token';

/**
 * The branches a user may read: null means every branch (province and trainer roles),
 * otherwise exactly the user's own branch.
 */
export function visibleBranches(user: AuthUser): string[] | null {
  if (!isBranchRole(user.role)) return null;
  return user.branchCode ? [user.branchCode] : [];
}

export function canSeeBranch(user: AuthUser, branchCode: string): boolean {
  const visible = visibleBranches(user);
  return visible === null || visible.includes(branchCode);
}

/**
 * Narrows an optional branch filter to what the user may see. A branch user asking
 * for another branch gets an empty list (nothing), never the other branch's rows.
 */
export function scopeBranchFilter(user: AuthUser, requested?: string[] | null): string[] | null {
  const visible = visibleBranches(user);
  if (visible === null) return requested && requested.length > 0 ? requested : null;
  if (!requested || requested.length === 0) return visible;
  return requested.filter((code) => visible.includes(code));
}

/**
 * The one SQL parameter that scopes a query to the caller: NULL for province-wide roles,
 * the branch code for branch roles, and '' (which matches no branch) without a user.
 */
export function branchScopeParam(user: AuthUser | null): string | null {
  if (!user) return '';
  const visible = visibleBranches(user);
  return visible === null ? null : (visible[0] ?? '');
}
