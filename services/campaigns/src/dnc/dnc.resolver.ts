import { Arg, Authorized, Ctx, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Capability } from '@retention/domain';
import { requireScope } from '@retention/graphql-kit';
import { JobType, toJobType, toUploadType, UploadType } from '@retention/jobs';
import type { CampaignsContext } from '../context';
import { DncError, DncErrorCode } from './dnc.errors';
import { DoNotContactInput, DoNotContactType } from './dnc.type';

@Resolver(() => DoNotContactType)
export class DoNotContactResolver {
  @Authorized(Capability.DO_NOT_CONTACT_MANAGE)
  @Query(() => [DoNotContactType], { description: 'Do-not-contact entries: branchCode "PROVINCE" for the province list, a code for a branch list.' })
  doNotContactEntries(
    @Arg('branchCode', () => String, { nullable: true }) branchCode: string | null,
    @Arg('subscriberId', () => String, { nullable: true }) subscriberId: string | null,
    @Arg('first', () => Int, { defaultValue: 200 }) first: number,
    @Ctx() ctx: CampaignsContext,
  ): Promise<DoNotContactType[]> {
    return ctx.dnc.list(requireScope(ctx, Capability.DO_NOT_CONTACT_MANAGE), { branchCode, search: subscriberId, first });
  }

  @Authorized(Capability.DO_NOT_CONTACT_MANAGE)
  @Mutation(() => DoNotContactType, { description: 'Adds (or renews) an entry; the customer’s open tasks are withdrawn. One entry per customer per list.' })
  addDoNotContact(@Arg('input', () => DoNotContactInput) input: DoNotContactInput, @Ctx() ctx: CampaignsContext): Promise<DoNotContactType> {
    return ctx.dnc.add(requireScope(ctx, Capability.DO_NOT_CONTACT_MANAGE), ctx.user!.username, input);
  }

  @Authorized(Capability.DO_NOT_CONTACT_MANAGE)
  @Mutation(() => Boolean)
  removeDoNotContact(@Arg('id', () => ID) id: string, @Ctx() ctx: CampaignsContext): Promise<boolean> {
    return ctx.dnc.remove(requireScope(ctx, Capability.DO_NOT_CONTACT_MANAGE), id);
  }

  @Authorized(Capability.DO_NOT_CONTACT_MANAGE)
  @Mutation(() => UploadType, { description: 'Starts an upload of a do-not-contact list (CSV or .xlsx), sent in chunks by campaignUploadChunk.' })
  async beginCampaignUpload(@Arg('fileName', () => String) fileName: string, @Arg('sizeBytes', () => Float) sizeBytes: number, @Ctx() ctx: CampaignsContext): Promise<UploadType> {
    return toUploadType(await ctx.queue.uploads.begin({ kind: 'do_not_contact', fileName, sizeBytes }, ctx.user!.username));
  }

  @Authorized(Capability.DO_NOT_CONTACT_MANAGE)
  @Mutation(() => UploadType, { description: 'Appends base64 bytes at `offset` (must equal what was received so far).' })
  async campaignUploadChunk(@Arg('id', () => ID) id: string, @Arg('offset', () => Float) offset: number, @Arg('base64', () => String) base64: string, @Ctx() ctx: CampaignsContext): Promise<UploadType> {
    const upload = await ctx.queue.uploads.find(id);
    if (upload.createdBy !== ctx.user!.username) throw new DncError(DncErrorCode.DNC_NOT_FOUND, `id: no upload ${id}`, { field: 'id' });
    return toUploadType(await ctx.queue.uploads.appendChunk(id, offset, Buffer.from(base64, 'base64')));
  }

  @Authorized(Capability.DO_NOT_CONTACT_MANAGE)
  @Mutation(() => JobType, { description: 'Imports an uploaded list; a file with any bad row imports nothing (row-numbered report in the job result: campaignJobErrors).' })
  async importDoNotContact(@Arg('uploadId', () => ID) uploadId: string, @Ctx() ctx: CampaignsContext): Promise<JobType> {
    const scope = requireScope(ctx, Capability.DO_NOT_CONTACT_MANAGE);
    const [upload] = await ctx.queue.uploads.complete([uploadId]);
    if (upload.createdBy !== ctx.user!.username) throw new DncError(DncErrorCode.DNC_NOT_FOUND, `uploadId: no upload ${uploadId}`, { field: 'uploadId' });
    const jobId = await ctx.queue.enqueueDncImport({ uploadId, branchCode: scope.reach === 'ALL' ? null : scope.branchCode, createdBy: ctx.user!.username }, ctx.user!.username);
    return toJobType((await ctx.queue.jobs.find(jobId))!);
  }
}

@ObjectType('DoNotContactImportError', { description: 'One line of an import’s row-numbered report.' })
export class DncImportErrorType {
  @Field(() => Int)
  line: number;

  @Field()
  column: string;

  @Field()
  value: string;

  @Field()
  code: string;

  @Field()
  message: string;
}

@Resolver(() => DncImportErrorType)
export class DncImportReportResolver {
  @Authorized(Capability.DO_NOT_CONTACT_MANAGE)
  @Query(() => [DncImportErrorType], { description: 'The errors (and unknown-column warnings) of a do-not-contact import.' })
  async doNotContactImportReport(@Arg('jobId', () => ID) jobId: string, @Ctx() ctx: CampaignsContext): Promise<DncImportErrorType[]> {
    const job = /^[0-9a-f-]{36}$/i.test(jobId) ? await ctx.queue.jobs.find(jobId) : null;
    if (!job || job.kind !== 'DNC_IMPORT' || job.createdBy !== ctx.user!.username) throw new DncError(DncErrorCode.DNC_NOT_FOUND, `jobId: no import ${jobId}`, { field: 'jobId' });
    const result = (job.result ?? {}) as { errors?: DncImportErrorType[]; warnings?: DncImportErrorType[] };
    return [...(result.errors ?? []), ...(result.warnings ?? [])];
  }
}
