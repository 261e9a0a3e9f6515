import type { GraphQLSchema } from 'graphql';
import { branchKeyReference, buildFederatedSchema } from '@retention/graphql-kit';
import { reportReference } from './reports/report.reference';
import { ReportResolver } from './reports/report.resolver';

export function buildEvaluationSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [ReportResolver],
    referenceResolvers: { Branch: branchKeyReference, EvaluationReport: reportReference },
  });
}
