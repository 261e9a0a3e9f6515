import { Client } from 'pg';

/**
 * The four services in the order their migrations must run: a service's `_api` views
 * and grants may only name roles and schemas of services migrated before it, and its
 * queries read the `_api` views of the ones before it (training → segments → campaigns →
 * evaluation).
 */
export const SERVICE_NAMES = ['training', 'segments', 'campaigns', 'evaluation'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** The PostgreSQL role a service connects as; it owns the service's schemas and nothing else. */
export function serviceRole(service: ServiceName): string {
  return `${service}_svc`;
}

/**
 * The schemas a service owns: its private tables, its published read contract, and its
 * pg-boss queue.
 */
export function serviceSchemas(service: ServiceName): string[] {
  return [service, `${service}_api`, `${service}_boss`];
}

export type ServicePasswords = Record<ServiceName, string>;

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function ident(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`not a plain identifier: ${name}`);
  return name;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates (or updates) the four service roles on a cluster: LOGIN, no superuser, no
 * role or database creation, no RLS bypass. Run with an administrator's connection —
 * by `pnpm start` and the test kit, or once by an operator (`pnpm db setup-roles`).
 * Passwords travel as literals (PostgreSQL takes no parameters in utility statements),
 * quoted with the server's own quote_literal.
 */
export async function setupServiceRoles(adminUrl: string, passwords: ServicePasswords): Promise<void> {
  await withClient(adminUrl, async (client) => {
    for (const service of SERVICE_NAMES) {
      const role = ident(serviceRole(service));
      const { rows } = await client.query<{ literal: string }>('SELECT quote_literal($1::text) AS literal', [passwords[service]]);
      const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION PASSWORD ${rows[0].literal}`;
      const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      await client.query(exists.rowCount ? `ALTER ROLE ${role} ${attributes}` : `CREATE ROLE ${role} ${attributes}`);
    }
  });
}

/**
 * Prepares one database for the services: each service's schemas exist and belong to
 * its role (so its migrations run as that role), and the public schema gives nobody
 * the right to create objects. Idempotent.
 */
export async function prepareServiceDatabase(adminDatabaseUrl: string): Promise<void> {
  await withClient(adminDatabaseUrl, async (client) => {
    const { rows } = await client.query<{ db: string }>('SELECT current_database() AS db');
    const database = ident(rows[0].db);
    await client.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
    for (const service of SERVICE_NAMES) {
      const role = ident(serviceRole(service));
      // CREATE on the database because pg-boss runs `CREATE SCHEMA IF NOT EXISTS` for its
      // (already made) schema, which PostgreSQL checks before it looks for the schema.
      // Identifiers only (checked by ident()): utility statements take no bind parameters.
      await client.query(`GRANT CONNECT, TEMPORARY, CREATE ON DATABASE ${database} TO ${role}`);
      for (const schema of serviceSchemas(service)) {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${ident(schema)} AUTHORIZATION ${role}`);
        await client.query(`ALTER SCHEMA ${ident(schema)} OWNER TO ${role}`);
        await reassignSchemaObjects(client, schema, role);
      }
    }
  });
}

/**
 * A database made before there were service roles has its tables owned by the
 * administrator: hand every relation, function and type of the schema to the role.
 */
async function reassignSchemaObjects(client: Client, schema: string, role: string): Promise<void> {
  const { rows } = await client.query<{ statement: string }>(
    `SELECT format('ALTER %s %I.%I OWNER TO %I',
                   CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
                   n.nspname, c.relname, $2::text) AS statement
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND pg_get_userbyid(c.relowner) <> $2
       AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
     UNION ALL
     SELECT format('ALTER ROUTINE %I.%I(%s) OWNER TO %I', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid), $2::text)
     FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = $1 AND pg_get_userbyid(p.proowner) <> $2
     UNION ALL
     SELECT format('ALTER TYPE %I.%I OWNER TO %I', n.nspname, t.typname, $2::text)
     FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = $1 AND t.typtype IN ('e', 'd') AND pg_get_userbyid(t.typowner) <> $2`,
    [schema, role],
  );
  for (const { statement } of rows) await client.query(statement);
}

/** The connection string of a service's role on the database of `url`. */
export function serviceUrl(url: string, service: ServiceName, password: string): string {
  const u = new URL(url);
  u.username = serviceRole(service);
  u.password = encodeURIComponent(password);
  return u.toString();
}

/**
 * The database a service connects to when started on its own: `<SERVICE>_DATABASE_URL`,
 * or the cluster of DATABASE_URL / the embedded one with the service's role and
 * `<SERVICE>_DB_PASSWORD`.
 */
export function serviceDatabaseUrl(service: ServiceName, baseUrl: string, env: NodeJS.ProcessEnv = process.env): string {
  const prefix = service.toUpperCase();
  const own = env[`${prefix}_DATABASE_URL`];
  if (own) return own;
  const password = env[`${prefix}_DB_PASSWORD`];
  if (!password) {
    throw new Error(`${prefix}_DATABASE_URL (or ${prefix}_DB_PASSWORD) is not set: the ${service} service connects as its own role ${serviceRole(service)} (see README "Database roles")`);
  }
  return serviceUrl(baseUrl, service, password);
}

/** The environment that hands each service its own connection string. */
export function serviceUrlEnv(databaseUrl: string, passwords: ServicePasswords): Record<string, string> {
  return Object.fromEntries(SERVICE_NAMES.map((s) => [`${s.toUpperCase()}_DATABASE_URL`, serviceUrl(databaseUrl, s, passwords[s])]));
}

/** Random passwords for the four roles (tests, a fresh data directory). */
export function randomServicePasswords(random: () => string): ServicePasswords {
  return Object.fromEntries(SERVICE_NAMES.map((s) => [s, random()])) as ServicePasswords;
}
