import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { EvaluationNotificationKind, EvaluationStatus } from './report.enums';

@Directive('@key(fields: "id")')
@ObjectType('EvaluationReport', { description: 'A post-evaluation report per (campaign, branch, evaluation month); branch null = the province’s own.' })
export class EvaluationReportType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  campaignId: string;

  /** Resolved to a Branch reference by the resolver; null = the province-wide report. */
  branchCode: string | null;

  @Field({ description: 'The evaluation month, YYYY-MM.' })
  month: string;

  @Field(() => EvaluationStatus)
  status: EvaluationStatus;

  @Field({ description: 'Optimistic concurrency: pass it back to edit or move the report; a stale one is VERSION_CONFLICT.' })
  version: number;

  @Field({ description: '做法与经验: what worked.' })
  whatWorked: string;

  @Field({ description: '存在问题: problems.' })
  problems: string;

  @Field({ description: '客户反馈: customer feedback.' })
  customerFeedback: string;

  @Field({ description: '改进建议: suggestions.' })
  suggestions: string;

  @Field({ description: '下一步工作: next actions.' })
  nextActions: string;

  @Field(() => [String], { description: 'Free tags for finding shared practices.' })
  tags: string[];

  @Field(() => [String], { description: 'Retention classes the practice concerns (IMPORTANT, ORDINARY, IRREGULAR, CHURN_RISK).' })
  retentionClasses: string[];

  @Field(() => String, { nullable: true, description: 'The province’s last comment (required when returning).' })
  reviewerComment: string | null;

  @Field({ description: 'Marked by the province as a good practice visible to all branches.' })
  sharedPractice: boolean;

  @Field(() => Date, { nullable: true })
  sharedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was last submitted (the figures are frozen then).' })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the province last returned or accepted it.' })
  reviewedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  /** The frozen figures (jsonb), set at submission. */
  frozen: FrozenFigures | null;
  /** From campaigns_api.campaign_v1, for search and labels. */
  campaignName: string | null;
  campaignKind: string | null;
}

/** What a submitted report keeps of the computed evaluation (evaluation.result rows and the run). */
export interface FrozenFigures {
  month: string;
  startMonth: string | null;
  computedAt: string;
  fingerprint: string;
  targetReduction: number | null;
  rows: import('../results/result-store.service').ResultRow[];
}

@ObjectType('EvaluationReportAuditEntry', { description: 'One change of a report: who, when, from, to.' })
export class ReportAuditEntryType {
  @Field()
  at: Date;

  @Field()
  actorName: string;

  @Field({ description: 'CREATE, UPDATE, SUBMIT, RETURN, ACCEPT, SHARE or UNSHARE.' })
  action: string;

  @Field(() => EvaluationStatus, { nullable: true })
  fromStatus: EvaluationStatus | null;

  @Field(() => EvaluationStatus, { nullable: true })
  toStatus: EvaluationStatus | null;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  comment: string | null;
}

@ObjectType('EvaluationNotification', { description: 'In-app notice: the province sees submissions, a branch its returns, acceptances and shares.' })
export class EvaluationNotificationType {
  @Field(() => ID)
  id: string;

  @Field(() => EvaluationNotificationKind)
  kind: EvaluationNotificationKind;

  @Field(() => ID)
  reportId: string;

  @Field(() => String, { nullable: true, description: 'The report’s branch; null for the province’s own report.' })
  branchCode: string | null;

  @Field(() => ID)
  campaignId: string;

  @Field(() => String, { nullable: true })
  campaignName: string | null;

  @Field({ description: 'The report’s evaluation month, YYYY-MM.' })
  month: string;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field()
  actorName: string;

  @Field()
  createdAt: Date;

  @Field({ description: 'The caller has read it.' })
  read: boolean;
}
