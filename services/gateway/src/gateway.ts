import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { RunningServer } from '@retention/graphql-kit';
import { gatewayFormatError } from './format-error';
import { armorProtection, onlyLoginWithoutTokenPlugin } from './limits';
import { SubgraphDataSource, type GatewayContext } from './subgraph-data-source';


export interface GatewayOptions {
  port: number;
  supergraphSdl: string;
  /** Subgraph name → GraphQL URL; overrides the URLs recorded at composition time. */
  subgraphUrls: Record<string, string>;
  /** Browser origins allowed by CORS (the shell and remotes). */
  corsOrigins: string[] | true;
  production: boolean;
  /** Subgraph name → the secret it expects from the gateway. */
  subgraphSecrets?: Record<string, string | undefined>;
  /** How long a subgraph may take before its part of the answer fails (default SUBGRAPH_TIMEOUT_MS or 15 s). */
  subgraphTimeoutMs?: number;
}

async function subgraphsHealthy(urls: string[]): Promise<boolean> {
  const checks = await Promise.all(
    urls.map((url) =>
      fetch(url.replace(/\/graphql$/, '/healthz'), { signal: AbortSignal.timeout(2000) })
        .then((res) => res.ok)
        .catch(() => false),
    ),
  );
  return checks.every(Boolean);
}

/** The gateway: a static supergraph (no runtime introspection), token forwarding, /healthz. */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new SubgraphDataSource(options.subgraphUrls[name] ?? url, name, options.subgraphSecrets?.[name], options.subgraphTimeoutMs),
  });
  const app = express();
  const httpServer = http.createServer(app);
  const armor = armorProtection();
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !options.production,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: armor.validationRules,
    formatError: (formatted) => gatewayFormatError(formatted),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), onlyLoginWithoutTokenPlugin(), ...(armor.plugins as ApolloServerPlugin<GatewayContext>[])],
  });
  await server.start();

  app.get('/healthz', async (_req, res) => {
    const ok = await subgraphsHealthy(Object.values(options.subgraphUrls));
    res.status(ok ? 200 : 503).json({ service: 'gateway', status: ok ? 'ok' : 'a subgraph is not ready' });
  });
  app.use(
    '/graphql',
    cors({ origin: options.corsOrigins }),
    express.json({ limit: '2mb' }),
    expressMiddleware(server, { context: async ({ req }) => ({ authorization: req.headers.authorization, clientIp: req.socket.remoteAddress }) }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  return { port, url: `http://127.0.0.1:${port}/graphql`, stop: () => server.stop() };
}
