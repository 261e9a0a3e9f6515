import { Arg, Authorized, Ctx, Float, ID, Mutation, Resolver } from 'type-graphql';
import { toUploadType, UploadType } from '@retention/jobs';
import { Capability } from '@retention/domain';
import type { SegmentsContext } from '../context';
import { SegmentJobType, toSegmentJobType } from '../jobs/segment-job.type';
import { SegmentsError, SegmentsErrorCode } from '../segments/segments.errors';

/** Province roles upload extracts in 1 MiB chunks, then start one import job over them. */
@Resolver(() => UploadType)
export class UploadResolver {
  @Authorized(Capability.DATA_IMPORT)
  @Mutation(() => UploadType)
  async beginUpload(
    @Arg('kind', () => String) kind: string,
    @Arg('fileName', () => String) fileName: string,
    @Arg('sizeBytes', () => Float) sizeBytes: number,
    @Ctx() ctx: SegmentsContext,
  ): Promise<UploadType> {
    return toUploadType(await ctx.uploads.begin(kind, fileName, sizeBytes, ctx.user!.username));
  }

  @Authorized(Capability.DATA_IMPORT)
  @Mutation(() => UploadType, { description: 'Appends base64 bytes at `offset` (must equal what was received so far).' })
  async uploadChunk(
    @Arg('id', () => ID) id: string,
    @Arg('offset', () => Float) offset: number,
    @Arg('base64', () => String) base64: string,
    @Ctx() ctx: SegmentsContext,
  ): Promise<UploadType> {
    return toUploadType(await ctx.uploads.appendChunk(id, offset, base64));
  }

  @Authorized(Capability.DATA_IMPORT)
  @Mutation(() => SegmentJobType, { description: 'Imports complete uploads (one per kind) in the background; follow it with segmentJob(id).' })
  async startImport(
    @Arg('uploadIds', () => [ID]) uploadIds: string[],
    @Arg('quarantine', () => Boolean, { defaultValue: false }) quarantine: boolean,
    @Arg('refresh', () => Boolean, { defaultValue: false, description: 'Then refresh the segments of the months loaded, in order, in the same job.' }) refresh: boolean,
    @Ctx() ctx: SegmentsContext,
  ): Promise<SegmentJobType> {
    if (uploadIds.length === 0) throw new SegmentsError(SegmentsErrorCode.BAD_UPLOAD, 'uploadIds: at least one upload', { field: 'uploadIds' });
    const uploads = await ctx.uploads.forImport(uploadIds);
    const jobId = await ctx.queue.enqueueImport(uploads, { quarantine, refresh }, ctx.user!.username);
    return toSegmentJobType((await ctx.jobs.find(jobId))!);
  }
}
