import { useEffect } from 'react';
import { useQuery, type AnyVariables, type CombinedError, type DocumentInput } from 'urql';

/** What the hook needs of a job: the shared GraphQL `Job` type (status QUEUED, RUNNING, SUCCEEDED or FAILED). */
export interface JobProgressFields {
  status: string;
}

export interface JobProgressOptions<Data, Job extends JobProgressFields> {
  /** The job in the query's answer; by default the first root field's value. */
  select?: (data: Data) => Job | null | undefined;
  /** How often to ask again while the job runs (default 500 ms). */
  intervalMs?: number;
}

export interface JobProgressState<Data, Job> {
  job: Job | null;
  /** The whole answer (e.g. an import's per-file figures beside its job). */
  data: Data | undefined;
  /** SUCCEEDED or FAILED: polling has stopped. */
  done: boolean;
  failed: boolean;
  error: CombinedError | undefined;
}

const FINISHED = new Set(['SUCCEEDED', 'FAILED']);

function firstRootField<Data, Job>(data: Data): Job | null | undefined {
  return Object.values(data as Record<string, Job | null | undefined>)[0];
}

/**
 * Follows a background job: asks `query` (variables `{ id }`) over the network — never
 * from the cache — every `intervalMs` until the job has SUCCEEDED or FAILED. Pass no id
 * to wait. Every service has its own job query (`segmentJob(id)`, …), all answering the
 * same `Job` type.
 */
export function useJobProgress<Data, Variables extends AnyVariables = { id: string }, Job extends JobProgressFields = JobProgressFields>(
  query: DocumentInput<Data, Variables>,
  id: string | null | undefined,
  options: JobProgressOptions<Data, Job> = {},
): JobProgressState<Data, Job> {
  const [{ data, error }, reexecute] = useQuery<Data, Variables>({
    query,
    variables: { id } as unknown as Variables,
    requestPolicy: 'network-only',
    pause: !id,
  });
  const job = data ? ((options.select ?? firstRootField<Data, Job>)(data) ?? null) : null;
  const done = job !== null && FINISHED.has(job.status);
  const intervalMs = options.intervalMs ?? 500;
  useEffect(() => {
    if (!id || done) return undefined;
    const timer = setInterval(() => reexecute({ requestPolicy: 'network-only' }), intervalMs);
    return () => clearInterval(timer);
  }, [id, done, intervalMs, reexecute]);
  return { job, data, done, failed: job?.status === 'FAILED', error };
}
