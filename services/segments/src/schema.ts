import type { GraphQLSchema } from 'graphql';
import { branchKeyReference, buildFederatedSchema } from '@retention/graphql-kit';
import { BranchRef } from './org/branch-ref.type';
import { CohortResolver } from './cohorts/cohort.resolver';
import { SegmentJobResolver } from './jobs/segment-job.resolver';
import { BranchSegmentsResolver } from './org/branch-segments.resolver';
import { SegmentDefinitionResolver } from './rules/segment-definition.resolver';
import { SegmentsResolver } from './segments/segments.resolver';
import { SubscriberCountResolver } from './subscribers/subscriber-count.resolver';
import { subscriberReference } from './subscribers/subscriber.reference';
import { SubscriberResolver } from './subscribers/subscriber.resolver';
import { UploadResolver } from './uploads/upload.resolver';

export function buildSegmentsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [SubscriberCountResolver, SegmentsResolver, SegmentJobResolver, BranchSegmentsResolver, SegmentDefinitionResolver, CohortResolver, SubscriberResolver, UploadResolver],
    // Reached only through the gateway (_entities), so type-graphql must be told about it.
    orphanedTypes: [BranchRef],
    referenceResolvers: { Branch: branchKeyReference, Subscriber: subscriberReference },
  });
}
