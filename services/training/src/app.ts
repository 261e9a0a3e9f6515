import type { ServiceDefinition } from '@retention/graphql-kit';
import { createTrainingContext, type TrainingContext } from './context';
import { createTrainingDataSource } from './data-source';
import { buildTrainingSchema, TRAINING_PUBLIC_ROOT_FIELDS } from './schema';
import { seedDemoTraining } from './seed/demo-training';
import { refuseOpenDemoLoginsInProduction, seedDemoUsers } from './seed/demo-users';

/** The training subgraph: org (branches, users, login), staff, courses, sessions, attendance, coverage and KPI scoring. */
export const trainingService: ServiceDefinition<TrainingContext> = {
  name: 'training',
  portEnv: 'TRAINING_PORT',
  defaultPort: 4104,
  createDataSource: createTrainingDataSource,
  buildSchema: buildTrainingSchema,
  createContext: createTrainingContext,
  publicRootFields: TRAINING_PUBLIC_ROOT_FIELDS,
  afterMigrate: async (dataSource, { seedDemo }) => {
    if (seedDemo) {
      await seedDemoUsers(dataSource);
      await seedDemoTraining(dataSource);
    }
    await refuseOpenDemoLoginsInProduction(dataSource);
  },
};

export { DEMO_USERS, DEMO_PASSWORD } from './seed/demo-users';
