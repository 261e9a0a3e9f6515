import { createServiceDataSource } from '@retention/db';
import type { DataSource } from 'typeorm';
import { CreateSubscriber1763800100000 } from './migrations/1763800100000-CreateSubscriber';
import { CreateUsageOffersMembership1763800400000 } from './migrations/1763800400000-CreateUsageOffersMembership';
import { CreateSegmentDefinition1763800500000 } from './migrations/1763800500000-CreateSegmentDefinition';
import { CreateCohort1763800600000 } from './migrations/1763800600000-CreateCohort';
import { CreateUpload1763800700000 } from './migrations/1763800700000-CreateUpload';
import { UsageServicesAsText1764500000000 } from './migrations/1764500000000-UsageServicesAsText';
import { CreateSegmentsApi1764600000000 } from './migrations/1764600000000-CreateSegmentsApi';
import { SharedJobsAndUploads1764800000000 } from './migrations/1764800000000-SharedJobsAndUploads';
import { SegmentDefinitionApi1765000050000 } from './migrations/1765000050000-SegmentDefinitionApi';
import { MembershipContactFlags1765000400000 } from './migrations/1765000400000-MembershipContactFlags';
import { BranchBackstop1765000450000 } from './migrations/1765000450000-BranchBackstop';
import { BranchBackstopEstimable1765000460000 } from './migrations/1765000460000-BranchBackstopEstimable';
import { CohortMemberApi1765000500000 } from './migrations/1765000500000-CohortMemberApi';

export const SEGMENTS_SCHEMA = 'segments';

export function createSegmentsDataSource(url: string): DataSource {
  return createServiceDataSource({
    url,
    schema: SEGMENTS_SCHEMA,
    entities: [],
    migrations: [CreateSubscriber1763800100000, CreateUsageOffersMembership1763800400000, CreateSegmentDefinition1763800500000, CreateCohort1763800600000, CreateUpload1763800700000, UsageServicesAsText1764500000000, CreateSegmentsApi1764600000000, SharedJobsAndUploads1764800000000, SegmentDefinitionApi1765000050000, MembershipContactFlags1765000400000, BranchBackstop1765000450000, BranchBackstopEstimable1765000460000, CohortMemberApi1765000500000],
  });
}
