import { GraphQLJSON } from 'graphql-scalars';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CampaignChannel, CampaignKind, CampaignLevel, CampaignStatus, OfferKind } from './campaign.enums';

@ObjectType('OfferTier')
export class OfferTierType {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => OfferKind)
  offerKind: OfferKind;

  @Field(() => Float, { nullable: true })
  deposit: number | null;

  @Field(() => Float, { nullable: true })
  gift: number | null;

  @Field(() => Int, { nullable: true })
  months: number | null;

  @Field(() => Float, { nullable: true, description: 'Fraction 0…1' })
  subsidyShare: number | null;

  @Field(() => Float, { description: 'Yuan per acceptance' })
  costPerAcceptance: number;

  @Field(() => Int, { nullable: true })
  tenureMinMonths: number | null;

  @Field(() => Int, { nullable: true })
  tenureMaxMonths: number | null;

  @Field(() => Int)
  trialMonths: number;
}

@ObjectType('PlanPath')
export class PlanPathType {
  @Field()
  fromPlan: string;

  @Field()
  toPlan: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Campaign')
export class CampaignType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => CampaignKind)
  kind: CampaignKind;

  @Field(() => CampaignLevel)
  level: CampaignLevel;

  @Field(() => CampaignStatus)
  status: CampaignStatus;

  @Field(() => Int, { description: 'Pass it back to updateCampaign/submitCampaign; a stale one is a VERSION_CONFLICT.' })
  version: number;

  @Field()
  description: string;

  @Field(() => String, { nullable: true, description: 'The branch that owns a local campaign (also as ownerBranch).' })
  ownerBranchCode: string | null;

  @Field(() => [String], { description: 'Codes of the branches that execute this campaign.' })
  executingBranchCodes: string[];

  @Field(() => String, { nullable: true })
  targetSegmentKey: string | null;

  @Field(() => ID, { nullable: true })
  targetSegmentId: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: "A saved segment's rule, frozen at publication." })
  targetRule: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  eligibilityRule: unknown;

  @Field(() => [OfferTierType])
  offerTiers: OfferTierType[];

  @Field(() => [CampaignChannel])
  channels: CampaignChannel[];

  @Field()
  talkTrack: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  endDate: string | null;

  @Field(() => Float, { nullable: true })
  budget: number | null;

  @Field(() => Float)
  controlShare: number;

  @Field(() => Float)
  priorityWeight: number;

  @Field(() => Float, { nullable: true })
  targetUptake: number | null;

  @Field(() => Float, { nullable: true })
  targetChurnReduction: number | null;

  @Field()
  birthdayInWindow: boolean;

  @Field(() => [PlanPathType])
  planPaths: PlanPathType[];

  @Field(() => String, { nullable: true, description: "The reviewer's comment of the last return or approval." })
  reviewComment: string | null;

  @Field()
  createdBy: string;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;
}

@ObjectType('CampaignFieldChange')
export class FieldChangeType {
  @Field()
  field: string;

  @Field(() => GraphQLJSON, { nullable: true })
  from: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  to: unknown;
}

@ObjectType('CampaignAuditEntry', { description: 'One line of the journal: who, when, from, to, what changed.' })
export class AuditEntryType {
  @Field(() => ID)
  id: string;

  @Field()
  actor: string;

  @Field()
  at: Date;

  @Field({ description: 'CREATE, EDIT, AMEND, SUBMIT, APPROVE, RETURN, CLOSE, CLONE' })
  action: string;

  @Field(() => CampaignStatus, { nullable: true })
  fromStatus: CampaignStatus | null;

  @Field(() => CampaignStatus, { nullable: true })
  toStatus: CampaignStatus | null;

  @Field(() => [FieldChangeType])
  changes: FieldChangeType[];

  @Field(() => String, { nullable: true })
  comment: string | null;
}
