import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@retention/graphql-kit';
import { AuthResolver } from './auth/auth.resolver';
import { branchReference } from './org/branch.reference';
import { BranchResolver } from './org/branch.resolver';
import { UserResolver } from './users/user.resolver';

export function buildTrainingSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [AuthResolver, BranchResolver, UserResolver],
    referenceResolvers: { Branch: branchReference },
  });
}
