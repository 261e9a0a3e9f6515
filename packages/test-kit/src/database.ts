import { randomBytes } from 'node:crypto';
import { createDatabaseIfMissing, dropDatabase, prepareServiceDatabase, serviceUrl, withDatabase, type ServiceName, type ServicePasswords } from '@retention/db';

export interface TestDatabase {
  /** An administrator's connection, for fixtures and checks only: services never use it. */
  adminUrl: string;
  /** The connection of a service's own role (segments_svc, …) to this database. */
  urlFor: (service: ServiceName) => string;
  drop: () => Promise<void>;
}

function rolePasswords(): ServicePasswords {
  const raw = process.env.TEST_PG_ROLE_PASSWORDS;
  if (!raw) throw new Error('TEST_PG_ROLE_PASSWORDS is not set: add @retention/test-kit globalSetup to jest.config.js');
  return JSON.parse(raw) as ServicePasswords;
}

/**
 * A fresh database for one test file, so files can run in parallel, prepared as a real
 * one is: each service's schemas exist and belong to its role.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_PG_ADMIN_URL;
  if (!adminUrl) throw new Error('TEST_PG_ADMIN_URL is not set: add @retention/test-kit globalSetup to jest.config.js');
  const name = `test_${randomBytes(6).toString('hex')}`;
  await createDatabaseIfMissing(adminUrl, name);
  const url = withDatabase(adminUrl, name);
  await prepareServiceDatabase(url);
  const passwords = rolePasswords();
  return { adminUrl: url, urlFor: (service) => serviceUrl(url, service, passwords[service]), drop: () => dropDatabase(adminUrl, name) };
}
