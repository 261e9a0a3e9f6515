import type { ReactNode } from 'react';
import { StyleProvider } from '@ant-design/cssinjs';
import type { Client } from 'urql';
import { fromValue } from 'wonka';
import { AppProviders } from './app-providers';
import type { SessionUser } from './session';

type Responses = Record<string, unknown>;

function operationName(request: { query: { definitions: readonly { kind: string; name?: { value: string } }[] } }): string {
  const op = request.query.definitions.find((d) => d.kind === 'OperationDefinition');
  return op?.name?.value ?? '';
}

/**
 * A stand-in GraphQL client for component tests: answers each operation by name with
 * the given data (service behaviour is tested against the real services elsewhere).
 */
export function mockGraphQLClient(responses: Responses): Client & { calls: string[] } {
  const calls: string[] = [];
  const answer = (request: Parameters<typeof operationName>[0]) => {
    const name = operationName(request);
    calls.push(name);
    return fromValue({ operation: request, data: responses[name], stale: false, hasNext: false });
  };
  const promised = (query: Parameters<typeof operationName>[0]['query']) => ({
    toPromise: () => {
      const name = operationName({ query });
      calls.push(name);
      return Promise.resolve({ data: responses[name] });
    },
  });
  return {
    calls,
    executeQuery: answer,
    executeMutation: answer,
    executeSubscription: answer,
    query: promised,
    mutation: promised,
  } as unknown as Client & { calls: string[] };
}

/** Signs a user in the way the shell does, before rendering. */
export function signInForTest(user: SessionUser): void {
  const token = ['x', btoa(JSON.stringify({ exp: Math.floor(Date.now() / 1000) + 3600 })), 's'].join('.');
  localStorage.setItem('retention.token', token);
  localStorage.setItem('retention.user', JSON.stringify(user));
}

/**
 * antd's styles go into a node outside the document: jsdom matches every rule in the
 * document on each getComputedStyle, which Testing Library's role queries call for every
 * element they look at — with antd's stylesheet that was most of every component test's time.
 * Elements hidden by a `hidden` attribute or an inline style stay hidden to the queries.
 */
const detachedStyles = typeof document === 'undefined' ? undefined : document.createElement('div');

export function TestProviders({ client, children }: { client: Client; children: ReactNode }) {
  return (
    <StyleProvider container={detachedStyles}>
      <AppProviders client={client}>{children}</AppProviders>
    </StyleProvider>
  );
}
