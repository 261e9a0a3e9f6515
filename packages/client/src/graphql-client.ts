import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError } from '@urql/core';

export interface ClientOptions {
  url: string;
  getToken: () => string | null;
  /** Called when the server says the token is missing, expired or no longer good. */
  onUnauthenticated: () => void;
}

function isUnauthenticated(error: CombinedError): boolean {
  return (
    error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ||
    (error.response as { status?: number } | undefined)?.status === 401
  );
}

/**
 * One way to talk to the gateway: POST only (Apollo's CSRF prevention refuses simple
 * GETs), the caller's JWT, and a way back to the login page when it stops working.
 *
 * Caching: urql's document cache (`cacheExchange` from `@urql/core`), not the normalized
 * graphcache. The pages are read-mostly reports whose results are aggregates without ids
 * (segment counts, trends, previews, KPIs), so normalizing would mostly mean declaring
 * `keys` for keyless types and writing an `updates` handler for every list a mutation
 * grows; the few mutations (users, segments, cohorts, uploads) are served well enough by
 * the document cache's rule: a mutation result invalidates, and refetches, every cached
 * query whose result holds one of its `__typename`s. A query whose list may be empty (so
 * holds no typename) names it in `context: { additionalTypenames }`. With the default
 * `cache-and-network` a page shows the cached result at once and refreshes it in the
 * background. One client, and so one cache, lives for one session (see AppProviders).
 */
export function createGraphQLClient(options: ClientOptions): Client {
  return new Client({
    url: options.url,
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: () => {
      const token = options.getToken();
      return {
        headers: {
          'apollo-require-preflight': 'true',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      };
    },
    exchanges: [
      cacheExchange,
      // After the cache: only answers from the server (never a replayed cached one) sign out.
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error)) options.onUnauthenticated();
        },
      }),
      fetchExchange,
    ],
  });
}
