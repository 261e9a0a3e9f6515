import { createServiceDataSource } from '@retention/db';
import type { DataSource } from 'typeorm';
import { CreateEvaluationReport1763800300000 } from './migrations/1763800300000-CreateEvaluationReport';

export const EVALUATION_SCHEMA = 'evaluation';

export function createEvaluationDataSource(url: string): DataSource {
  return createServiceDataSource({
    url,
    schema: EVALUATION_SCHEMA,
    entities: [],
    migrations: [CreateEvaluationReport1763800300000],
  });
}
