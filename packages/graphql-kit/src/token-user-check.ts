import type { AuthUser } from '@retention/auth';
import type { DataSource } from 'typeorm';

/** What training said of a user (null: no such user), and when. */
interface Reading {
  user: { active: boolean; version: number } | null;
  at: number;
}

/**
 * Is a verified token's user still there, active, and on the token's version? Read from
 * training's published `training_api.user_token_v1` (every service's role may read it),
 * through a cache of `ttlMs` per user, so a deactivation or password change revokes old
 * tokens everywhere within that time, at one small query per user and period.
 */
export class TokenUserCheck {
  private readonly readings = new Map<string, Reading>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly ttlMs = Number(process.env.TOKEN_CHECK_TTL_MS ?? 2000),
  ) {}

  async isCurrent(user: AuthUser): Promise<boolean> {
    let reading = this.readings.get(user.id);
    if (!reading || Date.now() - reading.at > this.ttlMs) {
      const rows: { active: boolean; token_version: number }[] = /^[0-9a-f-]{36}$/i.test(user.id)
        ? await this.dataSource.query('SELECT active, token_version FROM training_api.user_token_v1 WHERE user_id = $1', [user.id])
        : [];
      reading = { user: rows[0] ? { active: rows[0].active, version: rows[0].token_version } : null, at: Date.now() };
      this.readings.set(user.id, reading);
    }
    return Boolean(reading.user?.active && reading.user.version === user.tokenVersion);
  }
}
