import type { DataSource } from 'typeorm';
import { DEFAULT_TOKEN_TTL_SECONDS, decoyPasswordHash, signToken, verifyPassword } from '@retention/auth';
import { UserEntity } from '../users/user.entity';
import { toUserType } from '../users/user.service';
import type { AuthPayloadType } from './auth-payload.type';
import { AuthError, AuthErrorCode } from './auth.errors';

export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokenTtlSeconds = Number(process.env.TOKEN_TTL_SECONDS ?? DEFAULT_TOKEN_TTL_SECONDS),
  ) {}

  async login(username: string, password: string): Promise<AuthPayloadType> {
    const row = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.username = :username', { username: username.trim().toLowerCase() })
      .getOne();
    // Always run the KDF, even for an unknown user, so timing does not reveal which usernames exist.
    const matches = await verifyPassword(password, row?.passwordHash ?? (await decoyPasswordHash()));
    if (!row || !matches || !row.active) {
      throw new AuthError(AuthErrorCode.INVALID_CREDENTIALS, 'Invalid username or password');
    }
    const user = toUserType(row);
    const token = signToken(
      { id: user.id, username: user.username, role: user.role, branchCode: user.branchCode },
      this.tokenTtlSeconds,
    );
    return { token, expiresAt: new Date(Date.now() + this.tokenTtlSeconds * 1000), user };
  }
}
