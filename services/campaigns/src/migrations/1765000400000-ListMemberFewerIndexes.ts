import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every list build writes each eligible customer once, so each index on list_member is paid
 * per customer (B3). The (campaign, branch, subscriber) index repeated the primary key
 * (campaign, subscriber) with the branch in between: every read of a list names the
 * campaign, and the primary key serves it.
 */
export class ListMemberFewerIndexes1765000400000 implements MigrationInterface {
  name = 'ListMemberFewerIndexes1765000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX campaigns.list_member_list_idx');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX list_member_list_idx ON campaigns.list_member (campaign_id, branch_code, subscriber_id)');
  }
}
