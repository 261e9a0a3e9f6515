import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Capability } from '@retention/domain';
import type { EvaluationContext } from '../context';
import { BranchRef } from '../org/branch-ref.type';
import { CampaignRef } from './campaign-ref.type';
import { EvaluationReportType } from './report.type';

@Resolver(() => EvaluationReportType)
export class ReportResolver {
  @Authorized(Capability.REPORT_READ)
  @Query(() => [EvaluationReportType], { description: "Evaluation reports: all for the province; a branch's own plus shared good practice." })
  evaluationReports(@Ctx() ctx: EvaluationContext): Promise<EvaluationReportType[]> {
    return ctx.reports.list();
  }

  @Authorized(Capability.REPORT_READ)
  @FieldResolver(() => BranchRef)
  branch(@Root() report: EvaluationReportType): BranchRef {
    return { code: report.branchCode };
  }

  @Authorized(Capability.REPORT_READ)
  @FieldResolver(() => CampaignRef, { nullable: true, description: 'Null when the caller may not see the campaign.' })
  campaign(@Root() report: EvaluationReportType): CampaignRef {
    return { id: report.campaignId };
  }
}
