import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { scopeOf } from '@retention/auth';
import { Capability } from '@retention/domain';
import type { BaseContext } from '@retention/graphql-kit';
import { CampaignService } from './campaigns/campaign.service';
import type { CampaignType } from './campaigns/campaign.type';

export interface CampaignsContext extends BaseContext {
  campaigns: CampaignService;
  loaders: {
    campaignById: DataLoader<string, CampaignType | null>;
    campaignCountByBranch: DataLoader<string, number>;
  };
}

export function createCampaignsContext(base: BaseContext, dataSource: DataSource): CampaignsContext {
  const campaigns = new CampaignService(dataSource, scopeOf(base.user, Capability.CAMPAIGN_READ));
  return {
    ...base,
    campaigns,
    loaders: { campaignById: campaigns.createByIdLoader(), campaignCountByBranch: campaigns.createCountByBranchLoader() },
  };
}
