import type { DataSource } from 'typeorm';
import type { AuthUser } from '@retention/auth';
import { audit, updateReturning, UUID_PATTERN } from '../common/audit';
import { viewReadable } from '../common/published-view';
import { TrainingError, TrainingErrorCode } from '../common/training.errors';
import { toCourse, COURSE_COLUMNS, type CourseRow } from '../courses/course.service';
import type { CourseType } from '../courses/course.type';
import type { TalkTrackCampaignType, TalkTrackTraining } from './campaign-ref.type';

interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

interface CampaignRow {
  campaign_id: string;
  name: string;
  kind: string;
  level: string;
  status: string;
  owner_branch_code: string | null;
  executing_branches: string[] | null;
  start_date: string | null;
  end_date: string | null;
}

const toCampaign = (r: CampaignRow): TalkTrackCampaignType => ({
  id: r.campaign_id,
  name: r.name,
  kind: r.kind,
  level: r.level,
  status: r.status,
  ownerBranchCode: r.owner_branch_code,
  executingBranchCodes: r.executing_branches ?? [],
  startDate: r.start_date,
  endDate: r.end_date,
});

/** Campaigns a course may train the talk track of, or has: published (and, for links made before, closed or evaluated). */
const LINKED_STATUSES = ['PUBLISHED', 'CLOSED', 'EVALUATED'];

/**
 * Talk-track training (seed 004: the mandatory talk track is trained before the campaign
 * runs). Campaigns are read from campaigns_api.campaign_v1 only; the link lives on the course.
 */
export class TalkTrackService {
  constructor(private readonly dataSource: DataSource) {}

  /** Campaigns by id (any status), or the linkable ones, as far as `branches` reach (null = all). */
  async campaigns(ids: readonly string[] | null, branches: string[] | null, db: Queryable = this.dataSource): Promise<TalkTrackCampaignType[]> {
    if (!(await viewReadable(db, 'campaigns_api', 'campaign_v1'))) return [];
    const valid = ids?.filter((id) => UUID_PATTERN.test(id)) ?? null;
    if (valid && valid.length === 0) return [];
    const rows = (await db.query(
      `SELECT campaign_id, name, kind, level, status, owner_branch_code, executing_branches,
              to_char(start_date, 'YYYY-MM-DD') AS start_date, to_char(end_date, 'YYYY-MM-DD') AS end_date
       FROM campaigns_api.campaign_v1
       WHERE ($1::uuid[] IS NULL OR campaign_id = ANY ($1::uuid[]))
         AND ($1::uuid[] IS NOT NULL OR status = ANY ($3::text[]))
         AND ($2::text[] IS NULL OR owner_branch_code = ANY ($2::text[]) OR executing_branches && $2::text[])
       ORDER BY (status = 'PUBLISHED') DESC, start_date DESC NULLS LAST, name, campaign_id`,
      [valid, branches, LINKED_STATUSES],
    )) as CampaignRow[];
    return rows.map(toCampaign);
  }

  /** Checks a campaign a course is to be linked to: it exists and is published. */
  async assertLinkable(campaignId: string, field: string, db: Queryable = this.dataSource): Promise<TalkTrackCampaignType> {
    const [campaign] = UUID_PATTERN.test(campaignId) ? await this.campaigns([campaignId], null, db) : [];
    if (!campaign) throw new TrainingError(TrainingErrorCode.CAMPAIGN_NOT_FOUND, `${field}: no campaign ${campaignId}`, { field });
    if (campaign.status !== 'PUBLISHED') {
      throw new TrainingError(TrainingErrorCode.CAMPAIGN_NOT_PUBLISHED, `${field}: the campaign is ${campaign.status}, not PUBLISHED`, { field, status: campaign.status });
    }
    return campaign;
  }

  /** Links a course to a published campaign as its talk-track training (campaignId null: unlinks), at the version read. */
  async link(actor: AuthUser, courseId: string, version: number, campaignId: string | null): Promise<CourseType> {
    const [row] = UUID_PATTERN.test(courseId) ? ((await this.dataSource.query(`SELECT ${COURSE_COLUMNS} FROM training.course WHERE id = $1`, [courseId])) as CourseRow[]) : [];
    if (!row) throw new TrainingError(TrainingErrorCode.COURSE_NOT_FOUND, `courseId: no course ${courseId}`, { field: 'courseId' });
    const current = toCourse(row);
    if (current.version !== version) {
      throw new TrainingError(TrainingErrorCode.VERSION_CONFLICT, `version: the course is at version ${current.version}, not ${version}`, { field: 'version', currentVersion: current.version });
    }
    const target = campaignId || null;
    if (target && target !== current.campaignId) await this.assertLinkable(target, 'campaignId');
    return this.dataSource.transaction(async (m) => {
      const updated = await updateReturning<CourseRow>(
        m,
        `UPDATE training.course SET campaign_id = $3, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING ${COURSE_COLUMNS}`,
        [courseId, version, target],
      );
      if (!updated) throw new TrainingError(TrainingErrorCode.VERSION_CONFLICT, 'version: changed meanwhile, reload and try again', { field: 'version' });
      await audit(m, actor, 'course', courseId, target ? 'LINK_TALK_TRACK' : 'UNLINK_TALK_TRACK', { from: current.campaignId, to: target });
      return toCourse(updated);
    });
  }

  /**
   * How many of each branch's front-line staff (the courses' audience roles, active) attended a
   * session of one of the campaign's talk-track courses; branches null = every branch.
   */
  async training(courses: CourseType[], branches: string[] | null): Promise<TalkTrackTraining> {
    const rows = (
      courses.length
        ? await this.dataSource.query(
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
        : []
    ) as { branch_code: string; staff: number; trained: number }[];
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
