import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { signToken, type AuthUser } from '@retention/auth';
import { ALL_ROLES, BRANCH_CODES, isBranchRole, type Role } from '@retention/domain';

export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Sends one GraphQL request over real HTTP, as a browser or the gateway would. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

/** The id of the test caller of a role (and branch): the same in every test and database. */
export function testCallerId(role: Role, branchCode: string | null): string {
  const hex = createHash('md5').update(`test-caller:${role}:${branchCode ?? ''}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A signed token for the test caller of a role. Services check a token's user against
 * training_api.user_token_v1, so a test database gets these callers with
 * `registerTestCallers` after training's migrations.
 */
export function tokenFor(role: Role, branchCode: string | null = null, username = `test.${role.toLowerCase()}`): string {
  const user: AuthUser = { id: testCallerId(role, branchCode), username, role, branchCode, tokenVersion: 0 };
  return signToken(user);
}

/**
 * Adds the test callers of every role (branch roles in every branch) as real, active users
 * of training's user table — a test fixture, written with the administrator's connection.
 */
export async function registerTestCallers(adminUrl: string): Promise<void> {
  const callers: [Role, string | null][] = ALL_ROLES.flatMap((role): [Role, string | null][] => (isBranchRole(role) ? BRANCH_CODES.map((b) => [role, b]) : [[role, null]]));
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO training.app_user (id, username, display_name, password_hash, role, branch_code)
       SELECT c.id::uuid, 'test.' || lower(c.role) || '.' || coalesce(lower(c.branch), 'all'), 'test caller', '!', c.role, c.branch
       FROM jsonb_to_recordset($1::jsonb) AS c (id text, role text, branch text)
       ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(callers.map(([role, branch]) => ({ id: testCallerId(role, branch), role, branch })))],
    );
  } finally {
    await client.end();
  }
}
