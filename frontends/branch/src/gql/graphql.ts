/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: any; output: any; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: any; output: any; }
  /** A KPI key, as a string or an enum literal: MID_HIGH_END_AVG, COHORT_RETENTION, CROSS_STAB_2, VALID_COMPLAINT_RATE, CAMPAIGN_UPTAKE, TRAINING_COVERAGE. */
  KpiKey: { input: any; output: any; }
  /** A staff role as a string or an enum literal: PROVINCE_PLANNER, PROVINCE_ANALYST, BRANCH_PLANNER, PHONE_MANAGER, TRAINER, ADMIN, FRONT_DESK. */
  StaffRoleKey: { input: any; output: any; }
};

export type AcceptedOffer = {
  __typename?: 'AcceptedOffer';
  kind: Scalars['String']['output'];
  months: Scalars['Int']['output'];
  stage: OfferStage;
  /** YYYY-MM */
  startMonth: Scalars['String']['output'];
  tier: Scalars['String']['output'];
};

/** The cohort of a churn analysis (DOMAIN.md §3 built-in segments). */
export type AnalysisPopulation =
  | 'DYNAMIC_MID_HIGH_END'
  | 'MID_HIGH_END'
  | 'ON_NETWORK';

export type AttendanceEntryInput = {
  enrollmentId: Scalars['ID']['input'];
  /** 0–100, only for ATTENDED. */
  score?: InputMaybe<Scalars['Float']['input']>;
  status: AttendanceStatus;
  version: Scalars['Int']['input'];
};

/** REGISTERED 已报名, ATTENDED 出席, ABSENT 缺席. */
export type AttendanceStatus =
  | 'ABSENT'
  | 'ATTENDED'
  | 'REGISTERED';

export type AuthPayload = {
  __typename?: 'AuthPayload';
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Signed JWT; send as `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
  user: User;
};

export type Branch = {
  __typename?: 'Branch';
  /** Campaigns this branch owns or executes (campaigns subgraph). */
  campaignCount: Scalars['Int']['output'];
  /** Branch code, e.g. CD */
  code: Scalars['String']['output'];
  crossStabilization: CrossStabilization;
  /** Dynamic mid-high-end customers at the month. */
  dynamicMidHighEndCount: Scalars['Int']['output'];
  /** Mid-high-end (KPI definition) customers at the month. */
  midHighEndCount: Scalars['Int']['output'];
  /** 月均中高端客户数: year-to-date and annual. */
  midHighEndMonthlyAverage: MidHighEndMonthlyAverage;
  /** Chinese name, e.g. 成都 */
  name: Scalars['String']['output'];
  /** English name, e.g. Chengdu */
  nameEn: Scalars['String']['output'];
  /** Near mid-high-end (80 < ARPU < 120) customers at the month. */
  nearMidHighEndCount: Scalars['Int']['output'];
  /** Subscribers of this branch in the master data (segments subgraph). */
  subscriberCount: Scalars['Int']['output'];
};


export type BranchCrossStabilizationArgs = {
  month: Scalars['String']['input'];
};


export type BranchDynamicMidHighEndCountArgs = {
  month: Scalars['String']['input'];
};


export type BranchMidHighEndCountArgs = {
  month: Scalars['String']['input'];
};


export type BranchMidHighEndMonthlyAverageArgs = {
  year: Scalars['Int']['input'];
};


export type BranchNearMidHighEndCountArgs = {
  month: Scalars['String']['input'];
};

/** A phone or account manager of a branch, with capacity and load. */
export type BranchManager = {
  __typename?: 'BranchManager';
  /** Calls a day (default 80). */
  capacity: Scalars['Int']['output'];
  /** PHONE (电话经理) or ACCOUNT (客户经理) */
  contactKind: Scalars['String']['output'];
  /** Days off (capacity 0), YYYY-MM-DD. */
  daysOff: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  openTasks: Scalars['Int']['output'];
  userId: Scalars['ID']['output'];
};

export type BranchScore = {
  __typename?: 'BranchScore';
  branchCode: Scalars['String']['output'];
  /** Previous month’s rank − this month’s (positive = up); null when the branch was not ranked then. */
  movement?: Maybe<Scalars['Int']['output']>;
  previousRank?: Maybe<Scalars['Int']['output']>;
  /** Competition rank on the total rounded to 2 decimals (1, 2, 2, 4). */
  rank: Scalars['Int']['output'];
  scores: Array<KpiScore>;
  /** Σ weight × attainment, points (100 at full attainment with cap 1). */
  total: Scalars['Float']['output'];
};

export type BudgetBurn = {
  __typename?: 'BudgetBurn';
  /** At 90 % of the budget or more. */
  alert: Scalars['Boolean']['output'];
  budget?: Maybe<Scalars['Float']['output']>;
  /** spent ÷ budget */
  share?: Maybe<Scalars['Float']['output']>;
  /** Yuan spent on acceptances. */
  spent: Scalars['Float']['output'];
};

export type Campaign = {
  __typename?: 'Campaign';
  /** Every transition and edit: who, when, from, to, what changed. */
  audit: Array<CampaignAuditEntry>;
  birthdayInWindow: Scalars['Boolean']['output'];
  /** The evaluation of every participating branch the caller may see, side by side. */
  branchEvaluations: Array<CampaignEvaluation>;
  budget?: Maybe<Scalars['Float']['output']>;
  /** Cost of acceptances so far against the budget (every branch: a province figure). */
  budgetBurn: BudgetBurn;
  channels: Array<CampaignChannel>;
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  controlShare: Scalars['Float']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Scalars['String']['output'];
  description: Scalars['String']['output'];
  eligibilityRule?: Maybe<Scalars['JSON']['output']>;
  /** YYYY-MM-DD */
  endDate?: Maybe<Scalars['String']['output']>;
  /** Computed post-evaluation (DOMAIN.md §6) for one executing branch, or with branchCode null the province-wide pool (province roles; a branch only for its own local campaigns), at month e (YYYY-MM, default the latest loaded). Null when no month is loaded. */
  evaluation?: Maybe<CampaignEvaluation>;
  /** Codes of the branches that execute this campaign. */
  executingBranchCodes: Array<Scalars['String']['output']>;
  /** Execution so far per branch (tasks, contacts, uptake, complaint rate against 4 ‰, managers). */
  execution: Array<ExecutionSummary>;
  id: Scalars['ID']['output'];
  kind: CampaignKind;
  level: CampaignLevel;
  name: Scalars['String']['output'];
  offerTiers: Array<OfferTier>;
  /** The branch that owns a local campaign. */
  ownerBranch?: Maybe<Branch>;
  /** The branch that owns a local campaign (also as ownerBranch). */
  ownerBranchCode?: Maybe<Scalars['String']['output']>;
  planPaths: Array<PlanPath>;
  priorityWeight: Scalars['Float']['output'];
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The reviewer's comment of the last return or approval. */
  reviewComment?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  startDate?: Maybe<Scalars['String']['output']>;
  status: CampaignStatus;
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  talkTrack: Scalars['String']['output'];
  /** How many of the branch’s front-line staff (the talk-track courses’ audience) attended a session of the campaign’s talk-track course (seed 004). */
  talkTrackTraining: TalkTrackTraining;
  targetChurnReduction?: Maybe<Scalars['Float']['output']>;
  /** The list of one executing branch; null before its first build. */
  targetList?: Maybe<TargetList>;
  /** The lists of every executing branch the caller may see. */
  targetLists: Array<TargetList>;
  /** A saved segment's rule, frozen at publication. */
  targetRule?: Maybe<Scalars['JSON']['output']>;
  targetSegmentId?: Maybe<Scalars['ID']['output']>;
  targetSegmentKey?: Maybe<Scalars['String']['output']>;
  targetUptake?: Maybe<Scalars['Float']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Pass it back to updateCampaign/submitCampaign; a stale one is a VERSION_CONFLICT. */
  version: Scalars['Int']['output'];
};


export type CampaignBranchEvaluationsArgs = {
  month?: InputMaybe<Scalars['String']['input']>;
};


export type CampaignEvaluationArgs = {
  branchCode?: InputMaybe<Scalars['String']['input']>;
  month?: InputMaybe<Scalars['String']['input']>;
};


export type CampaignExecutionArgs = {
  branchCode?: InputMaybe<Scalars['String']['input']>;
};


export type CampaignTalkTrackTrainingArgs = {
  branchCode?: InputMaybe<Scalars['String']['input']>;
};


export type CampaignTargetListArgs = {
  branchCode: Scalars['String']['input'];
};

/** One line of the journal: who, when, from, to, what changed. */
export type CampaignAuditEntry = {
  __typename?: 'CampaignAuditEntry';
  /** CREATE, EDIT, AMEND, SUBMIT, APPROVE, RETURN, CLOSE, CLONE */
  action: Scalars['String']['output'];
  actor: Scalars['String']['output'];
  at: Scalars['DateTimeISO']['output'];
  changes: Array<CampaignFieldChange>;
  comment?: Maybe<Scalars['String']['output']>;
  fromStatus?: Maybe<CampaignStatus>;
  id: Scalars['ID']['output'];
  toStatus?: Maybe<CampaignStatus>;
};

export type CampaignChannel =
  | 'ACCOUNT_MANAGER'
  | 'E_CHANNEL'
  | 'FRONT_DESK'
  | 'OUTBOUND_CALL'
  | 'PHONE_MANAGER'
  | 'SMS';

export type CampaignEvaluation = {
  __typename?: 'CampaignEvaluation';
  /** Treated customers with an ACCEPTED outcome. */
  accepted: Scalars['Int']['output'];
  /** Last month of the ARPU after-window, min(s+2, e). */
  afterWindowEnd?: Maybe<Scalars['String']['output']>;
  /** ARPU difference in differences (yuan per customer and month). */
  arpuDid?: Maybe<Scalars['Float']['output']>;
  arpuDidCiHigh?: Maybe<Scalars['Float']['output']>;
  /** Lower end of the DiD’s 95 % CI (Welch); null when a group has fewer than 2 customers. */
  arpuDidCiLow?: Maybe<Scalars['Float']['output']>;
  /** The branch; null = the province-wide pool of every executing branch. */
  branchCode?: Maybe<Scalars['String']['output']>;
  /** Every figure per stratum (branch × retention class) or tenure band; per channel the contact figures only. */
  breakdown: Array<EvaluationBreakdownItem>;
  /** Churned share of the control group; null when there is none. */
  churnControl?: Maybe<Scalars['Float']['output']>;
  /** d = churnControl − churnTreated; null when a group is empty. */
  churnReduction?: Maybe<Scalars['Float']['output']>;
  /** Upper end of the 95 % Wald CI of d. */
  churnReductionCiHigh?: Maybe<Scalars['Float']['output']>;
  /** Lower end of the 95 % Wald CI of d. */
  churnReductionCiLow?: Maybe<Scalars['Float']['output']>;
  /** Churned share of the treated (intention to treat); null when there are none. */
  churnTreated?: Maybe<Scalars['Float']['output']>;
  /** The valid complaint rate is above 4 ‰. */
  complaintAlert: Scalars['Boolean']['output'];
  /** Complaints recorded on the attempts. */
  complaints: Scalars['Int']['output'];
  /** When these figures were computed. */
  computedAt: Scalars['DateTimeISO']['output'];
  /** Treated customers with at least one contact attempt. */
  contacted: Scalars['Int']['output'];
  /** Control customers with a contact attempt (expected 0: a contamination check). */
  controlContacted: Scalars['Int']['output'];
  controlSize: Scalars['Int']['output'];
  /** Σ of the accepted tiers’ cost over the ACCEPTED attempts, yuan. */
  cost: Scalars['Float']['output'];
  /** DiD × 3 × treated, yuan. */
  incrementalRevenue?: Maybe<Scalars['Float']['output']>;
  /** Treated + control customers on the list. */
  listSize: Scalars['Int']['output'];
  /** Uptake per phone or account manager who made the attempts, highest first. */
  managers: Array<ManagerUptake>;
  /** The evaluation month e, YYYY-MM. */
  month: Scalars['String']['output'];
  /** Two-sided p-value of the pooled two-proportion z-test; null when the pooled share is 0 or 1. */
  pValue?: Maybe<Scalars['Float']['output']>;
  /** Power achieved for the target reduction (observed n’s and control churn). */
  power?: Maybe<Scalars['Float']['output']>;
  /** The ARPU after-window is not complete yet (e < s+2). */
  provisional: Scalars['Boolean']['output'];
  /** Treated customers reached (an attempt REACHED_DECLINED, HESITANT_CALLBACK, ACCEPTED or DO_NOT_CALL). */
  reached: Scalars['Int']['output'];
  /** (incremental revenue − cost) ÷ cost; null when cost is 0. */
  roi?: Maybe<Scalars['Float']['output']>;
  /** The start month s (month of the start date), YYYY-MM. */
  startMonth?: Maybe<Scalars['String']['output']>;
  /** The campaign’s target churn reduction the power is computed for. */
  targetChurnReduction?: Maybe<Scalars['Float']['output']>;
  treatedSize: Scalars['Int']['output'];
  /** Power below 80 %; null without a power. */
  underpowered?: Maybe<Scalars['Boolean']['output']>;
  /** accepted ÷ contacted (0…1); null when nobody was contacted. */
  uptake?: Maybe<Scalars['Float']['output']>;
  /** Valid complaints ÷ contacted (0…1); null when nobody was contacted. */
  validComplaintRate?: Maybe<Scalars['Float']['output']>;
  /** Valid (有理) complaints. */
  validComplaints: Scalars['Int']['output'];
};


export type CampaignEvaluationBreakdownArgs = {
  by: EvaluationBreakdownDimension;
};

export type CampaignFieldChange = {
  __typename?: 'CampaignFieldChange';
  field: Scalars['String']['output'];
  from?: Maybe<Scalars['JSON']['output']>;
  to?: Maybe<Scalars['JSON']['output']>;
};

export type CampaignFilterInput = {
  /** Campaigns a branch owns or executes. */
  branchCode?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<CampaignKind>;
  level?: InputMaybe<CampaignLevel>;
  /** Part of the name. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<CampaignStatus>>;
};

export type CampaignInput = {
  /** CARE: only customers whose birthday falls in the campaign window. */
  birthdayInWindow?: InputMaybe<Scalars['Boolean']['input']>;
  /** Yuan */
  budget?: InputMaybe<Scalars['Float']['input']>;
  channels?: InputMaybe<Array<CampaignChannel>>;
  /** Control-group share 0…0.5 (default 0.1). */
  controlShare?: InputMaybe<Scalars['Float']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Extra eligibility rules: the rule tree of segments. */
  eligibilityRule?: InputMaybe<Scalars['JSON']['input']>;
  /** YYYY-MM-DD */
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** Branches that execute it (PROVINCE: default all; BRANCH: the own branch). */
  executingBranchCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  kind?: InputMaybe<CampaignKind>;
  /** Default: PROVINCE for province planners, BRANCH for branch planners. */
  level?: InputMaybe<CampaignLevel>;
  name?: InputMaybe<Scalars['String']['input']>;
  offerTiers?: InputMaybe<Array<OfferTierInput>>;
  planPaths?: InputMaybe<Array<PlanPathInput>>;
  /** Higher wins when campaigns overlap (default 1). */
  priorityWeight?: InputMaybe<Scalars['Float']['input']>;
  /** YYYY-MM-DD */
  startDate?: InputMaybe<Scalars['String']['input']>;
  /** 营销必说话术: required before submission. */
  talkTrack?: InputMaybe<Scalars['String']['input']>;
  /** Target churn reduction (p_C − p_T), fraction 0…1. */
  targetChurnReduction?: InputMaybe<Scalars['Float']['input']>;
  /** A saved segment by id (instead of targetSegmentKey). */
  targetSegmentId?: InputMaybe<Scalars['ID']['input']>;
  /** A built-in segment key (e.g. CLASS_ORDINARY) or a saved segment key. */
  targetSegmentKey?: InputMaybe<Scalars['String']['input']>;
  /** Target uptake, fraction 0…1. */
  targetUptake?: InputMaybe<Scalars['Float']['input']>;
};

export type CampaignKind =
  | 'CARE'
  | 'DEPOSIT_GIFT'
  | 'PLAN_MIGRATION'
  | 'SERVICE_PUSH'
  | 'TENURE'
  | 'TERMINAL';

export type CampaignLevel =
  | 'BRANCH'
  | 'PROVINCE';

export type CampaignParticipation =
  | 'ACCEPTED'
  | 'CONTACTED'
  | 'CONTROL'
  | 'NONE'
  | 'TREATED_NOT_CONTACTED';

export type CampaignStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'EVALUATED'
  | 'PENDING_APPROVAL'
  | 'PUBLISHED';

/** A dispatched customer as the branch planner sees it (for reassigning): the number masked. */
export type CampaignTask = {
  __typename?: 'CampaignTask';
  assigneeId: Scalars['ID']['output'];
  assigneeName: Scalars['String']['output'];
  callbackAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** PHONE_MANAGER or ACCOUNT_MANAGER */
  channel: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  msisdnMasked: Scalars['String']['output'];
  /** YYYY-MM-DD */
  plannedDay: Scalars['String']['output'];
  status: TaskStatus;
  subscriberId: Scalars['String']['output'];
};

/** Tasks ordered by customer id. */
export type CampaignTaskConnection = {
  __typename?: 'CampaignTaskConnection';
  nodes: Array<CampaignTask>;
  pageInfo: CampaignTaskPageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CampaignTaskPageInfo = {
  __typename?: 'CampaignTaskPageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Seed-style churn analyses of a photo cohort: members of the population at the base month, churned = not on network at the month. */
export type ChurnAnalysis = {
  __typename?: 'ChurnAnalysis';
  /** The base month b (the cohort’s photo), YYYY-MM. */
  baseMonth: Scalars['String']['output'];
  /** The branch; null = every branch the caller reaches. */
  branchCode?: Maybe<Scalars['String']['output']>;
  /** Per stabilizing measure: churn with and without it. */
  byMeasure: Array<MeasureChurn>;
  /** Per number of measures, 0 … 5. */
  byMeasureCount: Array<MeasureCountChurn>;
  /** Per campaign participation, NONE … ACCEPTED. */
  byParticipation: Array<ParticipationChurn>;
  /** The month churn is measured at, YYYY-MM. */
  month: Scalars['String']['output'];
  /** Campaign participation counts lists built from this month …, YYYY-MM (b − 2). */
  participationFrom: Scalars['String']['output'];
  /** … to this month, YYYY-MM (b). */
  participationTo: Scalars['String']['output'];
  population: AnalysisPopulation;
  /** The whole cohort. */
  total: ChurnGroupType;
};

/** Members of a group and how many of them churned (not on network at the evaluation month). */
export type ChurnGroupType = {
  __typename?: 'ChurnGroupType';
  /** churned ÷ members (0…1); null for an empty group. */
  churnRate?: Maybe<Scalars['Float']['output']>;
  churned: Scalars['Int']['output'];
  members: Scalars['Int']['output'];
};

/** 拍照客户: members of a segment frozen at a base month. */
export type Cohort = {
  __typename?: 'Cohort';
  baseMonth: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Scalars['String']['output'];
  definitionId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  members: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  segmentKey?: Maybe<Scalars['String']['output']>;
};

/** Retention of (part of) a cohort at a later month. */
export type CohortPoint = {
  __typename?: 'CohortPoint';
  /** null = all branches in scope together */
  branchCode?: Maybe<Scalars['String']['output']>;
  /** 1 − retention */
  churnRate: Scalars['Float']['output'];
  members: Scalars['Int']['output'];
  month: Scalars['String']['output'];
  retained: Scalars['Int']['output'];
  /** retained ÷ members */
  retention: Scalars['Float']['output'];
  /** ALL, VNET, ANY_MEASURE, GOTONE, GROUP, FAMILY, DEPOSIT_GIFT or TERMINAL */
  split: Scalars['String']['output'];
  valueRetained: Scalars['Int']['output'];
  /** still mid-high-end ÷ members */
  valueRetention: Scalars['Float']['output'];
  /** Members with (true) or without (false) the split measure; true for ALL. */
  withMeasure: Scalars['Boolean']['output'];
};

export type Complaint = {
  __typename?: 'Complaint';
  text?: Maybe<Scalars['String']['output']>;
  /** 有理投诉: a valid complaint counts in the complaint rate. */
  valid: Scalars['Boolean']['output'];
};

export type ComplaintInput = {
  text?: InputMaybe<Scalars['String']['input']>;
  valid: Scalars['Boolean']['input'];
};

/** One contact attempt and its outcome. */
export type Contact = {
  __typename?: 'Contact';
  agentId: Scalars['String']['output'];
  callbackAt?: Maybe<Scalars['DateTimeISO']['output']>;
  campaignId: Scalars['ID']['output'];
  complaint?: Maybe<Complaint>;
  contactedAt: Scalars['DateTimeISO']['output'];
  /** Cost of the accepted tier, yuan (0 otherwise). */
  cost: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  offerTierCode?: Maybe<Scalars['String']['output']>;
  outcome: ContactOutcome;
  subscriberId: Scalars['String']['output'];
  taskId: Scalars['ID']['output'];
};

/** PHONE 电话经理 or ACCOUNT 客户经理 (phone managers only). */
export type ContactKind =
  | 'ACCOUNT'
  | 'PHONE';

export type ContactOutcome =
  | 'ACCEPTED'
  | 'DO_NOT_CALL'
  | 'HESITANT_CALLBACK'
  | 'INVALID_NUMBER'
  | 'NO_ANSWER'
  | 'REACHED_DECLINED';

export type Course = {
  __typename?: 'Course';
  active: Scalars['Boolean']['output'];
  /** Who the course is for; coverage counts staff of these roles. */
  audienceRoles: Array<StaffRole>;
  /** The campaign this course trains the talk track of (resolved by the campaigns subgraph). */
  campaign?: Maybe<Campaign>;
  /** The published campaign whose mandatory talk track this course trains (seed 004). */
  campaignId?: Maybe<Scalars['ID']['output']>;
  category: CourseCategory;
  code: Scalars['String']['output'];
  description: Scalars['String']['output'];
  hours: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** The linked campaign as campaigns publishes it (name, status, window): readable by trainers, who do not read campaigns. Branch roles: only a campaign reaching their branch. */
  linkedCampaign?: Maybe<TalkTrackCampaign>;
  materials: Array<CourseMaterial>;
  modules: Array<CourseModule>;
  /** Passed when the assessment score is at least this (0–100). */
  passMark: Scalars['Float']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** TOPICAL 策划专题, FRONT_LINE 一线基础, TALK_TRACK 活动必说话术, SERVICE 营业厅服务, VISIT 客户拜访. */
export type CourseCategory =
  | 'FRONT_LINE'
  | 'SERVICE'
  | 'TALK_TRACK'
  | 'TOPICAL'
  | 'VISIT';

export type CourseInput = {
  audienceRoles: Array<StaffRole>;
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  category: CourseCategory;
  /** 2–32 upper-case letters, digits, "-" or "_". */
  code: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  hours: Scalars['Float']['input'];
  materials?: InputMaybe<Array<CourseMaterialInput>>;
  modules?: InputMaybe<Array<CourseModuleInput>>;
  /** Default 60. */
  passMark?: InputMaybe<Scalars['Float']['input']>;
  title: Scalars['String']['input'];
};

/** A link, or an attachment’s metadata (the file itself lives in the document system). */
export type CourseMaterial = {
  __typename?: 'CourseMaterial';
  fileName?: Maybe<Scalars['String']['output']>;
  /** LINK or ATTACHMENT */
  kind: Scalars['String']['output'];
  mimeType?: Maybe<Scalars['String']['output']>;
  sizeBytes?: Maybe<Scalars['Int']['output']>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type CourseMaterialInput = {
  fileName?: InputMaybe<Scalars['String']['input']>;
  /** LINK or ATTACHMENT */
  kind: Scalars['String']['input'];
  mimeType?: InputMaybe<Scalars['String']['input']>;
  sizeBytes?: InputMaybe<Scalars['Int']['input']>;
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type CourseModule = {
  __typename?: 'CourseModule';
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type CourseModuleInput = {
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type CreateCohortInput = {
  /** YYYY-MM, a refreshed month */
  baseMonth: Scalars['String']['input'];
  /** Or a saved segment */
  definitionId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** A built-in segment key, e.g. MID_HIGH_END */
  segment?: InputMaybe<Scalars['String']['input']>;
};

export type CreateReportInput = {
  /** The reporting branch; null = the province’s own report on a province campaign. */
  branchCode?: InputMaybe<Scalars['String']['input']>;
  campaignId: Scalars['ID']['input'];
  /** 客户反馈: customer feedback. */
  customerFeedback?: InputMaybe<Scalars['String']['input']>;
  /** A retried create with the same key returns the first report. */
  idempotencyKey: Scalars['String']['input'];
  /** Evaluation month YYYY-MM (default the latest loaded). */
  month?: InputMaybe<Scalars['String']['input']>;
  /** 下一步工作: next actions. */
  nextActions?: InputMaybe<Scalars['String']['input']>;
  /** 存在问题: problems. */
  problems?: InputMaybe<Scalars['String']['input']>;
  /** Retention classes the practice concerns. */
  retentionClasses?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 改进建议: suggestions. */
  suggestions?: InputMaybe<Scalars['String']['input']>;
  /** Up to 10 tags, 1–20 characters each. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 做法与经验: what worked. */
  whatWorked?: InputMaybe<Scalars['String']['input']>;
};

export type CreateStaffInput = {
  /** Required for BRANCH_PLANNER, PHONE_MANAGER and FRONT_DESK. */
  branchCode?: InputMaybe<Scalars['String']['input']>;
  /** Phone managers only (default PHONE). */
  contactKind?: InputMaybe<ContactKind>;
  displayName: Scalars['String']['input'];
  employeeNo?: InputMaybe<Scalars['String']['input']>;
  role: StaffRole;
};

export type CreateUserInput = {
  /** Required for BRANCH_PLANNER and PHONE_MANAGER; must be empty otherwise. */
  branchCode?: InputMaybe<Scalars['String']['input']>;
  displayName: Scalars['String']['input'];
  /** At least 8 characters. */
  password: Scalars['String']['input'];
  role: Role;
  /** Lower-case letters, digits, dot, dash, underscore; 3–40 characters. */
  username: Scalars['String']['input'];
};

/** Share of dynamic mid-high-end customers with at least 1, 2, 3 stabilizing measures. */
export type CrossStabilization = {
  __typename?: 'CrossStabilization';
  /** 0–1 */
  atLeastOne: Scalars['Float']['output'];
  /** 0–1 */
  atLeastThree: Scalars['Float']['output'];
  /** 0–1 */
  atLeastTwo: Scalars['Float']['output'];
  dynamicMidHighEnd: Scalars['Int']['output'];
  month: Scalars['String']['output'];
};

export type DispatchInput = {
  /** Outside production only: "now" for the dispatch. */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** Only these managers (planner choice); default every active manager of the branch. */
  managerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** First planned day YYYY-MM-DD (default: today or the campaign start, whichever is later). */
  startDay?: InputMaybe<Scalars['String']['input']>;
};

export type DispatchResult = {
  __typename?: 'DispatchResult';
  dispatched: Scalars['Int']['output'];
  fromDay?: Maybe<Scalars['String']['output']>;
  managers: Array<ManagerLoad>;
  /** Treated customers that did not fit any manager’s capacity in the window. */
  overflow: Scalars['Int']['output'];
  /** The first 200 overflow customers. */
  overflowSubscriberIds: Array<Scalars['String']['output']>;
  toDay?: Maybe<Scalars['String']['output']>;
};

export type DoNotContactEntry = {
  __typename?: 'DoNotContactEntry';
  /** The branch whose list it is on; null = the province-wide list. */
  branchCode?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Scalars['String']['output'];
  /** Empty = never expires. */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  /** MANUAL, IMPORT or DO_NOT_CALL (the customer asked on a call). */
  source: Scalars['String']['output'];
  subscriberId: Scalars['String']['output'];
};

/** One line of an import’s row-numbered report. */
export type DoNotContactImportError = {
  __typename?: 'DoNotContactImportError';
  code: Scalars['String']['output'];
  column: Scalars['String']['output'];
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type DoNotContactInput = {
  /** Omit for the province-wide list (province planners) — branch planners add to their branch. */
  branchCode?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601 time or YYYY-MM-DD; empty = never expires. */
  expiresAt?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  subscriberId: Scalars['String']['input'];
};

/** A staff member on a session: registered, then attended or absent, with an assessment score 0–100. */
export type Enrollment = {
  __typename?: 'Enrollment';
  id: Scalars['ID']['output'];
  /** Score ≥ the course’s pass mark; null until scored. */
  passed?: Maybe<Scalars['Boolean']['output']>;
  score?: Maybe<Scalars['Float']['output']>;
  session?: Maybe<TrainingSession>;
  sessionId: Scalars['ID']['output'];
  staff?: Maybe<Staff>;
  staffId: Scalars['ID']['output'];
  status: AttendanceStatus;
  version: Scalars['Int']['output'];
};

/** How an evaluation is broken down (DOMAIN.md §6). */
export type EvaluationBreakdownDimension =
  | 'CHANNEL'
  | 'STRATUM'
  | 'TENURE_BAND';

export type EvaluationBreakdownItem = {
  __typename?: 'EvaluationBreakdownItem';
  /** Treated customers with an ACCEPTED outcome. */
  accepted: Scalars['Int']['output'];
  arpuDid?: Maybe<Scalars['Float']['output']>;
  arpuDidCiHigh?: Maybe<Scalars['Float']['output']>;
  arpuDidCiLow?: Maybe<Scalars['Float']['output']>;
  /** The branch of a stratum (strata are branch × retention class); null otherwise. */
  branchCode?: Maybe<Scalars['String']['output']>;
  churnControl?: Maybe<Scalars['Float']['output']>;
  churnReduction?: Maybe<Scalars['Float']['output']>;
  churnReductionCiHigh?: Maybe<Scalars['Float']['output']>;
  churnReductionCiLow?: Maybe<Scalars['Float']['output']>;
  churnTreated?: Maybe<Scalars['Float']['output']>;
  /** The valid complaint rate is above 4 ‰. */
  complaintAlert: Scalars['Boolean']['output'];
  /** Complaints recorded on the attempts. */
  complaints: Scalars['Int']['output'];
  /** Treated customers with at least one contact attempt. */
  contacted: Scalars['Int']['output'];
  controlContacted?: Maybe<Scalars['Int']['output']>;
  controlSize?: Maybe<Scalars['Int']['output']>;
  /** Σ of the accepted tiers’ cost over the ACCEPTED attempts, yuan. */
  cost: Scalars['Float']['output'];
  incrementalRevenue?: Maybe<Scalars['Float']['output']>;
  /** The class (stratum), tenure band or channel. */
  key: Scalars['String']['output'];
  /** Null for channels (control customers have no channel); so are the other list figures. */
  listSize?: Maybe<Scalars['Int']['output']>;
  /** The stratum’s control rounds to 0: no control, no comparison. */
  noControl: Scalars['Boolean']['output'];
  pValue?: Maybe<Scalars['Float']['output']>;
  power?: Maybe<Scalars['Float']['output']>;
  /** Treated customers reached (an attempt REACHED_DECLINED, HESITANT_CALLBACK, ACCEPTED or DO_NOT_CALL). */
  reached: Scalars['Int']['output'];
  roi?: Maybe<Scalars['Float']['output']>;
  treatedSize?: Maybe<Scalars['Int']['output']>;
  underpowered?: Maybe<Scalars['Boolean']['output']>;
  /** accepted ÷ contacted (0…1); null when nobody was contacted. */
  uptake?: Maybe<Scalars['Float']['output']>;
  /** Valid complaints ÷ contacted (0…1); null when nobody was contacted. */
  validComplaintRate?: Maybe<Scalars['Float']['output']>;
  /** Valid (有理) complaints. */
  validComplaints: Scalars['Int']['output'];
};

/** In-app notice: the province sees submissions, a branch its returns, acceptances and shares. */
export type EvaluationNotification = {
  __typename?: 'EvaluationNotification';
  actorName: Scalars['String']['output'];
  /** The report’s branch; null for the province’s own report. */
  branchCode?: Maybe<Scalars['String']['output']>;
  campaignId: Scalars['ID']['output'];
  campaignName?: Maybe<Scalars['String']['output']>;
  comment?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: EvaluationNotificationKind;
  /** The report’s evaluation month, YYYY-MM. */
  month: Scalars['String']['output'];
  /** The caller has read it. */
  read: Scalars['Boolean']['output'];
  reportId: Scalars['ID']['output'];
};

export type EvaluationNotificationKind =
  | 'ACCEPTED'
  | 'RETURNED'
  | 'SHARED'
  | 'SUBMITTED';

/** A post-evaluation report per (campaign, branch, evaluation month); branch null = the province’s own. */
export type EvaluationReport = {
  __typename?: 'EvaluationReport';
  /** The reporting branch; null for the province’s own report. */
  branch?: Maybe<Branch>;
  /** The reporting branch’s code; null for the province’s own report. */
  branchCode?: Maybe<Scalars['String']['output']>;
  /** Null when the caller may not see the campaign. */
  campaign?: Maybe<Campaign>;
  campaignId: Scalars['ID']['output'];
  /** The campaign’s kind (TENURE, TERMINAL, DEPOSIT_GIFT, …). */
  campaignKind?: Maybe<Scalars['String']['output']>;
  /** The campaign’s name (campaigns_api), for lists and search. */
  campaignName?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** 客户反馈: customer feedback. */
  customerFeedback: Scalars['String']['output'];
  /** The computed figures: frozen at submission; while DRAFT or RETURNED the current ones (for its author’s scope). */
  figures?: Maybe<CampaignEvaluation>;
  /** Every change: who, when, from, to, comment. */
  history: Array<EvaluationReportAuditEntry>;
  id: Scalars['ID']['output'];
  /** The evaluation month, YYYY-MM. */
  month: Scalars['String']['output'];
  /** 下一步工作: next actions. */
  nextActions: Scalars['String']['output'];
  /** 存在问题: problems. */
  problems: Scalars['String']['output'];
  /** Retention classes the practice concerns (IMPORTANT, ORDINARY, IRREGULAR, CHURN_RISK). */
  retentionClasses: Array<Scalars['String']['output']>;
  /** When the province last returned or accepted it. */
  reviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The province’s last comment (required when returning). */
  reviewerComment?: Maybe<Scalars['String']['output']>;
  sharedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Marked by the province as a good practice visible to all branches. */
  sharedPractice: Scalars['Boolean']['output'];
  status: EvaluationStatus;
  /** When it was last submitted (the figures are frozen then). */
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 改进建议: suggestions. */
  suggestions: Scalars['String']['output'];
  /** Free tags for finding shared practices. */
  tags: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic concurrency: pass it back to edit or move the report; a stale one is VERSION_CONFLICT. */
  version: Scalars['Float']['output'];
  /** 做法与经验: what worked. */
  whatWorked: Scalars['String']['output'];
};

/** One change of a report: who, when, from, to. */
export type EvaluationReportAuditEntry = {
  __typename?: 'EvaluationReportAuditEntry';
  /** CREATE, UPDATE, SUBMIT, RETURN, ACCEPT, SHARE or UNSHARE. */
  action: Scalars['String']['output'];
  actorName: Scalars['String']['output'];
  at: Scalars['DateTimeISO']['output'];
  comment?: Maybe<Scalars['String']['output']>;
  fromStatus?: Maybe<EvaluationStatus>;
  toStatus?: Maybe<EvaluationStatus>;
  version: Scalars['Int']['output'];
};

export type EvaluationStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'RETURNED'
  | 'SUBMITTED';

/** How a branch executes a campaign so far. */
export type ExecutionSummary = {
  __typename?: 'ExecutionSummary';
  accepted: Scalars['Int']['output'];
  branchCode: Scalars['String']['output'];
  complaintAlert: Scalars['Boolean']['output'];
  /** valid complaints ÷ contacted; alert above 0.004 */
  complaintRate?: Maybe<Scalars['Float']['output']>;
  contacted: Scalars['Int']['output'];
  /** Σ cost of acceptances, yuan */
  cost: Scalars['Float']['output'];
  managers: Array<ManagerProgress>;
  openTasks: Scalars['Int']['output'];
  reached: Scalars['Int']['output'];
  tasks: Scalars['Int']['output'];
  treated: Scalars['Int']['output'];
  /** accepted ÷ contacted */
  uptake?: Maybe<Scalars['Float']['output']>;
  validComplaints: Scalars['Int']['output'];
};

export type ImportFileResult = {
  __typename?: 'ImportFileResult';
  file: Scalars['String']['output'];
  /** Header columns the import does not know and so ignored (shown to the user as a warning). */
  ignoredColumns: Array<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  months: Array<Scalars['String']['output']>;
  rowsImported: Scalars['Int']['output'];
  rowsRead: Scalars['Int']['output'];
  rowsRejected: Scalars['Int']['output'];
};

export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** e.g. UNKNOWN_BRANCH, NEGATIVE, DUPLICATE_KEY */
  code: Scalars['String']['output'];
  column?: Maybe<Scalars['String']['output']>;
  file: Scalars['String']['output'];
  /** Line in the file; the header is line 1. */
  line?: Maybe<Scalars['Int']['output']>;
  message: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

/** A background job (import, refresh, …) with its progress. */
export type Job = {
  __typename?: 'Job';
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Scalars['String']['output'];
  /** Why it failed (FAILED only). */
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** The owning service's kind of job, e.g. IMPORT or REFRESH. */
  kind: Scalars['String']['output'];
  /** What it is doing now, e.g. "reading usage.csv". */
  phase: Scalars['String']['output'];
  /** 0–1 */
  progress: Scalars['Float']['output'];
  /** Rows handled so far. */
  rowsDone: Scalars['Float']['output'];
  /** Rows to handle in all, when known. */
  rowsTotal?: Maybe<Scalars['Float']['output']>;
  status: JobStatus;
};

/** Where a background job is: QUEUED → RUNNING → SUCCEEDED or FAILED. */
export type JobStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** The photo cohort of the COHORT_RETENTION KPI for months of a year (DOMAIN.md §7): the mid-high-end customers of December Y−1 unless the province picks another. Versioned: a choice applies from its effective month on. */
export type KpiCohort = {
  __typename?: 'KpiCohort';
  /** YYYY-MM */
  baseMonth: Scalars['String']['output'];
  cohortId?: Maybe<Scalars['ID']['output']>;
  cohortName?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM: applies to months ≥ this one. */
  effectiveMonth: Scalars['String']['output'];
  /** True when the province has not picked a cohort: December Y−1’s mid-high-end customers. */
  isDefault: Scalars['Boolean']['output'];
  segmentKey: Scalars['String']['output'];
  setAt?: Maybe<Scalars['String']['output']>;
  setBy?: Maybe<Scalars['String']['output']>;
  /** The version; null for the default. */
  versionId?: Maybe<Scalars['ID']['output']>;
  year: Scalars['Int']['output'];
};

export type KpiCohortInput = {
  /** YYYY-MM, a month segments has refreshed, before the effective month (default: December of the year before). */
  baseMonth: Scalars['String']['input'];
  /** The segments photo cohort (拍照客户) it was picked from: its frozen members are the KPI’s cohort (it must have frozen segmentKey at baseMonth; UNKNOWN_COHORT / COHORT_MISMATCH otherwise). */
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  /** Its name, for display (1–60 characters). */
  cohortName?: InputMaybe<Scalars['String']['input']>;
  /** The built-in segment frozen at the base month: MID_HIGH_END (default), DYNAMIC_MID_HIGH_END or NEAR_MID_HIGH_END. */
  segmentKey: Scalars['String']['input'];
};

export type KpiDefinition = {
  __typename?: 'KpiDefinition';
  definition: Scalars['String']['output'];
  definitionEn: Scalars['String']['output'];
  direction: KpiDirection;
  key: Scalars['KpiKey']['output'];
  /** Chinese name */
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  /** The service whose published figures the actual comes from: SEGMENTS, CAMPAIGNS or TRAINING. */
  source: Scalars['String']['output'];
  /** COUNT (customers) or SHARE (0…1). */
  unit: Scalars['String']['output'];
};

export type KpiDirection =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

/** A raw figure an actual was computed from (drill-down). */
export type KpiFigure = {
  __typename?: 'KpiFigure';
  /** e.g. MID_HIGH_END, COHORT_MEMBERS, RETAINED, DYNAMIC_MID_HIGH_END, DYNAMIC_MEASURES_GE_2, CONTACTED, VALID_COMPLAINTS, ACCEPTED, STAFF, TRAINED */
  key: Scalars['String']['output'];
  /** The month (YYYY-MM), quarter (YYYY-Qn) or window (YYYY-MM-DD…YYYY-MM-DD) the figure covers. */
  period: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type KpiScore = {
  __typename?: 'KpiScore';
  /** Null when there is no figure for the branch and month (noData). */
  actual?: Maybe<Scalars['Float']['output']>;
  /** min(max(actual ÷ target, 0), cap); lower-is-better: target ÷ actual, an actual of 0 attains the cap; 0 without data. */
  attainment: Scalars['Float']['output'];
  cap: Scalars['Float']['output'];
  denominator?: Maybe<Scalars['Float']['output']>;
  direction: KpiDirection;
  figures: Array<KpiFigure>;
  kpi: Scalars['KpiKey']['output'];
  noData: Scalars['Boolean']['output'];
  numerator?: Maybe<Scalars['Float']['output']>;
  /** weight × attainment, in points. */
  score: Scalars['Float']['output'];
  target: Scalars['Float']['output'];
  weight: Scalars['Float']['output'];
};

export type KpiTarget = {
  __typename?: 'KpiTarget';
  branchCode: Scalars['String']['output'];
  cap: Scalars['Float']['output'];
  direction: KpiDirection;
  /** YYYY-MM: the version applies to months ≥ this one. */
  effectiveMonth: Scalars['String']['output'];
  kpi: Scalars['KpiKey']['output'];
  /** When this version was set (ISO 8601). */
  setAt: Scalars['String']['output'];
  setBy: Scalars['String']['output'];
  target: Scalars['Float']['output'];
  /** The version (one setKpiTargets call or import). */
  versionId: Scalars['ID']['output'];
  weight: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

export type KpiTargetImportResult = {
  __typename?: 'KpiTargetImportResult';
  branches: Scalars['Int']['output'];
  errors: Array<TrainingImportError>;
  /** False when the file had errors (then nothing was set) or on a dry run. */
  imported: Scalars['Boolean']['output'];
  rows: Scalars['Int']['output'];
};

export type KpiTargetInput = {
  branchCode: Scalars['String']['input'];
  /** Attainment cap, default 1.0. */
  cap?: InputMaybe<Scalars['Float']['input']>;
  kpi: Scalars['KpiKey']['input'];
  /** > 0; shares as fractions (0.004 = 4‰), counts as customers. */
  target: Scalars['Float']['input'];
  /** Points 0…100; a branch’s weights sum to 100. */
  weight: Scalars['Float']['input'];
};

export type KpiTrendPoint = {
  __typename?: 'KpiTrendPoint';
  branchCode: Scalars['String']['output'];
  month: Scalars['String']['output'];
  rank: Scalars['Int']['output'];
  total: Scalars['Float']['output'];
};

export type ListMember = {
  __typename?: 'ListMember';
  addedAt: Scalars['DateTimeISO']['output'];
  /** The other campaign a FREQUENCY_CAP names. */
  byCampaignId?: Maybe<Scalars['ID']['output']>;
  /** The number masked as 138****1234 (never the full number). */
  msisdnMasked: Scalars['String']['output'];
  reason?: Maybe<SuppressionReason>;
  status: ListMemberStatus;
  /** The retention class or NONE; null when suppressed. */
  stratum?: Maybe<Scalars['String']['output']>;
  subscriberId: Scalars['String']['output'];
};

export type ListMemberConnection = {
  __typename?: 'ListMemberConnection';
  nodes: Array<ListMember>;
  pageInfo: ListMemberPageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ListMemberPageInfo = {
  __typename?: 'ListMemberPageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type ListMemberStatus =
  | 'CONTROL'
  | 'SUPPRESSED'
  | 'TREATED';

/** One stratum (retention class, or NONE) of the list as it is now. */
export type ListStratum = {
  __typename?: 'ListStratum';
  control: Scalars['Int']['output'];
  retentionClass: Scalars['String']['output'];
  /** Treated + control. */
  size: Scalars['Int']['output'];
  treated: Scalars['Int']['output'];
};

export type ManagerLoad = {
  __typename?: 'ManagerLoad';
  /** Tasks given in this dispatch. */
  assigned: Scalars['Int']['output'];
  contactKind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Open tasks after it. */
  open: Scalars['Int']['output'];
  userId: Scalars['ID']['output'];
};

/** One manager's progress on a campaign in a branch (seed 004's 上墙争优). */
export type ManagerProgress = {
  __typename?: 'ManagerProgress';
  accepted: Scalars['Int']['output'];
  /** Accepted in the last 7 days (weekly leaderboard). */
  acceptedThisWeek: Scalars['Int']['output'];
  contacted: Scalars['Int']['output'];
  done: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  tasks: Scalars['Int']['output'];
  userId: Scalars['ID']['output'];
  validComplaints: Scalars['Int']['output'];
};

export type ManagerUptake = {
  __typename?: 'ManagerUptake';
  accepted: Scalars['Int']['output'];
  agentId: Scalars['ID']['output'];
  branchCode?: Maybe<Scalars['String']['output']>;
  contacted: Scalars['Int']['output'];
  /** The manager’s name (training’s staff); null when unknown. */
  displayName?: Maybe<Scalars['String']['output']>;
  reached: Scalars['Int']['output'];
  uptake?: Maybe<Scalars['Float']['output']>;
  validComplaints: Scalars['Int']['output'];
};

/** Churn with and without one stabilizing measure at the base month. */
export type MeasureChurn = {
  __typename?: 'MeasureChurn';
  /** Churn without − churn with (positive: the measure goes with lower churn); null when a side is empty. */
  difference?: Maybe<Scalars['Float']['output']>;
  measure: StabilizingMeasure;
  /** Customers who have the measure. */
  with: ChurnGroupType;
  /** Customers who do not. */
  without: ChurnGroupType;
};

/** Churn of the customers with exactly this many stabilizing measures (0–5) at the base month. */
export type MeasureCountChurn = {
  __typename?: 'MeasureCountChurn';
  /** churned ÷ members (0…1); null for an empty group. */
  churnRate?: Maybe<Scalars['Float']['output']>;
  churned: Scalars['Int']['output'];
  measures: Scalars['Int']['output'];
  members: Scalars['Int']['output'];
};

/** 月均中高端客户数 of a year (DOMAIN.md §3). */
export type MidHighEndMonthlyAverage = {
  __typename?: 'MidHighEndMonthlyAverage';
  /** Σ over the 12 months ÷ 12; null until all 12 are refreshed. */
  annual?: Maybe<Scalars['Float']['output']>;
  /** Refreshed months of the year that count. */
  monthsLoaded: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
  /** Σ mid-high-end over refreshed months ÷ their number; null without any. */
  yearToDate?: Maybe<Scalars['Float']['output']>;
};

/** One reveal of a full number (audit log). */
export type MsisdnReveal = {
  __typename?: 'MsisdnReveal';
  at: Scalars['DateTimeISO']['output'];
  subscriberId: Scalars['String']['output'];
  taskId: Scalars['ID']['output'];
  userId: Scalars['ID']['output'];
};

/** Reveals, newest first. */
export type MsisdnRevealConnection = {
  __typename?: 'MsisdnRevealConnection';
  nodes: Array<MsisdnRevealEntry>;
  pageInfo: MsisdnRevealPageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One reveal of a customer’s full number by the assigned manager (issue 10 item 6). */
export type MsisdnRevealEntry = {
  __typename?: 'MsisdnRevealEntry';
  branchCode: Scalars['String']['output'];
  campaignId: Scalars['ID']['output'];
  campaignName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** When the number was shown. */
  revealedAt: Scalars['DateTimeISO']['output'];
  subscriberId: Scalars['String']['output'];
  taskId: Scalars['ID']['output'];
  /** The manager’s display name (their user id when no longer on the staff roster). */
  user: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

export type MsisdnRevealFilter = {
  /** A branch code. */
  branchCode?: InputMaybe<Scalars['String']['input']>;
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** First day, YYYY-MM-DD (Beijing time), inclusive. */
  from?: InputMaybe<Scalars['String']['input']>;
  subscriberId?: InputMaybe<Scalars['String']['input']>;
  /** Last day, YYYY-MM-DD (Beijing time), inclusive. */
  to?: InputMaybe<Scalars['String']['input']>;
  /** The manager who revealed. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type MsisdnRevealPageInfo = {
  __typename?: 'MsisdnRevealPageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A manager who has revealed numbers, for the log’s filter. */
export type MsisdnRevealUser = {
  __typename?: 'MsisdnRevealUser';
  branchCode?: Maybe<Scalars['String']['output']>;
  user: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a submitted report; it cannot be edited afterwards. */
  acceptEvaluationReport: EvaluationReport;
  /** Adds (or renews) an entry; the customer’s open tasks are withdrawn. One entry per customer per list. */
  addDoNotContact: DoNotContactEntry;
  /** PENDING_APPROVAL → PUBLISHED; freezes the target rule. */
  approveCampaign: Campaign;
  /** Starts an upload of a do-not-contact list (CSV or .xlsx), sent in chunks by campaignUploadChunk. */
  beginCampaignUpload: Upload;
  beginUpload: Upload;
  /** Builds (or, after dispatch, tops up) the list of one executing branch in the background. */
  buildTargetList: Job;
  /** Builds the lists of several executing branches (default: every one the caller may) in one background pass. */
  buildTargetLists: Job;
  /** Appends base64 bytes at `offset` (must equal what was received so far). */
  campaignUploadChunk: Upload;
  cancelTrainingSession: TrainingSession;
  /** Changes the caller’s own password; every token issued before (this one too) stops working: sign in again. */
  changePassword: Scalars['Boolean']['output'];
  /** A new draft with the same definition. */
  cloneCampaign: Campaign;
  /** PUBLISHED → CLOSED; open tasks are withdrawn. */
  closeCampaign: Campaign;
  /** A new draft. The same idempotencyKey again returns the first draft. */
  createCampaign: Campaign;
  /** Freezes a segment at a base month as a photo cohort. */
  createCohort: Cohort;
  /** Adds a course; the same idempotency key gives the first one back. */
  createCourse: Course;
  /** Starts a DRAFT report for (campaign, branch, month); the same idempotency key returns the first. */
  createEvaluationReport: EvaluationReport;
  /** Adds a member of staff without a login (e.g. FRONT_DESK). The same idempotency key gives the first one back. */
  createStaff: Staff;
  /** Schedules a session; the same idempotency key gives the first one back. */
  createTrainingSession: TrainingSession;
  createUser: User;
  deleteSegment: Scalars['Boolean']['output'];
  /** Dispatches the treated customers without a task to the branch’s managers; what does not fit is reported as overflow. */
  dispatchTargetList: DispatchResult;
  /** Enrolls every active staff member of a role (of one branch, or every branch the caller reaches) not yet on the session. */
  enrollByRole: Array<Enrollment>;
  /** Enrolls staff (one or many); those already enrolled stay as they are. Branch planners: their own branch’s staff. */
  enrollStaff: Array<Enrollment>;
  /** Imports an uploaded list; a file with any bad row imports nothing (row-numbered report in the job result: campaignJobErrors). */
  importDoNotContact: Job;
  /** Imports targets from CSV UTF-8 or .xlsx (columns branch_code, kpi, target, weight, cap); row-numbered errors, nothing set on error. */
  importKpiTargets: KpiTargetImportResult;
  /** Imports a sign-in sheet (CSV UTF-8 or .xlsx; columns employee_no/工号 or staff_id, name/姓名, attended/签到, score/成绩). Errors are row-numbered; a sheet with errors records nothing. */
  importSignInSheet: SignInImportResult;
  /** Imports a staff list (CSV UTF-8 or .xlsx; columns employee_no/工号, name/姓名, role/岗位, contact_kind, branch_code/分公司, active). A file with errors imports nothing. */
  importStaff: StaffImportResult;
  /** Links a course to a published campaign as its talk-track training (campaignId null or empty: unlinks), at the version read. */
  linkTalkTrackCourse: Course;
  login: AuthPayload;
  /** CLOSED → EVALUATED, once its post-evaluation is done. */
  markCampaignEvaluated: Campaign;
  /** Marks the given notices (or all of the caller’s) read; returns how many were newly read. */
  markEvaluationNotificationsRead: Scalars['Int']['output'];
  /** Moves open tasks to another manager of the same branch; returns how many moved. */
  reassignTasks: Scalars['Int']['output'];
  /** Marks attended/absent and records assessment scores (0–100, attendees only) for a session, each at the version read. */
  recordAttendance: Array<Enrollment>;
  /** Records one attempt on the caller’s task; the same idempotencyKey again returns the first record. */
  recordContact: Contact;
  /** Recomputes a loaded month in the background; follow it with segmentJob(id). */
  refreshSegments: SegmentJob;
  removeDoNotContact: Scalars['Boolean']['output'];
  /** Sets a new password for a user; their tokens stop working. */
  resetPassword: User;
  /** PENDING_APPROVAL → DRAFT with the reviewer’s required comment. */
  returnCampaign: Campaign;
  /** Returns a submitted report to its author; the comment is required. */
  returnEvaluationReport: EvaluationReport;
  /** The full number of a customer on the caller’s own task; every reveal is audit-logged. */
  revealMsisdn: Scalars['String']['output'];
  /** Creates or updates a user-defined segment after validating its rule. */
  saveSegment: SegmentDefinition;
  /** Picks the photo cohort of the year’s COHORT_RETENTION KPI (a built-in segment at a refreshed base month) as a new version from `effectiveMonth` (default January); earlier months keep theirs. The same idempotency key gives the first one back. */
  setKpiCohort: KpiCohort;
  /** Sets yearly targets, weights (points; a branch’s sum to 100) and caps (default 1) per branch and KPI, as a new version from `effectiveMonth` (default January). TARGET_NOT_POSITIVE / WEIGHTS_NOT_100 otherwise. */
  setKpiTargets: Array<KpiTarget>;
  /** A manager’s daily capacity (default 80), for every day (day null) or one day (0 = a day off). */
  setManagerCapacity: Scalars['Boolean']['output'];
  setUserActive: User;
  /** Marks an accepted report as shared good practice (visible to every branch), or takes it back. */
  shareEvaluationReport: EvaluationReport;
  /** Imports complete uploads (one per kind) in the background; follow it with segmentJob(id). */
  startImport: SegmentJob;
  /** DRAFT → PENDING_APPROVAL (needs talk track, target, dates, channels). */
  submitCampaign: Campaign;
  /** Submits the report, freezing the computed figures; submitting again returns it unchanged. */
  submitEvaluationReport: EvaluationReport;
  /** Edits a draft, or amends a published campaign’s end date and talk track. A stale version is a VERSION_CONFLICT. */
  updateCampaign: Campaign;
  /** Edits a course at the version read (VERSION_CONFLICT otherwise). */
  updateCourse: Course;
  /** Edits a DRAFT or RETURNED report; a stale version is VERSION_CONFLICT. */
  updateEvaluationReport: EvaluationReport;
  /** Edits a member of staff at the version read (VERSION_CONFLICT otherwise). */
  updateStaff: Staff;
  updateTrainingSession: TrainingSession;
  /** Saves a new version of the matrix from `version` (the current one); old versions stay. */
  updateTreatmentMatrix: Array<TreatmentMatrixRow>;
  /** Appends base64 bytes at `offset` (must equal what was received so far). */
  uploadChunk: Upload;
  /** Takes a registered (not yet marked) enrollment back. */
  withdrawEnrollment: Scalars['Boolean']['output'];
};


export type MutationAcceptEvaluationReportArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationAddDoNotContactArgs = {
  input: DoNotContactInput;
};


export type MutationApproveCampaignArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationBeginCampaignUploadArgs = {
  fileName: Scalars['String']['input'];
  sizeBytes: Scalars['Float']['input'];
};


export type MutationBeginUploadArgs = {
  fileName: Scalars['String']['input'];
  kind: Scalars['String']['input'];
  sizeBytes: Scalars['Float']['input'];
};


export type MutationBuildTargetListArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  branchCode: Scalars['String']['input'];
  campaignId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationBuildTargetListsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  branchCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  campaignId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCampaignUploadChunkArgs = {
  base64: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  offset: Scalars['Float']['input'];
};


export type MutationCancelTrainingSessionArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCloneCampaignArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCloseCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateCampaignArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CampaignInput;
};


export type MutationCreateCohortArgs = {
  input: CreateCohortInput;
};


export type MutationCreateCourseArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CourseInput;
};


export type MutationCreateEvaluationReportArgs = {
  input: CreateReportInput;
};


export type MutationCreateStaffArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateStaffInput;
};


export type MutationCreateTrainingSessionArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: SessionInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeleteSegmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDispatchTargetListArgs = {
  branchCode: Scalars['String']['input'];
  campaignId: Scalars['ID']['input'];
  input?: InputMaybe<DispatchInput>;
};


export type MutationEnrollByRoleArgs = {
  branchCode?: InputMaybe<Scalars['String']['input']>;
  role: StaffRole;
  sessionId: Scalars['ID']['input'];
};


export type MutationEnrollStaffArgs = {
  sessionId: Scalars['ID']['input'];
  staffIds: Array<Scalars['ID']['input']>;
};


export type MutationImportDoNotContactArgs = {
  uploadId: Scalars['ID']['input'];
};


export type MutationImportKpiTargetsArgs = {
  contentBase64: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  effectiveMonth?: InputMaybe<Scalars['String']['input']>;
  fileName: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


export type MutationImportSignInSheetArgs = {
  contentBase64: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  fileName: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationImportStaffArgs = {
  contentBase64: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  fileName: Scalars['String']['input'];
};


export type MutationLinkTalkTrackCourseArgs = {
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  courseId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationMarkCampaignEvaluatedArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMarkEvaluationNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationReassignTasksArgs = {
  taskIds: Array<Scalars['ID']['input']>;
  toUserId: Scalars['ID']['input'];
};


export type MutationRecordAttendanceArgs = {
  entries: Array<AttendanceEntryInput>;
  sessionId: Scalars['ID']['input'];
};


export type MutationRecordContactArgs = {
  input: RecordContactInput;
};


export type MutationRefreshSegmentsArgs = {
  month: Scalars['String']['input'];
};


export type MutationRemoveDoNotContactArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResetPasswordArgs = {
  id: Scalars['ID']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationReturnCampaignArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationReturnEvaluationReportArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRevealMsisdnArgs = {
  taskId: Scalars['ID']['input'];
};


export type MutationSaveSegmentArgs = {
  input: SaveSegmentInput;
};


export type MutationSetKpiCohortArgs = {
  effectiveMonth?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: KpiCohortInput;
  year: Scalars['Int']['input'];
};


export type MutationSetKpiTargetsArgs = {
  effectiveMonth?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: Array<KpiTargetInput>;
  year: Scalars['Int']['input'];
};


export type MutationSetManagerCapacityArgs = {
  capacity: Scalars['Int']['input'];
  day?: InputMaybe<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationSetUserActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationShareEvaluationReportArgs = {
  id: Scalars['ID']['input'];
  shared: Scalars['Boolean']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationStartImportArgs = {
  quarantine?: Scalars['Boolean']['input'];
  refresh?: Scalars['Boolean']['input'];
  uploadIds: Array<Scalars['ID']['input']>;
};


export type MutationSubmitCampaignArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSubmitEvaluationReportArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateCampaignArgs = {
  id: Scalars['ID']['input'];
  input: CampaignInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateCourseArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCourseInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateEvaluationReportArgs = {
  id: Scalars['ID']['input'];
  input: ReportTextInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateStaffArgs = {
  id: Scalars['ID']['input'];
  input: UpdateStaffInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateTrainingSessionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSessionInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateTreatmentMatrixArgs = {
  rows: Array<TreatmentRowInput>;
  version: Scalars['Int']['input'];
};


export type MutationUploadChunkArgs = {
  base64: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  offset: Scalars['Float']['input'];
};


export type MutationWithdrawEnrollmentArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** DEPOSIT_GIFT and TERMINAL become offers that count as stabilizing measures. */
export type OfferKind =
  | 'DEPOSIT_GIFT'
  | 'GIFT'
  | 'PLAN'
  | 'SERVICE'
  | 'TERMINAL';

export type OfferStage =
  | 'ENDED'
  | 'RECOMMENDATION'
  | 'STABLE'
  | 'TRIAL';

export type OfferTier = {
  __typename?: 'OfferTier';
  code: Scalars['String']['output'];
  /** Yuan per acceptance */
  costPerAcceptance: Scalars['Float']['output'];
  deposit?: Maybe<Scalars['Float']['output']>;
  gift?: Maybe<Scalars['Float']['output']>;
  months?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  offerKind: OfferKind;
  /** Fraction 0…1 */
  subsidyShare?: Maybe<Scalars['Float']['output']>;
  tenureMaxMonths?: Maybe<Scalars['Int']['output']>;
  tenureMinMonths?: Maybe<Scalars['Int']['output']>;
  trialMonths: Scalars['Int']['output'];
};

/** One offer tier (e.g. deposit 300 → gift 300 over 10 months), with the tenure range it applies to. */
export type OfferTierInput = {
  code: Scalars['String']['input'];
  /** Cost to the operator per acceptance, yuan (gift + subsidy). */
  costPerAcceptance?: InputMaybe<Scalars['Float']['input']>;
  /** Yuan the customer deposits. */
  deposit?: InputMaybe<Scalars['Float']['input']>;
  /** Yuan given back over the allocation months. */
  gift?: InputMaybe<Scalars['Float']['input']>;
  /** Allocation (deposit-gift) or contract (terminal) months. */
  months?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  offerKind: OfferKind;
  /** Terminal subsidy as a fraction 0…1 (0.7 = 70 %). */
  subsidyShare?: InputMaybe<Scalars['Float']['input']>;
  /** Highest tenure in months it applies to (inclusive). */
  tenureMaxMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Lowest tenure in months it applies to (inclusive). */
  tenureMinMonths?: InputMaybe<Scalars['Int']['input']>;
  /** 试用期 months from the start month (default 1). */
  trialMonths?: InputMaybe<Scalars['Int']['input']>;
};

/** Churn by how far customers took part in campaigns (observational: self-selected, unlike a control group). */
export type ParticipationChurn = {
  __typename?: 'ParticipationChurn';
  /** churned ÷ members (0…1); null for an empty group. */
  churnRate?: Maybe<Scalars['Float']['output']>;
  churned: Scalars['Int']['output'];
  members: Scalars['Int']['output'];
  participation: CampaignParticipation;
};

export type PlanPath = {
  __typename?: 'PlanPath';
  fromPlan: Scalars['String']['output'];
  toPlan: Scalars['String']['output'];
};

/** A from-plan → to-plan path of a PLAN_MIGRATION campaign (seed 003). */
export type PlanPathInput = {
  fromPlan: Scalars['String']['input'];
  toPlan: Scalars['String']['input'];
};

/** The rule "planners: one topical session per quarter" (seed 000 §5), per branch. */
export type PlannerSessionCheck = {
  __typename?: 'PlannerSessionCheck';
  branchCode: Scalars['String']['output'];
  /** Of them, held so far. */
  held: Scalars['Int']['output'];
  /** False when the branch has no topical planner session in the quarter: flagged. */
  ok: Scalars['Boolean']['output'];
  quarter: Scalars['String']['output'];
  /** Topical sessions for planners in the quarter: province-run ones and the branch’s own. */
  sessions: Scalars['Int']['output'];
};

/** The customer at a month: value, class, tenure, measures, services, 13-month trend. */
export type Portrait = {
  __typename?: 'Portrait';
  arpu: Scalars['Float']['output'];
  avgArpu: Scalars['Float']['output'];
  dynamicMidHighEnd: Scalars['Boolean']['output'];
  /** Stabilizing measures held: GOTONE, GROUP, FAMILY, DEPOSIT_GIFT, TERMINAL. */
  measures: Array<Scalars['String']['output']>;
  midHighEnd: Scalars['Boolean']['output'];
  month: Scalars['String']['output'];
  mou: Scalars['Int']['output'];
  nearMidHighEnd: Scalars['Boolean']['output'];
  recommendation: Treatment;
  retentionClass?: Maybe<Scalars['String']['output']>;
  stickyServices: Array<Scalars['String']['output']>;
  tenureBand: Scalars['String']['output'];
  tenureMonths: Scalars['Int']['output'];
  /** Up to 13 months ending at the portrait month. */
  trend: Array<UsagePoint>;
};

export type Query = {
  __typename?: 'Query';
  /** The active managers of a branch, for dispatch and capacity. */
  branchManagers: Array<BranchManager>;
  /** Branches the caller may see (branch roles: only their own). */
  branches: Array<Branch>;
  /** The built-in segment keys of DOMAIN.md §3, in display order. */
  builtInSegments: Array<Scalars['String']['output']>;
  /** One campaign; CAMPAIGN_NOT_FOUND when it does not exist or is not the caller’s to see. */
  campaign: Campaign;
  /** A list build or do-not-contact import with its progress. */
  campaignJob: Job;
  /** Live sample-size guidance for the campaign form (DOMAIN.md §6), within the caller’s branches. */
  campaignSampleSize: SampleSizeGuidance;
  /** The tasks of a campaign in a branch (optionally one manager’s, some statuses), ordered by customer id. */
  campaignTasks: CampaignTaskConnection;
  /** Campaigns the caller may see: all for the province; own local and published province campaigns for a branch. Newest first. */
  campaigns: Array<Campaign>;
  /** Churn of the population at baseMonth b (default month − 3, refreshed) by stabilizing measure, by number of measures and by campaign participation (lists built from b − 2 … b), churned = not on network at month (default the latest loaded). Null when no month is loaded. */
  churnAnalysis?: Maybe<ChurnAnalysis>;
  /** Retention, churn and value retention per later month, by branch and province-wide, split by measure. */
  cohortRetention: Array<CohortPoint>;
  cohorts: Array<Cohort>;
  course?: Maybe<Course>;
  /** The course catalogue. */
  courses: Array<Course>;
  /** Do-not-contact entries: branchCode "PROVINCE" for the province list, a code for a branch list. */
  doNotContactEntries: Array<DoNotContactEntry>;
  /** The errors (and unknown-column warnings) of a do-not-contact import. */
  doNotContactImportReport: Array<DoNotContactImportError>;
  /** The caller’s evaluation notices, newest first (province: submissions; branch: returns, acceptances, shares). */
  evaluationNotifications: Array<EvaluationNotification>;
  /** One report, when the caller may see it. */
  evaluationReport?: Maybe<EvaluationReport>;
  /** Evaluation reports: all for the province; a branch's own plus shared good practice. */
  evaluationReports: Array<EvaluationReport>;
  /** The province’s review queue: submitted reports, oldest change first. */
  evaluationReviewQueue: Array<EvaluationReport>;
  /** The row-numbered error report of an import. */
  importErrors: Array<ImportRowError>;
  /** The photo cohort COHORT_RETENTION uses at `month` (YYYY-MM of `year`, default December): the province’s choice or December Y−1’s mid-high-end customers. */
  kpiCohort: KpiCohort;
  /** Every cohort choice of the year, newest first (the default when none was made). */
  kpiCohortVersions: Array<KpiCohort>;
  /** The six KPIs: direction and the service each actual comes from. */
  kpiDefinitions: Array<KpiDefinition>;
  /** The branches with targets at the month (YYYY-MM of `year`), scored and ranked, with movement against the previous month. */
  kpiScoreboard: Array<BranchScore>;
  /** Every version of the year’s targets, newest first (a change keeps the old version for past months). */
  kpiTargetVersions: Array<KpiTarget>;
  /** Targets, weights and caps in effect at `month` (YYYY-MM, default December of the year) per branch. */
  kpiTargets: Array<KpiTarget>;
  /** Rank and total per month of the year through `throughMonth` (default December), for trend lines. */
  kpiTrend: Array<KpiTrendPoint>;
  /** The signed-in user. */
  me: User;
  /** Every reveal of a full number (who, when, which customer, task and campaign), newest first; filters by branch, user, customer, campaign and days. */
  msisdnRevealLog: MsisdnRevealConnection;
  /** The managers who have revealed numbers (optionally in one branch), for the log’s filter. */
  msisdnRevealUsers: Array<MsisdnRevealUser>;
  /** Who revealed which number when (the planner’s audit view). */
  msisdnReveals: Array<MsisdnReveal>;
  /** The caller’s worklist for a day (default today): overdue callbacks and tasks first. */
  myTasks: Array<Task>;
  /** Per branch: is there a topical planner session this quarter (province- or branch-run)? Missing ones are ok = false. */
  plannerSessionCheck: Array<PlannerSessionCheck>;
  /** Live count of a rule at a month (default: the latest refreshed), by branch within the caller scope. */
  previewSegment: SegmentPreview;
  /** Fields and operators for the rule builder. */
  ruleFields: Array<RuleField>;
  /** Search by subscriber id prefix or by the full phone number (never by some of its digits), within the caller’s branches. */
  searchSubscribers: Array<Subscriber>;
  /** Counts by branch × built-in segment for a refreshed month; branch users see their branch only. */
  segmentCounts: Array<SegmentCount>;
  segmentDefinitions: Array<SegmentDefinition>;
  /** One import or refresh job with its progress. */
  segmentJob: SegmentJob;
  /** The latest imports and refreshes. */
  segmentJobs: Array<SegmentJob>;
  /** Which months are loaded and refreshed. */
  segmentMonths: SegmentMonths;
  /** Monthly counts of one segment per branch over the last refreshed months (for trend charts). */
  segmentTrend: Array<SegmentCount>;
  /** Shared good practice, visible to every branch: by campaign kind, retention class, tag or words. */
  sharedPractices: Array<EvaluationReport>;
  /** The staff roster (branch planners: their own branch), by branch, role and name. */
  staff: StaffConnection;
  staffMember?: Maybe<Staff>;
  /** One customer, if the caller may see their branch. */
  subscriber?: Maybe<Subscriber>;
  /** Subscribers in the master data, in the given branch or every branch the caller may see. */
  subscriberTotal: Scalars['Int']['output'];
  /** Campaigns a course can train the talk track of (published first; closed and evaluated ones for links made before), from campaigns_api.campaign_v1. Branch roles: campaigns reaching their branch. */
  talkTrackCampaigns: Array<TalkTrackCampaign>;
  /** One of the caller’s tasks. */
  task: Task;
  /** Training coverage of the quarter (YYYY-Qn) per branch, for one audience role or (role omitted) all of the quarter’s audience roles pooled. */
  trainingCoverage: Array<TrainingCoverage>;
  /** Coverage over the last `quarters` quarters through `throughQuarter` (oldest first), per branch. */
  trainingCoverageTrend: Array<TrainingCoverage>;
  trainingSession?: Maybe<TrainingSession>;
  /** The quarterly calendar: sessions starting in the quarter (branch roles: province-run ones and their own branch’s). */
  trainingSessions: Array<TrainingSession>;
  /** The treatment matrix (latest version unless one is given), one row per retention class. */
  treatmentMatrix: Array<TreatmentMatrixRow>;
  /** Every version of the treatment matrix with who saved it and when, newest first. */
  treatmentMatrixHistory: Array<TreatmentMatrixVersion>;
  /** Versions of the treatment matrix, newest first. */
  treatmentMatrixVersions: Array<Scalars['Int']['output']>;
  /** How many of the caller’s evaluation notices are unread (the badge). */
  unreadEvaluationNotificationCount: Scalars['Int']['output'];
  /** Uptake (accepted ÷ contacted treated customers) per campaign kind and tenure band (the band each customer had in the month its list was built from), over every campaign’s contacts ("low-tenure customers respond less", seed 000). */
  uptakeByTenureBand: Array<TenureUptake>;
  users: Array<User>;
};


export type QueryBranchManagersArgs = {
  branchCode: Scalars['String']['input'];
};


export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCampaignJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCampaignSampleSizeArgs = {
  input: SampleSizeInput;
};


export type QueryCampaignTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  branchCode: Scalars['String']['input'];
  campaignId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  statuses?: InputMaybe<Array<TaskStatus>>;
};


export type QueryCampaignsArgs = {
  filter?: InputMaybe<CampaignFilterInput>;
};


export type QueryChurnAnalysisArgs = {
  baseMonth?: InputMaybe<Scalars['String']['input']>;
  branchCode?: InputMaybe<Scalars['String']['input']>;
  month?: InputMaybe<Scalars['String']['input']>;
  population?: InputMaybe<AnalysisPopulation>;
};


export type QueryCohortRetentionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCourseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCoursesArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryDoNotContactEntriesArgs = {
  branchCode?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  subscriberId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDoNotContactImportReportArgs = {
  jobId: Scalars['ID']['input'];
};


export type QueryEvaluationNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryEvaluationReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEvaluationReportsArgs = {
  branchCode?: InputMaybe<Scalars['String']['input']>;
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  month?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<EvaluationStatus>;
};


export type QueryImportErrorsArgs = {
  jobId: Scalars['ID']['input'];
  limit?: Scalars['Int']['input'];
};


export type QueryKpiCohortArgs = {
  month?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryKpiCohortVersionsArgs = {
  year: Scalars['Int']['input'];
};


export type QueryKpiScoreboardArgs = {
  month: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


export type QueryKpiTargetVersionsArgs = {
  branchCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryKpiTargetsArgs = {
  branchCode?: InputMaybe<Scalars['String']['input']>;
  month?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryKpiTrendArgs = {
  branchCode?: InputMaybe<Scalars['String']['input']>;
  throughMonth?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryMsisdnRevealLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MsisdnRevealFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryMsisdnRevealUsersArgs = {
  branchCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMsisdnRevealsArgs = {
  subscriberId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMyTasksArgs = {
  day?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPlannerSessionCheckArgs = {
  quarter: Scalars['String']['input'];
};


export type QueryPreviewSegmentArgs = {
  month?: InputMaybe<Scalars['String']['input']>;
  rule: Scalars['JSON']['input'];
};


export type QuerySearchSubscribersArgs = {
  limit?: Scalars['Int']['input'];
  query: Scalars['String']['input'];
};


export type QuerySegmentCountsArgs = {
  branches?: InputMaybe<Array<Scalars['String']['input']>>;
  month: Scalars['String']['input'];
};


export type QuerySegmentJobArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySegmentJobsArgs = {
  limit?: Scalars['Int']['input'];
};


export type QuerySegmentTrendArgs = {
  branches?: InputMaybe<Array<Scalars['String']['input']>>;
  months?: Scalars['Int']['input'];
  segment: Scalars['String']['input'];
};


export type QuerySharedPracticesArgs = {
  filter?: InputMaybe<SharedPracticeFilter>;
};


export type QueryStaffArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  branchCode?: InputMaybe<Scalars['String']['input']>;
  contactKind?: InputMaybe<ContactKind>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<StaffRole>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStaffMemberArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySubscriberArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySubscriberTotalArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTrainingCoverageArgs = {
  quarter: Scalars['String']['input'];
  role?: InputMaybe<Scalars['StaffRoleKey']['input']>;
};


export type QueryTrainingCoverageTrendArgs = {
  branchCode?: InputMaybe<Scalars['String']['input']>;
  quarters?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Scalars['StaffRoleKey']['input']>;
  throughQuarter: Scalars['String']['input'];
};


export type QueryTrainingSessionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTrainingSessionsArgs = {
  branchCode?: InputMaybe<Scalars['String']['input']>;
  courseId?: InputMaybe<Scalars['ID']['input']>;
  quarter: Scalars['String']['input'];
};


export type QueryTreatmentMatrixArgs = {
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUptakeByTenureBandArgs = {
  branchCode?: InputMaybe<Scalars['String']['input']>;
};

export type RecordContactInput = {
  /** Outside production only: the time of the attempt (demo data, tests). */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601; required with HESITANT_CALLBACK, later the same day. */
  callbackAt?: InputMaybe<Scalars['String']['input']>;
  complaint?: InputMaybe<ComplaintInput>;
  /** One per attempt: a double click records once; the same key with another payload is a conflict. */
  idempotencyKey: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Required with ACCEPTED: one of the campaign’s tiers. */
  offerTierCode?: InputMaybe<Scalars['String']['input']>;
  outcome: ContactOutcome;
  taskId: Scalars['ID']['input'];
};

export type ReportTextInput = {
  /** 客户反馈: customer feedback. */
  customerFeedback?: InputMaybe<Scalars['String']['input']>;
  /** 下一步工作: next actions. */
  nextActions?: InputMaybe<Scalars['String']['input']>;
  /** 存在问题: problems. */
  problems?: InputMaybe<Scalars['String']['input']>;
  /** Retention classes the practice concerns. */
  retentionClasses?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 改进建议: suggestions. */
  suggestions?: InputMaybe<Scalars['String']['input']>;
  /** Up to 10 tags, 1–20 characters each. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 做法与经验: what worked. */
  whatWorked?: InputMaybe<Scalars['String']['input']>;
};

/** One user has one role (DOMAIN.md §1). */
export type Role =
  | 'ADMIN'
  | 'BRANCH_PLANNER'
  | 'PHONE_MANAGER'
  | 'PROVINCE_ANALYST'
  | 'PROVINCE_PLANNER'
  | 'TRAINER';

/** A field the rule builder offers, with its operators. */
export type RuleField = {
  __typename?: 'RuleField';
  key: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  labelZh: Scalars['String']['output'];
  /** True when "in each of the last k months" applies. */
  monthly: Scalars['Boolean']['output'];
  operators: Array<Scalars['String']['output']>;
  /** number, text, enum, bool or set */
  type: Scalars['String']['output'];
  values?: Maybe<Array<Scalars['String']['output']>>;
};

/** DOMAIN.md §6: the power of the planned churn test at a control share. */
export type SampleSizeGuidance = {
  __typename?: 'SampleSizeGuidance';
  controlShare: Scalars['Float']['output'];
  controlSize: Scalars['Int']['output'];
  /** p_C: the planner’s, or the share of the segment three loaded months ago not on network now. */
  expectedControlChurn?: Maybe<Scalars['Float']['output']>;
  /** N: the built list, else the segment members after the special-account suppression. */
  listSize: Scalars['Int']['output'];
  /** Power at the chosen share (null without a target reduction or p_C). */
  power?: Maybe<Scalars['Float']['output']>;
  /** The smallest share (0.5 % steps) reaching 80 % power; null when none up to 50 % does. */
  smallestShareFor80?: Maybe<Scalars['Float']['output']>;
};

export type SampleSizeInput = {
  /** Branches (default: the campaign’s, or every branch). */
  branchCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A campaign whose target and built lists are used. */
  campaignId?: InputMaybe<Scalars['String']['input']>;
  /** The control share being set, 0…0.5. */
  controlShare: Scalars['Float']['input'];
  /** Overrides the expected control churn p_C. */
  expectedControlChurn?: InputMaybe<Scalars['Float']['input']>;
  /** Overrides the list size N. */
  listSize?: InputMaybe<Scalars['Int']['input']>;
  /** The expected churn reduction d (the campaign’s target), 0…1. */
  targetReduction?: InputMaybe<Scalars['Float']['input']>;
  /** A built-in or saved segment key (or give campaignId). */
  targetSegmentKey?: InputMaybe<Scalars['String']['input']>;
};

export type SaveSegmentInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Omit to create a new segment. */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  rule: Scalars['JSON']['input'];
};

export type SegmentBranchCount = {
  __typename?: 'SegmentBranchCount';
  branchCode: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

/** Members of a built-in segment in one branch at one month. */
export type SegmentCount = {
  __typename?: 'SegmentCount';
  branchCode: Scalars['String']['output'];
  count: Scalars['Int']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** Built-in segment key, e.g. MID_HIGH_END */
  segment: Scalars['String']['output'];
};

/** A named rule over customer fields (user-defined or a shipped example). */
export type SegmentDefinition = {
  __typename?: 'SegmentDefinition';
  createdBy: Scalars['String']['output'];
  description: Scalars['String']['output'];
  example: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** SS1–SS9 for the shipped examples. */
  key?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** The rule tree: {all|any: [...]}, {not: ...} or {field, op, value, eachOfLastMonths?}. */
  rule: Scalars['JSON']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** An import or refresh running in the background. */
export type SegmentJob = {
  __typename?: 'SegmentJob';
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Scalars['String']['output'];
  error?: Maybe<Scalars['String']['output']>;
  /** Rows with errors (rejected, or quarantined). */
  errorCount: Scalars['Int']['output'];
  files: Array<ImportFileResult>;
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** The job as every service shows one (status, progress, …). */
  job: Job;
  /** IMPORT or REFRESH */
  kind: Scalars['String']['output'];
  /** What it is doing now, e.g. "reading usage.csv". */
  phase: Scalars['String']['output'];
  /** 0–1 */
  progress: Scalars['Float']['output'];
  /** Months refreshed after an import started with refresh: true, in order. */
  refreshedMonths: Array<Scalars['String']['output']>;
  rowsDone: Scalars['Float']['output'];
  /** QUEUED, RUNNING, SUCCEEDED or FAILED */
  status: Scalars['String']['output'];
};

export type SegmentMonths = {
  __typename?: 'SegmentMonths';
  /** The latest refreshed month. */
  latest?: Maybe<Scalars['String']['output']>;
  /** Months with usage loaded (YYYY-MM). */
  loaded: Array<Scalars['String']['output']>;
  /** Months whose segment snapshot is computed. */
  refreshed: Array<Scalars['String']['output']>;
};

export type SegmentPreview = {
  __typename?: 'SegmentPreview';
  byBranch: Array<SegmentBranchCount>;
  month: Scalars['String']['output'];
  total: Scalars['Int']['output'];
};

export type SessionInput = {
  /** Required for BRANCH sessions, empty for PROVINCE ones. */
  branchCode?: InputMaybe<Scalars['String']['input']>;
  capacity: Scalars['Int']['input'];
  courseId: Scalars['ID']['input'];
  /** Default: the start date. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** Default 17:00. */
  endTime?: InputMaybe<Scalars['String']['input']>;
  level: SessionLevel;
  place: Scalars['String']['input'];
  startDate: Scalars['String']['input'];
  /** Default 09:00. */
  startTime?: InputMaybe<Scalars['String']['input']>;
  trainer: Scalars['String']['input'];
};

/** PROVINCE 省公司组织 or BRANCH 分公司组织. */
export type SessionLevel =
  | 'BRANCH'
  | 'PROVINCE';

export type SessionStatus =
  | 'CANCELLED'
  | 'SCHEDULED';

export type SharedPracticeFilter = {
  /** Campaign kind (TENURE, TERMINAL, DEPOSIT_GIFT, PLAN_MIGRATION, SERVICE_PUSH, CARE). */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** A retention class the practice concerns. */
  retentionClass?: InputMaybe<Scalars['String']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
  /** Words in the campaign name or the report’s text. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type SignInImportResult = {
  __typename?: 'SignInImportResult';
  absent: Scalars['Int']['output'];
  attended: Scalars['Int']['output'];
  errors: Array<TrainingImportError>;
  /** False when the sheet had errors (then nothing was recorded) or on a dry run. */
  imported: Scalars['Boolean']['output'];
  /** Staff on the sheet who were not enrolled yet (enrolled by the import). */
  newlyEnrolled: Scalars['Int']['output'];
  rows: Scalars['Int']['output'];
};

/** GOTONE brand 全球通; GROUP group class A/B/C 集团; FAMILY 合家欢; DEPOSIT_GIFT an offer covering the month 存费送费; TERMINAL a terminal contract 终端. */
export type StabilizingMeasure =
  | 'DEPOSIT_GIFT'
  | 'FAMILY'
  | 'GOTONE'
  | 'GROUP'
  | 'TERMINAL';

export type Staff = {
  __typename?: 'Staff';
  active: Scalars['Boolean']['output'];
  branch?: Maybe<Branch>;
  branchCode?: Maybe<Scalars['String']['output']>;
  /** Phone managers only: PHONE 电话经理 or ACCOUNT 客户经理. */
  contactKind?: Maybe<ContactKind>;
  displayName: Scalars['String']['output'];
  /** 工号, the key of staff imports. */
  employeeNo?: Maybe<Scalars['String']['output']>;
  /** True for users (their name, role, branch and status are edited in user administration). */
  hasLogin: Scalars['Boolean']['output'];
  /** The trainee’s history: every session they were enrolled in, newest first. */
  history: Array<Enrollment>;
  id: Scalars['ID']['output'];
  role: StaffRole;
  version: Scalars['Int']['output'];
};

export type StaffConnection = {
  __typename?: 'StaffConnection';
  nodes: Array<Staff>;
  pageInfo: StaffPageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StaffImportResult = {
  __typename?: 'StaffImportResult';
  created: Scalars['Int']['output'];
  errors: Array<TrainingImportError>;
  /** False when the file had errors (then nothing was imported) or on a dry run. */
  imported: Scalars['Boolean']['output'];
  rows: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type StaffPageInfo = {
  __typename?: 'StaffPageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A user role, or FRONT_DESK (营业厅前台) for staff without a login. */
export type StaffRole =
  | 'ADMIN'
  | 'BRANCH_PLANNER'
  | 'FRONT_DESK'
  | 'PHONE_MANAGER'
  | 'PROVINCE_ANALYST'
  | 'PROVINCE_PLANNER'
  | 'TRAINER';

/** A customer of the master data. The phone number is masked. */
export type Subscriber = {
  __typename?: 'Subscriber';
  branch: Branch;
  brand: Scalars['String']['output'];
  county?: Maybe<Scalars['String']['output']>;
  familyPlan: Scalars['Boolean']['output'];
  groupClass?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  joinDate: Scalars['String']['output'];
  /** e.g. 138****1234 */
  msisdnMasked: Scalars['String']['output'];
  planCode: Scalars['String']['output'];
  /** At the month (default: the latest refreshed); null when not on network then. */
  portrait?: Maybe<Portrait>;
  specialType?: Maybe<Scalars['String']['output']>;
  vipCard: Scalars['String']['output'];
  vnetMember: Scalars['Boolean']['output'];
};


/** A customer of the master data. The phone number is masked. */
export type SubscriberPortraitArgs = {
  month?: InputMaybe<Scalars['String']['input']>;
};

export type SuppressionCount = {
  __typename?: 'SuppressionCount';
  count: Scalars['Int']['output'];
  reason: SuppressionReason;
};

export type SuppressionReason =
  | 'ALREADY_TARGETED'
  | 'DO_NOT_CONTACT'
  | 'FREQUENCY_CAP'
  | 'NOT_ON_NETWORK'
  | 'RECENTLY_CONTACTED'
  | 'SPECIAL_ACCOUNT'
  | 'VIP_CARD';

export type TalkTrackBranchCoverage = {
  __typename?: 'TalkTrackBranchCoverage';
  branchCode: Scalars['String']['output'];
  coverage?: Maybe<Scalars['Float']['output']>;
  /** Active staff of the branch in the talk-track courses’ audience roles (front line). */
  staff: Scalars['Int']['output'];
  /** Of them, who attended a session of a talk-track course. */
  trained: Scalars['Int']['output'];
};

export type TalkTrackCampaign = {
  __typename?: 'TalkTrackCampaign';
  /** The courses that train this campaign’s talk track. */
  courses: Array<Course>;
  /** YYYY-MM-DD */
  endDate?: Maybe<Scalars['String']['output']>;
  executingBranchCodes: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  /** PROVINCE or BRANCH */
  level: Scalars['String']['output'];
  name: Scalars['String']['output'];
  ownerBranchCode?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  startDate?: Maybe<Scalars['String']['output']>;
  /** PUBLISHED, CLOSED or EVALUATED (only published campaigns take new links). */
  status: Scalars['String']['output'];
  /** Front-line staff trained on the talk track, per branch (branch roles: their own). */
  training: TalkTrackTraining;
};


export type TalkTrackCampaignTrainingArgs = {
  branchCode?: InputMaybe<Scalars['String']['input']>;
};

/** Seed 004: the mandatory talk track is trained before the campaign runs. */
export type TalkTrackTraining = {
  __typename?: 'TalkTrackTraining';
  branches: Array<TalkTrackBranchCoverage>;
  courses: Array<Course>;
  coverage?: Maybe<Scalars['Float']['output']>;
  staff: Scalars['Int']['output'];
  trained: Scalars['Int']['output'];
};

/** The list of one (campaign, branch): the latest build's funnel and the list as it is now. */
export type TargetList = {
  __typename?: 'TargetList';
  branchCode: Scalars['String']['output'];
  builds: Scalars['Int']['output'];
  builtAt?: Maybe<Scalars['DateTimeISO']['output']>;
  controlSize: Scalars['Int']['output'];
  dispatchedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Eligible customers of the latest build. */
  eligible: Scalars['Int']['output'];
  firstBuiltAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The latest build job. */
  jobId?: Maybe<Scalars['ID']['output']>;
  /** Members ordered by subscriberId; customer-level, so branch planners see their own branch only. */
  members: ListMemberConnection;
  /** YYYY-MM: the refreshed month it was built from. */
  month?: Maybe<Scalars['String']['output']>;
  /** Target segment members in the branch before the extra eligibility rules (latest build). */
  segmentSize: Scalars['Int']['output'];
  status: TargetListStatus;
  strata: Array<ListStratum>;
  /** All seven reasons in DOMAIN order, zeros included (latest build). */
  suppressed: Array<SuppressionCount>;
  treatedSize: Scalars['Int']['output'];
};


/** The list of one (campaign, branch): the latest build's funnel and the list as it is now. */
export type TargetListMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  reason?: InputMaybe<SuppressionReason>;
  status?: InputMaybe<ListMemberStatus>;
  stratum?: InputMaybe<Scalars['String']['input']>;
};

export type TargetListStatus =
  | 'BUILDING'
  | 'BUILT'
  | 'DISPATCHED'
  | 'FAILED';

/** A customer on a phone manager's worklist. */
export type Task = {
  __typename?: 'Task';
  /** Offers the customer accepted here, with their stage. */
  acceptedOffers: Array<AcceptedOffer>;
  assigneeId: Scalars['ID']['output'];
  branchCode: Scalars['String']['output'];
  callbackAt?: Maybe<Scalars['DateTimeISO']['output']>;
  campaign: Campaign;
  campaignId: Scalars['ID']['output'];
  /** PHONE_MANAGER or ACCOUNT_MANAGER */
  channel: Scalars['String']['output'];
  /** The customer’s contact history, newest first. */
  history: Array<Contact>;
  id: Scalars['ID']['output'];
  /** The number masked as 138****1234; the full number through revealMsisdn (audited). */
  msisdnMasked: Scalars['String']['output'];
  overdue: Scalars['Boolean']['output'];
  /** YYYY-MM-DD */
  plannedDay: Scalars['String']['output'];
  /** The campaign’s tiers whose tenure range fits this customer. */
  qualifyingTiers: Array<OfferTier>;
  retentionClass?: Maybe<Scalars['String']['output']>;
  status: TaskStatus;
  /** The customer’s portrait, resolved by segments. */
  subscriber: Subscriber;
  subscriberId: Scalars['String']['output'];
  /** Tenure in months at the list month. */
  tenureMonths?: Maybe<Scalars['Int']['output']>;
  withdrawnReason?: Maybe<Scalars['String']['output']>;
};

export type TaskStatus =
  | 'CALLBACK'
  | 'DONE'
  | 'OPEN'
  | 'WITHDRAWN';

/** Uptake of one campaign kind within one tenure band (taken at the list’s month). */
export type TenureUptake = {
  __typename?: 'TenureUptake';
  /** Of them, customers with an ACCEPTED outcome. */
  accepted: Scalars['Int']['output'];
  /** Campaign kind: TENURE, TERMINAL, DEPOSIT_GIFT, PLAN_MIGRATION, SERVICE_PUSH, CARE. */
  campaignKind: Scalars['String']['output'];
  /** Campaigns of the kind with contacts in the band. */
  campaigns: Scalars['Int']['output'];
  /** Treated customers contacted (≥ 1 attempt), per campaign. */
  contacted: Scalars['Int']['output'];
  /** LT_6M, 6_12M, 1_3Y, 3_5Y, GE_5Y (UNKNOWN: a list member written before lists recorded it). */
  tenureBand: Scalars['String']['output'];
  /** accepted ÷ contacted (0…1); null when nobody was contacted. */
  uptake?: Maybe<Scalars['Float']['output']>;
};

/** Coverage (DOMAIN.md §7): active staff of the audience role in the branch who attended at least one session of a course for that role in the quarter ÷ active staff of that role. Attendance rates are given over the sessions held so far and over all sessions planned for the quarter, each labelled. */
export type TrainingCoverage = {
  __typename?: 'TrainingCoverage';
  absent: Scalars['Int']['output'];
  /** Attended ÷ enrollments of the sessions HELD SO FAR. */
  attendanceRateHeld?: Maybe<Scalars['Float']['output']>;
  /** Attended ÷ enrollments of ALL sessions PLANNED for the quarter (later sessions count as not yet attended). */
  attendanceRatePlanned?: Maybe<Scalars['Float']['output']>;
  /** Attendances so far. */
  attended: Scalars['Int']['output'];
  /** Mean assessment score of the attendances scored. */
  averageScore?: Maybe<Scalars['Float']['output']>;
  branchCode: Scalars['String']['output'];
  /** trained ÷ staff, 0…1; null without staff. */
  coverage?: Maybe<Scalars['Float']['output']>;
  /** Enrollments of these staff in the quarter’s sessions for their role. */
  enrolled: Scalars['Int']['output'];
  /** Share of scored attendances at or above the course’s pass mark. */
  passRate?: Maybe<Scalars['Float']['output']>;
  quarter: Scalars['String']['output'];
  /** Null: every audience role of the quarter’s sessions pooled (the TRAINING_COVERAGE KPI). */
  role?: Maybe<StaffRole>;
  /** Sessions for these roles reaching the branch this quarter that have ended. */
  sessionsHeld: Scalars['Int']['output'];
  /** All sessions for these roles reaching the branch this quarter (held and still to come). */
  sessionsPlanned: Scalars['Int']['output'];
  /** Active staff of the role in the branch. */
  staff: Scalars['Int']['output'];
  /** Of them, attended at least one session for their role this quarter (registered is not enough). */
  trained: Scalars['Int']['output'];
};

export type TrainingImportError = {
  __typename?: 'TrainingImportError';
  code: Scalars['String']['output'];
  column?: Maybe<Scalars['String']['output']>;
  /** Line (CSV) or row (XLSX) in the file; the header is line 1. */
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

/** One scheduled run of a course (培训场次), within one quarter. */
export type TrainingSession = {
  __typename?: 'TrainingSession';
  absent: Scalars['Int']['output'];
  attended: Scalars['Int']['output'];
  branch?: Maybe<Branch>;
  /** The branch of a BRANCH-run session; null when the province runs it for every branch. */
  branchCode?: Maybe<Scalars['String']['output']>;
  capacity: Scalars['Int']['output'];
  course?: Maybe<Course>;
  courseId: Scalars['ID']['output'];
  /** YYYY-MM-DD */
  endDate: Scalars['String']['output'];
  /** HH:MM */
  endTime: Scalars['String']['output'];
  /** All enrollments, every branch (seats taken). */
  enrolled: Scalars['Int']['output'];
  /** Who is on the session (branch roles: their own branch’s staff). */
  enrollments: Array<Enrollment>;
  /** True once the session has ended (its end date is before today). */
  held: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  level: SessionLevel;
  place: Scalars['String']['output'];
  /** YYYY-Qn */
  quarter: Scalars['String']['output'];
  /** YYYY-MM-DD */
  startDate: Scalars['String']['output'];
  /** HH:MM */
  startTime: Scalars['String']['output'];
  status: SessionStatus;
  trainer: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** Recommended treatment from the DOMAIN.md §4 matrix and plan-fit rules. */
export type Treatment = {
  __typename?: 'Treatment';
  channels: Array<Scalars['String']['output']>;
  newServices: Array<Scalars['String']['output']>;
  /** Plan codes that fit (产品归位), e.g. SL58, SL88, SLG3, HJH_F. */
  planFit: Array<Scalars['String']['output']>;
  products: Array<Scalars['String']['output']>;
  promotions: Array<Scalars['String']['output']>;
  retentionClass?: Maybe<Scalars['String']['output']>;
  service: Array<Scalars['String']['output']>;
};

/** One retention class of the treatment matrix (DOMAIN.md §4). */
export type TreatmentMatrixRow = {
  __typename?: 'TreatmentMatrixRow';
  channels: Array<CampaignChannel>;
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Scalars['String']['output'];
  /** Campaign kinds authoring suggests for the class. */
  kinds: Array<CampaignKind>;
  newServices: Array<Scalars['String']['output']>;
  offerKinds: Array<OfferKind>;
  products: Array<Scalars['String']['output']>;
  promotions: Array<Scalars['String']['output']>;
  retentionClass: Scalars['String']['output'];
  service: Array<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** One saved version of the treatment matrix: who saved it and when. */
export type TreatmentMatrixVersion = {
  __typename?: 'TreatmentMatrixVersion';
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type TreatmentRowInput = {
  channels: Array<CampaignChannel>;
  kinds: Array<CampaignKind>;
  newServices: Array<Scalars['String']['input']>;
  offerKinds: Array<OfferKind>;
  products: Array<Scalars['String']['input']>;
  promotions: Array<Scalars['String']['input']>;
  retentionClass: Scalars['String']['input'];
  service: Array<Scalars['String']['input']>;
};

export type UpdateCourseInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  audienceRoles?: InputMaybe<Array<StaffRole>>;
  /** Empty string unlinks the campaign. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<CourseCategory>;
  description?: InputMaybe<Scalars['String']['input']>;
  hours?: InputMaybe<Scalars['Float']['input']>;
  materials?: InputMaybe<Array<CourseMaterialInput>>;
  modules?: InputMaybe<Array<CourseModuleInput>>;
  passMark?: InputMaybe<Scalars['Float']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateSessionInput = {
  capacity?: InputMaybe<Scalars['Int']['input']>;
  endDate?: InputMaybe<Scalars['String']['input']>;
  endTime?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['String']['input']>;
  startTime?: InputMaybe<Scalars['String']['input']>;
  trainer?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateStaffInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  branchCode?: InputMaybe<Scalars['String']['input']>;
  contactKind?: InputMaybe<ContactKind>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  employeeNo?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<StaffRole>;
};

/** A file being uploaded in ordered chunks. */
export type Upload = {
  __typename?: 'Upload';
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  /** Bytes received so far: the offset of the next chunk. */
  received: Scalars['Float']['output'];
  sizeBytes: Scalars['Float']['output'];
};

/** One month of a customer’s bill and usage. */
export type UsagePoint = {
  __typename?: 'UsagePoint';
  arpu: Scalars['Float']['output'];
  dataMb: Scalars['Int']['output'];
  month: Scalars['String']['output'];
  mou: Scalars['Int']['output'];
  status: Scalars['String']['output'];
};

export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  branch?: Maybe<Branch>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Role;
  username: Scalars['String']['output'];
};

export type DispatchManagersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  branchCode: Scalars['String']['input'];
}>;


export type DispatchManagersQuery = { __typename?: 'Query', campaign: { __typename?: 'Campaign', id: string, execution: Array<{ __typename?: 'ExecutionSummary', branchCode: string, treated: number, tasks: number, openTasks: number }> } };

export type BranchManagersQueryVariables = Exact<{
  branchCode: Scalars['String']['input'];
}>;


export type BranchManagersQuery = { __typename?: 'Query', branchManagers: Array<{ __typename?: 'BranchManager', userId: string, name: string, contactKind: string, capacity: number, daysOff: Array<string>, openTasks: number }> };

export type DispatchTargetListMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  branchCode: Scalars['String']['input'];
  input?: InputMaybe<DispatchInput>;
}>;


export type DispatchTargetListMutation = { __typename?: 'Mutation', dispatchTargetList: { __typename?: 'DispatchResult', dispatched: number, overflow: number, overflowSubscriberIds: Array<string>, fromDay?: string | null, toDay?: string | null, managers: Array<{ __typename?: 'ManagerLoad', userId: string, name: string, contactKind: string, assigned: number, open: number }> } };

export type SetManagerCapacityMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  capacity: Scalars['Int']['input'];
  day?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetManagerCapacityMutation = { __typename?: 'Mutation', setManagerCapacity: boolean };

export type ListMembersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  branchCode: Scalars['String']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ListMemberStatus>;
  reason?: InputMaybe<SuppressionReason>;
  stratum?: InputMaybe<Scalars['String']['input']>;
}>;


export type ListMembersQuery = { __typename?: 'Query', campaign: { __typename?: 'Campaign', id: string, targetList?: { __typename?: 'TargetList', branchCode: string, members: { __typename?: 'ListMemberConnection', totalCount: number, pageInfo: { __typename?: 'ListMemberPageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'ListMember', subscriberId: string, msisdnMasked: string, status: ListMemberStatus, reason?: SuppressionReason | null, stratum?: string | null, byCampaignId?: string | null, addedAt: any }> } } | null } };

export type CampaignTasksQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  branchCode: Scalars['String']['input'];
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<TaskStatus> | TaskStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CampaignTasksQuery = { __typename?: 'Query', campaignTasks: { __typename?: 'CampaignTaskConnection', totalCount: number, pageInfo: { __typename?: 'CampaignTaskPageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'CampaignTask', id: string, subscriberId: string, msisdnMasked: string, assigneeId: string, assigneeName: string, plannedDay: string, status: TaskStatus, callbackAt?: any | null }> } };

export type ReassignTasksMutationVariables = Exact<{
  taskIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  toUserId: Scalars['ID']['input'];
}>;


export type ReassignTasksMutation = { __typename?: 'Mutation', reassignTasks: number };

export type BranchTargetListQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  branchCode: Scalars['String']['input'];
}>;


export type BranchTargetListQuery = { __typename?: 'Query', campaign: { __typename?: 'Campaign', id: string, status: CampaignStatus, startDate?: string | null, endDate?: string | null, targetList?: { __typename?: 'TargetList', branchCode: string, month?: string | null, status: TargetListStatus, segmentSize: number, eligible: number, controlSize: number, treatedSize: number, builds: number, firstBuiltAt?: any | null, builtAt?: any | null, dispatchedAt?: any | null, jobId?: string | null, suppressed: Array<{ __typename?: 'SuppressionCount', reason: SuppressionReason, count: number }>, strata: Array<{ __typename?: 'ListStratum', retentionClass: string, size: number, control: number, treated: number }> } | null } };

export type BuildTargetListMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  branchCode: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type BuildTargetListMutation = { __typename?: 'Mutation', buildTargetList: { __typename?: 'Job', id: string, status: JobStatus, progress: number, phase: string } };

export type CustomerCardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerCardQuery = { __typename?: 'Query', subscriber?: { __typename?: 'Subscriber', id: string, msisdnMasked: string, brand: string, planCode: string, joinDate: string, vipCard: string, groupClass?: string | null, vnetMember: boolean, familyPlan: boolean, portrait?: { __typename?: 'Portrait', month: string, arpu: number, avgArpu: number, mou: number, tenureMonths: number, tenureBand: string, retentionClass?: string | null, midHighEnd: boolean, dynamicMidHighEnd: boolean, measures: Array<string>, stickyServices: Array<string>, trend: Array<{ __typename?: 'UsagePoint', month: string, arpu: number, mou: number, dataMb: number, status: string }>, recommendation: { __typename?: 'Treatment', products: Array<string>, promotions: Array<string>, channels: Array<string>, newServices: Array<string>, service: Array<string>, planFit: Array<string> } } | null } | null };

export type SearchCustomersQueryVariables = Exact<{
  query: Scalars['String']['input'];
}>;


export type SearchCustomersQuery = { __typename?: 'Query', searchSubscribers: Array<{ __typename?: 'Subscriber', id: string, msisdnMasked: string, brand: string, planCode: string, vipCard: string, county?: string | null }> };

export type BranchEvaluationCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type BranchEvaluationCampaignsQuery = { __typename?: 'Query', campaigns: Array<{ __typename?: 'Campaign', id: string, name: string, kind: CampaignKind, level: CampaignLevel, status: CampaignStatus }> };

export type BranchCampaignEvaluationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  branchCode?: InputMaybe<Scalars['String']['input']>;
  month?: InputMaybe<Scalars['String']['input']>;
}>;


export type BranchCampaignEvaluationQuery = { __typename?: 'Query', campaign: { __typename?: 'Campaign', id: string, name: string, evaluation?: { __typename?: 'CampaignEvaluation', branchCode?: string | null, month: string, startMonth?: string | null, afterWindowEnd?: string | null, provisional: boolean, listSize: number, controlSize: number, treatedSize: number, contacted: number, reached: number, accepted: number, uptake?: number | null, churnTreated?: number | null, churnControl?: number | null, churnReduction?: number | null, churnReductionCiLow?: number | null, churnReductionCiHigh?: number | null, pValue?: number | null, arpuDid?: number | null, arpuDidCiLow?: number | null, arpuDidCiHigh?: number | null, validComplaintRate?: number | null, complaintAlert: boolean, cost: number, incrementalRevenue?: number | null, roi?: number | null, power?: number | null, underpowered?: boolean | null, controlContacted: number, strata: Array<{ __typename?: 'EvaluationBreakdownItem', key: string, noControl: boolean, listSize?: number | null, controlSize?: number | null, contacted: number, accepted: number, uptake?: number | null, churnReduction?: number | null, churnReductionCiLow?: number | null, churnReductionCiHigh?: number | null, arpuDid?: number | null, validComplaintRate?: number | null }>, tenure: Array<{ __typename?: 'EvaluationBreakdownItem', key: string, noControl: boolean, listSize?: number | null, controlSize?: number | null, contacted: number, accepted: number, uptake?: number | null, churnReduction?: number | null, churnReductionCiLow?: number | null, churnReductionCiHigh?: number | null, arpuDid?: number | null, validComplaintRate?: number | null }>, channels: Array<{ __typename?: 'EvaluationBreakdownItem', key: string, contacted: number, reached: number, accepted: number, uptake?: number | null, validComplaintRate?: number | null, cost: number }>, managers: Array<{ __typename?: 'ManagerUptake', agentId: string, displayName?: string | null, contacted: number, accepted: number, uptake?: number | null }> } | null } };

export type BranchEvaluationReportsQueryVariables = Exact<{
  campaignId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type BranchEvaluationReportsQuery = { __typename?: 'Query', evaluationReports: Array<{ __typename?: 'EvaluationReport', id: string, status: EvaluationStatus, version: number, month: string, branchCode?: string | null, whatWorked: string, problems: string, customerFeedback: string, suggestions: string, nextActions: string, tags: Array<string>, retentionClasses: Array<string>, reviewerComment?: string | null, submittedAt?: any | null }> };

export type BranchSharedPracticesQueryVariables = Exact<{
  filter?: InputMaybe<SharedPracticeFilter>;
}>;


export type BranchSharedPracticesQuery = { __typename?: 'Query', sharedPractices: Array<{ __typename?: 'EvaluationReport', id: string, month: string, campaignName?: string | null, campaignKind?: string | null, branchCode?: string | null, tags: Array<string>, retentionClasses: Array<string>, whatWorked: string, problems: string, suggestions: string }> };

export type BranchEvaluationNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type BranchEvaluationNoticesQuery = { __typename?: 'Query', unreadEvaluationNotificationCount: number, evaluationNotifications: Array<{ __typename?: 'EvaluationNotification', id: string, kind: EvaluationNotificationKind, campaignName?: string | null, month: string, comment?: string | null, createdAt: any, read: boolean }> };

export type BranchMarkNoticesReadMutationVariables = Exact<{ [key: string]: never; }>;


export type BranchMarkNoticesReadMutation = { __typename?: 'Mutation', markEvaluationNotificationsRead: number };

export type BranchEvaluationUnreadQueryVariables = Exact<{ [key: string]: never; }>;


export type BranchEvaluationUnreadQuery = { __typename?: 'Query', unreadEvaluationNotificationCount: number };

export type CreateBranchReportMutationVariables = Exact<{
  input: CreateReportInput;
}>;


export type CreateBranchReportMutation = { __typename?: 'Mutation', createEvaluationReport: { __typename?: 'EvaluationReport', id: string, status: EvaluationStatus, version: number, month: string, updatedAt: any } };

export type UpdateBranchReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: ReportTextInput;
}>;


export type UpdateBranchReportMutation = { __typename?: 'Mutation', updateEvaluationReport: { __typename?: 'EvaluationReport', id: string, status: EvaluationStatus, version: number, updatedAt: any } };

export type SubmitBranchReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SubmitBranchReportMutation = { __typename?: 'Mutation', submitEvaluationReport: { __typename?: 'EvaluationReport', id: string, status: EvaluationStatus, version: number, submittedAt?: any | null, updatedAt: any } };

export type ScorecardMonthsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScorecardMonthsQuery = { __typename?: 'Query', segmentMonths: { __typename?: 'SegmentMonths', refreshed: Array<string>, latest?: string | null } };

export type BranchScorecardQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  month: Scalars['String']['input'];
}>;


export type BranchScorecardQuery = { __typename?: 'Query', kpiScoreboard: Array<{ __typename?: 'BranchScore', branchCode: string, rank: number, total: number, movement?: number | null, scores: Array<{ __typename?: 'KpiScore', kpi: any, actual?: number | null, target: number, weight: number, cap: number, attainment: number, score: number, noData: boolean, figures: Array<{ __typename?: 'KpiFigure', key: string, period: string, value: number }> }> }> };

export type BranchTrainingPlanQueryVariables = Exact<{
  quarter: Scalars['String']['input'];
}>;


export type BranchTrainingPlanQuery = { __typename?: 'Query', trainingSessions: Array<{ __typename?: 'TrainingSession', id: string, level: SessionLevel, branchCode?: string | null, startDate: string, place: string, held: boolean, status: SessionStatus, enrolled: number, attended: number, course?: { __typename?: 'Course', title: string } | null }>, plannerSessionCheck: Array<{ __typename?: 'PlannerSessionCheck', branchCode: string, ok: boolean, sessions: number }> };

export type BranchCoverageQueryVariables = Exact<{
  quarter: Scalars['String']['input'];
  role?: InputMaybe<Scalars['StaffRoleKey']['input']>;
}>;


export type BranchCoverageQuery = { __typename?: 'Query', trainingCoverage: Array<{ __typename?: 'TrainingCoverage', branchCode: string, staff: number, trained: number, coverage?: number | null, averageScore?: number | null, attendanceRateHeld?: number | null, attendanceRatePlanned?: number | null }> };

export type BranchCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type BranchCampaignsQuery = { __typename?: 'Query', campaigns: Array<{ __typename?: 'Campaign', id: string, name: string, kind: CampaignKind, level: CampaignLevel, status: CampaignStatus }> };

export type BranchFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type BranchFiguresQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, branch?: { __typename?: 'Branch', code: string, subscriberCount: number } | null } };

export type BranchReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type BranchReportsQuery = { __typename?: 'Query', evaluationReports: Array<{ __typename?: 'EvaluationReport', id: string, status: EvaluationStatus, updatedAt: any, campaign?: { __typename?: 'Campaign', id: string, name: string } | null }> };

export type BranchTraineeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BranchTraineeQuery = { __typename?: 'Query', staffMember?: { __typename?: 'Staff', id: string, displayName: string, history: Array<{ __typename?: 'Enrollment', id: string, status: AttendanceStatus, score?: number | null, passed?: boolean | null, session?: { __typename?: 'TrainingSession', id: string, startDate: string, held: boolean, status: SessionStatus, course?: { __typename?: 'Course', title: string, passMark: number } | null } | null }> } | null };

export type RecordContactMutationVariables = Exact<{
  input: RecordContactInput;
}>;


export type RecordContactMutation = { __typename?: 'Mutation', recordContact: { __typename?: 'Contact', id: string, taskId: string, outcome: ContactOutcome, offerTierCode?: string | null, callbackAt?: any | null, cost: number, contactedAt: any, complaint?: { __typename?: 'Complaint', valid: boolean, text?: string | null } | null } };

export type MyTasksQueryVariables = Exact<{
  day?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyTasksQuery = { __typename?: 'Query', myTasks: Array<{ __typename?: 'Task', id: string, campaignId: string, subscriberId: string, msisdnMasked: string, plannedDay: string, status: TaskStatus, callbackAt?: any | null, overdue: boolean, channel: string, tenureMonths?: number | null, retentionClass?: string | null, campaign: { __typename?: 'Campaign', id: string, name: string, kind: CampaignKind } }> };

export type TaskCardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TaskCardQuery = { __typename?: 'Query', task: { __typename?: 'Task', id: string, subscriberId: string, msisdnMasked: string, plannedDay: string, status: TaskStatus, callbackAt?: any | null, overdue: boolean, channel: string, tenureMonths?: number | null, retentionClass?: string | null, withdrawnReason?: string | null, campaign: { __typename?: 'Campaign', id: string, name: string, kind: CampaignKind, talkTrack: string, endDate?: string | null }, subscriber: { __typename?: 'Subscriber', id: string, brand: string, planCode: string, joinDate: string, vipCard: string, portrait?: { __typename?: 'Portrait', month: string, arpu: number, avgArpu: number, mou: number, tenureMonths: number, tenureBand: string, retentionClass?: string | null, midHighEnd: boolean, dynamicMidHighEnd: boolean, measures: Array<string>, stickyServices: Array<string>, trend: Array<{ __typename?: 'UsagePoint', month: string, arpu: number, mou: number, dataMb: number, status: string }>, recommendation: { __typename?: 'Treatment', products: Array<string>, promotions: Array<string>, channels: Array<string>, newServices: Array<string>, service: Array<string>, planFit: Array<string> } } | null }, qualifyingTiers: Array<{ __typename?: 'OfferTier', code: string, name: string, offerKind: OfferKind, deposit?: number | null, gift?: number | null, months?: number | null, subsidyShare?: number | null, costPerAcceptance: number, tenureMinMonths?: number | null, tenureMaxMonths?: number | null, trialMonths: number }>, history: Array<{ __typename?: 'Contact', id: string, campaignId: string, outcome: ContactOutcome, offerTierCode?: string | null, callbackAt?: any | null, contactedAt: any, note: string, complaint?: { __typename?: 'Complaint', valid: boolean, text?: string | null } | null }>, acceptedOffers: Array<{ __typename?: 'AcceptedOffer', tier: string, kind: string, startMonth: string, months: number, stage: OfferStage }> } };

export type RevealMsisdnMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
}>;


export type RevealMsisdnMutation = { __typename?: 'Mutation', revealMsisdn: string };


export const DispatchManagersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispatchManagers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"execution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branchCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branchCode"}},{"kind":"Field","name":{"kind":"Name","value":"treated"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"openTasks"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchManagersQuery, DispatchManagersQueryVariables>;
export const BranchManagersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BranchManagers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branchManagers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branchCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactKind"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"daysOff"}},{"kind":"Field","name":{"kind":"Name","value":"openTasks"}}]}}]}}]} as unknown as DocumentNode<BranchManagersQuery, BranchManagersQueryVariables>;
export const DispatchTargetListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchTargetList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchTargetList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"branchCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatched"}},{"kind":"Field","name":{"kind":"Name","value":"overflow"}},{"kind":"Field","name":{"kind":"Name","value":"overflowSubscriberIds"}},{"kind":"Field","name":{"kind":"Name","value":"fromDay"}},{"kind":"Field","name":{"kind":"Name","value":"toDay"}},{"kind":"Field","name":{"kind":"Name","value":"managers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactKind"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchTargetListMutation, DispatchTargetListMutationVariables>;
export const SetManagerCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetManagerCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"capacity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setManagerCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"capacity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"capacity"}}},{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}]}]}}]} as unknown as DocumentNode<SetManagerCapacityMutation, SetManagerCapacityMutationVariables>;
export const ListMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ListMemberStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuppressionReason"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stratum"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branchCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branchCode"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"stratum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stratum"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriberId"}},{"kind":"Field","name":{"kind":"Name","value":"msisdnMasked"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"stratum"}},{"kind":"Field","name":{"kind":"Name","value":"byCampaignId"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListMembersQuery, ListMembersQueryVariables>;
export const CampaignTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"branchCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"assigneeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subscriberId"}},{"kind":"Field","name":{"kind":"Name","value":"msisdnMasked"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"callbackAt"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignTasksQuery, CampaignTasksQueryVariables>;
export const ReassignTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReassignTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toUserId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"toUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toUserId"}}}]}]}}]} as unknown as DocumentNode<ReassignTasksMutation, ReassignTasksMutationVariables>;
export const BranchTargetListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BranchTargetList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branchCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branchCode"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"segmentSize"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"controlSize"}},{"kind":"Field","name":{"kind":"Name","value":"treatedSize"}},{"kind":"Field","name":{"kind":"Name","value":"builds"}},{"kind":"Field","name":{"kind":"Name","value":"firstBuiltAt"}},{"kind":"Field","name":{"kind":"Name","value":"builtAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retentionClass"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"control"}},{"kind":"Field","name":{"kind":"Name","value":"treated"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BranchTargetListQuery, BranchTargetListQueryVariables>;
export const BuildTargetListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BuildTargetList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildTargetList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"branchCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]} as unknown as DocumentNode<BuildTargetListMutation, BuildTargetListMutationVariables>;
export const CustomerCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"msisdnMasked"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"joinDate"}},{"kind":"Field","name":{"kind":"Name","value":"vipCard"}},{"kind":"Field","name":{"kind":"Name","value":"groupClass"}},{"kind":"Field","name":{"kind":"Name","value":"vnetMember"}},{"kind":"Field","name":{"kind":"Name","value":"familyPlan"}},{"kind":"Field","name":{"kind":"Name","value":"portrait"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"arpu"}},{"kind":"Field","name":{"kind":"Name","value":"avgArpu"}},{"kind":"Field","name":{"kind":"Name","value":"mou"}},{"kind":"Field","name":{"kind":"Name","value":"tenureMonths"}},{"kind":"Field","name":{"kind":"Name","value":"tenureBand"}},{"kind":"Field","name":{"kind":"Name","value":"retentionClass"}},{"kind":"Field","name":{"kind":"Name","value":"midHighEnd"}},{"kind":"Field","name":{"kind":"Name","value":"dynamicMidHighEnd"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"stickyServices"}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"arpu"}},{"kind":"Field","name":{"kind":"Name","value":"mou"}},{"kind":"Field","name":{"kind":"Name","value":"dataMb"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"}},{"kind":"Field","name":{"kind":"Name","value":"promotions"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"newServices"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"planFit"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerCardQuery, CustomerCardQueryVariables>;
export const SearchCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchSubscribers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"msisdnMasked"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"vipCard"}},{"kind":"Field","name":{"kind":"Name","value":"county"}}]}}]}}]} as unknown as DocumentNode<SearchCustomersQuery, SearchCustomersQueryVariables>;
export const BranchEvaluationCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BranchEvaluationCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<BranchEvaluationCampaignsQuery, BranchEvaluationCampaignsQueryVariables>;
export const BranchCampaignEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BranchCampaignEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branchCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branchCode"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"afterWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"listSize"}},{"kind":"Field","name":{"kind":"Name","value":"controlSize"}},{"kind":"Field","name":{"kind":"Name","value":"treatedSize"}},{"kind":"Field","name":{"kind":"Name","value":"contacted"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"uptake"}},{"kind":"Field","name":{"kind":"Name","value":"churnTreated"}},{"kind":"Field","name":{"kind":"Name","value":"churnControl"}},{"kind":"Field","name":{"kind":"Name","value":"churnReduction"}},{"kind":"Field","name":{"kind":"Name","value":"churnReductionCiLow"}},{"kind":"Field","name":{"kind":"Name","value":"churnReductionCiHigh"}},{"kind":"Field","name":{"kind":"Name","value":"pValue"}},{"kind":"Field","name":{"kind":"Name","value":"arpuDid"}},{"kind":"Field","name":{"kind":"Name","value":"arpuDidCiLow"}},{"kind":"Field","name":{"kind":"Name","value":"arpuDidCiHigh"}},{"kind":"Field","name":{"kind":"Name","value":"validComplaintRate"}},{"kind":"Field","name":{"kind":"Name","value":"complaintAlert"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"incrementalRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"roi"}},{"kind":"Field","name":{"kind":"Name","value":"power"}},{"kind":"Field","name":{"kind":"Name","value":"underpowered"}},{"kind":"Field","name":{"kind":"Name","value":"controlContacted"}},{"kind":"Field","alias":{"kind":"Name","value":"strata"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"STRATUM"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"noControl"}},{"kind":"Field","name":{"kind":"Name","value":"listSize"}},{"kind":"Field","name":{"kind":"Name","value":"controlSize"}},{"kind":"Field","name":{"kind":"Name","value":"contacted"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"uptake"}},{"kind":"Field","name":{"kind":"Name","value":"churnReduction"}},{"kind":"Field","name":{"kind":"Name","value":"churnReductionCiLow"}},{"kind":"Field","name":{"kind":"Name","value":"churnReductionCiHigh"}},{"kind":"Field","name":{"kind":"Name","value":"arpuDid"}},{"kind":"Field","name":{"kind":"Name","value":"validComplaintRate"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"tenure"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"TENURE_BAND"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"noControl"}},{"kind":"Field","name":{"kind":"Name","value":"listSize"}},{"kind":"Field","name":{"kind":"Name","value":"controlSize"}},{"kind":"Field","name":{"kind":"Name","value":"contacted"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"uptake"}},{"kind":"Field","name":{"kind":"Name","value":"churnReduction"}},{"kind":"Field","name":{"kind":"Name","value":"churnReductionCiLow"}},{"kind":"Field","name":{"kind":"Name","value":"churnReductionCiHigh"}},{"kind":"Field","name":{"kind":"Name","value":"arpuDid"}},{"kind":"Field","name":{"kind":"Name","value":"validComplaintRate"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"channels"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"CHANNEL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"contacted"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"uptake"}},{"kind":"Field","name":{"kind":"Name","value":"validComplaintRate"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"managers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"contacted"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"uptake"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BranchCampaignEvaluationQuery, BranchCampaignEvaluationQueryVariables>;
export const BranchEvaluationReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BranchEvaluationReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"branchCode"}},{"kind":"Field","name":{"kind":"Name","value":"whatWorked"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"customerFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"nextActions"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"retentionClasses"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerComment"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<BranchEvaluationReportsQuery, BranchEvaluationReportsQueryVariables>;
export const BranchSharedPracticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BranchSharedPractices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SharedPracticeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedPractices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"campaignKind"}},{"kind":"Field","name":{"kind":"Name","value":"branchCode"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"retentionClasses"}},{"kind":"Field","name":{"kind":"Name","value":"whatWorked"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}}]}}]}}]} as unknown as DocumentNode<BranchSharedPracticesQuery, BranchSharedPracticesQueryVariables>;
export const BranchEvaluationNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BranchEvaluationNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadEvaluationNotificationCount"}}]}}]} as unknown as DocumentNode<BranchEvaluationNoticesQuery, BranchEvaluationNoticesQueryVariables>;
export const BranchMarkNoticesReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BranchMarkNoticesRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markEvaluationNotificationsRead"}}]}}]} as unknown as DocumentNode<BranchMarkNoticesReadMutation, BranchMarkNoticesReadMutationVariables>;
export const BranchEvaluationUnreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BranchEvaluationUnread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadEvaluationNotificationCount"}}]}}]} as unknown as DocumentNode<BranchEvaluationUnreadQuery, BranchEvaluationUnreadQueryVariables>;
export const CreateBranchReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBranchReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvaluationReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<CreateBranchReportMutation, CreateBranchReportMutationVariables>;
export const UpdateBranchReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBranchReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportTextInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvaluationReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateBranchReportMutation, UpdateBranchReportMutationVariables>;
export const SubmitBranchReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitBranchReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitEvaluationReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SubmitBranchReportMutation, SubmitBranchReportMutationVariables>;
export const ScorecardMonthsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScorecardMonths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentMonths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshed"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}}]}}]} as unknown as DocumentNode<ScorecardMonthsQuery, ScorecardMonthsQueryVariables>;
export const BranchScorecardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BranchScorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiScoreboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branchCode"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"movement"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"noData"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BranchScorecardQuery, BranchScorecardQueryVariables>;
export const BranchTrainingPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BranchTrainingPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"branchCode"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannerSessionCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branchCode"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}}]}}]}}]} as unknown as DocumentNode<BranchTrainingPlanQuery, BranchTrainingPlanQueryVariables>;
export const BranchCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BranchCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffRoleKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branchCode"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"trained"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRateHeld"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRatePlanned"}}]}}]}}]} as unknown as DocumentNode<BranchCoverageQuery, BranchCoverageQueryVariables>;
export const BranchCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BranchCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<BranchCampaignsQuery, BranchCampaignsQueryVariables>;
export const BranchFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BranchFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subscriberCount"}}]}}]}}]}}]} as unknown as DocumentNode<BranchFiguresQuery, BranchFiguresQueryVariables>;
export const BranchReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BranchReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BranchReportsQuery, BranchReportsQueryVariables>;
export const BranchTraineeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BranchTrainee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"passMark"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BranchTraineeQuery, BranchTraineeQueryVariables>;
export const RecordContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"offerTierCode"}},{"kind":"Field","name":{"kind":"Name","value":"callbackAt"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"contactedAt"}},{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<RecordContactMutation, RecordContactMutationVariables>;
export const MyTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"subscriberId"}},{"kind":"Field","name":{"kind":"Name","value":"msisdnMasked"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"callbackAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"tenureMonths"}},{"kind":"Field","name":{"kind":"Name","value":"retentionClass"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<MyTasksQuery, MyTasksQueryVariables>;
export const TaskCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subscriberId"}},{"kind":"Field","name":{"kind":"Name","value":"msisdnMasked"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"callbackAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"tenureMonths"}},{"kind":"Field","name":{"kind":"Name","value":"retentionClass"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"talkTrack"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"joinDate"}},{"kind":"Field","name":{"kind":"Name","value":"vipCard"}},{"kind":"Field","name":{"kind":"Name","value":"portrait"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"arpu"}},{"kind":"Field","name":{"kind":"Name","value":"avgArpu"}},{"kind":"Field","name":{"kind":"Name","value":"mou"}},{"kind":"Field","name":{"kind":"Name","value":"tenureMonths"}},{"kind":"Field","name":{"kind":"Name","value":"tenureBand"}},{"kind":"Field","name":{"kind":"Name","value":"retentionClass"}},{"kind":"Field","name":{"kind":"Name","value":"midHighEnd"}},{"kind":"Field","name":{"kind":"Name","value":"dynamicMidHighEnd"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"stickyServices"}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"arpu"}},{"kind":"Field","name":{"kind":"Name","value":"mou"}},{"kind":"Field","name":{"kind":"Name","value":"dataMb"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"}},{"kind":"Field","name":{"kind":"Name","value":"promotions"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"newServices"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"planFit"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offerKind"}},{"kind":"Field","name":{"kind":"Name","value":"deposit"}},{"kind":"Field","name":{"kind":"Name","value":"gift"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyShare"}},{"kind":"Field","name":{"kind":"Name","value":"costPerAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"tenureMinMonths"}},{"kind":"Field","name":{"kind":"Name","value":"tenureMaxMonths"}},{"kind":"Field","name":{"kind":"Name","value":"trialMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"offerTierCode"}},{"kind":"Field","name":{"kind":"Name","value":"callbackAt"}},{"kind":"Field","name":{"kind":"Name","value":"contactedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]} as unknown as DocumentNode<TaskCardQuery, TaskCardQueryVariables>;
export const RevealMsisdnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealMsisdn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealMsisdn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}]}]}}]} as unknown as DocumentNode<RevealMsisdnMutation, RevealMsisdnMutationVariables>;