import { Client } from 'pg';
import { migrateInOrder } from '@retention/graphql-kit';
import { segmentsService } from '@retention/segments';
import { createTestDatabase, type TestDatabase } from '@retention/test-kit';
import { trainingService } from '@retention/training';
import type { DataSource } from 'typeorm';
import { campaignsService } from '../app';
import { createCampaignsDataSource } from '../data-source';
import { attachListPartition, createListPartitionTable, currentListPartition } from './list-partition';

/** list_member partitioned by campaign: the swap of a campaign's members, and the migration both ways. */
let db: TestDatabase;
let admin: Client;
let campaigns: DataSource;
const A = '7b000000-0000-4000-8000-00000000000a';
const B = '7b000000-0000-4000-8000-00000000000b';

const members = async () =>
  (await admin.query('SELECT campaign_id::text, branch_code, subscriber_id, status, reason, stratum FROM campaigns.list_member ORDER BY 1, 3')).rows;

/** Which table of list_member holds each campaign's rows. */
const homes = async () =>
  (await admin.query(`SELECT m.tableoid::regclass::text AS home, m.campaign_id::text, count(*)::int AS n FROM campaigns.list_member m GROUP BY 1, 2 ORDER BY 2, 1`)).rows;

beforeAll(async () => {
  db = await createTestDatabase();
  await migrateInOrder([trainingService, segmentsService, campaignsService], db.urlFor);
  admin = new Client({ connectionString: db.adminUrl });
  await admin.connect();
  campaigns = createCampaignsDataSource(db.urlFor('campaigns'));
  await campaigns.initialize();
  // Written straight into list_member, as tests and fixtures do: the DEFAULT partition takes them.
  await admin.query(`INSERT INTO campaigns.list_member (campaign_id, branch_code, subscriber_id, status, reason, stratum, added_at) VALUES
    ($1, 'CD', 'S1', 'TREATED', NULL, 'ORDINARY', now()), ($1, 'CD', 'S2', 'CONTROL', NULL, 'ORDINARY', now()), ($1, 'GA', 'S3', 'SUPPRESSED', 'VIP_CARD', NULL, now()),
    ($2, 'CD', 'S1', 'SUPPRESSED', 'FREQUENCY_CAP', NULL, now())`, [A, B]);
}, 600_000);

afterAll(async () => {
  await campaigns?.destroy();
  await admin?.end();
  await db?.drop();
});

it('puts a new table of a campaign in the place of its members, which move nowhere else', async () => {
  expect(await homes()).toEqual([
    { home: 'campaigns.list_member_default', campaign_id: A, n: 3 },
    { home: 'campaigns.list_member_default', campaign_id: B, n: 1 },
  ]);
  const first = await campaigns.transaction(async (m) => {
    await m.query('DELETE FROM campaigns.list_member_default WHERE campaign_id = $1', [A]);
    const table = await createListPartitionTable(m, A);
    await m.query(`INSERT INTO ${table} (campaign_id, branch_code, subscriber_id, status, stratum, added_at) VALUES ($1, 'CD', 'S9', 'TREATED', 'IMPORTANT', now())`, [A]);
    await attachListPartition(m, A, table);
    return table;
  });
  expect(await currentListPartition(campaigns, A)).toBe(first);
  expect(await homes()).toEqual([{ home: first, campaign_id: A, n: 1 }, { home: 'campaigns.list_member_default', campaign_id: B, n: 1 }]);

  // The next swap drops the previous table; the keys and the backstop come with the new one.
  const second = await campaigns.transaction(async (m) => {
    const table = await createListPartitionTable(m, A);
    await m.query(`INSERT INTO ${table} (campaign_id, branch_code, subscriber_id, status, stratum, added_at) VALUES ($1, 'GA', 'S8', 'CONTROL', 'IMPORTANT', now())`, [A]);
    await attachListPartition(m, A, table);
    return table;
  });
  expect(second).not.toBe(first);
  expect(await homes()).toEqual([{ home: second, campaign_id: A, n: 1 }, { home: 'campaigns.list_member_default', campaign_id: B, n: 1 }]);
  const { rows: [table] } = await admin.query(
    `SELECT c.relrowsecurity AS rls, c.relforcerowsecurity AS forced, (SELECT count(*)::int FROM pg_index i WHERE i.indrelid = c.oid) AS indexes,
            (SELECT count(*)::int FROM pg_class old WHERE old.oid = to_regclass($2)) AS previous
     FROM pg_class c WHERE c.oid = $1::regclass`, [second, first]);
  expect(table).toEqual({ rls: true, forced: true, indexes: 2, previous: 0 });
  // A key is a key: the same customer twice on one campaign's list is refused.
  await expect(admin.query(`INSERT INTO campaigns.list_member (campaign_id, branch_code, subscriber_id, status, stratum, added_at) VALUES ($1, 'GA', 'S8', 'TREATED', 'IMPORTANT', now())`, [A]))
    .rejects.toThrow(/duplicate key/);
  // Only a canonical campaign id reaches DDL.
  await expect(createListPartitionTable(campaigns, "x'); DROP TABLE campaigns.campaign; --")).rejects.toThrow(/not a campaign id/);
  await expect(attachListPartition(campaigns, A, 'campaigns.campaign')).rejects.toThrow(/not a partition table of campaign/);
});

it('moves every campaign into a table of its own, and back, with the rows and the published view intact', async () => {
  const before = await members();
  const viewColumns = async () =>
    (await admin.query(`SELECT column_name AS c FROM information_schema.columns WHERE table_schema = 'campaigns_api' AND table_name = 'list_member_v1' ORDER BY ordinal_position`)).rows.map((r) => r.c);
  expect((await viewColumns()).slice(-2)).toEqual(['list_month', 'tenure_band']);
  // ListMemberTenureBand first: the column and the view's last column go, the rows stay.
  await campaigns.undoLastMigration();
  expect((await viewColumns()).at(-1)).toBe('list_month');
  expect(await members()).toEqual(before);
  await campaigns.undoLastMigration();
  expect((await admin.query(`SELECT relkind FROM pg_class WHERE oid = 'campaigns.list_member'::regclass`)).rows).toEqual([{ relkind: 'r' }]);
  expect(await members()).toEqual(before);

  await campaigns.runMigrations();
  expect(await members()).toEqual(before);
  // Back with its tenure band (none of these members' list months has a snapshot: null).
  expect((await viewColumns()).slice(-2)).toEqual(['list_month', 'tenure_band']);
  expect((await admin.query('SELECT count(tenure_band)::int AS n FROM campaigns.list_member')).rows).toEqual([{ n: 0 }]);
  const placed = await homes();
  expect(placed.map((p) => p.campaign_id)).toEqual([A, B]);
  expect(placed.every((p) => p.home.startsWith('campaigns.lm_7b'))).toBe(true);
  expect(Number((await admin.query('SELECT count(*) FROM campaigns.list_member_default')).rows[0].count)).toBe(0);
  // Evaluation reads the list through campaigns_api, as before.
  const evaluation = new Client({ connectionString: db.urlFor('evaluation') });
  await evaluation.connect();
  try {
    const { rows } = await evaluation.query('SELECT campaign_id::text, count(*)::int AS n FROM campaigns_api.list_member_v1 GROUP BY 1 ORDER BY 1');
    expect(rows).toEqual([{ campaign_id: A, n: 1 }, { campaign_id: B, n: 1 }]);
  } finally {
    await evaluation.end();
  }
});
