import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Failed logins per username and per client address, for back-off and temporary lockout. */
export class CreateLoginThrottle1764700000000 implements MigrationInterface {
  name = 'CreateLoginThrottle1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE training.login_throttle (
        key          text PRIMARY KEY,
        failures     int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        last_failure timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE training.login_throttle');
  }
}
