import path from 'node:path';

const root = path.resolve(__dirname, '..');

/** Checked in: the gateway serves it; a test fails when it is stale. */
export const SUPERGRAPH_FILE = path.join(root, 'supergraph.graphql');
/** Checked in: what the frontends' graphql-codegen reads. */
export const API_SCHEMA_FILE = path.join(root, 'api-schema.graphql');
