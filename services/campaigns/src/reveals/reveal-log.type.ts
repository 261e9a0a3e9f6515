import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('MsisdnRevealEntry', { description: 'One reveal of a customer’s full number by the assigned manager (issue 10 item 6).' })
export class RevealEntryType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'When the number was shown.' })
  revealedAt: Date;

  @Field(() => ID)
  userId: string;

  @Field({ description: 'The manager’s display name (their user id when no longer on the staff roster).' })
  user: string;

  @Field()
  branchCode: string;

  @Field()
  subscriberId: string;

  @Field(() => ID)
  campaignId: string;

  @Field(() => String, { nullable: true })
  campaignName: string | null;

  @Field(() => ID)
  taskId: string;
}

@ObjectType('MsisdnRevealPageInfo')
export class RevealPageInfoType {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

@ObjectType('MsisdnRevealConnection', { description: 'Reveals, newest first.' })
export class RevealConnectionType {
  @Field(() => Int)
  totalCount: number;

  @Field(() => RevealPageInfoType)
  pageInfo: RevealPageInfoType;

  @Field(() => [RevealEntryType])
  nodes: RevealEntryType[];
}

@InputType('MsisdnRevealFilter')
export class RevealFilterInput {
  @Field(() => String, { nullable: true, description: 'A branch code.' })
  branchCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The manager who revealed.' })
  userId?: string | null;

  @Field(() => String, { nullable: true })
  subscriberId?: string | null;

  @Field(() => ID, { nullable: true })
  campaignId?: string | null;

  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD (Beijing time), inclusive.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD (Beijing time), inclusive.' })
  to?: string | null;
}

@ObjectType('MsisdnRevealUser', { description: 'A manager who has revealed numbers, for the log’s filter.' })
export class RevealUserType {
  @Field(() => ID)
  userId: string;

  @Field()
  user: string;

  @Field(() => String, { nullable: true })
  branchCode: string | null;
}
