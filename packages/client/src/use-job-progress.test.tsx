import { act, render, screen } from '@testing-library/react';
import { gql, Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import { useJobProgress } from './use-job-progress';

interface JobData {
  fooJob: { id: string; job: { status: string; progress: number } };
}

const FooJobQuery = gql<JobData, { id: string }>`
  query FooJob($id: ID!) {
    fooJob(id: $id) { id job { status progress } }
  }
`;

/** Answers each query with the next of `statuses` (the last one again once they run out). */
function clientAnswering(statuses: string[]): Client & { calls: { requestPolicy: string; id: unknown }[] } {
  const calls: { requestPolicy: string; id: unknown }[] = [];
  const executeQuery = (request: { variables: { id: unknown } }, context: { requestPolicy: string }) => {
    const status = statuses[Math.min(calls.length, statuses.length - 1)];
    calls.push({ requestPolicy: context.requestPolicy, id: request.variables.id });
    return fromValue({ operation: request, data: { fooJob: { id: 'j1', job: { status, progress: status === 'SUCCEEDED' ? 1 : 0.5 } } }, stale: false, hasNext: false });
  };
  return { calls, executeQuery } as unknown as Client & { calls: { requestPolicy: string; id: unknown }[] };
}

function Probe({ id }: { id: string | null }) {
  const { job, done, failed } = useJobProgress(FooJobQuery, id, { select: (d) => d.fooJob.job });
  return <span data-testid="state">{`${job?.status ?? 'none'} ${done ? 'done' : 'running'} ${failed ? 'failed' : 'ok'}`}</span>;
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

async function tick(ms: number) {
  await act(async () => {
    jest.advanceTimersByTime(ms);
  });
}

it('polls the job over the network every 500 ms until it has finished, then stops', async () => {
  const client = clientAnswering(['QUEUED', 'RUNNING', 'SUCCEEDED']);
  render(<Provider value={client}><Probe id="j1" /></Provider>);
  expect(screen.getByTestId('state')).toHaveTextContent('QUEUED running ok');
  await tick(500);
  expect(screen.getByTestId('state')).toHaveTextContent('RUNNING running ok');
  await tick(500);
  expect(screen.getByTestId('state')).toHaveTextContent('SUCCEEDED done ok');
  await tick(5000);
  expect(client.calls).toHaveLength(3);
  expect(client.calls.every((c) => c.requestPolicy === 'network-only' && c.id === 'j1')).toBe(true);
});

it('says when the job failed', async () => {
  const client = clientAnswering(['RUNNING', 'FAILED']);
  render(<Provider value={client}><Probe id="j1" /></Provider>);
  await tick(500);
  expect(screen.getByTestId('state')).toHaveTextContent('FAILED done failed');
});

it('asks nothing without an id', async () => {
  const client = clientAnswering(['RUNNING']);
  render(<Provider value={client}><Probe id={null} /></Provider>);
  await tick(2000);
  expect(screen.getByTestId('state')).toHaveTextContent('none running ok');
  expect(client.calls).toHaveLength(0);
});
