import { createServiceDataSource } from '@retention/db';
import type { DataSource } from 'typeorm';
import { CreateCampaign1763800200000 } from './migrations/1763800200000-CreateCampaign';
import { CampaignPolicyAndExecution1765000100000 } from './migrations/1765000100000-CampaignPolicyAndExecution';
import { TreatmentMatrixV11765000150000 } from './migrations/1765000150000-TreatmentMatrixV1';
import { ListMemberListMonth1765000350000 } from './migrations/1765000350000-ListMemberListMonth';
import { ListMemberFewerIndexes1765000400000 } from './migrations/1765000400000-ListMemberFewerIndexes';
import { BranchBackstop1765000450000 } from './migrations/1765000450000-BranchBackstop';
import { BranchBackstopEstimable1765000460000 } from './migrations/1765000460000-BranchBackstopEstimable';
import { ListMemberPerCampaign1765000600000 } from './migrations/1765000600000-ListMemberPerCampaign';
import { ListMemberTenureBand1765000700000 } from './migrations/1765000700000-ListMemberTenureBand';

export const CAMPAIGNS_SCHEMA = 'campaigns';

export function createCampaignsDataSource(url: string): DataSource {
  return createServiceDataSource({
    url,
    schema: CAMPAIGNS_SCHEMA,
    // Campaigns are read and written with set-based SQL (lists, dispatch): no entities.
    entities: [],
    migrations: [CreateCampaign1763800200000, CampaignPolicyAndExecution1765000100000, TreatmentMatrixV11765000150000, ListMemberListMonth1765000350000, ListMemberFewerIndexes1765000400000, BranchBackstop1765000450000, BranchBackstopEstimable1765000460000, ListMemberPerCampaign1765000600000, ListMemberTenureBand1765000700000],
  });
}
