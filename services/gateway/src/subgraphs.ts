import path from 'node:path';
import { portFromEnv } from '@retention/graphql-kit';

export interface SubgraphInfo {
  name: string;
  /** The SDL the service printed (services/<name>/schema.graphql). */
  sdlFile: string;
  urlEnv: string;
  portEnv: string;
  defaultPort: number;
}

const servicesDir = path.resolve(__dirname, '..', '..');

export const SUBGRAPHS: readonly SubgraphInfo[] = [
  { name: 'segments', urlEnv: 'SEGMENTS_URL', portEnv: 'SEGMENTS_PORT', defaultPort: 4101 },
  { name: 'campaigns', urlEnv: 'CAMPAIGNS_URL', portEnv: 'CAMPAIGNS_PORT', defaultPort: 4102 },
  { name: 'evaluation', urlEnv: 'EVALUATION_URL', portEnv: 'EVALUATION_PORT', defaultPort: 4103 },
  { name: 'training', urlEnv: 'TRAINING_URL', portEnv: 'TRAINING_PORT', defaultPort: 4104 },
].map((s) => ({ ...s, sdlFile: path.join(servicesDir, s.name, 'schema.graphql') }));

/** Where the gateway finds a subgraph: <NAME>_URL, else localhost on <NAME>_PORT (or its default). */
export function subgraphUrl(subgraph: SubgraphInfo, env: NodeJS.ProcessEnv = process.env): string {
  return env[subgraph.urlEnv] ?? `http://localhost:${portFromEnv(subgraph.portEnv, subgraph.defaultPort, env)}/graphql`;
}
