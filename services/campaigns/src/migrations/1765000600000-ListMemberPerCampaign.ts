import type { MigrationInterface, QueryRunner } from 'typeorm';
import { branchBackstopPolicySql } from '@retention/db';
import { attachListPartition, createListPartitionTable, LIST_MEMBER_DEFAULT } from '../lists/list-partition';

const COLUMNS = 'campaign_id, branch_code, subscriber_id, status, reason, stratum, by_campaign_id, added_at';

/** list_member's columns, checks and key, as CampaignPolicyAndExecution made them (partitioned or not). */
const LIST_MEMBER_TABLE = `
  CREATE TABLE campaigns.list_member (
    campaign_id    uuid NOT NULL,
    branch_code    text NOT NULL,
    subscriber_id  text NOT NULL,
    status         text NOT NULL CHECK (status IN ('TREATED','CONTROL','SUPPRESSED')),
    reason         text CHECK (reason IN ('NOT_ON_NETWORK','SPECIAL_ACCOUNT','VIP_CARD','DO_NOT_CONTACT','RECENTLY_CONTACTED','FREQUENCY_CAP','ALREADY_TARGETED')),
    stratum        text,
    by_campaign_id uuid,
    added_at       timestamptz NOT NULL,
    PRIMARY KEY (campaign_id, subscriber_id),
    CHECK ((status = 'SUPPRESSED') = (reason IS NOT NULL))
  )`;

// campaigns_api.list_member_v1 as ListMemberListMonth made it: CREATE OR REPLACE points it at the new
// table and keeps its grants.
const LIST_MEMBER_V1 = `
  CREATE OR REPLACE VIEW campaigns_api.list_member_v1 AS
  SELECT m.campaign_id, m.branch_code, m.subscriber_id, m.status, m.reason, m.stratum, m.by_campaign_id, m.added_at, t.month AS list_month
  FROM campaigns.list_member m
  LEFT JOIN campaigns.target_list t ON t.campaign_id = m.campaign_id AND t.branch_code = m.branch_code`;

/**
 * list_member becomes partitioned by campaign (see lists/list-partition.ts): the same
 * columns, checks, keys and branch backstop; every campaign's members move into a table
 * of their own, so the DEFAULT partition starts empty.
 */
export class ListMemberPerCampaign1765000600000 implements MigrationInterface {
  name = 'ListMemberPerCampaign1765000600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE campaigns.list_member RENAME TO list_member_unpartitioned');
    await q.query('ALTER INDEX campaigns.list_member_pkey RENAME TO list_member_unpartitioned_pkey');
    await q.query('ALTER INDEX campaigns.list_member_subscriber_idx RENAME TO list_member_unpartitioned_subscriber_idx');
    await q.query(`${LIST_MEMBER_TABLE} PARTITION BY LIST (campaign_id)`);
    await q.query('CREATE INDEX list_member_subscriber_idx ON campaigns.list_member (subscriber_id)');
    await q.query(`CREATE TABLE ${LIST_MEMBER_DEFAULT} PARTITION OF campaigns.list_member DEFAULT`);
    for (const table of ['campaigns.list_member', LIST_MEMBER_DEFAULT]) for (const sql of branchBackstopPolicySql(table)) await q.query(sql);

    const campaigns: { campaign_id: string }[] = await q.query('SELECT DISTINCT campaign_id::text FROM campaigns.list_member_unpartitioned ORDER BY 1');
    for (const { campaign_id: id } of campaigns) {
      const table = await createListPartitionTable(q, id);
      await q.query(`INSERT INTO ${table} (${COLUMNS}) SELECT ${COLUMNS} FROM campaigns.list_member_unpartitioned WHERE campaign_id = $1 ORDER BY subscriber_id`, [id]);
      await attachListPartition(q, id, table);
    }
    await q.query(LIST_MEMBER_V1);
    await q.query('DROP TABLE campaigns.list_member_unpartitioned');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE campaigns.list_member RENAME TO list_member_partitioned');
    await q.query('ALTER INDEX campaigns.list_member_pkey RENAME TO list_member_partitioned_pkey');
    await q.query('ALTER INDEX campaigns.list_member_subscriber_idx RENAME TO list_member_partitioned_subscriber_idx');
    await q.query(LIST_MEMBER_TABLE);
    await q.query('CREATE INDEX list_member_subscriber_idx ON campaigns.list_member (subscriber_id)');
    for (const sql of branchBackstopPolicySql('campaigns.list_member')) await q.query(sql);
    await q.query(`INSERT INTO campaigns.list_member (${COLUMNS}) SELECT ${COLUMNS} FROM campaigns.list_member_partitioned`);
    await q.query(LIST_MEMBER_V1);
    // Dropping the partitioned table drops its partitions.
    await q.query('DROP TABLE campaigns.list_member_partitioned');
  }
}
