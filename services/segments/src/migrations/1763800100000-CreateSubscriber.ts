import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Subscriber master data (DOMAIN.md §2 `subscribers`). Usage and segments follow in later migrations. */
export class CreateSubscriber1763800100000 implements MigrationInterface {
  name = 'CreateSubscriber1763800100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE segments.subscriber (
        subscriber_id    text PRIMARY KEY,
        msisdn           text NOT NULL,
        branch_code      text NOT NULL,
        county           text,
        brand            text NOT NULL CHECK (brand IN ('GOTONE','EASYOWN','MZONE')),
        plan_code        text NOT NULL,
        join_date        date NOT NULL,
        group_class      text CHECK (group_class IN ('A','B','C')),
        group_key_member boolean NOT NULL DEFAULT false,
        vnet_member      boolean NOT NULL DEFAULT false,
        family_plan      boolean NOT NULL DEFAULT false,
        vip_card         text NOT NULL DEFAULT 'NONE' CHECK (vip_card IN ('DIAMOND','GOLD','SILVER','NONE')),
        special_type     text CHECK (special_type IN ('PUBLIC_PHONE','DATA_CARD','OFFICIAL','EMPLOYEE','TEST','RURAL','TRIAL','MILITARY','BIG_ACCOUNT','REGULATOR','GOVERNMENT','PENDING_CANCEL')),
        birthday         date,
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX subscriber_branch_idx ON segments.subscriber (branch_code)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE segments.subscriber');
  }
}
