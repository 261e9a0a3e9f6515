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
};

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

export type Campaign = {
  __typename?: 'Campaign';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Codes of the branches that execute this campaign. */
  executingBranchCodes: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: CampaignKind;
  level: CampaignLevel;
  name: Scalars['String']['output'];
  /** The branch that owns a local campaign. */
  ownerBranch?: Maybe<Branch>;
  status: CampaignStatus;
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

export type CampaignStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'EVALUATED'
  | 'PENDING_APPROVAL'
  | 'PUBLISHED';

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

export type CreateCohortInput = {
  /** YYYY-MM, a refreshed month */
  baseMonth: Scalars['String']['input'];
  /** Or a saved segment */
  definitionId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** A built-in segment key, e.g. MID_HIGH_END */
  segment?: InputMaybe<Scalars['String']['input']>;
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

export type EvaluationReport = {
  __typename?: 'EvaluationReport';
  branch: Branch;
  /** Null when the caller may not see the campaign. */
  campaign?: Maybe<Campaign>;
  campaignId: Scalars['ID']['output'];
  customerFeedback: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  problems: Scalars['String']['output'];
  reviewerComment?: Maybe<Scalars['String']['output']>;
  /** Marked by the province as a good practice visible to all branches. */
  sharedPractice: Scalars['Boolean']['output'];
  status: EvaluationStatus;
  suggestions: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  whatWorked: Scalars['String']['output'];
};

export type EvaluationStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'RETURNED'
  | 'SUBMITTED';

export type ImportFileResult = {
  __typename?: 'ImportFileResult';
  file: Scalars['String']['output'];
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

export type Mutation = {
  __typename?: 'Mutation';
  beginUpload: Upload;
  /** Changes the caller’s own password; every token issued before (this one too) stops working: sign in again. */
  changePassword: Scalars['Boolean']['output'];
  /** Freezes a segment at a base month as a photo cohort. */
  createCohort: Cohort;
  createUser: User;
  deleteSegment: Scalars['Boolean']['output'];
  login: AuthPayload;
  /** Recomputes a loaded month in the background; follow it with segmentJob(id). */
  refreshSegments: SegmentJob;
  /** Sets a new password for a user; their tokens stop working. */
  resetPassword: User;
  /** Creates or updates a user-defined segment after validating its rule. */
  saveSegment: SegmentDefinition;
  setUserActive: User;
  /** Imports complete uploads (one per kind) in the background; follow it with segmentJob(id). */
  startImport: SegmentJob;
  /** Appends base64 bytes at `offset` (must equal what was received so far). */
  uploadChunk: Upload;
};


export type MutationBeginUploadArgs = {
  fileName: Scalars['String']['input'];
  kind: Scalars['String']['input'];
  sizeBytes: Scalars['Float']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCreateCohortArgs = {
  input: CreateCohortInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeleteSegmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationRefreshSegmentsArgs = {
  month: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  id: Scalars['ID']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationSaveSegmentArgs = {
  input: SaveSegmentInput;
};


export type MutationSetUserActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationStartImportArgs = {
  quarantine?: Scalars['Boolean']['input'];
  refresh?: Scalars['Boolean']['input'];
  uploadIds: Array<Scalars['ID']['input']>;
};


export type MutationUploadChunkArgs = {
  base64: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  offset: Scalars['Float']['input'];
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
  /** Branches the caller may see (branch roles: only their own). */
  branches: Array<Branch>;
  /** The built-in segment keys of DOMAIN.md §3, in display order. */
  builtInSegments: Array<Scalars['String']['output']>;
  /** Campaigns the caller may see: all for the province; own local and published province campaigns for a branch. */
  campaigns: Array<Campaign>;
  /** Retention, churn and value retention per later month, by branch and province-wide, split by measure. */
  cohortRetention: Array<CohortPoint>;
  cohorts: Array<Cohort>;
  /** Evaluation reports: all for the province; a branch's own plus shared good practice. */
  evaluationReports: Array<EvaluationReport>;
  /** The row-numbered error report of an import. */
  importErrors: Array<ImportRowError>;
  /** The signed-in user. */
  me: User;
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
  /** One customer, if the caller may see their branch. */
  subscriber?: Maybe<Subscriber>;
  /** Subscribers in the master data, in the given branch or every branch the caller may see. */
  subscriberTotal: Scalars['Int']['output'];
  users: Array<User>;
};


export type QueryCohortRetentionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImportErrorsArgs = {
  jobId: Scalars['ID']['input'];
  limit?: Scalars['Int']['input'];
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


export type QuerySubscriberArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySubscriberTotalArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
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

export type EvaluationReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type EvaluationReportsQuery = { __typename?: 'Query', evaluationReports: Array<{ __typename?: 'EvaluationReport', id: string, status: EvaluationStatus, updatedAt: any, sharedPractice: boolean, branch: { __typename?: 'Branch', code: string, name: string, nameEn: string }, campaign?: { __typename?: 'Campaign', id: string, name: string, kind: CampaignKind } | null }> };

export type StartImportMutationVariables = Exact<{
  uploadIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  quarantine: Scalars['Boolean']['input'];
  refresh: Scalars['Boolean']['input'];
}>;


export type StartImportMutation = { __typename?: 'Mutation', startImport: { __typename?: 'SegmentJob', id: string } };

export type ImportJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ImportJobQuery = { __typename?: 'Query', segmentJob: { __typename?: 'SegmentJob', id: string, errorCount: number, refreshedMonths: Array<string>, job: { __typename?: 'Job', id: string, status: JobStatus, phase: string, progress: number, rowsDone: number, error?: string | null }, files: Array<{ __typename?: 'ImportFileResult', kind: string, file: string, rowsRead: number, rowsImported: number, rowsRejected: number, months: Array<string> }> } };

export type ImportErrorsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ImportErrorsQuery = { __typename?: 'Query', importErrors: Array<{ __typename?: 'ImportRowError', file: string, line?: number | null, column?: string | null, code: string, value?: string | null, message: string }> };

export type BeginUploadMutationVariables = Exact<{
  kind: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
  sizeBytes: Scalars['Float']['input'];
}>;


export type BeginUploadMutation = { __typename?: 'Mutation', beginUpload: { __typename?: 'Upload', id: string } };

export type UploadChunkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  offset: Scalars['Float']['input'];
  base64: Scalars['String']['input'];
}>;


export type UploadChunkMutation = { __typename?: 'Mutation', uploadChunk: { __typename?: 'Upload', received: number } };

export type PolicyOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyOverviewQuery = { __typename?: 'Query', branches: Array<{ __typename?: 'Branch', code: string, name: string, nameEn: string, subscriberCount: number, campaignCount: number }>, campaigns: Array<{ __typename?: 'Campaign', id: string, name: string, kind: CampaignKind, level: CampaignLevel, status: CampaignStatus, createdAt: any, ownerBranch?: { __typename?: 'Branch', code: string, name: string, nameEn: string } | null }> };


export const EvaluationReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharedPractice"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationReportsQuery, EvaluationReportsQueryVariables>;
export const StartImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uploadIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarantine"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refresh"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uploadIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uploadIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"quarantine"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarantine"}}},{"kind":"Argument","name":{"kind":"Name","value":"refresh"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refresh"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StartImportMutation, StartImportMutationVariables>;
export const ImportJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"months"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refreshedMonths"}}]}}]}}]} as unknown as DocumentNode<ImportJobQuery, ImportJobQueryVariables>;
export const ImportErrorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportErrors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importErrors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportErrorsQuery, ImportErrorsQueryVariables>;
export const BeginUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeginUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sizeBytes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}}},{"kind":"Argument","name":{"kind":"Name","value":"sizeBytes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sizeBytes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BeginUploadMutation, BeginUploadMutationVariables>;
export const UploadChunkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadChunk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"base64"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadChunk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"base64"},"value":{"kind":"Variable","name":{"kind":"Name","value":"base64"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}}]}}]}}]} as unknown as DocumentNode<UploadChunkMutation, UploadChunkMutationVariables>;
export const PolicyOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"subscriberCount"}},{"kind":"Field","name":{"kind":"Name","value":"campaignCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerBranch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyOverviewQuery, PolicyOverviewQueryVariables>;