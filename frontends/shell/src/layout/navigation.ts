import { homeAppOf, type HomeApp, type Role } from '@retention/domain';

export interface NavItem {
  app: HomeApp;
  path: string;
  labelKey: string;
}

const PATHS: Record<HomeApp, string> = { province: '/province', branch: '/branch', training: '/training', admin: '/admin' };

/**
 * The apps a role may open (DOMAIN.md §1): its home app, and for province roles also the
 * training app, where training coverage and KPIs are followed.
 */
export function appsFor(role: Role): HomeApp[] {
  const home = homeAppOf(role);
  return home === 'province' ? ['province', 'training'] : [home];
}

export function navItemsFor(role: Role): NavItem[] {
  return appsFor(role).map((app) => ({ app, path: PATHS[app], labelKey: `shell:nav.${app}` }));
}

export function homePathFor(role: Role): string {
  return PATHS[homeAppOf(role)];
}
