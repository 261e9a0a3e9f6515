import 'reflect-metadata';
import { execute, GraphQLError, parse } from 'graphql';
import { Arg, Authorized, Directive, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { DataSource } from 'typeorm';
import { signToken } from '@retention/auth';
import { Capability, Role } from '@retention/domain';
import { buildFederatedSchema, printSubgraphSdl } from './build-schema';
import { guardedReference } from './guarded-reference';
import { byKeyLoader, countByKeyLoader } from './loaders';
import { ConcurrencyBudget } from './concurrency-budget';
import { RateLimit } from './rate-limit';
import { defineDomainError, formatError } from './errors';
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

class WidgetError extends defineDomainError<'WIDGET_BROKEN'>({ WIDGET_BROKEN: '部件坏了：{why}' }) {}

@Resolver()
class WidgetResolver {
  @Authorized()
  @Query(() => String)
  hello(): string {
    return 'hi';
  }

  @Authorized(Capability.USER_ADMIN)
  @Query(() => String)
  adminOnly(): string {
    return 'secret';
  }

  @Authorized()
  @Query(() => String)
  broken(@Arg('why', () => String) why: string): string {
    throw new WidgetError('WIDGET_BROKEN', `why: broken: ${why}`, { field: 'why', why });
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
  publicRootFields: ['ping'],
  referenceResolvers: {
    Branch: guardedReference(Capability.ORG_READ, (ref: { code: string }) => {
      referenceCalls.push(ref.code);
      return { code: ref.code, label: `branch ${ref.code}` };
    }),
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
      contextValue: { user: { id: '1', username: 'u', role: Role.TRAINER, branchCode: null, tokenVersion: 0 } },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ _entities: [{ label: 'branch ZG' }] });
    expect(referenceCalls).toEqual(['ZG']);
  });
});

describe('one authorization mechanism', () => {
  it('refuses an entity reference to a role without the capability, and to no caller', async () => {
    for (const user of [null, { id: '2', username: 'x', role: Role.PHONE_MANAGER, branchCode: null, tokenVersion: 0 }]) {
      const result = await execute({
        schema: await schemaPromise,
        document: parse('{ _entities(representations: [{ __typename: "Branch", code: "ZG" }]) { ... on Branch { label } } }'),
        contextValue: { user },
      });
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses to build a schema with a resolver that names no capability', async () => {
    @Resolver()
    class OpenResolver {
      @Query(() => String)
      leaky(): string {
        return 'everything';
      }
    }
    await expect(buildFederatedSchema({ resolvers: [OpenResolver] })).rejects.toThrow('resolvers without @Authorized(…): OpenResolver.leaky');
  });

  it('refuses a role name where a capability belongs', async () => {
    @Resolver()
    class RoleNamedResolver {
      @Authorized(Role.PROVINCE_PLANNER)
      @Query(() => String)
      byRole(): string {
        return 'x';
      }
    }
    await expect(buildFederatedSchema({ resolvers: [RoleNamedResolver] })).rejects.toThrow('names no capability of @retention/domain: RoleNamedResolver.byRole (PROVINCE_PLANNER)');
  });

  it('batches lookups by key in one call, missing keys get the default', async () => {
    const calls: string[][] = [];
    const loader = byKeyLoader(async (keys: string[]) => {
      calls.push(keys);
      return keys.filter((k) => k !== 'b').map((k) => ({ id: k }));
    }, (row) => row.id);
    expect(await Promise.all([loader.load('a'), loader.load('b'), loader.load('c')])).toEqual([{ id: 'a' }, null, { id: 'c' }]);
    const counts = countByKeyLoader<string>(async (keys) => keys.filter((k) => k === 'x').map((key) => ({ key, n: 3 })));
    expect(await Promise.all([counts.load('x'), counts.load('y')])).toEqual([3, 0]);
    expect(calls).toEqual([['a', 'b', 'c']]);
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
  const token = (role: Role, tokenVersion = 0) => signToken({ id: '1', username: 'u', role, branchCode: null, tokenVersion });

  beforeAll(async () => {
    server = await startSubgraphServer({ name: 'widgets', schema: await schemaPromise, dataSource: unreachable, port: 0, publicRootFields: ['ping'], isTokenCurrent: async (user) => user.tokenVersion === 0 });
  });
  afterAll(() => server.stop());

  it('answers /healthz with 503 while the database is unreachable', async () => {
    const res = await fetch(server.url.replace('/graphql', '/healthz'));
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ service: 'widgets', status: 'database unreachable' });
  });

  it('is not ready while the JWT secret is missing', async () => {
    const secret = process.env.JWT_SECRET;
    delete process.env.JWT_SECRET;
    try {
      const res = await fetch(server.url.replace('/graphql', '/healthz'));
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ service: 'widgets', status: 'JWT secret missing' });
    } finally {
      process.env.JWT_SECRET = secret;
    }
  });

  it('serves public fields without a token and refuses everything else', async () => {
    expect(await (await call('{ ping }')).json()).toEqual({ data: { ping: 'pong' } });
    const refused = await call('{ hello }');
    expect(refused.status).toBe(401);
    expect((await refused.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a verified token whose user no longer holds it', async () => {
    const res = await call('{ hello }', token(Role.TRAINER, 1));
    expect(res.status).toBe(401);
    expect((await res.json()).errors[0].message).toMatch(/revoked/);
  });

  it('checks roles with the auth checker', async () => {
    expect((await (await call('{ hello }', token(Role.TRAINER))).json()).data).toEqual({ hello: 'hi' });
    const denied = await (await call('{ adminOnly }', token(Role.TRAINER))).json();
    expect(denied.errors[0].extensions).toMatchObject({ code: 'UNAUTHORIZED', messages: { 'zh-CN': '您的角色无权查看或执行此操作' } });
    expect((await (await call('{ adminOnly }', token(Role.ADMIN))).json()).data).toEqual({ adminOnly: 'secret' });
  });

  it('maps a domain error to its code and details', async () => {
    const body = await (await call('{ broken(why: "gears") }', token(Role.ADMIN))).json();
    expect(body.errors[0]).toMatchObject({
      message: 'why: broken: gears',
      extensions: { code: 'WIDGET_BROKEN', field: 'why', messages: { 'zh-CN': 'why：部件坏了：gears', en: 'why: broken: gears' } },
    });
  });
});

describe('a subgraph behind the gateway', () => {
  it('listens on this machine only, sends no CORS headers, and wants the gateway secret', async () => {
    const schema = await schemaPromise;
    const server = await startSubgraphServer({ name: 'w', schema, dataSource: new DataSource({ type: 'postgres', url: 'postgres://x@127.0.0.1:1/x' }), port: 0, publicRootFields: ['ping'], gatewaySecret: 'only-the-gateway', isTokenCurrent: async () => true });
    try {
      const post = (headers: Record<string, string>) =>
        fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://evil.example', ...headers }, body: JSON.stringify({ query: '{ ping }' }) });
      expect((await post({})).status).toBe(403);
      expect((await post({ 'x-gateway-secret': 'only-the-gatewaY' })).status).toBe(403);
      const ok = await post({ 'x-gateway-secret': 'only-the-gateway' });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('access-control-allow-origin')).toBeNull();
      await expect(fetch(server.url.replace('127.0.0.1', '[::1]'), { method: 'POST' })).rejects.toThrow();
    } finally {
      await server.stop();
    }
  });
});

describe('database limits and budgets', () => {
  it('turns a pool wait timeout into SERVICE_BUSY and a statement timeout into QUERY_TIMEOUT', () => {
    const formatted = { message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    const pool = formatError(formatted, new GraphQLError('x', { originalError: new Error('timeout exceeded when trying to connect') }));
    expect(pool.extensions).toMatchObject({ code: 'SERVICE_BUSY', messages: { 'zh-CN': '服务繁忙，请稍后重试' } });
    const slow = Object.assign(new Error('canceling statement due to statement timeout'), { driverError: { code: '57014' } });
    expect(formatError(formatted, new GraphQLError('x', { originalError: slow })).extensions!.code).toBe('QUERY_TIMEOUT');
  });

  it('lets a user run only so many expensive operations at once', async () => {
    const budget = new ConcurrencyBudget(2);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = budget.run('u1', () => gate);
    const second = budget.run('u1', () => gate);
    await expect(budget.run('u1', async () => 'third')).rejects.toMatchObject({ extensions: { code: 'SERVICE_BUSY' } });
    await expect(budget.run('u2', async () => 'other user')).resolves.toBe('other user');
    release();
    await Promise.all([first, second]);
    await expect(budget.run('u1', async () => 'again')).resolves.toBe('again');
  });

  it('limits how often a user may call a lookup in a sliding window, with the wait in the error', () => {
    let now = 1_000_000;
    const limit = new RateLimit(3, 60, () => now);
    limit.take('u1');
    now += 10_000;
    limit.take('u1');
    limit.take('u1');
    let refused: GraphQLError | undefined;
    try {
      limit.take('u1');
    } catch (error) {
      refused = error as GraphQLError;
    }
    expect(refused?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 50 });
    expect(formatError({ message: refused!.message, extensions: refused!.extensions }, refused).extensions).toMatchObject({
      code: 'RATE_LIMITED',
      messages: { 'zh-CN': '操作过于频繁，请稍后再试' },
    });
    limit.take('u2');
    now += 50_001; // the first call leaves the window: one more is allowed, and only one
    limit.take('u1');
    expect(() => limit.take('u1')).toThrow(/at most 3/);
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
