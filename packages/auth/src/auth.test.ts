import jwt from 'jsonwebtoken';
import { Role } from '@retention/domain';
import { hashPassword, verifyPassword } from './password';
import { InvalidTokenError, signToken, userFromAuthorizationHeader, verifyToken } from './token';
import { canSeeBranch, scopeBranchFilter, visibleBranches } from './scope';

const planner = { id: '7', username: 'cd.planner', role: Role.BRANCH_PLANNER, branchCode: 'CD' };
const province = { id: '1', username: 'province', role: Role.PROVINCE_PLANNER, branchCode: null };

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('demo1234');
    expect(hash).toMatch(/^scrypt\$16384\$/);
    expect(hash).not.toContain('demo1234');
    await expect(verifyPassword('demo1234', hash)).resolves.toBe(true);
    await expect(verifyPassword('demo12345', hash)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same')).not.toEqual(await hashPassword('same'));
  });

  it('rejects a malformed stored hash', async () => {
    await expect(verifyPassword('x', 'plain-text')).resolves.toBe(false);
  });
});

describe('tokens', () => {
  it('round-trips the user through a signed JWT', () => {
    expect(verifyToken(signToken(planner))).toEqual(planner);
    expect(userFromAuthorizationHeader(`Bearer ${signToken(province)}`)).toEqual(province);
  });

  it('rejects expired, tampered and foreign tokens', () => {
    const expired = signToken(planner, -10);
    expect(() => verifyToken(expired)).toThrow('token expired');
    const token = signToken(planner);
    expect(() => verifyToken(token.slice(0, -2) + 'xx')).toThrow(InvalidTokenError);
    const forged = jwt.sign({ role: 'ADMIN' }, 'another-secret', { subject: '1', issuer: 'retention-platform' });
    expect(() => verifyToken(forged)).toThrow(InvalidTokenError);
  });

  it('treats a missing header as anonymous and a malformed one as an error', () => {
    expect(userFromAuthorizationHeader(undefined)).toBeNull();
    expect(() => userFromAuthorizationHeader('Basic abc')).toThrow(InvalidTokenError);
  });
});

describe('branch scope', () => {
  it('limits branch roles to their own branch', () => {
    expect(visibleBranches(planner)).toEqual(['CD']);
    expect(visibleBranches(province)).toBeNull();
    expect(canSeeBranch(planner, 'GA')).toBe(false);
    expect(canSeeBranch(province, 'GA')).toBe(true);
  });

  it('turns a request for another branch into nothing', () => {
    expect(scopeBranchFilter(planner, ['GA'])).toEqual([]);
    expect(scopeBranchFilter(planner, undefined)).toEqual(['CD']);
    expect(scopeBranchFilter(province, ['GA'])).toEqual(['GA']);
    expect(scopeBranchFilter(province, [])).toBeNull();
  });
});
