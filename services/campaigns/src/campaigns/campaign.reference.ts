import type { CampaignsContext } from '../context';
import type { CampaignType } from './campaign.type';

export const campaignReference = {
  __resolveReference: (reference: { id: string }, ctx: CampaignsContext): Promise<CampaignType | null> =>
    ctx.loaders.campaignById.load(reference.id),
};
