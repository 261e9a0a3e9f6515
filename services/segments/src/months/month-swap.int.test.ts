import { Client } from 'pg';
import { withLockRetry } from '@retention/db';
import { createTestDatabase, type TestDatabase } from '@retention/test-kit';

let db: TestDatabase;
const clients: Client[] = [];

async function connect(): Promise<Client> {
  const client = new Client({ connectionString: db.urlFor('segments') });
  await client.connect();
  clients.push(client);
  return client;
}

beforeAll(async () => {
  db = await createTestDatabase();
  const setup = await connect();
  await setup.query('CREATE TABLE segments.t (month date NOT NULL, v int) PARTITION BY RANGE (month)');
  await setup.query("CREATE TABLE segments.t_2026_10 PARTITION OF segments.t FOR VALUES FROM ('2026-10-01') TO ('2026-11-01')");
  await setup.query("INSERT INTO segments.t VALUES ('2026-10-01', 1)");
});

afterAll(async () => {
  for (const client of clients) await client.end().catch(() => undefined);
  await db?.drop();
});

const swap = (client: Client) => async () => {
  await client.query('DROP TABLE segments.t_2026_10');
  await client.query("CREATE TABLE segments.t_2026_10 PARTITION OF segments.t FOR VALUES FROM ('2026-10-01') TO ('2026-11-01')");
  await client.query("INSERT INTO segments.t VALUES ('2026-10-01', 2)");
};

describe('month swaps give way to readers', () => {
  it('retries behind a long reader while new readers still get through, then swaps', async () => {
    const longReader = await connect();
    const swapper = await connect();
    const newReader = await connect();
    await longReader.query('BEGIN');
    await longReader.query('SELECT * FROM segments.t');

    await swapper.query('BEGIN');
    const swapped = withLockRetry((sql, params) => swapper.query(sql, params), swap(swapper), { lockTimeoutMs: 100, attempts: 30, backoffMs: 50 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Without the lock timeout this reader would queue behind the swap's pending lock.
    await newReader.query("SET statement_timeout = '2s'");
    expect((await newReader.query('SELECT v FROM segments.t')).rows).toEqual([{ v: 1 }]);

    await longReader.query('COMMIT');
    await swapped;
    await swapper.query('COMMIT');
    expect((await newReader.query('SELECT v FROM segments.t')).rows).toEqual([{ v: 2 }]);
  });

  it('gives up with lock_not_available after its attempts, leaving the transaction usable', async () => {
    const longReader = await connect();
    const swapper = await connect();
    await longReader.query('BEGIN');
    await longReader.query('SELECT * FROM segments.t');
    await swapper.query('BEGIN');
    await expect(withLockRetry((sql, params) => swapper.query(sql, params), swap(swapper), { lockTimeoutMs: 50, attempts: 2, backoffMs: 10 })).rejects.toMatchObject({ code: '55P03' });
    expect((await swapper.query('SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }]);
    await swapper.query('ROLLBACK');
    await longReader.query('COMMIT');
  });
});
