import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byKeyLoader, type BaseContext } from '@retention/graphql-kit';
import { AuthService } from './auth/auth.service';
import type { TalkTrackCampaignType } from './campaigns/campaign-ref.type';
import { TalkTrackService } from './campaigns/talk-track.service';
import { CourseService } from './courses/course.service';
import type { CourseType } from './courses/course.type';
import { CoverageService } from './coverage/coverage.service';
import { EnrollmentService } from './enrollment/enrollment.service';
import type { EnrollmentType } from './enrollment/enrollment.type';
import { KpiService } from './kpi/kpi.service';
import { BranchService } from './org/branch.service';
import type { BranchType } from './org/branch.type';
import { SessionService } from './sessions/session.service';
import type { SessionType } from './sessions/session.type';
import { StaffService } from './staff/staff.service';
import type { StaffType } from './staff/staff.type';
import { UserService } from './users/user.service';

export interface TrainingContext extends BaseContext {
  dataSource: DataSource;
  auth: AuthService;
  branches: BranchService;
  users: UserService;
  staff: StaffService;
  courses: CourseService;
  sessions: SessionService;
  enrollments: EnrollmentService;
  coverage: CoverageService;
  kpi: KpiService;
  talkTrack: TalkTrackService;
  loaders: {
    branchByCode: DataLoader<string, BranchType | null>;
    staffById: DataLoader<string, StaffType | null>;
    courseById: DataLoader<string, CourseType | null>;
    sessionById: DataLoader<string, SessionType | null>;
    enrollmentsBySession: DataLoader<string, EnrollmentType[]>;
    historyByStaff: DataLoader<string, EnrollmentType[]>;
    coursesByCampaign: DataLoader<string, CourseType[]>;
    campaignById: DataLoader<string, TalkTrackCampaignType | null>;
  };
}

/** A loader of lists by key: one query per batch. */
function groupLoader<V>(fetch: (keys: readonly string[]) => Promise<V[]>, keyOf: (v: V) => string | null): DataLoader<string, V[]> {
  return new DataLoader<string, V[]>(async (keys) => {
    const rows = await fetch(keys);
    return keys.map((k) => rows.filter((r) => keyOf(r) === k));
  });
}

export function createTrainingContext(base: BaseContext, dataSource: DataSource): TrainingContext {
  const branches = new BranchService(dataSource);
  const staff = new StaffService(dataSource);
  const courses = new CourseService(dataSource);
  const sessions = new SessionService(dataSource);
  const enrollments = new EnrollmentService(dataSource);
  const talkTrack = new TalkTrackService(dataSource);
  return {
    ...base,
    dataSource,
    auth: new AuthService(dataSource),
    branches,
    users: new UserService(dataSource),
    staff,
    courses,
    sessions,
    enrollments,
    coverage: new CoverageService(dataSource),
    kpi: new KpiService(dataSource),
    talkTrack,
    loaders: {
      branchByCode: branches.createLoader(),
      staffById: byKeyLoader((ids) => staff.byIds(ids), (s) => s.id),
      courseById: byKeyLoader((ids) => courses.byIds(ids), (c) => c.id),
      sessionById: byKeyLoader((ids) => sessions.byIds(ids), (s) => s.id),
      enrollmentsBySession: groupLoader((ids) => enrollments.bySessions(ids), (e) => e.sessionId),
      historyByStaff: groupLoader((ids) => enrollments.byStaff(ids), (e) => e.staffId),
      coursesByCampaign: groupLoader((ids) => courses.forCampaigns(ids), (c) => c.campaignId),
      campaignById: byKeyLoader((ids) => talkTrack.campaigns(ids, null), (c) => c.id),
    },
  };
}
