import { createServiceDataSource } from '@retention/db';
import type { DataSource } from 'typeorm';
import { CreateEvaluationReport1763800300000 } from './migrations/1763800300000-CreateEvaluationReport';
import { EvaluationResultsAndReview1765000300000 } from './migrations/1765000300000-EvaluationResultsAndReview';

export const EVALUATION_SCHEMA = 'evaluation';

export function createEvaluationDataSource(url: string): DataSource {
  return createServiceDataSource({
    url,
    schema: EVALUATION_SCHEMA,
    // Reports and results are read and written with set-based SQL: no entities.
    entities: [],
    migrations: [CreateEvaluationReport1763800300000, EvaluationResultsAndReview1765000300000],
  });
}
