import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('Cohort', { description: '拍照客户: members of a segment frozen at a base month.' })
export class CohortType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  segmentKey: string | null;

  @Field(() => ID, { nullable: true })
  definitionId: string | null;

  @Field()
  baseMonth: string;

  @Field(() => Int)
  members: number;

  @Field()
  createdBy: string;

  @Field()
  createdAt: Date;
}

@ObjectType('CohortPoint', { description: 'Retention of (part of) a cohort at a later month.' })
export class CohortPointType {
  @Field()
  month: string;

  @Field(() => String, { nullable: true, description: 'null = all branches in scope together' })
  branchCode: string | null;

  @Field({ description: 'ALL, VNET, ANY_MEASURE, GOTONE, GROUP, FAMILY, DEPOSIT_GIFT or TERMINAL' })
  split: string;

  @Field({ description: 'Members with (true) or without (false) the split measure; true for ALL.' })
  withMeasure: boolean;

  @Field(() => Int)
  members: number;

  @Field(() => Int)
  retained: number;

  @Field(() => Int)
  valueRetained: number;

  @Field(() => Float, { description: 'retained ÷ members' })
  retention: number;

  @Field(() => Float, { description: '1 − retention' })
  churnRate: number;

  @Field(() => Float, { description: 'still mid-high-end ÷ members' })
  valueRetention: number;
}

@InputType()
export class CreateCohortInput {
  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'A built-in segment key, e.g. MID_HIGH_END' })
  segment?: string | null;

  @Field(() => ID, { nullable: true, description: 'Or a saved segment' })
  definitionId?: string | null;

  @Field({ description: 'YYYY-MM, a refreshed month' })
  baseMonth: string;
}
