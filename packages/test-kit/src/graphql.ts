import { signToken, type AuthUser } from '@retention/auth';
import { Role } from '@retention/domain';

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

/** A signed token for a made-up user, for tests that need a caller of some role. */
export function tokenFor(role: Role, branchCode: string | null = null, username = `test.${role.toLowerCase()}`): string {
  const user: AuthUser = { id: '0', username, role, branchCode };
  return signToken(user);
}
