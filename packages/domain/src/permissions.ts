import { Role } from './roles';

/**
 * How far a role's grant of a capability reaches: every branch, the user's own branch,
 * or only what is assigned to the user (a phone manager's own tasks and customers).
 */
export type Reach = 'ALL' | 'BRANCH' | 'OWN';

/**
 * What an operation needs, named for the data it touches. Every query, mutation, field
 * resolver and federation reference resolver names one (`@Authorized(Capability.X)` or
 * `guardedReference(Capability.X, …)`), and GRANTS below is the one table of who has it.
 */
export const Capability = {
  /** Customer-level data: subscriber records, portraits. */
  CUSTOMER_READ: 'CUSTOMER_READ',
  /** Finding customers by id or full phone number. */
  CUSTOMER_SEARCH: 'CUSTOMER_SEARCH',
  /** Segment counts, dashboards, the explorer, saved segments, photo cohorts. */
  SEGMENT_READ: 'SEGMENT_READ',
  /** Counting a rule that is being written (the rule builder's preview). */
  SEGMENT_PREVIEW: 'SEGMENT_PREVIEW',
  /** Saving and deleting rule-built segments. */
  SEGMENT_DEFINE: 'SEGMENT_DEFINE',
  /** Freezing a segment into a photo cohort. */
  COHORT_CREATE: 'COHORT_CREATE',
  /** Loading extracts, refreshing segments, and following those jobs. */
  DATA_IMPORT: 'DATA_IMPORT',
  CAMPAIGN_READ: 'CAMPAIGN_READ',
  /** Drafting and editing campaigns: province ones (province planners), local ones (branch planners, own branch). */
  CAMPAIGN_AUTHOR: 'CAMPAIGN_AUTHOR',
  /** Approving or returning submitted campaigns, editing the treatment matrix. */
  CAMPAIGN_APPROVE: 'CAMPAIGN_APPROVE',
  /** Building, dispatching and reassigning a branch's target lists and tasks. */
  LIST_EXECUTE: 'LIST_EXECUTE',
  /** Do-not-contact entries: province-wide (province planners) or a branch's (its planners). */
  DO_NOT_CONTACT_MANAGE: 'DO_NOT_CONTACT_MANAGE',
  /** A phone manager's own worklist: tasks, the customer's number, contact outcomes. */
  TASK_WORK: 'TASK_WORK',
  /** The audit log of full-number reveals (issue 10 item 6): admins and province planners. */
  MSISDN_AUDIT_READ: 'MSISDN_AUDIT_READ',
  REPORT_READ: 'REPORT_READ',
  /** Computed post-evaluation results (treated vs control, DiD, ROI): a branch its own lists, the province every branch and the pool. */
  EVALUATION_READ: 'EVALUATION_READ',
  /** Writing and submitting evaluation reports: branch planners their branch's, province planners the province-wide one. */
  REPORT_WRITE: 'REPORT_WRITE',
  /** Accepting or returning submitted reports and sharing them as good practice. */
  REPORT_REVIEW: 'REPORT_REVIEW',
  /** Seed-style analyses over the snapshots and the campaigns' lists (churn by measures and participation, uptake by tenure): a branch its own. */
  ANALYSIS_READ: 'ANALYSIS_READ',
  /** KPI figures and rankings: a league table every role reads for every branch (DOMAIN.md §1). */
  KPI_READ: 'KPI_READ',
  /** Setting branches' yearly KPI targets, weights and caps (province planners). */
  KPI_TARGET_SET: 'KPI_TARGET_SET',
  /** Courses, sessions, staff and enrollments (branch roles: their own branch's staff and sessions). */
  TRAINING_READ: 'TRAINING_READ',
  /** Courses, sessions, attendance and assessment scores (trainers, every branch). */
  TRAINING_MANAGE: 'TRAINING_MANAGE',
  /** The staff roster and its imports (trainers: every branch; branch planners: their own). */
  STAFF_MANAGE: 'STAFF_MANAGE',
  /** Enrolling staff in sessions and withdrawing them (trainers: every branch; branch planners: their own staff). */
  ENROLLMENT_MANAGE: 'ENROLLMENT_MANAGE',
  /** Linking a course to a published campaign as its talk-track training (seed 004): trainers and province planners. */
  TALK_TRACK_LINK: 'TALK_TRACK_LINK',
  /** Branches and their names (branch roles: their own). */
  ORG_READ: 'ORG_READ',
  /** The caller's own account. */
  SELF: 'SELF',
  /** Users and branches. */
  USER_ADMIN: 'USER_ADMIN',
} as const;

export type Capability = (typeof Capability)[keyof typeof Capability];

const P = Role.PROVINCE_PLANNER;
const A = Role.PROVINCE_ANALYST;
const B = Role.BRANCH_PLANNER;
const M = Role.PHONE_MANAGER;
const T = Role.TRAINER;
const D = Role.ADMIN;

const everyone = (reach: Reach): Partial<Record<Role, Reach>> => Object.fromEntries([P, A, B, M, T, D].map((r) => [r, reach]));

/**
 * DOMAIN.md §1's role table as data. A role missing from a row has no access at all.
 * Phone managers reach customers only through their own tasks (OWN); trainers and admins
 * see no customer data.
 */
export const GRANTS: Record<Capability, Partial<Record<Role, Reach>>> = {
  CUSTOMER_READ: { [P]: 'ALL', [A]: 'ALL', [B]: 'BRANCH', [M]: 'OWN' },
  CUSTOMER_SEARCH: { [P]: 'ALL', [A]: 'ALL', [B]: 'BRANCH' },
  SEGMENT_READ: { [P]: 'ALL', [A]: 'ALL', [B]: 'BRANCH' },
  SEGMENT_PREVIEW: { [P]: 'ALL', [A]: 'ALL', [B]: 'BRANCH' },
  SEGMENT_DEFINE: { [P]: 'ALL' },
  COHORT_CREATE: { [P]: 'ALL', [A]: 'ALL' },
  DATA_IMPORT: { [P]: 'ALL', [A]: 'ALL' },
  CAMPAIGN_READ: { [P]: 'ALL', [A]: 'ALL', [B]: 'BRANCH', [M]: 'BRANCH' },
  CAMPAIGN_AUTHOR: { [P]: 'ALL', [B]: 'BRANCH' },
  CAMPAIGN_APPROVE: { [P]: 'ALL' },
  LIST_EXECUTE: { [P]: 'ALL', [B]: 'BRANCH' },
  DO_NOT_CONTACT_MANAGE: { [P]: 'ALL', [B]: 'BRANCH' },
  TASK_WORK: { [M]: 'OWN' },
  MSISDN_AUDIT_READ: { [P]: 'ALL', [D]: 'ALL' },
  REPORT_READ: { [P]: 'ALL', [A]: 'ALL', [B]: 'BRANCH' },
  EVALUATION_READ: { [P]: 'ALL', [A]: 'ALL', [B]: 'BRANCH' },
  REPORT_WRITE: { [P]: 'ALL', [B]: 'BRANCH' },
  REPORT_REVIEW: { [P]: 'ALL' },
  ANALYSIS_READ: { [P]: 'ALL', [A]: 'ALL', [B]: 'BRANCH' },
  KPI_READ: everyone('ALL'),
  KPI_TARGET_SET: { [P]: 'ALL' },
  TRAINING_READ: { [P]: 'ALL', [A]: 'ALL', [B]: 'BRANCH', [T]: 'ALL' },
  TRAINING_MANAGE: { [T]: 'ALL' },
  STAFF_MANAGE: { [B]: 'BRANCH', [T]: 'ALL' },
  ENROLLMENT_MANAGE: { [B]: 'BRANCH', [T]: 'ALL' },
  TALK_TRACK_LINK: { [P]: 'ALL', [T]: 'ALL' },
  ORG_READ: { [P]: 'ALL', [A]: 'ALL', [B]: 'BRANCH', [M]: 'BRANCH', [T]: 'ALL', [D]: 'ALL' },
  SELF: everyone('OWN'),
  USER_ADMIN: { [D]: 'ALL' },
};

export const ALL_CAPABILITIES: readonly Capability[] = Object.values(Capability);

/** How far `role` reaches with `capability`; null when it has none. */
export function reachOf(role: Role, capability: Capability): Reach | null {
  return GRANTS[capability]?.[role] ?? null;
}
