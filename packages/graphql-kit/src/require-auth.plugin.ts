import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { BaseContext } from './context';
import { unauthenticated } from './errors';

function rootFieldNames(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : `<${s.kind}>`));
}

/**
 * Refuses every operation from a caller without a valid token unless all of its
 * root fields are public (e.g. `login`). This also covers federation's `_entities`
 * and `_service`, which no type-graphql decorator guards: a request sent straight
 * to a subgraph without a token gets nothing.
 */
export function requireAuthPlugin(publicRootFields: readonly string[]): ApolloServerPlugin<BaseContext> {
  const allowed = new Set([...publicRootFields, '__typename']);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (contextValue.user) return;
          if (!operation || !rootFieldNames(operation).every((name) => allowed.has(name))) {
            throw unauthenticated();
          }
        },
      };
    },
  };
}
