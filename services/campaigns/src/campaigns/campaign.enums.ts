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

export enum CampaignChannel {
  PHONE_MANAGER = 'PHONE_MANAGER',
  ACCOUNT_MANAGER = 'ACCOUNT_MANAGER',
  FRONT_DESK = 'FRONT_DESK',
  E_CHANNEL = 'E_CHANNEL',
  SMS = 'SMS',
  OUTBOUND_CALL = 'OUTBOUND_CALL',
}

export enum OfferKind {
  DEPOSIT_GIFT = 'DEPOSIT_GIFT',
  TERMINAL = 'TERMINAL',
  PLAN = 'PLAN',
  SERVICE = 'SERVICE',
  GIFT = 'GIFT',
}

registerEnumType(CampaignChannel, { name: 'CampaignChannel' });
registerEnumType(OfferKind, { name: 'OfferKind', description: 'DEPOSIT_GIFT and TERMINAL become offers that count as stabilizing measures.' });
