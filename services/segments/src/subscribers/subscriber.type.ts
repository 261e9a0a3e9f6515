import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('UsagePoint', { description: 'One month of a customer’s bill and usage.' })
export class UsagePointType {
  @Field()
  month: string;

  @Field(() => Float)
  arpu: number;

  @Field(() => Int)
  mou: number;

  @Field(() => Int)
  dataMb: number;

  @Field()
  status: string;
}

@ObjectType('Treatment', { description: 'Recommended treatment from the DOMAIN.md §4 matrix and plan-fit rules.' })
export class TreatmentType {
  @Field(() => String, { nullable: true })
  retentionClass: string | null;

  @Field(() => [String])
  products: string[];

  @Field(() => [String])
  promotions: string[];

  @Field(() => [String])
  channels: string[];

  @Field(() => [String])
  newServices: string[];

  @Field(() => [String])
  service: string[];

  @Field(() => [String], { description: 'Plan codes that fit (产品归位), e.g. SL58, SL88, SLG3, HJH_F.' })
  planFit: string[];
}

@ObjectType('Portrait', { description: 'The customer at a month: value, class, tenure, measures, services, 13-month trend.' })
export class PortraitType {
  @Field()
  month: string;

  @Field(() => Float)
  arpu: number;

  @Field(() => Float)
  avgArpu: number;

  @Field(() => Int)
  mou: number;

  @Field(() => Int)
  tenureMonths: number;

  @Field()
  tenureBand: string;

  @Field(() => String, { nullable: true })
  retentionClass: string | null;

  @Field()
  midHighEnd: boolean;

  @Field()
  dynamicMidHighEnd: boolean;

  @Field()
  nearMidHighEnd: boolean;

  @Field(() => [String], { description: 'Stabilizing measures held: GOTONE, GROUP, FAMILY, DEPOSIT_GIFT, TERMINAL.' })
  measures: string[];

  @Field(() => [String])
  stickyServices: string[];

  @Field(() => [UsagePointType], { description: 'Up to 13 months ending at the portrait month.' })
  trend: UsagePointType[];

  @Field(() => TreatmentType)
  recommendation: TreatmentType;
}

@Directive('@key(fields: "id")')
@ObjectType('Subscriber', { description: 'A customer of the master data. The phone number is masked.' })
export class SubscriberType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'e.g. 138****1234' })
  msisdnMasked: string;

  /** Resolved to a Branch reference. */
  branchCode: string;

  @Field(() => String, { nullable: true })
  county: string | null;

  @Field()
  brand: string;

  @Field()
  planCode: string;

  @Field()
  joinDate: string;

  @Field(() => String, { nullable: true })
  groupClass: string | null;

  @Field()
  vnetMember: boolean;

  @Field()
  familyPlan: boolean;

  @Field()
  vipCard: string;

  @Field(() => String, { nullable: true })
  specialType: string | null;
}
