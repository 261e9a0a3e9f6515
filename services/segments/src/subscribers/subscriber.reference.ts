import type { SegmentsContext } from '../context';
import type { SubscriberType } from './subscriber.type';

/** Other subgraphs refer to customers by id; outside the caller's branches they resolve to null. */
export const subscriberReference = {
  __resolveReference: (reference: { id: string }, ctx: SegmentsContext): Promise<SubscriberType | null> =>
    ctx.loaders.subscriberById.load(reference.id),
};
