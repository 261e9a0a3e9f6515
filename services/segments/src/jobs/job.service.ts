import type { DataSource } from 'typeorm';
import { JobStore, type JobRecord as SharedJobRecord } from '@retention/jobs';
import { SEGMENTS_SCHEMA } from '../data-source';

export { throttle, type JobProgress, type JobStatus } from '@retention/jobs';

export type JobKind = 'IMPORT' | 'REFRESH';
export type JobRecord = SharedJobRecord<JobKind>;

/**
 * The segments service's jobs (imports, refreshes) in segments.job: the shared JobStore
 * of @retention/jobs on the segments schema. The CLI, the demo seed and the benchmark
 * record their imports here too.
 */
export class JobService extends JobStore<JobKind> {
  constructor(dataSource: DataSource) {
    super(dataSource, SEGMENTS_SCHEMA);
  }
}
