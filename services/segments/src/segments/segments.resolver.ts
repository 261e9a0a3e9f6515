import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { narrowBranches } from '@retention/auth';
import { Capability } from '@retention/domain';
import { forbidden, requireScope } from '@retention/graphql-kit';
import type { SegmentsContext } from '../context';
import { BUILT_IN_SEGMENT_KEYS, type BuiltInSegmentKey } from '@retention/segment-rules';
import { SegmentJobType, toSegmentJobType } from '../jobs/segment-job.type';
import { SegmentCountType, SegmentMonthsType } from './segment-count.type';
import { SegmentsError, SegmentsErrorCode, monthArg } from './segments.errors';

function segmentArg(value: string): BuiltInSegmentKey {
  if (!(BUILT_IN_SEGMENT_KEYS as readonly string[]).includes(value)) {
    throw new SegmentsError(SegmentsErrorCode.UNKNOWN_SEGMENT, `segment: "${value}" is not a built-in segment key (${BUILT_IN_SEGMENT_KEYS.join(', ')})`, { field: 'segment' });
  }
  return value as BuiltInSegmentKey;
}

@Resolver()
export class SegmentsResolver {
  @Authorized(Capability.KPI_READ)
  @Query(() => SegmentMonthsType, { description: 'Which months are loaded and refreshed.' })
  async segmentMonths(@Ctx() ctx: SegmentsContext): Promise<SegmentMonthsType> {
    const refreshed = await ctx.engine.refreshedMonths();
    return { loaded: await ctx.engine.loadedMonths(), refreshed, latest: refreshed[refreshed.length - 1] ?? null };
  }

  @Authorized(Capability.SEGMENT_READ)
  @Query(() => [String], { description: 'The built-in segment keys of DOMAIN.md §3, in display order.' })
  builtInSegments(): string[] {
    return [...BUILT_IN_SEGMENT_KEYS];
  }

  @Authorized(Capability.SEGMENT_READ)
  @Query(() => [SegmentCountType], { description: 'Counts by branch × built-in segment for a refreshed month; branch users see their branch only.' })
  async segmentCounts(
    @Arg('month', () => String) month: string,
    @Arg('branches', () => [String], { nullable: true }) branches: string[] | null,
    @Ctx() ctx: SegmentsContext,
  ): Promise<SegmentCountType[]> {
    monthArg(month);
    const scope = narrowBranches(requireScope(ctx, Capability.SEGMENT_READ), branches);
    if (scope !== null && scope.length === 0) throw forbidden('those branches are not yours');
    if (!(await ctx.engine.refreshedMonths()).includes(month)) {
      throw new SegmentsError(SegmentsErrorCode.MONTH_NOT_REFRESHED, `month: ${month} has no segment snapshot yet`, { field: 'month' });
    }
    const counts = await ctx.engine.counts(month, scope);
    return counts.map((c) => ({ month, branchCode: c.branch, segment: c.segment, count: c.count }));
  }

  @Authorized(Capability.SEGMENT_READ)
  @Query(() => [SegmentCountType], { description: 'Monthly counts of one segment per branch over the last refreshed months (for trend charts).' })
  async segmentTrend(
    @Arg('segment', () => String) segment: string,
    @Arg('months', () => Int, { defaultValue: 13 }) months: number,
    @Arg('branches', () => [String], { nullable: true }) branches: string[] | null,
    @Ctx() ctx: SegmentsContext,
  ): Promise<SegmentCountType[]> {
    const key = segmentArg(segment);
    if (months < 1 || months > 60) throw new SegmentsError(SegmentsErrorCode.BAD_MONTH, 'months: between 1 and 60', { field: 'months' });
    const scope = narrowBranches(requireScope(ctx, Capability.SEGMENT_READ), branches);
    if (scope !== null && scope.length === 0) throw forbidden('those branches are not yours');
    const rows = await ctx.stats.trend(key, scope, months);
    return rows.map((r) => ({ month: r.month, branchCode: r.branch, segment: key, count: r.count }));
  }

  @Authorized(Capability.DATA_IMPORT)
  @Mutation(() => SegmentJobType, { description: 'Recomputes a loaded month in the background; follow it with segmentJob(id).' })
  async refreshSegments(@Arg('month', () => String) month: string, @Ctx() ctx: SegmentsContext): Promise<SegmentJobType> {
    monthArg(month);
    if (!(await ctx.engine.loadedMonths()).includes(month)) {
      throw new SegmentsError(SegmentsErrorCode.MONTH_NOT_LOADED, `month: no usage is loaded for ${month}`, { field: 'month' });
    }
    const jobId = await ctx.queue.enqueueRefresh(month, ctx.user!.username);
    return toSegmentJobType((await ctx.jobs.find(jobId))!);
  }
}
