import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { BRANCH_CODES } from '@retention/domain';
import { closedLoopLoad, postGraphQL, type LoadResult } from '../load';
import { cpuMsOf } from '../process-cpu';
import { summarize } from '../stats';
import { CorrectnessError, type Measurement, type PlatformBenchmark, type PlatformContext } from './benchmark';

const CONCURRENCY = 20;
const SECONDS = 15;
const WARMUP_SECONDS = 15;
const HIVE_PORT = 25090;
/** Command-line marks of the two gateways' processes (infra/local starts ours; startHiveGateway forks the peer). */
const GATEWAY_PROCESS = path.join('services', 'gateway', 'dist', 'main.js');
const HIVE_PROCESS = 'hive-gateway.js';
const SUPERGRAPH = path.resolve(__dirname, '..', '..', '..', 'services', 'gateway', 'supergraph.graphql');

// A branch planner's dashboard row: names from training, counts from segments. Each client is
// another branch's planner, so no two requests in flight are the same (no deduplication).
const DASHBOARD = `query Dashboard($month: String!) {
  branches { code name nameEn midHighEndCount(month: $month) nearMidHighEndCount(month: $month) }
}`;
const TRAINING_BRANCHES = '{ branches { code name nameEn } }';
const SEGMENTS_COUNTS = `query Counts($representations: [_Any!]!, $month: String!) {
  _entities(representations: $representations) { ... on Branch { midHighEndCount(month: $month) nearMidHighEndCount(month: $month) } }
}`;

interface BranchRow { code: string; name: string; nameEn: string; midHighEndCount: number; nearMidHighEndCount: number }

/** Direct calls prove themselves to a subgraph as the gateway does. */
const asGateway = (ctx: PlatformContext, subgraph: string) => ({ 'x-gateway-secret': ctx.subgraphSecrets[subgraph] });

/** What the gateway does for DASHBOARD, done by hand: training first, then segments for those branches. */
async function direct(ctx: PlatformContext, token: string, month: string): Promise<BranchRow[]> {
  const { branches } = await postGraphQL<{ branches: Omit<BranchRow, 'midHighEndCount' | 'nearMidHighEndCount'>[] }>(ctx.subgraphUrls.training, token, TRAINING_BRANCHES, {}, asGateway(ctx, 'training'));
  const representations = branches.map((b) => ({ __typename: 'Branch', code: b.code }));
  const { _entities } = await postGraphQL<{ _entities: Pick<BranchRow, 'midHighEndCount' | 'nearMidHighEndCount'>[] }>(ctx.subgraphUrls.segments, token, SEGMENTS_COUNTS, { representations, month }, asGateway(ctx, 'segments'));
  return branches.map((b, i) => ({ ...b, ..._entities[i] }));
}

function startHiveGateway(ctx: PlatformContext): Promise<{ url: string; stop: () => void }> {
  // The composed supergraph names the default ports; point it at the subgraphs actually running.
  let supergraph = fs.readFileSync(SUPERGRAPH, 'utf8');
  for (const [name, url] of Object.entries(ctx.subgraphUrls)) {
    supergraph = supergraph.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]+"`), `$1${url}"`);
  }
  const child: ChildProcess = fork(path.join(__dirname, '..', 'hive-gateway.js'), [supergraph, String(HIVE_PORT), JSON.stringify(ctx.subgraphSecrets)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve({ url: `http://127.0.0.1:${HIVE_PORT}/graphql`, stop: () => child.kill('SIGKILL') }));
    child.once('exit', (code) => reject(new Error(`Hive gateway exited with ${code}`)));
  });
}

/** One branch planner per client, each of another branch, made for this run through the admin API. */
async function branchPlannerTokens(ctx: PlatformContext): Promise<{ branchCode: string; token: string }[]> {
  const { login: admin } = await postGraphQL<{ login: { token: string } }>(ctx.gatewayUrl, null, 'mutation { login(username: "admin", password: "demo1234") { token } }');
  const run = Date.now().toString(36);
  const password = `b5-${run}-password`;
  return Promise.all(
    BRANCH_CODES.slice(0, CONCURRENCY).map(async (branchCode) => {
      const username = `b5.${branchCode.toLowerCase()}.${run}`;
      await postGraphQL(ctx.gatewayUrl, admin.token, 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
        i: { username, displayName: `B5 ${branchCode}`, password, role: 'BRANCH_PLANNER', branchCode },
      });
      const { login } = await postGraphQL<{ login: { token: string } }>(ctx.gatewayUrl, null, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password });
      return { branchCode, token: login.token };
    }),
  );
}

interface Contender {
  label: string;
  operation: (client: number) => Promise<void>;
  /** What the contender's own process has on its command line, to count its CPU time per request. */
  process?: string;
}

interface Run extends LoadResult {
  /** CPU time of the contender's own process per completed request, in ms (null without /proc or without a process of its own). */
  cpuMsPerRequest: number | null;
}

/**
 * Each contender's runs, taken in rounds (one run of each per round, the order rotating),
 * so a shared machine's load drifting during the benchmark weighs on all three alike
 * instead of on whichever was measured last.
 */
async function measureInterleaved(ctx: PlatformContext, contenders: Contender[]): Promise<Run[][]> {
  for (const { operation } of contenders) await closedLoopLoad(operation, { concurrency: CONCURRENCY, seconds: WARMUP_SECONDS });
  const results: Run[][] = contenders.map(() => []);
  for (let run = 0; run < ctx.runs; run++) {
    for (let turn = 0; turn < contenders.length; turn++) {
      const index = (run + turn) % contenders.length;
      const { label, operation, process: own } = contenders[index];
      const cpuBefore = own ? cpuMsOf(own) : null;
      const result = await closedLoopLoad(operation, { concurrency: CONCURRENCY, seconds: SECONDS });
      const cpuAfter = own ? cpuMsOf(own) : null;
      const cpuMsPerRequest = cpuBefore !== null && cpuAfter !== null && result.completed > 0 ? (cpuAfter - cpuBefore) / result.completed : null;
      process.stderr.write(`  B5 ${label}: run ${run + 1}/${ctx.runs} p50 ${result.p50Ms.toFixed(2)} ms, ${result.requestsPerSecond.toFixed(0)} req/s${cpuMsPerRequest === null ? '' : `, ${cpuMsPerRequest.toFixed(2)} ms CPU per request`}\n`);
      results[index].push({ ...result, cpuMsPerRequest });
    }
  }
  return results;
}

/** The median CPU time per request of a contender's runs, as text. */
function cpuPerRequest(runs: Run[]): string {
  const values = runs.map((r) => r.cpuMsPerRequest).filter((v): v is number => v !== null);
  return values.length ? `${summarize(values).median.toFixed(2)} ms` : 'not measured (no /proc)';
}

/** B5: the dashboard query through our gateway, against the subgraphs straight and against Hive Gateway. */
export const b5Gateway: PlatformBenchmark = {
  id: 'B5',
  title: 'gateway overhead',
  async run(ctx) {
    const { login } = await postGraphQL<{ login: { token: string } }>(ctx.gatewayUrl, null, 'mutation { login(username: "province", password: "demo1234") { token } }');
    const { segmentMonths } = await postGraphQL<{ segmentMonths: { latest: string } }>(ctx.gatewayUrl, login.token, '{ segmentMonths { latest } }');
    const month = segmentMonths.latest;
    const clients = await branchPlannerTokens(ctx);
    const hive = await startHiveGateway(ctx);
    try {
      // The same answer three ways for every client, each its own branch only, or the timings mean nothing.
      for (const { branchCode, token } of clients) {
        const expected = await direct(ctx, token, month);
        if (expected.length !== 1 || expected[0].code !== branchCode) throw new CorrectnessError('B5', `${branchCode}'s planner saw ${expected.map((b) => b.code).join(', ')} instead of only ${branchCode}`);
        for (const [name, url] of [['gateway', ctx.gatewayUrl], ['Hive Gateway', hive.url]] as const) {
          const { branches } = await postGraphQL<{ branches: BranchRow[] }>(url, token, DASHBOARD, { month });
          if (!isDeepStrictEqual(branches, expected)) throw new CorrectnessError('B5', `${name} answered ${branchCode}'s planner differently from the subgraphs`);
        }
      }
      const tokenOf = (client: number) => clients[client % clients.length].token;

      const [ours, straight, peer] = await measureInterleaved(ctx, [
        { label: 'gateway', operation: async (client) => void (await postGraphQL(ctx.gatewayUrl, tokenOf(client), DASHBOARD, { month })), process: GATEWAY_PROCESS },
        { label: 'direct', operation: async (client) => void (await direct(ctx, tokenOf(client), month)) },
        { label: 'Hive Gateway', operation: async (client) => void (await postGraphQL(hive.url, tokenOf(client), DASHBOARD, { month })), process: HIVE_PROCESS },
      ]);

      const p50 = (rs: LoadResult[]) => summarize(rs.map((r) => r.p50Ms));
      const rps = (rs: LoadResult[]) => summarize(rs.map((r) => r.requestsPerSecond));
      const latencyGoal = 1.3 * p50(straight).median + 3;
      const notes = [
        `${CONCURRENCY} concurrent clients, each another branch's planner (its own token, its own branch only), ${SECONDS} s per run, after a ${WARMUP_SECONDS} s warm-up, the three measured in rotating rounds, with the gateway's limits on; the same row for every client from all three ✓`,
        `p50 / p95 / p99: gateway ${medianOf(ours, 'p50Ms')} / ${medianOf(ours, 'p95Ms')} / ${medianOf(ours, 'p99Ms')} ms, direct ${medianOf(straight, 'p50Ms')} / ${medianOf(straight, 'p95Ms')} / ${medianOf(straight, 'p99Ms')} ms, Hive ${medianOf(peer, 'p50Ms')} / ${medianOf(peer, 'p95Ms')} / ${medianOf(peer, 'p99Ms')} ms`,
        `direct ${rps(straight).median.toFixed(0)} req/s`,
        `CPU time of the gateway's own process per request: ours ${cpuPerRequest(ours)}, Hive Gateway ${cpuPerRequest(peer)} (on 2 cores shared with the subgraphs, PostgreSQL and the clients, a gateway's CPU is what it takes from everyone's throughput)`,
        'no two requests in flight are identical (20 tokens), so neither gateway\'s deduplication of identical in-flight queries applies',
      ];
      const latency: Measurement = {
        id: 'B5', size: null, what: "a branch planner's dashboard query (training + segments), 20 different branch users, through the gateway: p50 latency", unit: 'ms',
        value: p50(ours), baseline: { what: 'the same data from the two subgraphs directly', value: p50(straight) },
        ratio: p50(ours).median / p50(straight).median, goal: `≤ 1.3× direct + 3 ms (= ${latencyGoal.toFixed(2)} ms)`,
        pass: p50(ours).median <= latencyGoal, notes,
      };
      const throughput: Measurement = {
        id: 'B5', size: null, what: "a branch planner's dashboard query, 20 different branch users, through the gateway: throughput", unit: 'req/s',
        value: rps(ours), baseline: { what: '@graphql-hive/gateway on the same supergraph', value: rps(peer) },
        ratio: rps(ours).median / rps(peer).median, goal: '≥ 1× Hive Gateway', pass: rps(ours).median >= rps(peer).median, notes: [],
      };
      return [latency, throughput];
    } finally {
      hive.stop();
    }
  },
};

function medianOf(results: Run[], key: 'p50Ms' | 'p95Ms' | 'p99Ms'): string {
  return summarize(results.map((r) => r[key])).median.toFixed(1);
}
