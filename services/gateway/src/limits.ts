import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import type { GatewayContext } from './subgraph-data-source';

/**
 * What one request may ask, checked before any planning: the token count at parse time
 * (so a 20,000-alias query never reaches the quadratic validation), then depth, aliases,
 * directives and cost. The apps' largest operations sit well inside these.
 */
export const REQUEST_LIMITS = {
  maxTokens: 3000,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxCost: 8000,
  /** Characters of the query text (variables may be larger: upload chunks travel there). */
  maxQueryLength: 30000,
};

export function armorProtection() {
  return new ApolloArmor({
    maxTokens: { n: REQUEST_LIMITS.maxTokens },
    maxDepth: { n: REQUEST_LIMITS.maxDepth },
    maxAliases: { n: REQUEST_LIMITS.maxAliases },
    maxDirectives: { n: REQUEST_LIMITS.maxDirectives },
    costLimit: { maxCost: REQUEST_LIMITS.maxCost },
    // "Did you mean …?" would map the private schema for an attacker.
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** Root fields a caller without a token may ask for. */
const PUBLIC_ROOT_FIELDS = new Set(['login', '__typename']);

function rootFields(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : `<${s.kind}>`));
}

/**
 * A request without a token may only log in: refused here, before the query is planned
 * or any subgraph is called (each subgraph checks the token again itself).
 */
export function onlyLoginWithoutTokenPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ request }) {
      if ((request.query?.length ?? 0) > REQUEST_LIMITS.maxQueryLength) {
        throw new GraphQLError(`the query is longer than ${REQUEST_LIMITS.maxQueryLength} characters`, {
          extensions: { code: 'QUERY_TOO_LARGE', http: { status: 413 } },
        });
      }
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (contextValue.authorization) return;
          if (!operation || !rootFields(operation).every((name) => PUBLIC_ROOT_FIELDS.has(name))) {
            throw new GraphQLError('Authentication required', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          }
        },
      };
    },
  };
}
