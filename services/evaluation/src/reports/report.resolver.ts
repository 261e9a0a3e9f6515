import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@retention/domain';
import type { EvaluationContext } from '../context';
import { BranchRef } from '../org/branch-ref.type';
import { CampaignRef } from './campaign-ref.type';
import { EvaluationReportType } from './report.type';

const REPORT_READERS = [Role.PROVINCE_PLANNER, Role.PROVINCE_ANALYST, Role.BRANCH_PLANNER];

@Resolver(() => EvaluationReportType)
export class ReportResolver {
  @Authorized(...REPORT_READERS)
  @Query(() => [EvaluationReportType], { description: "Evaluation reports: all for the province; a branch's own plus shared good practice." })
  evaluationReports(@Ctx() ctx: EvaluationContext): Promise<EvaluationReportType[]> {
    return ctx.reports.list();
  }

  @FieldResolver(() => BranchRef)
  branch(@Root() report: EvaluationReportType): BranchRef {
    return { code: report.branchCode };
  }

  @FieldResolver(() => CampaignRef, { nullable: true, description: 'Null when the caller may not see the campaign.' })
  campaign(@Root() report: EvaluationReportType): CampaignRef {
    return { id: report.campaignId };
  }
}
