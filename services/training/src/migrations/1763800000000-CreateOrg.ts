import type { MigrationInterface, QueryRunner } from 'typeorm';
import { BRANCHES } from '@retention/domain';

export class CreateOrg1763800000000 implements MigrationInterface {
  name = 'CreateOrg1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE training.branch (
        code       text PRIMARY KEY,
        name_zh    text NOT NULL,
        name_en    text NOT NULL,
        sort_order int  NOT NULL
      )`);
    // The 21 branches are reference data every environment needs, not demo data.
    await q.query(
      `INSERT INTO training.branch (code, name_zh, name_en, sort_order)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])`,
      [BRANCHES.map((b) => b.code), BRANCHES.map((b) => b.nameZh), BRANCHES.map((b) => b.nameEn), BRANCHES.map((_, i) => i + 1)],
    );
    await q.query(`
      CREATE TABLE training.app_user (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username      text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,40}$'),
        display_name  text NOT NULL,
        password_hash text NOT NULL,
        role          text NOT NULL CHECK (role IN ('PROVINCE_PLANNER','PROVINCE_ANALYST','BRANCH_PLANNER','PHONE_MANAGER','TRAINER','ADMIN')),
        branch_code   text REFERENCES training.branch (code),
        active        boolean NOT NULL DEFAULT true,
        created_at    timestamptz NOT NULL DEFAULT now(),
        -- branch roles are bound to exactly one branch; other roles to none
        CONSTRAINT app_user_branch_matches_role
          CHECK ((role IN ('BRANCH_PLANNER','PHONE_MANAGER')) = (branch_code IS NOT NULL))
      )`);
    await q.query('CREATE INDEX app_user_branch_idx ON training.app_user (branch_code)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE training.app_user');
    await q.query('DROP TABLE training.branch');
  }
}
