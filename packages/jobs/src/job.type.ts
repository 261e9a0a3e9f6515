import { Directive, Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { JOB_STATUSES, type JobRecord, type JobStatus } from './job-store';

const JobStatusEnum = Object.fromEntries(JOB_STATUSES.map((s) => [s, s])) as { [S in JobStatus]: S };
registerEnumType(JobStatusEnum, { name: 'JobStatus', description: 'Where a background job is: QUEUED → RUNNING → SUCCEEDED or FAILED.' });

/**
 * A background job as every subgraph shows it: a value type, defined once here so that
 * it is identical in each subgraph that has jobs (federation composes a `@shareable`
 * type only when every subgraph defines the same fields). What a kind of job produces
 * (an import's per-file figures, …) belongs on the service's own type or query, never here.
 */
@Directive('@shareable')
@ObjectType('Job', { description: 'A background job (import, refresh, …) with its progress.' })
export class JobType {
  @Field(() => ID)
  id: string;

  @Field({ description: "The owning service's kind of job, e.g. IMPORT or REFRESH." })
  kind: string;

  @Field(() => JobStatusEnum)
  status: JobStatus;

  @Field({ description: 'What it is doing now, e.g. "reading usage.csv".' })
  phase: string;

  @Field(() => Float, { description: '0–1' })
  progress: number;

  @Field(() => Float, { description: 'Rows handled so far.' })
  rowsDone: number;

  @Field(() => Float, { nullable: true, description: 'Rows to handle in all, when known.' })
  rowsTotal: number | null;

  @Field(() => String, { nullable: true, description: 'Why it failed (FAILED only).' })
  error: string | null;

  @Field()
  createdBy: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}

export function toJobType(job: JobRecord): JobType {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    phase: job.phase,
    progress: job.progress,
    rowsDone: job.rowsDone,
    rowsTotal: job.rowsTotal,
    error: job.error,
    createdBy: job.createdBy,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}
