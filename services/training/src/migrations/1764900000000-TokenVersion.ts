import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Services that verify tokens against training's users (every other subgraph). */
const READERS = ['segments_svc', 'campaigns_svc', 'evaluation_svc'];

/**
 * Tokens carry the user's token version; a password change or reset bumps it, which
 * revokes every token issued before. training_api.user_token_v1 lets every subgraph check
 * a token's user (exists, active, same version) on each request.
 */
export class TokenVersion1764900000000 implements MigrationInterface {
  name = 'TokenVersion1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE training.app_user ADD COLUMN token_version int NOT NULL DEFAULT 0');
    await q.query(`
      CREATE VIEW training_api.user_token_v1 AS
      SELECT id AS user_id, active, token_version FROM training.app_user`);
    await q.query(`GRANT USAGE ON SCHEMA training_api TO ${READERS.join(', ')}`);
    await q.query(`GRANT SELECT ON training_api.user_token_v1 TO ${READERS.join(', ')}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP VIEW training_api.user_token_v1');
    await q.query('ALTER TABLE training.app_user DROP COLUMN token_version');
  }
}
