import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Capability } from '@retention/domain';
import type { EvaluationContext } from '../context';
import { BranchRef } from '../org/branch-ref.type';
import { checkMonth, evaluationFromRun } from '../results/evaluation.service';
import { evaluationWindows } from '../results/evaluation-windows';
import { CampaignEvaluationType } from '../results/evaluation.type';
import { CampaignRef } from './campaign-ref.type';
import { EvaluationStatus } from './report.enums';
import { CreateReportInput, ReportTextInput, SharedPracticeFilter } from './report.inputs';
import { EvaluationNotificationType, EvaluationReportType, ReportAuditEntryType } from './report.type';

@Resolver(() => EvaluationReportType)
export class ReportResolver {
  @Authorized(Capability.REPORT_READ)
  @Query(() => [EvaluationReportType], { description: "Evaluation reports: all for the province; a branch's own plus shared good practice." })
  evaluationReports(
    @Ctx() ctx: EvaluationContext,
    @Arg('status', () => EvaluationStatus, { nullable: true }) status?: EvaluationStatus | null,
    @Arg('campaignId', () => ID, { nullable: true }) campaignId?: string | null,
    @Arg('month', () => String, { nullable: true }) month?: string | null,
    @Arg('branchCode', () => String, { nullable: true }) branchCode?: string | null,
  ): Promise<EvaluationReportType[]> {
    return ctx.reports.list({ status, campaignId, month: checkMonth(month), branchCode });
  }

  @Authorized(Capability.REPORT_READ)
  @Query(() => EvaluationReportType, { nullable: true, description: 'One report, when the caller may see it.' })
  evaluationReport(@Ctx() ctx: EvaluationContext, @Arg('id', () => ID) id: string): Promise<EvaluationReportType | null> {
    return ctx.loaders.reportById.load(id);
  }

  @Authorized(Capability.REPORT_REVIEW)
  @Query(() => [EvaluationReportType], { description: 'The province’s review queue: submitted reports, oldest change first.' })
  async evaluationReviewQueue(@Ctx() ctx: EvaluationContext): Promise<EvaluationReportType[]> {
    return (await ctx.reports.list({ status: EvaluationStatus.SUBMITTED })).reverse();
  }

  @Authorized(Capability.REPORT_READ)
  @Query(() => [EvaluationReportType], { description: 'Shared good practice, visible to every branch: by campaign kind, retention class, tag or words.' })
  sharedPractices(@Ctx() ctx: EvaluationContext, @Arg('filter', () => SharedPracticeFilter, { nullable: true }) filter?: SharedPracticeFilter | null): Promise<EvaluationReportType[]> {
    return ctx.reports.sharedPractices(filter ?? {});
  }

  @Authorized(Capability.REPORT_WRITE)
  @Mutation(() => EvaluationReportType, { description: 'Starts a DRAFT report for (campaign, branch, month); the same idempotency key returns the first.' })
  createEvaluationReport(@Ctx() ctx: EvaluationContext, @Arg('input', () => CreateReportInput) input: CreateReportInput): Promise<EvaluationReportType> {
    return ctx.reports.create(input);
  }

  @Authorized(Capability.REPORT_WRITE)
  @Mutation(() => EvaluationReportType, { description: 'Edits a DRAFT or RETURNED report; a stale version is VERSION_CONFLICT.' })
  updateEvaluationReport(
    @Ctx() ctx: EvaluationContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ReportTextInput) input: ReportTextInput,
  ): Promise<EvaluationReportType> {
    return ctx.reports.update(id, version, input);
  }

  @Authorized(Capability.REPORT_WRITE)
  @Mutation(() => EvaluationReportType, { description: 'Submits the report, freezing the computed figures; submitting again returns it unchanged.' })
  submitEvaluationReport(
    @Ctx() ctx: EvaluationContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { nullable: true }) version?: number | null,
  ): Promise<EvaluationReportType> {
    return ctx.reports.submit(id, version);
  }

  @Authorized(Capability.REPORT_REVIEW)
  @Mutation(() => EvaluationReportType, { description: 'Returns a submitted report to its author; the comment is required.' })
  returnEvaluationReport(
    @Ctx() ctx: EvaluationContext,
    @Arg('id', () => ID) id: string,
    @Arg('comment') comment: string,
    @Arg('version', () => Int, { nullable: true }) version?: number | null,
  ): Promise<EvaluationReportType> {
    return ctx.reports.returnReport(id, version, comment);
  }

  @Authorized(Capability.REPORT_REVIEW)
  @Mutation(() => EvaluationReportType, { description: 'Accepts a submitted report; it cannot be edited afterwards.' })
  acceptEvaluationReport(
    @Ctx() ctx: EvaluationContext,
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String, { nullable: true }) comment?: string | null,
    @Arg('version', () => Int, { nullable: true }) version?: number | null,
  ): Promise<EvaluationReportType> {
    return ctx.reports.accept(id, version, comment);
  }

  @Authorized(Capability.REPORT_REVIEW)
  @Mutation(() => EvaluationReportType, { description: 'Marks an accepted report as shared good practice (visible to every branch), or takes it back.' })
  shareEvaluationReport(
    @Ctx() ctx: EvaluationContext,
    @Arg('id', () => ID) id: string,
    @Arg('shared') shared: boolean,
    @Arg('tags', () => [String], { nullable: true }) tags?: string[] | null,
    @Arg('version', () => Int, { nullable: true }) version?: number | null,
  ): Promise<EvaluationReportType> {
    return ctx.reports.share(id, shared, tags, version);
  }

  @Authorized(Capability.REPORT_READ)
  @FieldResolver(() => BranchRef, { nullable: true, description: 'The reporting branch; null for the province’s own report.' })
  branch(@Root() report: EvaluationReportType): BranchRef | null {
    return report.branchCode ? { code: report.branchCode } : null;
  }

  @Authorized(Capability.REPORT_READ)
  @FieldResolver(() => String, { nullable: true, description: 'The reporting branch’s code; null for the province’s own report.' })
  branchCode(@Root() report: EvaluationReportType): string | null {
    return report.branchCode;
  }

  @Authorized(Capability.REPORT_READ)
  @FieldResolver(() => CampaignRef, { nullable: true, description: 'Null when the caller may not see the campaign.' })
  campaign(@Root() report: EvaluationReportType): CampaignRef {
    return { id: report.campaignId };
  }

  @Authorized(Capability.REPORT_READ)
  @FieldResolver(() => String, { nullable: true, description: 'The campaign’s name (campaigns_api), for lists and search.' })
  campaignName(@Root() report: EvaluationReportType): string | null {
    return report.campaignName;
  }

  @Authorized(Capability.REPORT_READ)
  @FieldResolver(() => String, { nullable: true, description: 'The campaign’s kind (TENURE, TERMINAL, DEPOSIT_GIFT, …).' })
  campaignKind(@Root() report: EvaluationReportType): string | null {
    return report.campaignKind;
  }

  @Authorized(Capability.REPORT_READ)
  @FieldResolver(() => CampaignEvaluationType, {
    nullable: true,
    description: 'The computed figures: frozen at submission; while DRAFT or RETURNED the current ones (for its author’s scope).',
  })
  async figures(@Root() report: EvaluationReportType, @Ctx() ctx: EvaluationContext): Promise<CampaignEvaluationType | null> {
    const frozen = report.frozen;
    if (frozen && (report.status === EvaluationStatus.SUBMITTED || report.status === EvaluationStatus.ACCEPTED)) {
      const run = {
        campaignId: report.campaignId,
        month: frozen.month,
        fingerprint: frozen.fingerprint,
        windows: evaluationWindows(frozen.startMonth, frozen.month),
        computedAt: new Date(frozen.computedAt),
        rows: frozen.rows,
      };
      return evaluationFromRun(run, report.branchCode ?? '', frozen.targetReduction);
    }
    return ctx.evaluation.liveFiguresForReport(report.campaignId, report.branchCode, report.month);
  }

  @Authorized(Capability.REPORT_READ)
  @FieldResolver(() => [ReportAuditEntryType], { description: 'Every change: who, when, from, to, comment.' })
  history(@Root() report: EvaluationReportType, @Ctx() ctx: EvaluationContext): Promise<ReportAuditEntryType[]> {
    return ctx.reports.history(report.id);
  }
}

@Resolver(() => EvaluationNotificationType)
export class NotificationResolver {
  @Authorized(Capability.REPORT_READ)
  @Query(() => [EvaluationNotificationType], { description: 'The caller’s evaluation notices, newest first (province: submissions; branch: returns, acceptances, shares).' })
  evaluationNotifications(
    @Ctx() ctx: EvaluationContext,
    @Arg('unreadOnly', { nullable: true }) unreadOnly?: boolean,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ): Promise<EvaluationNotificationType[]> {
    return ctx.reports.notifications(unreadOnly ?? false, first ?? 50);
  }

  @Authorized(Capability.REPORT_READ)
  @Query(() => Int, { description: 'How many of the caller’s evaluation notices are unread (the badge).' })
  unreadEvaluationNotificationCount(@Ctx() ctx: EvaluationContext): Promise<number> {
    return ctx.reports.unreadNotificationCount();
  }

  @Authorized(Capability.REPORT_READ)
  @Mutation(() => Int, { description: 'Marks the given notices (or all of the caller’s) read; returns how many were newly read.' })
  markEvaluationNotificationsRead(@Ctx() ctx: EvaluationContext, @Arg('ids', () => [ID], { nullable: true }) ids?: string[] | null): Promise<number> {
    return ctx.reports.markNotificationsRead(ids);
  }
}
