import { BRANCHES, isBranchCode } from './branches';
import { Role, homeAppOf, isBranchRole } from './roles';

describe('branches', () => {
  it('lists the 21 Sichuan branches with unique codes', () => {
    expect(BRANCHES).toHaveLength(21);
    expect(new Set(BRANCHES.map((b) => b.code)).size).toBe(21);
    expect(BRANCHES.find((b) => b.code === 'LSZ')?.nameZh).toBe('凉山');
    expect(isBranchCode('CD')).toBe(true);
    expect(isBranchCode('XX')).toBe(false);
  });
});

describe('roles', () => {
  it.each([
    [Role.PROVINCE_PLANNER, 'province'],
    [Role.PROVINCE_ANALYST, 'province'],
    [Role.BRANCH_PLANNER, 'branch'],
    [Role.PHONE_MANAGER, 'branch'],
    [Role.TRAINER, 'training'],
    [Role.ADMIN, 'admin'],
  ])('%s lands in the %s app', (role, app) => {
    expect(homeAppOf(role)).toBe(app);
  });

  it('binds only planners and phone managers of a branch to that branch', () => {
    expect(isBranchRole(Role.BRANCH_PLANNER)).toBe(true);
    expect(isBranchRole(Role.PHONE_MANAGER)).toBe(true);
    expect(isBranchRole(Role.TRAINER)).toBe(false);
  });
});
