import type { GraphQLSchema } from 'graphql';
import { branchKeyReference, buildFederatedSchema } from '@retention/graphql-kit';
import { AnalysesResolver } from './analyses/analyses.resolver';
import { reportReference } from './reports/report.reference';
import { NotificationResolver, ReportResolver } from './reports/report.resolver';
import { campaignReference } from './results/campaign.reference';
import { CampaignEvaluationResolver, EvaluationBreakdownResolver } from './results/evaluation.resolver';

export function buildEvaluationSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [ReportResolver, NotificationResolver, CampaignEvaluationResolver, EvaluationBreakdownResolver, AnalysesResolver],
    referenceResolvers: { Branch: branchKeyReference, EvaluationReport: reportReference, Campaign: campaignReference },
  });
}
