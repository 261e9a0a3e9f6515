import { registerEnumType } from 'type-graphql';

/** DOMAIN.md §5's suppression reasons, in the order they are tested (first that applies wins). */
export enum SuppressionReason {
  NOT_ON_NETWORK = 'NOT_ON_NETWORK',
  SPECIAL_ACCOUNT = 'SPECIAL_ACCOUNT',
  VIP_CARD = 'VIP_CARD',
  DO_NOT_CONTACT = 'DO_NOT_CONTACT',
  RECENTLY_CONTACTED = 'RECENTLY_CONTACTED',
  FREQUENCY_CAP = 'FREQUENCY_CAP',
  ALREADY_TARGETED = 'ALREADY_TARGETED',
}

export const SUPPRESSION_ORDER: readonly SuppressionReason[] = Object.values(SuppressionReason);

export enum MemberStatus {
  TREATED = 'TREATED',
  CONTROL = 'CONTROL',
  SUPPRESSED = 'SUPPRESSED',
}

export enum TargetListStatus {
  BUILDING = 'BUILDING',
  BUILT = 'BUILT',
  DISPATCHED = 'DISPATCHED',
  FAILED = 'FAILED',
}

/** Strata in DOMAIN.md §3's class order; customers without a class form NONE. */
export const STRATUM_ORDER = ['CHURN_RISK', 'IMPORTANT', 'ORDINARY', 'IRREGULAR', 'NONE'] as const;

registerEnumType(SuppressionReason, { name: 'SuppressionReason' });
registerEnumType(MemberStatus, { name: 'ListMemberStatus' });
registerEnumType(TargetListStatus, { name: 'TargetListStatus' });
