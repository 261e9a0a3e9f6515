import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { BaseContext } from '@retention/graphql-kit';
import { AuthService } from './auth/auth.service';
import { BranchService } from './org/branch.service';
import type { BranchType } from './org/branch.type';
import { UserService } from './users/user.service';

export interface TrainingContext extends BaseContext {
  auth: AuthService;
  branches: BranchService;
  users: UserService;
  loaders: { branchByCode: DataLoader<string, BranchType | null> };
}

export function createTrainingContext(base: BaseContext, dataSource: DataSource): TrainingContext {
  const branches = new BranchService(dataSource);
  return {
    ...base,
    auth: new AuthService(dataSource),
    branches,
    users: new UserService(dataSource),
    loaders: { branchByCode: branches.createLoader() },
  };
}
