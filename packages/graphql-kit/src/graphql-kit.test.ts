import 'reflect-metadata';
import { execute, parse } from 'graphql';
import { Arg, Authorized, Directive, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { DataSource } from 'typeorm';
import { signToken } from '@retention/auth';
import { Role } from '@retention/domain';
import { buildFederatedSchema, printSubgraphSdl } from './build-schema';
import { DomainError, formatError } from './errors';
import { portFromEnv } from './env';
import { startSubgraphServer, type RunningServer } from './server';

@Directive('@key(fields: "code")')
@ObjectType('Branch')
class Branch {
  @Field()
  code: string;

  @Field()
  label: string;
}

class WidgetError extends DomainError<'WIDGET_BROKEN'> {}

@Resolver()
class WidgetResolver {
  @Authorized()
  @Query(() => String)
  hello(): string {
    return 'hi';
  }

  @Authorized(Role.ADMIN)
  @Query(() => String)
  adminOnly(): string {
    return 'secret';
  }

  @Authorized()
  @Query(() => String)
  broken(@Arg('why', () => String) why: string): string {
    throw new WidgetError('WIDGET_BROKEN', `broken: ${why}`, { field: 'why' });
  }

  @Query(() => String)
  ping(): string {
    return 'pong';
  }
}

const referenceCalls: string[] = [];
const schemaPromise = buildFederatedSchema({
  resolvers: [WidgetResolver],
  orphanedTypes: [Branch],
  referenceResolvers: {
    Branch: {
      __resolveReference: (ref: { code: string }) => {
        referenceCalls.push(ref.code);
        return { code: ref.code, label: `branch ${ref.code}` };
      },
    },
  },
});

describe('buildFederatedSchema', () => {
  it('prints a Federation 2 SDL with the entity key', async () => {
    const sdl = await printSubgraphSdl(await schemaPromise);
    expect(sdl).toContain('extend schema @link(url: "https://specs.apollo.dev/federation/v2.7"');
    expect(sdl).toContain('type Branch @key(fields: "code")');
  });

  it('keeps the reference resolvers passed with the others', async () => {
    const result = await execute({
      schema: await schemaPromise,
      document: parse('{ _entities(representations: [{ __typename: "Branch", code: "ZG" }]) { ... on Branch { label } } }'),
      contextValue: { user: null },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ _entities: [{ label: 'branch ZG' }] });
    expect(referenceCalls).toEqual(['ZG']);
  });
});

interface Body {
  data?: Record<string, unknown>;
  errors: { message: string; extensions: Record<string, unknown> }[];
}

describe('startSubgraphServer', () => {
  let server: RunningServer;
  // Never initialised: stands for a database that cannot be reached.
  const unreachable = new DataSource({ type: 'postgres', url: 'postgres://x@127.0.0.1:1/x' });
  const call = async (query: string, token?: string) => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return { status: res.status, json: () => res.json() as Promise<Body> };
  };
  const token = (role: Role) => signToken({ id: '1', username: 'u', role, branchCode: null });

  beforeAll(async () => {
    server = await startSubgraphServer({ name: 'widgets', schema: await schemaPromise, dataSource: unreachable, port: 0, publicRootFields: ['ping'] });
  });
  afterAll(() => server.stop());

  it('answers /healthz with 503 while the database is unreachable', async () => {
    const res = await fetch(server.url.replace('/graphql', '/healthz'));
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ service: 'widgets', status: 'database unreachable' });
  });

  it('serves public fields without a token and refuses everything else', async () => {
    expect(await (await call('{ ping }')).json()).toEqual({ data: { ping: 'pong' } });
    const refused = await call('{ hello }');
    expect(refused.status).toBe(401);
    expect((await refused.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('checks roles with the auth checker', async () => {
    expect((await (await call('{ hello }', token(Role.TRAINER))).json()).data).toEqual({ hello: 'hi' });
    const denied = await (await call('{ adminOnly }', token(Role.TRAINER))).json();
    expect(denied.errors[0].extensions.code).toBe('UNAUTHORIZED');
    expect((await (await call('{ adminOnly }', token(Role.ADMIN))).json()).data).toEqual({ adminOnly: 'secret' });
  });

  it('maps a domain error to its code and details', async () => {
    const body = await (await call('{ broken(why: "gears") }', token(Role.ADMIN))).json();
    expect(body.errors[0]).toMatchObject({ message: 'broken: gears', extensions: { code: 'WIDGET_BROKEN', field: 'why' } });
  });
});

describe('formatError', () => {
  it('hides unexpected internals in production only', () => {
    const formatted = { message: 'relation "x" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    expect(formatError(formatted, new Error('x')).message).toBe('Internal server error');
    process.env.NODE_ENV = before;
    expect(formatError(formatted, new Error('x')).message).toBe('relation "x" does not exist');
  });
});

describe('portFromEnv', () => {
  it('reads, defaults and rejects garbage', () => {
    expect(portFromEnv('P', 4000, {})).toBe(4000);
    expect(portFromEnv('P', 4000, { P: '4100' })).toBe(4100);
    expect(() => portFromEnv('P', 4000, { P: 'abc' })).toThrow('P must be a port number, got "abc"');
  });
});
