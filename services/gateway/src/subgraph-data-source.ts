import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { CLIENT_IP_HEADER, GATEWAY_SECRET_HEADER } from '@retention/auth';
import { subgraphHttpFetcher } from './subgraph-http';

export interface GatewayContext {
  authorization?: string;
  clientIp?: string;
}

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/** Labels of the subgraphs for users (an unavailable part of a page says which). */
const SERVICE_LABELS: Record<string, { 'zh-CN': string; en: string }> = {
  training: { 'zh-CN': '培训与组织', en: 'training and organisation' },
  segments: { 'zh-CN': '客户细分', en: 'customer segments' },
  campaigns: { 'zh-CN': '营销活动', en: 'campaigns' },
  evaluation: { 'zh-CN': '后评估', en: 'evaluation' },
};

/**
 * A subgraph that did not answer (timeout, refused connection): its part of the answer is
 * null with this typed error, the rest of the answer stands, and the UI shows that panel
 * as temporarily unavailable.
 */
export function subgraphUnavailable(service: string, cause: unknown): GraphQLError {
  const label = SERVICE_LABELS[service] ?? { 'zh-CN': service, en: service };
  // Duck-typed: the cause may be a TimeoutError, a socket error or anything a fetcher throws.
  const { name, message } = (cause ?? {}) as { name?: unknown; message?: unknown };
  const reason = /abort|timeout/i.test(`${String(name)} ${String(message)}`) ? 'did not answer in time' : 'is not reachable';
  return new GraphQLError(`the ${service} service ${reason}`, {
    extensions: {
      code: 'SUBGRAPH_UNAVAILABLE',
      service,
      messages: { 'zh-CN': `${label['zh-CN']}服务暂时不可用，此部分数据未能显示，请稍后重试`, en: `The ${label.en} service is unavailable for the moment: this part could not be shown, please try again shortly` },
    },
  });
}

/**
 * How the gateway calls a subgraph: with the caller's token (every subgraph verifies it
 * itself), over plain kept-alive HTTP (subgraph-http.ts), and with identical queries in flight at
 * the same moment for the same token sent once — a dashboard opened by many people at
 * once costs the subgraph one request. Mutations are never shared.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly inFlight = new Map<string, { response: Promise<SubgraphResponse>; callers: number }>();

  constructor(
    url: string,
    /** The subgraph's name in the supergraph (training, segments, …), for typed errors. */
    private readonly service: string,
    /** Proves to the subgraph that the call comes from the gateway (x-gateway-secret). */
    private readonly secret?: string,
    /** A subgraph that does not answer in time fails its part of the answer only. */
    timeoutMs = Number(process.env.SUBGRAPH_TIMEOUT_MS ?? 15000),
  ) {
    // The fetcher's declared type is the whole Fetch API; the data source reads only what subgraphHttpFetcher gives.
    super({ url, fetcher: subgraphHttpFetcher(timeoutMs) as unknown as RemoteGraphQLDataSource['fetcher'] });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    if (this.secret) request.http?.headers.set(GATEWAY_SECRET_HEADER, this.secret);
    if (context.clientIp) request.http?.headers.set(CLIENT_IP_HEADER, context.clientIp);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    try {
      return await this.processShared(options);
    } catch (error) {
      // A GraphQL error is the subgraph's own answer; anything else is the call that failed.
      if (error instanceof GraphQLError) throw error;
      throw subgraphUnavailable(this.service, error);
    }
  }

  private async processShared(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const query = options.request.query ?? '';
    // The enum of request kinds is not exported by @apollo/gateway; its values are stable strings.
    if (String(options.kind) !== 'incoming operation' || !isQuery(query)) return super.process(options);
    const key = JSON.stringify([options.context.authorization ?? '', query, options.request.variables ?? {}]);
    let shared = this.inFlight.get(key);
    if (!shared) {
      // Settled, the entry is gone before any caller resumes: no one joins an answer already given out.
      shared = { response: super.process(options).finally(() => this.inFlight.delete(key)), callers: 0 };
      this.inFlight.set(key, shared);
    }
    shared.callers += 1;
    const response = await shared.response;
    // The gateway merges into what it gets: callers who shared an answer each get their own copy, a lone caller
    // (every request but simultaneous identical ones) the answer itself, without copying it.
    if (shared.callers === 1) return response;
    return { ...response, data: structuredClone(response.data), errors: structuredClone(response.errors) };
  }
}

/** Subgraph operations written by the query planner start with their kind (or `{` for a query). */
export function isQuery(operation: string): boolean {
  return /^\s*(\{|query\b)/.test(operation);
}
