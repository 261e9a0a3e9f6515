import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { CampaignChannel, CampaignKind, CampaignLevel, OfferKind } from './campaign.enums';

@InputType({ description: 'One offer tier (e.g. deposit 300 → gift 300 over 10 months), with the tenure range it applies to.' })
export class OfferTierInput {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => OfferKind)
  offerKind: OfferKind;

  @Field(() => Float, { nullable: true, description: 'Yuan the customer deposits.' })
  deposit?: number | null;

  @Field(() => Float, { nullable: true, description: 'Yuan given back over the allocation months.' })
  gift?: number | null;

  @Field(() => Int, { nullable: true, description: 'Allocation (deposit-gift) or contract (terminal) months.' })
  months?: number | null;

  @Field(() => Float, { nullable: true, description: 'Terminal subsidy as a fraction 0…1 (0.7 = 70 %).' })
  subsidyShare?: number | null;

  @Field(() => Float, { nullable: true, description: 'Cost to the operator per acceptance, yuan (gift + subsidy).' })
  costPerAcceptance?: number | null;

  @Field(() => Int, { nullable: true, description: 'Lowest tenure in months it applies to (inclusive).' })
  tenureMinMonths?: number | null;

  @Field(() => Int, { nullable: true, description: 'Highest tenure in months it applies to (inclusive).' })
  tenureMaxMonths?: number | null;

  @Field(() => Int, { nullable: true, description: '试用期 months from the start month (default 1).' })
  trialMonths?: number | null;
}

@InputType({ description: 'A from-plan → to-plan path of a PLAN_MIGRATION campaign (seed 003).' })
export class PlanPathInput {
  @Field()
  fromPlan: string;

  @Field()
  toPlan: string;
}

/**
 * Everything a campaign is (DOMAIN.md §4). On create only `name` and `kind` are required;
 * on update, fields left out keep their value. Shares and targets are fractions 0…1.
 */
@InputType()
export class CampaignInput {
  @Field({ nullable: true })
  name?: string;

  @Field(() => CampaignKind, { nullable: true })
  kind?: CampaignKind;

  @Field(() => CampaignLevel, { nullable: true, description: 'Default: PROVINCE for province planners, BRANCH for branch planners.' })
  level?: CampaignLevel;

  @Field({ nullable: true })
  description?: string;

  @Field(() => [String], { nullable: true, description: 'Branches that execute it (PROVINCE: default all; BRANCH: the own branch).' })
  executingBranchCodes?: string[];

  @Field({ nullable: true, description: 'A built-in segment key (e.g. CLASS_ORDINARY) or a saved segment key.' })
  targetSegmentKey?: string;

  @Field(() => ID, { nullable: true, description: 'A saved segment by id (instead of targetSegmentKey).' })
  targetSegmentId?: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Extra eligibility rules: the rule tree of segments.' })
  eligibilityRule?: unknown;

  @Field(() => [OfferTierInput], { nullable: true })
  offerTiers?: OfferTierInput[];

  @Field(() => [CampaignChannel], { nullable: true })
  channels?: CampaignChannel[];

  @Field({ nullable: true, description: '营销必说话术: required before submission.' })
  talkTrack?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  startDate?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  endDate?: string;

  @Field(() => Float, { nullable: true, description: 'Yuan' })
  budget?: number | null;

  @Field(() => Float, { nullable: true, description: 'Control-group share 0…0.5 (default 0.1).' })
  controlShare?: number;

  @Field(() => Float, { nullable: true, description: 'Higher wins when campaigns overlap (default 1).' })
  priorityWeight?: number;

  @Field(() => Float, { nullable: true, description: 'Target uptake, fraction 0…1.' })
  targetUptake?: number | null;

  @Field(() => Float, { nullable: true, description: 'Target churn reduction (p_C − p_T), fraction 0…1.' })
  targetChurnReduction?: number | null;

  @Field({ nullable: true, description: 'CARE: only customers whose birthday falls in the campaign window.' })
  birthdayInWindow?: boolean;

  @Field(() => [PlanPathInput], { nullable: true })
  planPaths?: PlanPathInput[];
}
