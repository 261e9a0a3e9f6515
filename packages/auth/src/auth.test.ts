import jwt from 'jsonwebtoken';
import { Capability, Role } from '@retention/domain';
import { hashPassword, verifyPassword } from './password';
import { hasUsableJwtSecret, InvalidTokenError, jwtSecret, JwtSecretError, jwtVerificationSecrets, MIN_JWT_SECRET_BYTES, signToken, userFromAuthorizationHeader, verifyToken, type AuthUser } from './token';
import { narrowBranches, scopeBranchParam, scopeBranches, scopeOf, scopeReachesBranch, type Scope } from './scope';

const planner = { id: '7', username: 'cd.planner', role: Role.BRANCH_PLANNER, branchCode: 'CD', tokenVersion: 0 };
const province = { id: '1', username: 'province', role: Role.PROVINCE_PLANNER, branchCode: null, tokenVersion: 0 };

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

describe('the JWT secret', () => {
  const strong = 'x'.repeat(MIN_JWT_SECRET_BYTES);

  it('has no built-in fallback and refuses short or published secrets', () => {
    expect(() => jwtSecret({})).toThrow(JwtSecretError);
    expect(() => jwtSecret({ JWT_SECRET: 'short' })).toThrow(/at least 32/);
    expect(() => jwtSecret({ JWT_SECRET: 'dev-only-secret-change-me-in-production' })).toThrow(/published/);
    expect(jwtSecret({ JWT_SECRET: strong })).toBe(strong);
    expect(hasUsableJwtSecret({})).toBe(false);
  });

  it('accepts the previous key during a rollover, and only then', () => {
    const previous = 'p'.repeat(MIN_JWT_SECRET_BYTES);
    const current = 'c'.repeat(MIN_JWT_SECRET_BYTES);
    const issuedBefore = signToken(planner, 60, previous);
    const issuedAfter = signToken(planner, 60, current);
    const rollover = jwtVerificationSecrets({ JWT_SECRET: current, JWT_SECRET_PREVIOUS: previous });
    expect(rollover).toEqual([current, previous]);
    expect(verifyToken(issuedBefore, rollover)).toEqual(planner);
    expect(verifyToken(issuedAfter, rollover)).toEqual(planner);
    // After the rollover the old key is gone, and its tokens with it.
    expect(() => verifyToken(issuedBefore, jwtVerificationSecrets({ JWT_SECRET: current }))).toThrow(InvalidTokenError);
    // An expired token stays expired whichever key signed it.
    expect(() => verifyToken(signToken(planner, -10, previous), rollover)).toThrow('token expired');
  });

  it('refuses a weak or published previous key', () => {
    expect(() => jwtVerificationSecrets({ JWT_SECRET: strong, JWT_SECRET_PREVIOUS: 'short' })).toThrow(/JWT_SECRET_PREVIOUS must be at least 32/);
    expect(() => jwtVerificationSecrets({ JWT_SECRET: strong, JWT_SECRET_PREVIOUS: 'dev-only-secret-change-me-in-production' })).toThrow(/published/);
    expect(hasUsableJwtSecret({ JWT_SECRET: strong, JWT_SECRET_PREVIOUS: 'short' })).toBe(false);
  });

  it('refuses a token signed with the old repository constant', () => {
    const forged = jwt.sign({ role: 'ADMIN', username: 'x' }, 'dev-only-secret-change-me-in-production', { subject: '1', issuer: 'retention-platform' });
    expect(() => verifyToken(forged)).toThrow(InvalidTokenError);
  });
});

describe('branch scope', () => {
  const segments = (user: AuthUser) => scopeOf(user, Capability.SEGMENT_READ) as Scope;

  it('limits branch roles to their own branch', () => {
    expect(scopeBranches(segments(planner))).toEqual(['CD']);
    expect(scopeBranches(segments(province))).toBeNull();
    expect(scopeReachesBranch(segments(planner), 'GA')).toBe(false);
    expect(scopeReachesBranch(segments(province), 'GA')).toBe(true);
    expect(scopeBranchParam(segments(planner))).toBe('CD');
    expect(scopeBranchParam(segments(province))).toBeNull();
    expect(scopeBranchParam(null)).toBe('');
  });

  it('turns a request for another branch into nothing', () => {
    expect(narrowBranches(segments(planner), ['GA'])).toEqual([]);
    expect(narrowBranches(segments(planner), undefined)).toEqual(['CD']);
    expect(narrowBranches(segments(province), ['GA'])).toEqual(['GA']);
    expect(narrowBranches(segments(province), [])).toBeNull();
  });

  it('gives roles exactly the reach of the role table', () => {
    const trainer = { ...province, role: Role.TRAINER };
    const admin = { ...province, role: Role.ADMIN };
    const phone = { ...planner, role: Role.PHONE_MANAGER };
    expect(scopeOf(trainer, Capability.CUSTOMER_READ)).toBeNull();
    expect(scopeOf(admin, Capability.SEGMENT_PREVIEW)).toBeNull();
    expect(scopeOf(phone, Capability.CUSTOMER_READ)).toMatchObject({ reach: 'OWN', branchCode: 'CD' });
    // Data without an owner gives a phone manager nothing; KPI figures are read everywhere.
    expect(scopeBranches(scopeOf(phone, Capability.CUSTOMER_READ)!)).toEqual([]);
    expect(scopeBranches(scopeOf(phone, Capability.KPI_READ)!)).toBeNull();
    expect(scopeOf(null, Capability.ORG_READ)).toBeNull();
  });
});
