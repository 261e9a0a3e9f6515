import { randomBytes } from 'node:crypto';
import { createDatabaseIfMissing, dropDatabase, withDatabase } from '@retention/db';

export interface TestDatabase {
  url: string;
  drop: () => Promise<void>;
}

/** A fresh, empty database for one test file, so files can run in parallel. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_PG_ADMIN_URL;
  if (!adminUrl) throw new Error('TEST_PG_ADMIN_URL is not set: add @retention/test-kit globalSetup to jest.config.js');
  const name = `test_${randomBytes(6).toString('hex')}`;
  await createDatabaseIfMissing(adminUrl, name);
  return { url: withDatabase(adminUrl, name), drop: () => dropDatabase(adminUrl, name) };
}
