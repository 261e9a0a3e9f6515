import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@retention/graphql-kit';
import { branchRefReference } from './org/branch-ref.reference';
import { reportReference } from './reports/report.reference';
import { ReportResolver } from './reports/report.resolver';

export function buildEvaluationSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [ReportResolver],
    referenceResolvers: { Branch: branchRefReference, EvaluationReport: reportReference },
  });
}
