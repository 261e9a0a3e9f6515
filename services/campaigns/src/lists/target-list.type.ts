import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MemberStatus, SuppressionReason, TargetListStatus } from './list.enums';

@ObjectType('SuppressionCount')
export class SuppressionCountType {
  @Field(() => SuppressionReason)
  reason: SuppressionReason;

  @Field(() => Int)
  count: number;
}

@ObjectType('ListStratum', { description: 'One stratum (retention class, or NONE) of the list as it is now.' })
export class StratumType {
  @Field()
  retentionClass: string;

  @Field(() => Int, { description: 'Treated + control.' })
  size: number;

  @Field(() => Int)
  control: number;

  @Field(() => Int)
  treated: number;
}

@ObjectType('ListMember')
export class ListMemberType {
  @Field()
  subscriberId: string;

  @Field(() => MemberStatus)
  status: MemberStatus;

  @Field(() => SuppressionReason, { nullable: true })
  reason: SuppressionReason | null;

  @Field(() => String, { nullable: true, description: 'The retention class or NONE; null when suppressed.' })
  stratum: string | null;

  @Field(() => ID, { nullable: true, description: 'The other campaign a FREQUENCY_CAP names.' })
  byCampaignId: string | null;

  @Field()
  addedAt: Date;
}

@ObjectType('ListMemberPageInfo')
export class PageInfoType {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

@ObjectType('ListMemberConnection')
export class ListMemberConnection {
  @Field(() => Int)
  totalCount: number;

  @Field(() => PageInfoType)
  pageInfo: PageInfoType;

  @Field(() => [ListMemberType])
  nodes: ListMemberType[];
}

@ObjectType('TargetList', { description: 'The list of one (campaign, branch): the latest build\'s funnel and the list as it is now.' })
export class TargetListType {
  campaignId: string;

  @Field()
  branchCode: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM: the refreshed month it was built from.' })
  month: string | null;

  @Field(() => TargetListStatus)
  status: TargetListStatus;

  @Field(() => Int, { description: 'Target segment members in the branch before the extra eligibility rules (latest build).' })
  segmentSize: number;

  @Field(() => Int, { description: 'Eligible customers of the latest build.' })
  eligible: number;

  @Field(() => [SuppressionCountType], { description: 'All seven reasons in DOMAIN order, zeros included (latest build).' })
  suppressed: SuppressionCountType[];

  @Field(() => Int)
  controlSize: number;

  @Field(() => Int)
  treatedSize: number;

  @Field(() => [StratumType])
  strata: StratumType[];

  @Field(() => Int)
  builds: number;

  @Field(() => Date, { nullable: true })
  firstBuiltAt: Date | null;

  @Field(() => Date, { nullable: true })
  builtAt: Date | null;

  @Field(() => Date, { nullable: true })
  dispatchedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The latest build job.' })
  jobId: string | null;
}
