import { Capability } from '@retention/domain';
import { guardedReference } from '@retention/graphql-kit';
import type { SegmentsContext } from '../context';

/** Other subgraphs refer to customers by id; outside the caller's scope they resolve to null. */
export const subscriberReference = guardedReference(Capability.CUSTOMER_READ, (reference: { id: string }, ctx: SegmentsContext) =>
  ctx.loaders.subscriberById.load(reference.id),
);
