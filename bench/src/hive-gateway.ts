import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import * as httpTransport from '@graphql-mesh/transport-http';

/**
 * The peer of B5: the same supergraph served by GraphQL Hive Gateway, in a process of
 * its own like ours, forwarding the caller's token to the subgraphs as ours does.
 * argv: supergraph SDL (subgraph URLs already pointing at the running subgraphs), port.
 */
function main(): void {
  const [supergraph, port] = process.argv.slice(2);
  const gateway = createGatewayRuntime({
    supergraph,
    logging: false,
    // Given here: pnpm's strict layout keeps Hive from finding the transport by itself.
    transports: { http: httpTransport },
    // A failing peer should say why in the bench output.
    maskedErrors: false,
    propagateHeaders: { fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') }) },
  });
  createServer(gateway).listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
}

main();
