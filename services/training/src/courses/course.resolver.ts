import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { scopeBranches } from '@retention/auth';
import { Capability } from '@retention/domain';
import { requireScope } from '@retention/graphql-kit';
import type { TrainingContext } from '../context';
import { CampaignRef, TalkTrackCampaignType } from '../campaigns/campaign-ref.type';
import { CourseInput, CourseType, UpdateCourseInput } from './course.type';

@Resolver(() => CourseType)
export class CourseResolver {
  @Authorized(Capability.TRAINING_READ)
  @Query(() => [CourseType], { description: 'The course catalogue.' })
  courses(@Ctx() ctx: TrainingContext, @Arg('includeInactive', () => Boolean, { nullable: true }) includeInactive?: boolean | null): Promise<CourseType[]> {
    return ctx.courses.list(includeInactive ?? false);
  }

  @Authorized(Capability.TRAINING_READ)
  @Query(() => CourseType, { nullable: true })
  course(@Arg('id', () => ID) id: string, @Ctx() ctx: TrainingContext): Promise<CourseType | null> {
    return ctx.loaders.courseById.load(id);
  }

  @Authorized(Capability.TRAINING_MANAGE)
  @Mutation(() => CourseType, { description: 'Adds a course; the same idempotency key gives the first one back.' })
  createCourse(
    @Arg('input', () => CourseInput) input: CourseInput,
    @Ctx() ctx: TrainingContext,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey?: string | null,
  ): Promise<CourseType> {
    return ctx.courses.create(ctx.user!, input, idempotencyKey ?? null);
  }

  @Authorized(Capability.TRAINING_MANAGE)
  @Mutation(() => CourseType, { description: 'Edits a course at the version read (VERSION_CONFLICT otherwise).' })
  updateCourse(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateCourseInput) input: UpdateCourseInput,
    @Ctx() ctx: TrainingContext,
  ): Promise<CourseType> {
    return ctx.courses.update(ctx.user!, id, version, input);
  }

  @Authorized(Capability.TRAINING_READ)
  @FieldResolver(() => CampaignRef, { nullable: true, description: 'The campaign this course trains the talk track of (resolved by the campaigns subgraph).' })
  campaign(@Root() course: CourseType): CampaignRef | null {
    return course.campaignId ? { id: course.campaignId } : null;
  }

  @Authorized(Capability.TRAINING_READ)
  @FieldResolver(() => TalkTrackCampaignType, {
    nullable: true,
    description: 'The linked campaign as campaigns publishes it (name, status, window): readable by trainers, who do not read campaigns. Branch roles: only a campaign reaching their branch.',
  })
  async linkedCampaign(@Root() course: CourseType, @Ctx() ctx: TrainingContext): Promise<TalkTrackCampaignType | null> {
    if (!course.campaignId) return null;
    const branches = scopeBranches(requireScope(ctx, Capability.TRAINING_READ));
    const campaign = await ctx.loaders.campaignById.load(course.campaignId);
    if (!campaign) return null;
    const reaches = branches === null || (campaign.ownerBranchCode !== null && branches.includes(campaign.ownerBranchCode)) || campaign.executingBranchCodes.some((b) => branches.includes(b));
    return reaches ? campaign : null;
  }
}
