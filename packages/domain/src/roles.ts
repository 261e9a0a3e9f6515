/** The six roles of DOMAIN.md §1. One user has one role; branch roles are bound to one branch. */
export enum Role {
  PROVINCE_PLANNER = 'PROVINCE_PLANNER',
  PROVINCE_ANALYST = 'PROVINCE_ANALYST',
  BRANCH_PLANNER = 'BRANCH_PLANNER',
  PHONE_MANAGER = 'PHONE_MANAGER',
  TRAINER = 'TRAINER',
  ADMIN = 'ADMIN',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** Roles that see every branch's data. */
export const PROVINCE_ROLES: readonly Role[] = [Role.PROVINCE_PLANNER, Role.PROVINCE_ANALYST];

/** Roles bound to a single branch: they must never read another branch's rows. */
export const BRANCH_ROLES: readonly Role[] = [Role.BRANCH_PLANNER, Role.PHONE_MANAGER];

export function isBranchRole(role: Role): boolean {
  return BRANCH_ROLES.includes(role);
}

/** Which microfrontend a role lands in after login. */
export type HomeApp = 'province' | 'branch' | 'training' | 'admin';

export function homeAppOf(role: Role): HomeApp {
  if (PROVINCE_ROLES.includes(role)) return 'province';
  if (BRANCH_ROLES.includes(role)) return 'branch';
  if (role === Role.TRAINER) return 'training';
  return 'admin';
}
