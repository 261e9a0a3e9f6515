import { Arg, Authorized, Ctx, Field, Float, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { PROVINCE_ROLES } from '@retention/domain';
import type { SegmentsContext } from '../context';
import { SegmentJobType, toSegmentJobType } from '../jobs/segment-job.type';
import { SegmentsError, SegmentsErrorCode } from '../segments/segments.errors';

@ObjectType('Upload')
export class UploadType {
  @Field(() => ID)
  id: string;

  @Field()
  kind: string;

  @Field()
  fileName: string;

  @Field(() => Float)
  sizeBytes: number;

  @Field(() => Float)
  received: number;
}

const toType = (u: UploadType): UploadType => ({ id: u.id, kind: u.kind, fileName: u.fileName, sizeBytes: u.sizeBytes, received: u.received });

/** Province roles upload extracts in 1 MiB chunks, then start one import job over them. */
@Resolver(() => UploadType)
export class UploadResolver {
  @Authorized(...PROVINCE_ROLES)
  @Mutation(() => UploadType)
  async beginUpload(
    @Arg('kind', () => String) kind: string,
    @Arg('fileName', () => String) fileName: string,
    @Arg('sizeBytes', () => Float) sizeBytes: number,
    @Ctx() ctx: SegmentsContext,
  ): Promise<UploadType> {
    return toType(await ctx.uploads.begin(kind, fileName, sizeBytes, ctx.user!.username));
  }

  @Authorized(...PROVINCE_ROLES)
  @Mutation(() => UploadType, { description: 'Appends base64 bytes at `offset` (must equal what was received so far).' })
  async uploadChunk(
    @Arg('id', () => ID) id: string,
    @Arg('offset', () => Float) offset: number,
    @Arg('base64', () => String) base64: string,
    @Ctx() ctx: SegmentsContext,
  ): Promise<UploadType> {
    return toType(await ctx.uploads.appendChunk(id, offset, base64));
  }

  @Authorized(...PROVINCE_ROLES)
  @Mutation(() => SegmentJobType, { description: 'Imports complete uploads (one per kind) in the background; follow it with segmentJob(id).' })
  async startImport(
    @Arg('uploadIds', () => [ID]) uploadIds: string[],
    @Arg('quarantine', () => Boolean, { defaultValue: false }) quarantine: boolean,
    @Ctx() ctx: SegmentsContext,
  ): Promise<SegmentJobType> {
    if (uploadIds.length === 0) throw new SegmentsError(SegmentsErrorCode.BAD_UPLOAD, 'uploadIds: at least one upload', { argument: 'uploadIds' });
    const files = await ctx.uploads.filesFor(uploadIds);
    const jobId = await ctx.queue.enqueueImport({ files, quarantine }, ctx.user!.username);
    return toSegmentJobType((await ctx.jobs.find(jobId))!);
  }
}
