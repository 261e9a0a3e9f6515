import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@retention/graphql-kit';
import { AuthResolver } from './auth/auth.resolver';
import { campaignReference, TalkTrackCampaignResolver, TalkTrackResolver } from './campaigns/talk-track.resolver';
import { CourseResolver } from './courses/course.resolver';
import { CoverageResolver } from './coverage/coverage.resolver';
import { EnrollmentResolver } from './enrollment/enrollment.resolver';
import { KpiCohortResolver } from './kpi/kpi-cohort.resolver';
import { KpiResolver } from './kpi/kpi.resolver';
import { branchReference } from './org/branch.reference';
import { BranchResolver } from './org/branch.resolver';
import { SessionResolver } from './sessions/session.resolver';
import { StaffResolver } from './staff/staff.resolver';
import { UserResolver } from './users/user.resolver';

/** The only field any subgraph serves without a token. */
export const TRAINING_PUBLIC_ROOT_FIELDS = ['login'];

export function buildTrainingSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [AuthResolver, BranchResolver, UserResolver, StaffResolver, CourseResolver, SessionResolver, EnrollmentResolver, CoverageResolver, KpiResolver, KpiCohortResolver, TalkTrackResolver, TalkTrackCampaignResolver],
    publicRootFields: TRAINING_PUBLIC_ROOT_FIELDS,
    // login answers with the user and their branch, before there is a token.
    publicFieldResolvers: ['UserResolver.branch'],
    referenceResolvers: { Branch: branchReference, Campaign: campaignReference },
  });
}
