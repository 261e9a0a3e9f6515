import fs from 'node:fs';
import { composeSupergraph } from './compose';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE } from './paths';

/** `pnpm compose`: services/*\/schema.graphql → supergraph.graphql + api-schema.graphql. */
try {
  const composed = composeSupergraph();
  fs.writeFileSync(SUPERGRAPH_FILE, composed.supergraphSdl);
  fs.writeFileSync(API_SCHEMA_FILE, composed.apiSchemaSdl);
  for (const hint of composed.hints) console.log(`hint: ${hint}`);
  console.log(`wrote ${SUPERGRAPH_FILE}\nwrote ${API_SCHEMA_FILE}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
