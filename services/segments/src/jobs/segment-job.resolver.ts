import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Capability } from '@retention/domain';
import type { SegmentsContext } from '../context';
import { SegmentsError, SegmentsErrorCode } from '../segments/segments.errors';
import { ImportRowErrorType, SegmentJobType, toSegmentJobType } from './segment-job.type';

@Resolver(() => SegmentJobType)
export class SegmentJobResolver {
  @Authorized(Capability.DATA_IMPORT)
  @Query(() => SegmentJobType, { description: 'One import or refresh job with its progress.' })
  async segmentJob(@Arg('id', () => ID) id: string, @Ctx() ctx: SegmentsContext): Promise<SegmentJobType> {
    const job = await ctx.jobs.find(id);
    if (!job) throw new SegmentsError(SegmentsErrorCode.JOB_NOT_FOUND, `id: no job ${id}`, { field: 'id' });
    return toSegmentJobType(job);
  }

  @Authorized(Capability.DATA_IMPORT)
  @Query(() => [SegmentJobType], { description: 'The latest imports and refreshes.' })
  async segmentJobs(@Arg('limit', () => Int, { defaultValue: 20 }) limit: number, @Ctx() ctx: SegmentsContext): Promise<SegmentJobType[]> {
    return (await ctx.jobs.recent(Math.min(Math.max(limit, 1), 100))).map(toSegmentJobType);
  }

  @Authorized(Capability.DATA_IMPORT)
  @Query(() => [ImportRowErrorType], { description: 'The row-numbered error report of an import.' })
  importErrors(
    @Arg('jobId', () => ID) jobId: string,
    @Arg('limit', () => Int, { defaultValue: 200 }) limit: number,
    @Ctx() ctx: SegmentsContext,
  ): Promise<ImportRowErrorType[]> {
    return ctx.imports.firstErrors(jobId, Math.min(Math.max(limit, 1), 5000));
  }
}
