import { Client } from 'pg';
import { migrateInOrder } from '@retention/graphql-kit';
import { createTestDatabase, type TestDatabase } from '@retention/test-kit';
import type { ServiceName } from '@retention/db';
import { segmentsService } from '../app';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await migrateInOrder([segmentsService], db.urlFor);
  await run('segments', `INSERT INTO segments.subscriber (subscriber_id, msisdn, branch_code, brand, plan_code, join_date) VALUES ('S1', '13800000001', 'CD', 'GOTONE', 'SL88', '2019-05-31')`);
});

afterAll(() => db?.drop());

async function run(service: ServiceName, sql: string): Promise<Record<string, unknown>[]> {
  const client = new Client({ connectionString: db.urlFor(service) });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const VIEWS = ['membership_v1', 'subscriber_v1', 'usage_month_v1', 'offer_v1', 'month_v1', 'segment_count_v1'];
const PRIVATE_TABLES = ['subscriber', 'usage', 'offer', 'membership', 'segment_count', 'job', 'segment_definition', 'cohort', 'cohort_member'];

describe('segments_api: the read contract', () => {
  it.each(['campaigns', 'evaluation', 'training'] as const)('%s reads every published view', async (consumer) => {
    for (const view of VIEWS) await expect(run(consumer, `SELECT * FROM segments_api.${view} LIMIT 1`)).resolves.toBeDefined();
    expect(await run(consumer, 'SELECT subscriber_id, branch_code FROM segments_api.subscriber_v1')).toEqual([{ subscriber_id: 'S1', branch_code: 'CD' }]);
  });

  it.each(['campaigns', 'evaluation', 'training'] as const)('%s can neither read nor write segments’ private tables', async (consumer) => {
    for (const table of PRIVATE_TABLES) {
      await expect(run(consumer, `SELECT 1 FROM segments.${table} LIMIT 1`)).rejects.toThrow(/permission denied/);
    }
    await expect(run(consumer, "UPDATE segments.subscriber SET branch_code = 'GA'")).rejects.toThrow(/permission denied/);
    await expect(run(consumer, "INSERT INTO segments_api.subscriber_v1 (subscriber_id) VALUES ('X')")).rejects.toThrow(/permission denied/);
    await expect(run(consumer, 'CREATE TABLE segments_api.mine (x int)')).rejects.toThrow(/permission denied/);
  });

  it('has no msisdn in subscriber_v1; only campaigns reads phone numbers', async () => {
    const columns = await run('evaluation', "SELECT column_name FROM information_schema.columns WHERE table_schema = 'segments_api' AND table_name = 'subscriber_v1'");
    expect(columns.map((c) => c.column_name)).not.toContain('msisdn');
    expect(await run('campaigns', 'SELECT msisdn FROM segments_api.subscriber_contact_v1')).toEqual([{ msisdn: '13800000001' }]);
    await expect(run('evaluation', 'SELECT msisdn FROM segments_api.subscriber_contact_v1')).rejects.toThrow(/permission denied/);
    await expect(run('training', 'SELECT msisdn FROM segments_api.subscriber_contact_v1')).rejects.toThrow(/permission denied/);
  });

  it('gives saved segments to campaigns only', async () => {
    await expect(run('campaigns', 'SELECT key, rule FROM segments_api.segment_definition_v1 LIMIT 1')).resolves.toBeDefined();
    await expect(run('evaluation', 'SELECT key FROM segments_api.segment_definition_v1')).rejects.toThrow(/permission denied/);
  });

  it('gives the frozen members of photo cohorts to training only', async () => {
    await run(
      'segments',
      `WITH c AS (INSERT INTO segments.cohort (name, segment_key, base_month, members, created_by) VALUES ('拍照', 'MID_HIGH_END', '2025-12-01', 1, 'test') RETURNING id)
       INSERT INTO segments.cohort_member (cohort_id, subscriber_id, branch_code, vnet_member, measure_gotone, measure_group, measure_family, measure_deposit_gift, measure_terminal, measures)
       SELECT id, 'S1', 'CD', false, true, false, false, false, false, 1 FROM c`,
    );
    const rows = await run('training', "SELECT segment_key, definition_id, to_char(base_month, 'YYYY-MM') AS base_month, subscriber_id, branch_code FROM segments_api.cohort_member_v1");
    expect(rows).toEqual([{ segment_key: 'MID_HIGH_END', definition_id: null, base_month: '2025-12', subscriber_id: 'S1', branch_code: 'CD' }]);
    for (const consumer of ['campaigns', 'evaluation'] as const) await expect(run(consumer, 'SELECT 1 FROM segments_api.cohort_member_v1')).rejects.toThrow(/permission denied/);
  });

  it('publishes the mid-high-end rule once, immutable and parallel safe', async () => {
    const [fn] = await run('evaluation', "SELECT provolatile, proparallel FROM pg_proc WHERE proname = 'is_mid_high_end'");
    expect(fn).toEqual({ provolatile: 'i', proparallel: 's' });
    const rows = await run('evaluation', 'SELECT segments_api.is_mid_high_end(120, 100) AS a, segments_api.is_mid_high_end(119.99, 500) AS b, segments_api.is_mid_high_end(300, 99) AS c');
    expect(rows).toEqual([{ a: true, b: false, c: false }]);
  });

  it('lists exactly the objects docs/architecture.md documents', async () => {
    const objects = await run('segments', "SELECT table_name FROM information_schema.views WHERE table_schema = 'segments_api' ORDER BY 1");
    expect(objects.map((o) => o.table_name)).toEqual([...VIEWS, 'subscriber_contact_v1', 'segment_definition_v1', 'cohort_member_v1'].sort());
  });
});
