import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import * as httpTransport from '@graphql-mesh/transport-http';

/**
 * The peer of B5: the same supergraph served by GraphQL Hive Gateway, in a process of
 * its own like ours, forwarding the caller's token to the subgraphs as ours does.
 * argv: supergraph SDL (subgraph URLs already pointing at the running subgraphs), port,
 * and the subgraphs' gateway secrets as JSON (sent as x-gateway-secret, as ours does).
 */
function main(): void {
  const [supergraph, port, secretsJson] = process.argv.slice(2);
  const secrets = JSON.parse(secretsJson ?? '{}') as Record<string, string>;
  const gateway = createGatewayRuntime({
    supergraph,
    logging: false,
    // Given here: pnpm's strict layout keeps Hive from finding the transport by itself.
    transports: { http: httpTransport },
    // A failing peer should say why in the bench output.
    maskedErrors: false,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request, subgraphName }) => ({ authorization: request.headers.get('authorization') ?? '', 'x-gateway-secret': secrets[subgraphName] ?? '' }),
    },
  });
  createServer(gateway).listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
}

main();
