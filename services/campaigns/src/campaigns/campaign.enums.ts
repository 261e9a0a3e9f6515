import { registerEnumType } from 'type-graphql';

export enum CampaignKind {
  TENURE = 'TENURE',
  TERMINAL = 'TERMINAL',
  DEPOSIT_GIFT = 'DEPOSIT_GIFT',
  PLAN_MIGRATION = 'PLAN_MIGRATION',
  SERVICE_PUSH = 'SERVICE_PUSH',
  CARE = 'CARE',
}

export enum CampaignLevel {
  PROVINCE = 'PROVINCE',
  BRANCH = 'BRANCH',
}

export enum CampaignStatus {
  DRAFT = 'DRAFT',
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
  EVALUATED = 'EVALUATED',
}

/** Province campaigns become visible to their executing branches from publication on. */
export const BRANCH_VISIBLE_STATUSES = [CampaignStatus.PUBLISHED, CampaignStatus.CLOSED, CampaignStatus.EVALUATED];

registerEnumType(CampaignKind, { name: 'CampaignKind' });
registerEnumType(CampaignLevel, { name: 'CampaignLevel' });
registerEnumType(CampaignStatus, { name: 'CampaignStatus' });
