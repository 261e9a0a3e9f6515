import { Client } from 'pg';
import { createTestDatabase } from './database';

async function query<T extends object>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('createTestDatabase', () => {
  it('gives each caller its own real, empty PostgreSQL database and drops it', async () => {
    const a = await createTestDatabase();
    const b = await createTestDatabase();
    expect(a.adminUrl).not.toEqual(b.adminUrl);

    await query(a.adminUrl, 'CREATE TABLE t (x int)');
    const [{ version }] = await query<{ version: string }>(a.adminUrl, 'SELECT version()');
    expect(version).toMatch(/^PostgreSQL \d+/);
    expect(await query(b.adminUrl, "SELECT 1 FROM information_schema.tables WHERE table_name = 't'")).toHaveLength(0);

    await a.drop();
    await b.drop();
    const gone = new Client({ connectionString: a.adminUrl });
    await expect(gone.connect()).rejects.toThrow(/does not exist/);
  });

  it('connects each service as its own unprivileged role that owns only its schemas', async () => {
    const db = await createTestDatabase();
    try {
      const [me] = await query<{ role: string; superuser: boolean }>(
        db.urlFor('campaigns'),
        'SELECT current_user AS role, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user',
      );
      expect(me).toEqual({ role: 'campaigns_svc', superuser: false });
      await query(db.urlFor('campaigns'), 'CREATE TABLE campaigns.thing (x int)');
      await expect(query(db.urlFor('campaigns'), 'CREATE TABLE segments.thing (x int)')).rejects.toThrow(/permission denied/);
      await expect(query(db.urlFor('campaigns'), 'CREATE TABLE public.thing (x int)')).rejects.toThrow(/permission denied/);
      await expect(query(db.urlFor('campaigns'), 'DROP SCHEMA segments CASCADE')).rejects.toThrow(/must be owner/);
      const owners = await query<{ nspname: string; owner: string }>(
        db.adminUrl,
        "SELECT nspname, pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname LIKE 'segments%' ORDER BY 1",
      );
      expect(owners).toEqual([
        { nspname: 'segments', owner: 'segments_svc' },
        { nspname: 'segments_api', owner: 'segments_svc' },
        { nspname: 'segments_boss', owner: 'segments_svc' },
      ]);
    } finally {
      await db.drop();
    }
  });
});
