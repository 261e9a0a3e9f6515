import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { JobType, toJobType } from '@retention/jobs';
import type { JobRecord } from './job.service';

@ObjectType('ImportFileResult')
export class ImportFileResultType {
  @Field()
  kind: string;

  @Field()
  file: string;

  @Field(() => Int)
  rowsRead: number;

  @Field(() => Int)
  rowsImported: number;

  @Field(() => Int)
  rowsRejected: number;

  @Field(() => [String])
  months: string[];

  @Field(() => [String], { description: 'Header columns the import does not know and so ignored (shown to the user as a warning).' })
  ignoredColumns: string[];
}

/**
 * An import or refresh: the shared `Job` (identical in every subgraph) plus what only a
 * segments job has — an import's per-file figures, error count and refreshed months.
 * The job's own fields are also here, as they were before `Job` existed.
 */
@ObjectType('SegmentJob', { description: 'An import or refresh running in the background.' })
export class SegmentJobType {
  @Field(() => ID)
  id: string;

  @Field(() => JobType, { description: 'The job as every service shows one (status, progress, …).' })
  job: JobType;

  @Field({ description: 'IMPORT or REFRESH' })
  kind: string;

  @Field({ description: 'QUEUED, RUNNING, SUCCEEDED or FAILED' })
  status: string;

  @Field({ description: 'What it is doing now, e.g. "reading usage.csv".' })
  phase: string;

  @Field(() => Float, { description: '0–1' })
  progress: number;

  @Field(() => Float)
  rowsDone: number;

  @Field(() => String, { nullable: true })
  error: string | null;

  @Field(() => Int, { description: 'Rows with errors (rejected, or quarantined).' })
  errorCount: number;

  @Field(() => [ImportFileResultType])
  files: ImportFileResultType[];

  @Field(() => [String], { description: 'Months refreshed after an import started with refresh: true, in order.' })
  refreshedMonths: string[];

  @Field()
  createdBy: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}

export function toSegmentJobType(job: JobRecord): SegmentJobType {
  const result = (job.result ?? {}) as { files?: ImportFileResultType[]; errorCount?: number; refreshed?: { month: string }[] };
  return {
    id: job.id,
    job: toJobType(job),
    kind: job.kind,
    status: job.status,
    phase: job.phase,
    progress: job.progress,
    rowsDone: job.rowsDone,
    error: job.error,
    errorCount: result.errorCount ?? 0,
    files: (result.files ?? []).map((f) => ({ ...f, months: f.months ?? [], ignoredColumns: f.ignoredColumns ?? [] })),
    refreshedMonths: (result.refreshed ?? []).map((r) => r.month),
    createdBy: job.createdBy,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}

@ObjectType('ImportRowError')
export class ImportRowErrorType {
  @Field()
  file: string;

  @Field(() => Int, { nullable: true, description: 'Line in the file; the header is line 1.' })
  line: number | null;

  @Field(() => String, { nullable: true })
  column: string | null;

  @Field({ description: 'e.g. UNKNOWN_BRANCH, NEGATIVE, DUPLICATE_KEY' })
  code: string;

  @Field(() => String, { nullable: true })
  value: string | null;

  @Field()
  message: string;
}
