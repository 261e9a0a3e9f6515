import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { CLIENT_IP_HEADER, GATEWAY_SECRET_HEADER } from '@retention/auth';

export interface GatewayContext {
  authorization?: string;
  clientIp?: string;
}

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/**
 * How the gateway calls a subgraph: with the caller's token (every subgraph verifies it
 * itself), over Node's own fetch (keep-alive), and with identical queries in flight at
 * the same moment for the same token sent once — a dashboard opened by many people at
 * once costs the subgraph one request. Mutations are never shared.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly inFlight = new Map<string, Promise<SubgraphResponse>>();

  constructor(
    url: string,
    /** Proves to the subgraph that the call comes from the gateway (x-gateway-secret). */
    private readonly secret?: string,
    /** A subgraph that does not answer in time fails its part of the answer only. */
    timeoutMs = Number(process.env.SUBGRAPH_TIMEOUT_MS ?? 15000),
  ) {
    const fetchWithTimeout = (input: string, init?: RequestInit) => globalThis.fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    super({ url, fetcher: fetchWithTimeout as unknown as RemoteGraphQLDataSource['fetcher'] });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    if (this.secret) request.http?.headers.set(GATEWAY_SECRET_HEADER, this.secret);
    if (context.clientIp) request.http?.headers.set(CLIENT_IP_HEADER, context.clientIp);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const query = options.request.query ?? '';
    // The enum of request kinds is not exported by @apollo/gateway; its values are stable strings.
    if (String(options.kind) !== 'incoming operation' || !isQuery(query)) return super.process(options);
    const key = JSON.stringify([options.context.authorization ?? '', query, options.request.variables ?? {}]);
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = super.process(options).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    const response = await pending;
    // Each caller gets its own copy: the gateway merges results into its own trees.
    return { ...response, data: structuredClone(response.data), errors: structuredClone(response.errors) };
  }
}

/** Subgraph operations written by the query planner start with their kind (or `{` for a query). */
export function isQuery(operation: string): boolean {
  return /^\s*(\{|query\b)/.test(operation);
}
