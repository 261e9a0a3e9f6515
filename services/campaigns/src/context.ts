import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { scopeOf } from '@retention/auth';
import { Capability } from '@retention/domain';
import type { BaseContext } from '@retention/graphql-kit';
import { CampaignService } from './campaigns/campaign.service';
import type { CampaignType } from './campaigns/campaign.type';
import { DoNotContactService } from './dnc/dnc.service';
import type { CampaignJobQueue } from './jobs/campaign-job-queue';
import { TargetListService } from './lists/target-list.service';
import { TaskService } from './tasks/task.service';

export interface CampaignsContext extends BaseContext {
  dataSource: DataSource;
  queue: CampaignJobQueue;
  campaigns: CampaignService;
  lists: TargetListService;
  dnc: DoNotContactService;
  tasks: TaskService;
  loaders: {
    campaignById: DataLoader<string, CampaignType | null>;
    campaignCountByBranch: DataLoader<string, number>;
  };
}

export function createCampaignsContext(base: BaseContext, dataSource: DataSource, queue: CampaignJobQueue): CampaignsContext {
  const campaigns = new CampaignService(dataSource, scopeOf(base.user, Capability.CAMPAIGN_READ));
  return {
    ...base,
    dataSource,
    queue,
    campaigns,
    lists: new TargetListService(dataSource),
    dnc: new DoNotContactService(dataSource),
    tasks: new TaskService(dataSource),
    loaders: { campaignById: campaigns.createByIdLoader(), campaignCountByBranch: campaigns.createCountByBranchLoader() },
  };
}
