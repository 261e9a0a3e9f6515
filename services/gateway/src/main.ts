import fs from 'node:fs';
import { subgraphSecretEnv } from '@retention/auth';
import { portFromEnv } from '@retention/graphql-kit';
import { startGateway } from './gateway';
import { SUPERGRAPH_FILE } from './paths';
import { SUBGRAPHS, subgraphUrl } from './subgraphs';

const corsOrigins = process.env.CORS_ORIGINS
  ? process.env.CORS_ORIGINS.split(',').map((o) => o.trim())
  : ['3000', '3001', '3002', '3003'].flatMap((port) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`]);

startGateway({
  port: portFromEnv('GATEWAY_PORT', 4000),
  supergraphSdl: fs.readFileSync(SUPERGRAPH_FILE, 'utf8'),
  subgraphUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, subgraphUrl(s)])),
  subgraphSecrets: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, process.env[subgraphSecretEnv(s.name)]])),
  corsOrigins,
  production: process.env.NODE_ENV === 'production',
}).then(
  (gateway) => {
    console.log(`gateway ready at http://localhost:${gateway.port}/graphql`);
    const shutdown = async () => {
      await gateway.stop();
      process.exit(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  },
  (error) => {
    console.error('[gateway] failed to start:', error);
    process.exit(1);
  },
);
