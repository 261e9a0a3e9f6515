import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@retention/graphql-kit';
import { branchRefReference } from './org/branch-ref.reference';
import { BranchRef } from './org/branch-ref.type';
import { SubscriberCountResolver } from './subscribers/subscriber-count.resolver';

export function buildSegmentsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [SubscriberCountResolver],
    // Reached only through the gateway (_entities), so type-graphql must be told about it.
    orphanedTypes: [BranchRef],
    referenceResolvers: { Branch: branchRefReference },
  });
}
