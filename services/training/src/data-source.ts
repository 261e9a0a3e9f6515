import { createServiceDataSource } from '@retention/db';
import type { DataSource } from 'typeorm';
import { CreateOrg1763800000000 } from './migrations/1763800000000-CreateOrg';
import { BranchEntity } from './org/branch.entity';
import { UserEntity } from './users/user.entity';
import { CreateLoginThrottle1764700000000 } from './migrations/1764700000000-CreateLoginThrottle';
import { TokenVersion1764900000000 } from './migrations/1764900000000-TokenVersion';
import { StaffApi1765000000000 } from './migrations/1765000000000-StaffApi';
import { TrainingAndKpi1765000200000 } from './migrations/1765000200000-TrainingAndKpi';
import { KpiCohortChoice1765000300000 } from './migrations/1765000300000-KpiCohortChoice';

export const TRAINING_SCHEMA = 'training';

export function createTrainingDataSource(url: string): DataSource {
  return createServiceDataSource({
    url,
    schema: TRAINING_SCHEMA,
    entities: [BranchEntity, UserEntity],
    migrations: [CreateOrg1763800000000, CreateLoginThrottle1764700000000, TokenVersion1764900000000, StaffApi1765000000000, TrainingAndKpi1765000200000, KpiCohortChoice1765000300000],
  });
}
