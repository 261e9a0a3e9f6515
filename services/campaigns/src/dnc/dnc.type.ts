import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType('DoNotContactEntry')
export class DoNotContactType {
  @Field(() => ID)
  id: string;

  @Field()
  subscriberId: string;

  @Field(() => String, { nullable: true, description: 'The branch whose list it is on; null = the province-wide list.' })
  branchCode: string | null;

  @Field()
  reason: string;

  @Field(() => Date, { nullable: true, description: 'Empty = never expires.' })
  expiresAt: Date | null;

  @Field({ description: 'MANUAL, IMPORT or DO_NOT_CALL (the customer asked on a call).' })
  source: string;

  @Field()
  createdBy: string;

  @Field()
  createdAt: Date;
}

@InputType()
export class DoNotContactInput {
  @Field()
  subscriberId: string;

  @Field(() => String, { nullable: true, description: 'Omit for the province-wide list (province planners) — branch planners add to their branch.' })
  branchCode?: string | null;

  @Field()
  reason: string;

  @Field(() => String, { nullable: true, description: 'ISO 8601 time or YYYY-MM-DD; empty = never expires.' })
  expiresAt?: string | null;
}
