import { createHash } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { ALL_ROLES, type Role } from '@retention/domain';

/** What every service knows about the caller, read from the verified JWT. */
export interface AuthUser {
  id: string;
  username: string;
  role: Role;
  /** Set for branch roles (BRANCH_PLANNER, PHONE_MANAGER); null for province-wide roles. */
  branchCode: string | null;
  /** The user's token version when the token was issued (training_api.user_token_v1). */
  tokenVersion: number;
}

const ISSUER = 'retention-platform';
export const DEFAULT_TOKEN_TTL_SECONDS = 8 * 60 * 60;
/** A JWT secret shorter than this many bytes is refused: it must be random, not a word. */
export const MIN_JWT_SECRET_BYTES = 32;
/** Secrets that were ever written in this repository: refused everywhere. */
const PUBLISHED_SECRETS = ['dev-only-secret-change-me-in-production'];

export class JwtSecretError extends Error {}

/** Refuses a secret that is short or was ever published; `name` says which variable in the message. */
function checkedSecret(secret: string, name: string): string {
  if (PUBLISHED_SECRETS.includes(secret)) throw new JwtSecretError(`${name} is a value published in the repository: choose a random one`);
  if (Buffer.byteLength(secret, 'utf8') < MIN_JWT_SECRET_BYTES) {
    throw new JwtSecretError(`${name} must be at least ${MIN_JWT_SECRET_BYTES} random bytes (e.g. openssl rand -base64 48)`);
  }
  return secret;
}

/**
 * The signing secret: JWT_SECRET, at least 32 bytes, never one that was published. There is
 * no built-in fallback: `pnpm start` makes a random one per data directory (.data/secrets.json)
 * and every test process its own.
 */
export function jwtSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.JWT_SECRET;
  if (!secret) throw new JwtSecretError('JWT_SECRET is not set (pnpm start makes one in .data/secrets.json; production must set it)');
  return checkedSecret(secret, 'JWT_SECRET');
}

/**
 * The secrets a token may be signed with: JWT_SECRET, and during a rollover JWT_SECRET_PREVIOUS
 * (the key being retired), so tokens issued before the switch keep working until they expire.
 * docs/architecture.md "Rotating the JWT secret" gives the steps.
 */
export function jwtVerificationSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  const current = jwtSecret(env);
  const previous = env.JWT_SECRET_PREVIOUS;
  if (!previous) return [current];
  return [current, checkedSecret(previous, 'JWT_SECRET_PREVIOUS')];
}

/** A public name for a key (never the key): tokens carry it as `kid` so a verifier tries the right one first. */
export function keyId(secret: string): string {
  return createHash('sha256').update(secret).digest('hex').slice(0, 16);
}

/** True when the secret is usable: what a service checks at startup and /healthz reports. */
export function hasUsableJwtSecret(env: NodeJS.ProcessEnv = process.env): boolean {
  try {
    jwtVerificationSecrets(env);
    return true;
  } catch {
    return false;
  }
}

export function signToken(user: AuthUser, ttlSeconds = DEFAULT_TOKEN_TTL_SECONDS, secret = jwtSecret()): string {
  return jwt.sign({ username: user.username, role: user.role, branch: user.branchCode, ver: user.tokenVersion }, secret, {
    algorithm: 'HS256',
    subject: user.id,
    issuer: ISSUER,
    expiresIn: ttlSeconds,
    keyid: keyId(secret),
  });
}

export class InvalidTokenError extends Error {}

/** The payload of a token signed with one of `secrets` (the one its `kid` names first). */
function verifiedPayload(token: string, secrets: string[]): jwt.JwtPayload | string {
  const kid = jwt.decode(token, { complete: true })?.header.kid;
  const ordered = [...secrets].sort((a, b) => Number(keyId(b) === kid) - Number(keyId(a) === kid));
  for (const secret of ordered) {
    try {
      return jwt.verify(token, secret, { algorithms: ['HS256'], issuer: ISSUER });
    } catch (error) {
      if (error instanceof jwt.TokenExpiredError) throw new InvalidTokenError('token expired');
    }
  }
  throw new InvalidTokenError('invalid token');
}

/** Verifies signature (current or, during a rollover, previous key), issuer and expiry; throws InvalidTokenError otherwise. */
export function verifyToken(token: string, secrets: string | string[] = jwtVerificationSecrets()): AuthUser {
  const payload = verifiedPayload(token, typeof secrets === 'string' ? [secrets] : secrets);
  if (typeof payload === 'string' || !payload.sub || !ALL_ROLES.includes(payload.role) || !Number.isInteger(payload.ver)) {
    throw new InvalidTokenError('invalid token claims');
  }
  return {
    id: payload.sub,
    username: String(payload.username),
    role: payload.role as Role,
    branchCode: typeof payload.branch === 'string' ? payload.branch : null,
    tokenVersion: payload.ver as number,
  };
}

/** Reads `Authorization: Bearer <jwt>`; null when absent, InvalidTokenError when present but bad. */
export function userFromAuthorizationHeader(header: string | undefined, secrets: string | string[] = jwtVerificationSecrets()): AuthUser | null {
  if (!header) return null;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match) throw new InvalidTokenError('malformed Authorization header');
  return verifyToken(match[1], secrets);
}
