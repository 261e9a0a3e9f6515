import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { narrowBranches, scopeBranches, type Scope } from '@retention/auth';
import { Capability } from '@retention/domain';
import { guardedReference, requireScope } from '@retention/graphql-kit';
import type { TrainingContext } from '../context';
import { UUID_PATTERN } from '../common/audit';
import { CampaignRef, TalkTrackTraining } from './campaign-ref.type';

/** Whether the campaign reaches one of the branches (campaigns_api.campaign_v1); null = every branch. */
async function campaignReaches(dataSource: DataSource, id: string, branches: string[] | null): Promise<boolean> {
  if (!UUID_PATTERN.test(id)) return false;
  if (branches === null) return true;
  try {
    const rows = await dataSource.query(
      'SELECT 1 FROM campaigns_api.campaign_v1 WHERE campaign_id = $1 AND (owner_branch_code = ANY ($2::text[]) OR executing_branches && $2::text[])',
      [id, branches],
    );
    return rows.length > 0;
  } catch {
    return false;
  }
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
    const branches = narrowBranches(scope, branchCode ? [branchCode] : null);
    const courses = await ctx.loaders.coursesByCampaign.load(campaign.id);
    const rows: { branch_code: string; staff: number; trained: number }[] = courses.length
      ? await ctx.dataSource.query(
          `SELECT b.code AS branch_code,
                  count(st.id)::int AS staff,
                  count(st.id) FILTER (WHERE EXISTS (
                    SELECT 1 FROM training.enrollment e JOIN training.session s ON s.id = e.session_id
                    WHERE e.staff_id = st.id AND e.status = 'ATTENDED' AND s.course_id = ANY ($1::uuid[]) AND s.status = 'SCHEDULED'))::int AS trained
           FROM training.branch b
           LEFT JOIN training.staff st ON st.branch_code = b.code AND st.active AND st.staff_role = ANY ($2::text[])
           WHERE $3::text[] IS NULL OR b.code = ANY ($3::text[])
           GROUP BY b.code, b.sort_order ORDER BY b.sort_order`,
          [courses.map((c) => c.id), [...new Set(courses.flatMap((c) => c.audienceRoles))], branches],
        )
      : [];
    const staff = rows.reduce((s, r) => s + r.staff, 0);
    const trained = rows.reduce((s, r) => s + r.trained, 0);
    return {
      courses,
      staff,
      trained,
      coverage: staff ? trained / staff : null,
      branches: rows.map((r) => ({ branchCode: r.branch_code, staff: r.staff, trained: r.trained, coverage: r.staff ? r.trained / r.staff : null })),
    };
  }
}
