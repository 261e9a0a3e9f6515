import { Capability } from '@retention/domain';
import { guardedReference } from '@retention/graphql-kit';
import type { EvaluationContext } from '../context';

/** Campaign references: just the key, when the caller may see the campaign (campaigns_api.campaign_v1); null otherwise. */
export const campaignReference = guardedReference(Capability.EVALUATION_READ, async (reference: { id: string }, ctx: EvaluationContext, scope) =>
  (await ctx.evaluation.visibleCampaign(scope, reference.id)) ? { id: reference.id } : null,
);
