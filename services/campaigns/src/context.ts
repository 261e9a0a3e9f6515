import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { scopeOf } from '@retention/auth';
import { branchScopedDataSource } from '@retention/db';
import { Capability, isBranchRole } from '@retention/domain';
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

export function createCampaignsContext(base: BaseContext, pool: DataSource, queue: CampaignJobQueue): CampaignsContext {
  // A branch user's queries run under the row-level backstop of their branch (migration 1765000450000).
  const user = base.user;
  const dataSource = user && isBranchRole(user.role) && user.branchCode ? branchScopedDataSource(pool, user.branchCode) : pool;
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
