import { createHash, timingSafeEqual } from 'node:crypto';

/** The header the gateway proves itself with to a subgraph, beside the user's JWT. */
export const GATEWAY_SECRET_HEADER = 'x-gateway-secret';

/** The caller's address, as the gateway saw it (subgraphs see only the gateway). */
export const CLIENT_IP_HEADER = 'x-client-ip';

/** Each subgraph has its own secret: `SEGMENTS_SUBGRAPH_SECRET`, … (the gateway knows all four). */
export function subgraphSecretEnv(subgraph: string): string {
  return `${subgraph.toUpperCase()}_SUBGRAPH_SECRET`;
}

/** Constant-time comparison (of digests, so the lengths never leak either). */
export function secretsMatch(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
