import type { ServiceDefinition } from '@retention/graphql-kit';
import { createEvaluationContext, type EvaluationContext } from './context';
import { createEvaluationDataSource } from './data-source';
import { buildEvaluationSchema } from './schema';
import { seedDemoReports } from './seed/demo-reports';

/** The evaluation subgraph: branch reports now; computed figures and review next. */
export const evaluationService: ServiceDefinition<EvaluationContext> = {
  name: 'evaluation',
  portEnv: 'EVALUATION_PORT',
  defaultPort: 4103,
  createDataSource: createEvaluationDataSource,
  buildSchema: buildEvaluationSchema,
  createContext: createEvaluationContext,
  afterMigrate: async (dataSource, { seedDemo }) => {
    if (seedDemo) await seedDemoReports(dataSource);
  },
};
