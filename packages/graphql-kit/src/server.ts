import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { CLIENT_IP_HEADER, GATEWAY_SECRET_HEADER, hasUsableJwtSecret, InvalidTokenError, secretsMatch, userFromAuthorizationHeader, type AuthUser } from '@retention/auth';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { isDatabaseReachable } from '@retention/db';
import type { BaseContext } from './context';
import { formatError, unauthenticated } from './errors';
import { requireAuthPlugin } from './require-auth.plugin';

export interface SubgraphServerOptions<TContext extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  /** 0 picks a free port (tests). */
  port: number;
  /** Root fields callable without a token (only training's `login`). */
  publicRootFields?: readonly string[];
  /** Adds per-request state (DataLoaders) to the base context. */
  extendContext?: (base: BaseContext) => TContext;
  /** Interface to listen on: only this machine by default (HOST to change it). */
  host?: string;
  /** When set, every GraphQL request must carry it in x-gateway-secret (only the gateway knows it). */
  gatewaySecret?: string;
  /** Whether a verified token's user still holds it (exists, active, same token version). */
  isTokenCurrent: (user: AuthUser) => Promise<boolean>;
}

export interface RunningServer {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

/**
 * One way to serve a subgraph: POST /graphql (Apollo Server 5 on express 5) with the
 * caller's JWT verified here, in the subgraph itself, and GET /healthz that answers
 * 200 only while the database answers.
 */
export async function startSubgraphServer<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<BaseContext>({
    schema: options.schema,
    introspection: process.env.NODE_ENV !== 'production',
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No Apollo Studio here: skip computing federated traces on every request.
      ApolloServerPluginInlineTraceDisabled(),
      requireAuthPlugin(options.publicRootFields ?? []),
    ],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    if (!hasUsableJwtSecret()) {
      res.status(503).json({ service: options.name, status: 'JWT secret missing' });
      return;
    }
    const ok = await isDatabaseReachable(options.dataSource);
    res.status(ok ? 200 : 503).json({ service: options.name, status: ok ? 'ok' : 'database unreachable' });
  });
  // No CORS: browsers talk to the gateway only. Requests without the gateway's secret
  // (when one is configured) are refused before anything is parsed.
  app.use('/graphql', (req, res, next) => {
    if (options.gatewaySecret && !secretsMatch(req.get(GATEWAY_SECRET_HEADER), options.gatewaySecret)) {
      res.status(403).json({ errors: [{ message: 'only the gateway may call this subgraph', extensions: { code: 'FORBIDDEN' } }] });
      return;
    }
    next();
  });
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        let user;
        try {
          user = userFromAuthorizationHeader(req.headers.authorization);
        } catch (error) {
          throw unauthenticated(error instanceof InvalidTokenError ? error.message : 'invalid token');
        }
        if (user && !(await options.isTokenCurrent(user))) throw unauthenticated('the token was revoked (account deactivated or password changed)');
        const base: BaseContext = { user, clientIp: req.get(CLIENT_IP_HEADER) ?? req.socket.remoteAddress ?? 'unknown' };
        return options.extendContext ? options.extendContext(base) : base;
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      await apollo.stop();
    },
  };
}
