import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('SegmentCount', { description: 'Members of a built-in segment in one branch at one month.' })
export class SegmentCountType {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field()
  branchCode: string;

  @Field({ description: 'Built-in segment key, e.g. MID_HIGH_END' })
  segment: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('SegmentMonths')
export class SegmentMonthsType {
  @Field(() => [String], { description: 'Months with usage loaded (YYYY-MM).' })
  loaded: string[];

  @Field(() => [String], { description: 'Months whose segment snapshot is computed.' })
  refreshed: string[];

  @Field(() => String, { nullable: true, description: 'The latest refreshed month.' })
  latest: string | null;
}

@ObjectType('CrossStabilization', { description: 'Share of dynamic mid-high-end customers with at least 1, 2, 3 stabilizing measures.' })
export class CrossStabilizationType {
  @Field()
  month: string;

  @Field(() => Int)
  dynamicMidHighEnd: number;

  @Field({ description: '0–1' })
  atLeastOne: number;

  @Field({ description: '0–1' })
  atLeastTwo: number;

  @Field({ description: '0–1' })
  atLeastThree: number;
}

@ObjectType('MidHighEndMonthlyAverage', { description: '月均中高端客户数 of a year (DOMAIN.md §3).' })
export class MidHighEndMonthlyAverageType {
  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: 'Refreshed months of the year that count.' })
  monthsLoaded: number;

  @Field(() => Number, { nullable: true, description: 'Σ mid-high-end over refreshed months ÷ their number; null without any.' })
  yearToDate: number | null;

  @Field(() => Number, { nullable: true, description: 'Σ over the 12 months ÷ 12; null until all 12 are refreshed.' })
  annual: number | null;
}
