import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@retention/test-kit';
import { jobTablesSql } from './job-tables';

export interface JobsTestDatabase {
  db: TestDatabase;
  dataSource: DataSource;
  /** The connection of the schema's owner (not a superuser). */
  url: string;
  close: () => Promise<void>;
}

/**
 * A fresh test database with the job tables in the `campaigns` schema, connected as its
 * owner `campaigns_svc` (not a superuser): the package must work there as it does in
 * segments.
 */
export async function jobsTestDatabase(schema = 'campaigns'): Promise<JobsTestDatabase> {
  const db = await createTestDatabase();
  const url = db.urlFor('campaigns');
  const dataSource = new DataSource({ type: 'postgres', url, extra: { max: 5 } });
  await dataSource.initialize();
  for (const sql of jobTablesSql(schema)) await dataSource.query(sql);
  return {
    db,
    dataSource,
    url,
    close: async () => {
      await dataSource.destroy();
      await db.drop();
    },
  };
}
