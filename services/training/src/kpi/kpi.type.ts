import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ImportRowErrorType } from '../staff/staff.type';
import { KpiDirection, KpiKeyScalar, type KpiKey } from './kpi-definitions';

@ObjectType('KpiDefinition')
export class KpiDefinitionType {
  @Field(() => KpiKeyScalar)
  key: KpiKey;

  @Field({ description: 'Chinese name' })
  name: string;

  @Field()
  nameEn: string;

  @Field(() => KpiDirection)
  direction: KpiDirection;

  @Field({ description: 'The service whose published figures the actual comes from: SEGMENTS, CAMPAIGNS or TRAINING.' })
  source: string;

  @Field({ description: 'COUNT (customers) or SHARE (0…1).' })
  unit: string;

  @Field()
  definition: string;

  @Field()
  definitionEn: string;
}

@InputType()
export class KpiTargetInput {
  @Field()
  branchCode: string;

  @Field(() => KpiKeyScalar)
  kpi: KpiKey;

  @Field(() => Float, { description: '> 0; shares as fractions (0.004 = 4‰), counts as customers.' })
  target: number;

  @Field(() => Float, { description: 'Points 0…100; a branch’s weights sum to 100.' })
  weight: number;

  @Field(() => Float, { nullable: true, description: 'Attainment cap, default 1.0.' })
  cap?: number | null;
}

@ObjectType('KpiTarget')
export class KpiTargetType {
  @Field(() => Int)
  year: number;

  @Field({ description: 'YYYY-MM: the version applies to months ≥ this one.' })
  effectiveMonth: string;

  @Field()
  branchCode: string;

  @Field(() => KpiKeyScalar)
  kpi: KpiKey;

  @Field(() => Float)
  target: number;

  @Field(() => Float)
  weight: number;

  @Field(() => Float)
  cap: number;

  @Field(() => KpiDirection)
  direction: KpiDirection;

  @Field(() => ID, { description: 'The version (one setKpiTargets call or import).' })
  versionId: string;

  @Field({ description: 'When this version was set (ISO 8601).' })
  setAt: string;

  @Field()
  setBy: string;
}

@ObjectType('KpiFigure', { description: 'A raw figure an actual was computed from (drill-down).' })
export class KpiFigureType {
  @Field({ description: 'e.g. MID_HIGH_END, COHORT_MEMBERS, RETAINED, DYNAMIC_MID_HIGH_END, DYNAMIC_MEASURES_GE_2, CONTACTED, VALID_COMPLAINTS, ACCEPTED, STAFF, TRAINED' })
  key: string;

  @Field({ description: 'The month (YYYY-MM), quarter (YYYY-Qn) or window (YYYY-MM-DD…YYYY-MM-DD) the figure covers.' })
  period: string;

  @Field(() => Float)
  value: number;
}

@ObjectType('KpiScore')
export class KpiScoreType {
  @Field(() => KpiKeyScalar)
  kpi: KpiKey;

  @Field(() => KpiDirection)
  direction: KpiDirection;

  @Field(() => Float, { nullable: true, description: 'Null when there is no figure for the branch and month (noData).' })
  actual: number | null;

  @Field(() => Float)
  target: number;

  @Field(() => Float)
  weight: number;

  @Field(() => Float)
  cap: number;

  @Field(() => Float, { description: 'min(max(actual ÷ target, 0), cap); lower-is-better: target ÷ actual, an actual of 0 attains the cap; 0 without data.' })
  attainment: number;

  @Field(() => Float, { description: 'weight × attainment, in points.' })
  score: number;

  @Field()
  noData: boolean;

  @Field(() => Float, { nullable: true })
  numerator: number | null;

  @Field(() => Float, { nullable: true })
  denominator: number | null;

  @Field(() => [KpiFigureType])
  figures: KpiFigureType[];
}

@ObjectType('BranchScore')
export class BranchScoreType {
  @Field()
  branchCode: string;

  @Field(() => Int, { description: 'Competition rank on the total rounded to 2 decimals (1, 2, 2, 4).' })
  rank: number;

  @Field(() => Float, { description: 'Σ weight × attainment, points (100 at full attainment with cap 1).' })
  total: number;

  @Field(() => Int, { nullable: true, description: 'Previous month’s rank − this month’s (positive = up); null when the branch was not ranked then.' })
  movement: number | null;

  @Field(() => Int, { nullable: true })
  previousRank: number | null;

  @Field(() => [KpiScoreType])
  scores: KpiScoreType[];
}

@ObjectType('KpiTrendPoint')
export class KpiTrendPoint {
  @Field()
  month: string;

  @Field()
  branchCode: string;

  @Field(() => Int)
  rank: number;

  @Field(() => Float)
  total: number;
}

@ObjectType('KpiTargetImportResult')
export class KpiTargetImportResult {
  @Field({ description: 'False when the file had errors (then nothing was set) or on a dry run.' })
  imported: boolean;

  @Field(() => Int)
  rows: number;

  @Field(() => Int)
  branches: number;

  @Field(() => [ImportRowErrorType])
  errors: ImportRowErrorType[];
}
