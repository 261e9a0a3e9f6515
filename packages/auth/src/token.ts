import jwt from 'jsonwebtoken';
import { ALL_ROLES, type Role } from '@retention/domain';

/** What every service knows about the caller, read from the verified JWT. */
export interface AuthUser {
  id: string;
  username: string;
  role: Role;
  /** Set for branch roles (BRANCH_PLANNER, PHONE_MANAGER); null for province-wide roles. */
  branchCode: string | null;
}

const ISSUER = 'retention-platform';
const DEV_SECRET = 'dev-only-secret-change-me-in-production';
export const DEFAULT_TOKEN_TTL_SECONDS = 8 * 60 * 60;

/** JWT_SECRET is mandatory in production; development and tests share a fixed one. */
export function jwtSecret(env: NodeJS.ProcessEnv = process.env): string {
  if (env.JWT_SECRET) return env.JWT_SECRET;
  if (env.NODE_ENV === 'production') throw new Error('JWT_SECRET must be set when NODE_ENV=production');
  return DEV_SECRET;
}

export function signToken(user: AuthUser, ttlSeconds = DEFAULT_TOKEN_TTL_SECONDS, secret = jwtSecret()): string {
  return jwt.sign({ username: user.username, role: user.role, branch: user.branchCode }, secret, {
    algorithm: 'HS256',
    subject: user.id,
    issuer: ISSUER,
    expiresIn: ttlSeconds,
  });
}

export class InvalidTokenError extends Error {}

/** Verifies signature, issuer and expiry; throws InvalidTokenError otherwise. */
export function verifyToken(token: string, secret = jwtSecret()): AuthUser {
  let payload: jwt.JwtPayload | string;
  try {
    payload = jwt.verify(token, secret, { algorithms: ['HS256'], issuer: ISSUER });
  } catch (error) {
    throw new InvalidTokenError(error instanceof jwt.TokenExpiredError ? 'token expired' : 'invalid token');
  }
  if (typeof payload === 'string' || !payload.sub || !ALL_ROLES.includes(payload.role)) {
    throw new InvalidTokenError('invalid token claims');
  }
  return {
    id: payload.sub,
    username: String(payload.username),
    role: payload.role as Role,
    branchCode: typeof payload.branch === 'string' ? payload.branch : null,
  };
}

/** Reads `Authorization: Bearer <jwt>`; null when absent, InvalidTokenError when present but bad. */
export function userFromAuthorizationHeader(header: string | undefined, secret = jwtSecret()): AuthUser | null {
  if (!header) return null;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match) throw new InvalidTokenError('malformed Authorization header');
  return verifyToken(match[1], secret);
}
