import { Client, fetchExchange, mapExchange, type CombinedError } from '@urql/core';

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
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error)) options.onUnauthenticated();
        },
      }),
      fetchExchange,
    ],
  });
}
