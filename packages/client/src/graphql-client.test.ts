/** @jest-environment node */
import { gql, type AnyVariables, type Client, type DocumentInput, type OperationContext, type OperationResult } from '@urql/core';
import { createGraphQLClient } from './graphql-client';

const UsersQuery = gql`
  query Users {
    users { id active }
  }
`;
const CohortsQuery = gql`
  query Cohorts {
    cohorts { id name }
  }
`;
const SetUserActive = gql`
  mutation SetUserActive($id: ID!, $active: Boolean!) {
    setUserActive(id: $id, active: $active) { id active }
  }
`;
const CreateCohort = gql`
  mutation CreateCohort($name: String!) {
    createCohort(name: $name) { id name }
  }
`;

type Answer = { status?: number; body: object };
interface Sent {
  operationName: string;
  headers: Record<string, string>;
  method: string;
  query: string;
}

/** The gateway, faked at fetch: answers by operation name, in turn, and records what came. */
function fakeGateway(answers: Record<string, Answer[]>) {
  const sent: Sent[] = [];
  const fetch = jest.fn(async (_url: string, init: RequestInit) => {
    const { operationName, query } = JSON.parse(String(init.body)) as { operationName: string; query: string };
    sent.push({ operationName, query, method: String(init.method), headers: init.headers as Record<string, string> });
    const queue = answers[operationName] ?? [];
    const answer = queue.length > 1 ? queue.shift()! : queue[0];
    if (!answer) throw new Error(`no answer for ${operationName}`);
    return new Response(JSON.stringify(answer.body), { status: answer.status ?? 200, headers: { 'content-type': 'application/json' } });
  });
  global.fetch = fetch as unknown as typeof global.fetch;
  return { sent, names: () => sent.map((s) => s.operationName) };
}

function setUp(answers: Record<string, Answer[]>, token: string | null = 'the-token') {
  const gateway = fakeGateway(answers);
  const onUnauthenticated = jest.fn();
  const client = createGraphQLClient({ url: 'http://gateway.test/graphql', getToken: () => token, onUnauthenticated });
  return { client, gateway, onUnauthenticated };
}

/** Follows a query the way useQuery does and keeps every result it delivers. */
function watch(client: Client, query: DocumentInput<unknown, AnyVariables>, context?: Partial<OperationContext>) {
  const results: OperationResult[] = [];
  const { unsubscribe } = client.query(query, {}, context).subscribe((result) => results.push(result));
  return { results, latest: () => results[results.length - 1], unsubscribe };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
};

const users = (active: boolean) => ({ body: { data: { users: [{ __typename: 'User', id: '7', active }] } } });

describe('createGraphQLClient', () => {
  it('POSTs with the token and the header Apollo needs for CSRF prevention', async () => {
    const { client, gateway } = setUp({ Users: [users(true)] });
    await client.query(UsersQuery, {}).toPromise();
    expect(gateway.sent[0]).toMatchObject({
      method: 'POST',
      headers: expect.objectContaining({ authorization: 'Bearer the-token', 'apollo-require-preflight': 'true' }),
    });
    // The document cache asks for __typename, which is what it invalidates by.
    expect(gateway.sent[0].query).toContain('__typename');
  });

  it('answers a repeated query from the cache and, with cache-and-network, refreshes it', async () => {
    const { client, gateway } = setUp({ Users: [users(true), users(false)] });
    await client.query(UsersQuery, {}, { requestPolicy: 'cache-first' }).toPromise();
    const again = await client.query(UsersQuery, {}, { requestPolicy: 'cache-first' }).toPromise();
    expect(again.data.users[0].active).toBe(true);
    expect(gateway.names()).toEqual(['Users']);

    const watched = watch(client, UsersQuery); // the client's default policy: cache-and-network
    expect(watched.results[0]).toMatchObject({ stale: true, data: { users: [{ active: true }] } });
    await until(() => watched.latest().data.users[0].active === false);
    expect(gateway.names()).toEqual(['Users', 'Users']);
    watched.unsubscribe();
  });

  it('refetches a watched query when a mutation returns one of its types', async () => {
    const { client, gateway } = setUp({
      Users: [users(true), users(false)],
      SetUserActive: [{ body: { data: { setUserActive: { __typename: 'User', id: '7', active: false } } } }],
    });
    const watched = watch(client, UsersQuery);
    await until(() => watched.latest()?.data?.users[0].active === true);
    await client.mutation(SetUserActive, { id: '7', active: false }).toPromise();
    await until(() => watched.latest().data.users[0].active === false);
    expect(gateway.names()).toEqual(['Users', 'SetUserActive', 'Users']);
    watched.unsubscribe();
  });

  it('refetches an empty list only when the query names the type in additionalTypenames', async () => {
    const created = { body: { data: { createCohort: { __typename: 'Cohort', id: 'c1', name: 'Q1' } } } };
    const none = { body: { data: { cohorts: [] } } };
    const one = { body: { data: { cohorts: [{ __typename: 'Cohort', id: 'c1', name: 'Q1' }] } } };

    const plain = setUp({ Cohorts: [none, one], CreateCohort: [created] });
    const blind = watch(plain.client, CohortsQuery);
    await until(() => blind.latest()?.data?.cohorts !== undefined);
    await plain.client.mutation(CreateCohort, { name: 'Q1' }).toPromise();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(blind.latest().data.cohorts).toEqual([]);
    blind.unsubscribe();

    const hinted = setUp({ Cohorts: [none, one], CreateCohort: [created] });
    const watched = watch(hinted.client, CohortsQuery, { additionalTypenames: ['Cohort'] });
    await until(() => watched.latest()?.data?.cohorts !== undefined);
    await hinted.client.mutation(CreateCohort, { name: 'Q1' }).toPromise();
    await until(() => watched.latest().data.cohorts.length === 1);
    watched.unsubscribe();
  });

  it('sends the user back to the login page when the server refuses the token', async () => {
    const refused = { body: { errors: [{ message: 'token expired', extensions: { code: 'UNAUTHENTICATED' } }] } };
    const { client, onUnauthenticated } = setUp({ Users: [refused], Cohorts: [{ status: 401, body: { errors: [{ message: 'no' }] } }] });
    await client.query(UsersQuery, {}).toPromise();
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    await client.query(CohortsQuery, {}).toPromise();
    expect(onUnauthenticated).toHaveBeenCalledTimes(2);
  });

  it('sends no authorization header without a token, and other errors keep the session', async () => {
    const failed = { body: { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } };
    const { client, gateway, onUnauthenticated } = setUp({ Users: [failed] }, null);
    const result = await client.query(UsersQuery, {}).toPromise();
    expect(result.error?.graphQLErrors[0].message).toBe('boom');
    expect(gateway.sent[0].headers).not.toHaveProperty('authorization');
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });
});
