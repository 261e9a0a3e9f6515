import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

/** Whom a churn analysis follows: the members of a built-in segment at the base month. */
export enum AnalysisPopulation {
  /** Every subscriber on network at the base month. */
  ON_NETWORK = 'ON_NETWORK',
  /** Mid-high-end (KPI definition, 中高端) at the base month. */
  MID_HIGH_END = 'MID_HIGH_END',
  /** Dynamic mid-high-end (动态中高端) at the base month: the customers the measures and the campaigns are about. */
  DYNAMIC_MID_HIGH_END = 'DYNAMIC_MID_HIGH_END',
}

registerEnumType(AnalysisPopulation, { name: 'AnalysisPopulation', description: 'The cohort of a churn analysis (DOMAIN.md §3 built-in segments).' });

/** The five stabilizing measures (稳定措施) of DOMAIN.md §3. */
export enum StabilizingMeasure {
  GOTONE = 'GOTONE',
  GROUP = 'GROUP',
  FAMILY = 'FAMILY',
  DEPOSIT_GIFT = 'DEPOSIT_GIFT',
  TERMINAL = 'TERMINAL',
}

registerEnumType(StabilizingMeasure, {
  name: 'StabilizingMeasure',
  description: 'GOTONE brand 全球通; GROUP group class A/B/C 集团; FAMILY 合家欢; DEPOSIT_GIFT an offer covering the month 存费送费; TERMINAL a terminal contract 终端.',
});

/** How far a customer took part in campaigns around the base month (the furthest step on any list). */
export enum CampaignParticipation {
  /** On no campaign's list (treated or control). */
  NONE = 'NONE',
  /** Held out as control on a list (and on no list as treated). */
  CONTROL = 'CONTROL',
  /** Treated on a list but never contacted. */
  TREATED_NOT_CONTACTED = 'TREATED_NOT_CONTACTED',
  /** Contacted (≥ 1 attempt) but accepted nothing. */
  CONTACTED = 'CONTACTED',
  /** Accepted an offer. */
  ACCEPTED = 'ACCEPTED',
}

registerEnumType(CampaignParticipation, { name: 'CampaignParticipation' });

@ObjectType({ description: 'Members of a group and how many of them churned (not on network at the evaluation month).' })
export class ChurnGroupType {
  @Field(() => Int)
  members: number;

  @Field(() => Int)
  churned: number;

  @Field(() => Float, { nullable: true, description: 'churned ÷ members (0…1); null for an empty group.' })
  churnRate: number | null;
}

@ObjectType('MeasureCountChurn', { description: 'Churn of the customers with exactly this many stabilizing measures (0–5) at the base month.' })
export class MeasureCountChurnType extends ChurnGroupType {
  @Field(() => Int)
  measures: number;
}

@ObjectType('MeasureChurn', { description: 'Churn with and without one stabilizing measure at the base month.' })
export class MeasureChurnType {
  @Field(() => StabilizingMeasure)
  measure: StabilizingMeasure;

  @Field(() => ChurnGroupType, { description: 'Customers who have the measure.' })
  with: ChurnGroupType;

  @Field(() => ChurnGroupType, { description: 'Customers who do not.' })
  without: ChurnGroupType;

  @Field(() => Float, { nullable: true, description: 'Churn without − churn with (positive: the measure goes with lower churn); null when a side is empty.' })
  difference: number | null;
}

@ObjectType('ParticipationChurn', { description: 'Churn by how far customers took part in campaigns (observational: self-selected, unlike a control group).' })
export class ParticipationChurnType extends ChurnGroupType {
  @Field(() => CampaignParticipation)
  participation: CampaignParticipation;
}

@ObjectType('ChurnAnalysis', { description: 'Seed-style churn analyses of a photo cohort: members of the population at the base month, churned = not on network at the month.' })
export class ChurnAnalysisType {
  @Field({ description: 'The base month b (the cohort’s photo), YYYY-MM.' })
  baseMonth: string;

  @Field({ description: 'The month churn is measured at, YYYY-MM.' })
  month: string;

  @Field(() => AnalysisPopulation)
  population: AnalysisPopulation;

  @Field(() => String, { nullable: true, description: 'The branch; null = every branch the caller reaches.' })
  branchCode: string | null;

  @Field({ description: 'Campaign participation counts lists built from this month …, YYYY-MM (b − 2).' })
  participationFrom: string;

  @Field({ description: '… to this month, YYYY-MM (b).' })
  participationTo: string;

  @Field(() => ChurnGroupType, { description: 'The whole cohort.' })
  total: ChurnGroupType;

  @Field(() => [MeasureChurnType], { description: 'Per stabilizing measure: churn with and without it.' })
  byMeasure: MeasureChurnType[];

  @Field(() => [MeasureCountChurnType], { description: 'Per number of measures, 0 … 5.' })
  byMeasureCount: MeasureCountChurnType[];

  @Field(() => [ParticipationChurnType], { description: 'Per campaign participation, NONE … ACCEPTED.' })
  byParticipation: ParticipationChurnType[];
}

@ObjectType('TenureUptake', { description: 'Uptake of one campaign kind within one tenure band (taken at the list’s month).' })
export class TenureUptakeType {
  @Field({ description: 'Campaign kind: TENURE, TERMINAL, DEPOSIT_GIFT, PLAN_MIGRATION, SERVICE_PUSH, CARE.' })
  campaignKind: string;

  @Field({ description: 'LT_6M, 6_12M, 1_3Y, 3_5Y, GE_5Y (UNKNOWN: a list member written before lists recorded it).' })
  tenureBand: string;

  @Field(() => Int, { description: 'Campaigns of the kind with contacts in the band.' })
  campaigns: number;

  @Field(() => Int, { description: 'Treated customers contacted (≥ 1 attempt), per campaign.' })
  contacted: number;

  @Field(() => Int, { description: 'Of them, customers with an ACCEPTED outcome.' })
  accepted: number;

  @Field(() => Float, { nullable: true, description: 'accepted ÷ contacted (0…1); null when nobody was contacted.' })
  uptake: number | null;
}
