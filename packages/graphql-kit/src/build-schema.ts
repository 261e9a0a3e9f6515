import { writeFileSync } from 'node:fs';
import 'reflect-metadata';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { execute, parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, getMetadataStorage, type NonEmptyArray } from 'type-graphql';
import { capabilityAuthChecker } from './auth-checker';
import { ALL_CAPABILITIES, type Capability } from '@retention/domain';
import type { BaseContext } from './context';
import type { GuardedReference } from './guarded-reference';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires"])';

/** `__resolveReference` per entity type name, each behind its capability (guardedReference). */
export type ReferenceResolvers = Record<string, GuardedReference>;

export interface FederatedSchemaOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  /** Types not reachable from a resolver but part of the API (e.g. entities only resolved by reference). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
  /** Root fields callable without a token (only training's `login`); every other resolver must be @Authorized. */
  publicRootFields?: readonly string[];
  /** Field resolvers (`Resolver.method`) reached from a public root field, so they cannot ask for a token. */
  publicFieldResolvers?: readonly string[];
}

/**
 * Every query, mutation and field resolver of the subgraph names what it needs
 * (`@Authorized(Capability.X)`, or `@Authorized()` for the caller's own data); one
 * without is a build error, not an open door.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
function assertEveryResolverGuarded(resolvers: readonly Function[], publicRootFields: readonly string[], publicFieldResolvers: readonly string[]): void {
  const storage = getMetadataStorage();
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  const ours = (target: Function) => resolvers.some((r) => r === target || r.prototype instanceof target);
  const unguarded = [
    ...[...storage.queries, ...storage.mutations].filter((r) => ours(r.target) && r.roles === undefined && !publicRootFields.includes(r.schemaName)),
    ...storage.fieldResolvers.filter((r) => ours(r.target) && r.roles === undefined && !publicFieldResolvers.includes(`${r.target.name}.${r.methodName}`)),
  ].map((r) => `${r.target.name}.${r.methodName}`);
  if (unguarded.length > 0) throw new Error(`resolvers without @Authorized(…): ${unguarded.join(', ')}`);
  // @Authorized takes any string: a role name where a capability belongs would refuse everyone.
  const unknown = [...storage.queries, ...storage.mutations, ...storage.fieldResolvers]
    .filter((r) => ours(r.target) && (r.roles ?? []).some((name: unknown) => !ALL_CAPABILITIES.includes(name as Capability)))
    .map((r) => `${r.target.name}.${r.methodName} (${(r.roles ?? []).join(', ')})`);
  if (unknown.length > 0) throw new Error(`@Authorized(…) names no capability of @retention/domain: ${unknown.join(', ')}`);
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
    authChecker: capabilityAuthChecker,
    authMode: 'error',
    validate: false,
    emitSchemaFile: false,
  });
  assertEveryResolverGuarded(options.resolvers, options.publicRootFields ?? [], options.publicFieldResolvers ?? []);
  const resolvers = createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<BaseContext>;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), __resolveReference: reference.__resolveReference } as GraphQLResolverMap<BaseContext>[string];
  }
  const schema = buildSubgraphSchema([
    { typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(typeGraphqlSchema)}`), resolvers },
  ]);
  REFERENCE_CAPABILITIES.set(schema, Object.fromEntries(Object.entries(options.referenceResolvers ?? {}).map(([type, ref]) => [type, ref.capability])));
  return schema;
}

const REFERENCE_CAPABILITIES = new WeakMap<GraphQLSchema, Record<string, Capability>>();

/** The capability each entity's reference resolver demands, per entity type (for the authorization tests). */
export function referenceCapabilities(schema: GraphQLSchema): Record<string, Capability> {
  return REFERENCE_CAPABILITIES.get(schema) ?? {};
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
