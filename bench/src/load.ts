import { percentile } from './stats';

export interface LoadResult {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  completed: number;
}

/**
 * A closed-loop load: `concurrency` clients each run `operation` (given the client's
 * number, 0-based) back to back for `seconds`, and every completed operation's latency is kept. An operation may be
 * more than one HTTP request (the direct baseline asks two subgraphs in turn), which
 * is why this is not autocannon: autocannon times single requests to one host.
 */
export async function closedLoopLoad(operation: (client: number) => Promise<void>, options: { concurrency: number; seconds: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const client = async (_: unknown, index: number) => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      await operation(index);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const elapsed = (performance.now() - started) / 1000;
  return { p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95), p99Ms: percentile(latencies, 99), requestsPerSecond: latencies.length / elapsed, completed: latencies.length };
}

/** POSTs a GraphQL operation and returns its data; any error fails the benchmark. */
export async function postGraphQL<T>(url: string, token: string | null, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(`${url}: HTTP ${response.status} ${body.errors?.map((e) => e.message).join('; ') ?? ''}`);
  }
  return body.data;
}
