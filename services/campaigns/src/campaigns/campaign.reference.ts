import { Capability } from '@retention/domain';
import { guardedReference } from '@retention/graphql-kit';
import type { CampaignsContext } from '../context';

/** Campaigns by id for other subgraphs; outside the caller's scope (drafts for a branch) they resolve to null. */
export const campaignReference = guardedReference(Capability.CAMPAIGN_READ, (reference: { id: string }, ctx: CampaignsContext) =>
  ctx.loaders.campaignById.load(reference.id),
);
