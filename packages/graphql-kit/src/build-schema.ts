import { writeFileSync } from 'node:fs';
import 'reflect-metadata';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { execute, parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { roleAuthChecker } from './auth-checker';
import type { BaseContext } from './context';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires"])';

/** `__resolveReference` per entity type name. */
// Method syntax on purpose: parameters are then checked bivariantly, so a service
// may declare its own reference shape and context type.
export type ReferenceResolvers = Record<string, { __resolveReference(reference: object, context: BaseContext): unknown }>;

export interface FederatedSchemaOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  /** Types not reachable from a resolver but part of the API (e.g. entities only resolved by reference). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
}

/**
 * Builds a Federation 2 subgraph schema from type-graphql classes. The reference
 * resolvers are merged into the resolver map *before* buildSubgraphSchema:
 * added afterwards they would be silently dropped.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    authChecker: roleAuthChecker,
    authMode: 'error',
    validate: false,
    emitSchemaFile: false,
  });
  const resolvers = createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<BaseContext>;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as GraphQLResolverMap<BaseContext>[string];
  }
  return buildSubgraphSchema([
    { typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(typeGraphqlSchema)}`), resolvers },
  ]);
}

/**
 * The subgraph SDL that composition reads (services/<name>/schema.graphql): exactly
 * what the subgraph answers to `{ _service { sdl } }`, without federation's own definitions.
 */
export async function printSubgraphSdl(schema: GraphQLSchema): Promise<string> {
  const result = await execute({ schema, document: parse('{ _service { sdl } }') });
  const sdl = (result.data as { _service?: { sdl?: string } } | null)?._service?.sdl;
  if (!sdl) throw new Error(`could not print subgraph SDL: ${JSON.stringify(result.errors)}`);
  return `${sdl.trim()}\n`;
}

/** Writes the SDL file composition reads; `pnpm --filter <service> schema` calls this. */
export function writeSubgraphSdl(build: () => Promise<GraphQLSchema>, file: string): void {
  build()
    .then(printSubgraphSdl)
    .then((sdl) => {
      writeFileSync(file, sdl);
      console.log(`wrote ${file}`);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
