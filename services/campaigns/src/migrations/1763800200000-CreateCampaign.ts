import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Campaigns (DOMAIN.md §4): the header every later part (offers, lists, tasks) hangs off. */
export class CreateCampaign1763800200000 implements MigrationInterface {
  name = 'CreateCampaign1763800200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE campaigns.campaign (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name               text NOT NULL CHECK (length(trim(name)) > 0),
        kind               text NOT NULL CHECK (kind IN ('TENURE','TERMINAL','DEPOSIT_GIFT','PLAN_MIGRATION','SERVICE_PUSH','CARE')),
        level              text NOT NULL CHECK (level IN ('PROVINCE','BRANCH')),
        status             text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','PENDING_APPROVAL','PUBLISHED','CLOSED','EVALUATED')),
        owner_branch_code  text,
        executing_branches text[] NOT NULL DEFAULT '{}',
        created_by         text NOT NULL,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        -- local campaigns belong to one branch; province campaigns to none
        CONSTRAINT campaign_owner_matches_level CHECK ((level = 'BRANCH') = (owner_branch_code IS NOT NULL))
      )`);
    await q.query('CREATE INDEX campaign_executing_branches_idx ON campaigns.campaign USING gin (executing_branches)');
    await q.query('CREATE INDEX campaign_owner_idx ON campaigns.campaign (owner_branch_code)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE campaigns.campaign');
  }
}
