import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { narrowBranches, scopeBranches, type Scope } from '@retention/auth';
import { Capability } from '@retention/domain';
import { guardedReference, requireScope } from '@retention/graphql-kit';
import type { TrainingContext } from '../context';
import { UUID_PATTERN } from '../common/audit';
import { viewReadable } from '../common/published-view';
import { CourseType } from '../courses/course.type';
import { CampaignRef, TalkTrackCampaignType, TalkTrackTraining } from './campaign-ref.type';

/** Whether the campaign reaches one of the branches (campaigns_api.campaign_v1); null = every branch. */
async function campaignReaches(dataSource: DataSource, id: string, branches: string[] | null): Promise<boolean> {
  if (!UUID_PATTERN.test(id)) return false;
  if (branches === null) return true;
  if (!(await viewReadable(dataSource, 'campaigns_api', 'campaign_v1'))) return false;
  const rows = await dataSource.query(
    'SELECT 1 FROM campaigns_api.campaign_v1 WHERE campaign_id = $1 AND (owner_branch_code = ANY ($2::text[]) OR executing_branches && $2::text[])',
    [id, branches],
  );
  return rows.length > 0;
}

/** `_entities` for Campaign: as far as the caller's campaign scope reaches (a branch: campaigns it executes). */
export const campaignReference = guardedReference(Capability.CAMPAIGN_READ, async (reference: { id: string }, ctx: TrainingContext, scope: Scope) =>
  (await campaignReaches(ctx.dataSource, reference.id, scopeBranches(scope))) ? { id: reference.id } : null,
);

@Resolver(() => CampaignRef)
export class TalkTrackResolver {
  @Authorized(Capability.CAMPAIGN_READ)
  @FieldResolver(() => TalkTrackTraining, {
    description: 'How many of the branch’s front-line staff (the talk-track courses’ audience) attended a session of the campaign’s talk-track course (seed 004).',
  })
  async talkTrackTraining(@Root() campaign: CampaignRef, @Ctx() ctx: TrainingContext, @Arg('branchCode', () => String, { nullable: true }) branchCode?: string | null): Promise<TalkTrackTraining> {
    const scope = requireScope(ctx, Capability.CAMPAIGN_READ);
    const courses = await ctx.loaders.coursesByCampaign.load(campaign.id);
    return ctx.talkTrack.training(courses, narrowBranches(scope, branchCode ? [branchCode] : null));
  }
}

/** Trainers and province planners link a course to a published campaign; trainers see campaigns only this way (they do not read campaigns). */
@Resolver(() => TalkTrackCampaignType)
export class TalkTrackCampaignResolver {
  @Authorized(Capability.TRAINING_READ)
  @Query(() => [TalkTrackCampaignType], {
    description: 'Campaigns a course can train the talk track of (published first; closed and evaluated ones for links made before), from campaigns_api.campaign_v1. Branch roles: campaigns reaching their branch.',
  })
  talkTrackCampaigns(@Ctx() ctx: TrainingContext): Promise<TalkTrackCampaignType[]> {
    return ctx.talkTrack.campaigns(null, scopeBranches(requireScope(ctx, Capability.TRAINING_READ)));
  }

  @Authorized(Capability.TALK_TRACK_LINK)
  @Mutation(() => CourseType, { description: 'Links a course to a published campaign as its talk-track training (campaignId null or empty: unlinks), at the version read.' })
  linkTalkTrackCourse(
    @Arg('courseId', () => ID) courseId: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: TrainingContext,
    @Arg('campaignId', () => ID, { nullable: true }) campaignId?: string | null,
  ): Promise<CourseType> {
    return ctx.talkTrack.link(ctx.user!, courseId, version, campaignId ?? null);
  }

  @Authorized(Capability.TRAINING_READ)
  @FieldResolver(() => [CourseType], { description: 'The courses that train this campaign’s talk track.' })
  courses(@Root() campaign: TalkTrackCampaignType, @Ctx() ctx: TrainingContext): Promise<CourseType[]> {
    return ctx.loaders.coursesByCampaign.load(campaign.id);
  }

  @Authorized(Capability.TRAINING_READ)
  @FieldResolver(() => TalkTrackTraining, { description: 'Front-line staff trained on the talk track, per branch (branch roles: their own).' })
  async training(@Root() campaign: TalkTrackCampaignType, @Ctx() ctx: TrainingContext, @Arg('branchCode', () => String, { nullable: true }) branchCode?: string | null): Promise<TalkTrackTraining> {
    const scope = requireScope(ctx, Capability.TRAINING_READ);
    const courses = await ctx.loaders.coursesByCampaign.load(campaign.id);
    return ctx.talkTrack.training(courses, narrowBranches(scope, branchCode ? [branchCode] : null));
  }
}
