import type { ServiceDefinition } from '@retention/graphql-kit';
import { createEvaluationContext, type EvaluationContext } from './context';
import { createEvaluationDataSource } from './data-source';
import { EvaluationJobQueue } from './jobs/evaluation-job-queue';
import { buildEvaluationSchema } from './schema';
import { seedDemoReports } from './seed/demo-reports';

/** The evaluation subgraph: computed results (DOMAIN.md §6), branch reports, province review and shared practice. */
export const evaluationService: ServiceDefinition<EvaluationContext, EvaluationJobQueue> = {
  name: 'evaluation',
  portEnv: 'EVALUATION_PORT',
  defaultPort: 4103,
  createDataSource: createEvaluationDataSource,
  buildSchema: buildEvaluationSchema,
  createContext: createEvaluationContext,
  startRuntime: (dataSource, { databaseUrl }) => EvaluationJobQueue.start(dataSource, databaseUrl),
  afterMigrate: async (dataSource, { seedDemo }) => {
    if (seedDemo) await seedDemoReports(dataSource);
  },
};

export { EvaluationJobQueue } from './jobs/evaluation-job-queue';
export { ResultStore } from './results/result-store.service';
