import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@InputType()
export class KpiCohortInput {
  @Field({ description: 'The built-in segment frozen at the base month: MID_HIGH_END (default), DYNAMIC_MID_HIGH_END or NEAR_MID_HIGH_END.' })
  segmentKey: string;

  @Field({ description: 'YYYY-MM, a month segments has refreshed, before the effective month (default: December of the year before).' })
  baseMonth: string;

  @Field(() => ID, { nullable: true, description: 'The segments photo cohort (拍照客户) it was picked from: its frozen members are the KPI’s cohort (it must have frozen segmentKey at baseMonth; UNKNOWN_COHORT / COHORT_MISMATCH otherwise).' })
  cohortId?: string | null;

  @Field(() => String, { nullable: true, description: 'Its name, for display (1–60 characters).' })
  cohortName?: string | null;
}

@ObjectType('KpiCohort', {
  description:
    'The photo cohort of the COHORT_RETENTION KPI for months of a year (DOMAIN.md §7): the mid-high-end customers of December Y−1 unless the province picks another. Versioned: a choice applies from its effective month on.',
})
export class KpiCohortType {
  @Field(() => Int)
  year: number;

  @Field({ description: 'YYYY-MM: applies to months ≥ this one.' })
  effectiveMonth: string;

  @Field()
  segmentKey: string;

  @Field({ description: 'YYYY-MM' })
  baseMonth: string;

  @Field(() => ID, { nullable: true })
  cohortId: string | null;

  @Field(() => String, { nullable: true })
  cohortName: string | null;

  @Field({ description: 'True when the province has not picked a cohort: December Y−1’s mid-high-end customers.' })
  isDefault: boolean;

  @Field(() => ID, { nullable: true, description: 'The version; null for the default.' })
  versionId: string | null;

  @Field(() => String, { nullable: true })
  setAt: string | null;

  @Field(() => String, { nullable: true })
  setBy: string | null;
}
