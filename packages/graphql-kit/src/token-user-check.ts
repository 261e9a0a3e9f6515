import type { AuthUser } from '@retention/auth';
import type { DataSource } from 'typeorm';

interface TokenUser {
  active: boolean;
  version: number;
}

/**
 * Is a verified token's user still there, active, and on the token's version? Read from
 * training's published `training_api.user_token_v1` (every service's role may read it),
 * through a cache of `ttlMs` per user, so a deactivation or password change revokes old
 * tokens everywhere within that time, at one small query per user and period.
 */
export class TokenUserCheck {
  private readonly cache = new Map<string, TokenUser | null>();
  private readonly readAt = new Map<string, number>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly ttlMs = Number(process.env.TOKEN_CHECK_TTL_MS ?? 2000),
  ) {}

  async isCurrent(user: AuthUser): Promise<boolean> {
    const now = Date.now();
    if (!this.cache.has(user.id) || now - (this.readAt.get(user.id) ?? 0) > this.ttlMs) {
      const rows: { active: boolean; token_version: number }[] = /^[0-9a-f-]{36}$/i.test(user.id)
        ? await this.dataSource.query('SELECT active, token_version FROM training_api.user_token_v1 WHERE user_id = $1', [user.id])
        : [];
      this.cache.set(user.id, rows[0] ? { active: rows[0].active, version: rows[0].token_version } : null);
      this.readAt.set(user.id, now);
    }
    const found = this.cache.get(user.id);
    return Boolean(found && found.active && found.version === user.tokenVersion);
  }
}
