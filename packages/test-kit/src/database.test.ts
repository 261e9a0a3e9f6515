import { Client } from 'pg';
import { createTestDatabase } from './database';

describe('createTestDatabase', () => {
  it('gives each caller its own real, empty PostgreSQL database and drops it', async () => {
    const a = await createTestDatabase();
    const b = await createTestDatabase();
    expect(a.url).not.toEqual(b.url);

    const client = new Client({ connectionString: a.url });
    await client.connect();
    await client.query('CREATE TABLE t (x int)');
    const { rows } = await client.query<{ version: string }>('SELECT version()');
    expect(rows[0].version).toMatch(/^PostgreSQL \d+/);
    await client.end();

    const other = new Client({ connectionString: b.url });
    await other.connect();
    const tables = await other.query("SELECT 1 FROM information_schema.tables WHERE table_name = 't'");
    expect(tables.rowCount).toBe(0);
    await other.end();

    await a.drop();
    await b.drop();
    const gone = new Client({ connectionString: a.url });
    await expect(gone.connect()).rejects.toThrow(/does not exist/);
  });
});
