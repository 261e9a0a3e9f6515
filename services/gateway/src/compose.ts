import fs from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { SUBGRAPHS } from './subgraphs';

export interface ComposedSupergraph {
  supergraphSdl: string;
  /** The client-facing schema (no join directives): input to the frontends' codegen. */
  apiSchemaSdl: string;
  hints: string[];
}

/** Composes the four subgraph SDLs; throws with every composition error listed. */
export function composeSupergraph(): ComposedSupergraph {
  const result = composeServices(
    SUBGRAPHS.map((s) => ({
      name: s.name,
      url: `http://localhost:${s.defaultPort}/graphql`,
      typeDefs: parse(fs.readFileSync(s.sdlFile, 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return {
    supergraphSdl: `${result.supergraphSdl.trim()}\n`,
    apiSchemaSdl: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trim()}\n`,
    hints: result.hints.map((h) => h.toString()),
  };
}
