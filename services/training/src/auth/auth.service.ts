import type { DataSource } from 'typeorm';
import { DEFAULT_TOKEN_TTL_SECONDS, decoyPasswordHash, signToken, verifyPassword } from '@retention/auth';
import { UserEntity } from '../users/user.entity';
import { toUserType } from '../users/user.service';
import type { AuthPayloadType } from './auth-payload.type';
import { AuthError, AuthErrorCode } from './auth.errors';
import { LoginThrottle } from './login-throttle';

export class AuthService {
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tokenTtlSeconds = Number(process.env.TOKEN_TTL_SECONDS ?? DEFAULT_TOKEN_TTL_SECONDS),
  ) {
    this.throttle = new LoginThrottle(dataSource);
  }

  async login(username: string, password: string, clientIp: string): Promise<AuthPayloadType> {
    const name = username.trim().toLowerCase();
    const wait = await this.throttle.waitSeconds(name, clientIp);
    const row = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.username = :username', { username: name })
      .getOne();
    // Always run the KDF, even for an unknown user or a locked one, so timing does not reveal which usernames exist.
    const matches = await verifyPassword(password, row?.passwordHash ?? (await decoyPasswordHash()));
    if (wait > 0) throw throttled(wait);
    if (!row || !matches || !row.active) {
      const lock = await this.throttle.recordFailure(name, clientIp);
      if (lock > 0) console.warn(`login: ${lock} s lockout after repeated failures for username "${name}" or address ${clientIp}`);
      throw new AuthError(AuthErrorCode.INVALID_CREDENTIALS, 'Invalid username or password');
    }
    await this.throttle.recordSuccess(name);
    const user = toUserType(row);
    const token = signToken(
      { id: user.id, username: user.username, role: user.role, branchCode: user.branchCode, tokenVersion: row.tokenVersion },
      this.tokenTtlSeconds,
    );
    return { token, expiresAt: new Date(Date.now() + this.tokenTtlSeconds * 1000), user };
  }
}

function throttled(seconds: number): AuthError {
  return new AuthError(AuthErrorCode.LOGIN_THROTTLED, `Too many failed logins: try again in ${seconds} s`, { retryAfterSeconds: seconds });
}
