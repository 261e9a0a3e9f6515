import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { SqlParams } from '@retention/segment-rules';
import { controlSizeFor, sampleSizeGuidance } from '@retention/stats';
import { invalid } from './campaign.errors';
import { isBuiltInSegment } from './campaign-fields';
import { segmentMembersFrom, targetSegmentPredicate } from '../lists/segment-members';

@InputType()
export class SampleSizeInput {
  @Field(() => String, { nullable: true, description: 'A built-in or saved segment key (or give campaignId).' })
  targetSegmentKey?: string | null;

  @Field(() => String, { nullable: true, description: 'A campaign whose target and built lists are used.' })
  campaignId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Branches (default: the campaign’s, or every branch).' })
  branchCodes?: string[] | null;

  @Field(() => Float, { description: 'The control share being set, 0…0.5.' })
  controlShare: number;

  @Field(() => Float, { nullable: true, description: 'The expected churn reduction d (the campaign’s target), 0…1.' })
  targetReduction?: number | null;

  @Field(() => Float, { nullable: true, description: 'Overrides the expected control churn p_C.' })
  expectedControlChurn?: number | null;

  @Field(() => Int, { nullable: true, description: 'Overrides the list size N.' })
  listSize?: number | null;
}

@ObjectType('SampleSizeGuidance', { description: 'DOMAIN.md §6: the power of the planned churn test at a control share.' })
export class SampleSizeType {
  @Field(() => Int, { description: 'N: the built list, else the segment members after the special-account suppression.' })
  listSize: number;

  @Field(() => Float, { nullable: true, description: 'p_C: the planner’s, or the share of the segment three loaded months ago not on network now.' })
  expectedControlChurn: number | null;

  @Field(() => Float)
  controlShare: number;

  @Field(() => Int)
  controlSize: number;

  @Field(() => Float, { nullable: true, description: 'Power at the chosen share (null without a target reduction or p_C).' })
  power: number | null;

  @Field(() => Float, { nullable: true, description: 'The smallest share (0.5 % steps) reaching 80 % power; null when none up to 50 % does.' })
  smallestShareFor80: number | null;
}

/** N and p_C from the data (DOMAIN.md §6 "Sample-size guidance"), then the power search. */
export async function sampleSize(dataSource: DataSource, input: SampleSizeInput, target: { key: string; rule: unknown; branches: string[]; campaignId: string | null }): Promise<SampleSizeType> {
  if (!Number.isFinite(input.controlShare) || input.controlShare < 0 || input.controlShare > 0.5) throw invalid('input.controlShare', 'between 0 and 0.5', '对照组比例须在 0 到 0.5 之间');
  for (const [field, value] of [['input.targetReduction', input.targetReduction], ['input.expectedControlChurn', input.expectedControlChurn]] as const) {
    if (value != null && (!Number.isFinite(value) || value < 0 || value > 1)) throw invalid(field, 'a fraction between 0 and 1', '须为 0 到 1 之间的小数');
  }
  const [months] = await dataSource.query(
    `SELECT to_char(max(month) FILTER (WHERE refreshed_at IS NOT NULL), 'YYYY-MM-DD') AS refreshed, to_char(max(month), 'YYYY-MM-DD') AS loaded,
            to_char((max(month) - interval '3 months')::date, 'YYYY-MM-DD') AS base FROM segments_api.month_v1`,
  );
  let listSize = input.listSize ?? null;
  if (listSize === null && target.campaignId) {
    const [built] = await dataSource.query(
      `SELECT count(*)::int AS n, count(DISTINCT branch_code)::int AS lists FROM campaigns.list_member WHERE campaign_id = $1 AND branch_code = ANY ($2::text[]) AND status IN ('TREATED','CONTROL')`,
      [target.campaignId, target.branches],
    );
    if (built.lists === target.branches.length && built.n > 0) listSize = built.n;
  }
  if (listSize === null && months?.refreshed) {
    const params = new SqlParams([months.refreshed, target.branches]);
    const predicate = targetSegmentPredicate(isBuiltInSegment(target.key) ? target.key : null, target.rule, params);
    const [row] = await dataSource.query(
      `SELECT count(*)::int AS n FROM ${segmentMembersFrom(predicate)} WHERE m.month = $1::date AND m.branch_code = ANY ($2::text[]) AND ${predicate} AND coalesce(m.special_type, '') = ''`,
      params.values,
    );
    listSize = row.n;
  }
  let churn = input.expectedControlChurn ?? null;
  if (churn === null && months?.base) {
    const params = new SqlParams([months.base, target.branches, months.loaded]);
    const predicate = targetSegmentPredicate(isBuiltInSegment(target.key) ? target.key : null, target.rule, params);
    const [row] = await dataSource.query(
      `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM segments_api.usage_month_v1 l WHERE l.subscriber_id = m.subscriber_id AND l.month = $3::date AND l.on_network))::int AS gone
       FROM ${segmentMembersFrom(predicate)} WHERE m.month = $1::date AND m.branch_code = ANY ($2::text[]) AND ${predicate}`,
      params.values,
    );
    churn = row.n > 0 ? row.gone / row.n : null;
  }
  const n = listSize ?? 0;
  const guidance = sampleSizeGuidance({ listSize: n, controlChurn: churn, targetReduction: input.targetReduction ?? null, controlShare: input.controlShare });
  return { listSize: n, expectedControlChurn: churn, controlShare: input.controlShare, controlSize: controlSizeFor(n, input.controlShare), ...guidance };
}
