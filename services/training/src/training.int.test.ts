import fs from 'node:fs';
import path from 'node:path';
import { Repository } from 'typeorm';
import { Role } from '@retention/domain';
import { printSubgraphSdl, startService, type RunningService } from '@retention/graphql-kit';
import { createTestDatabase, postGraphQL, registerTestCallers, tokenFor, type TestDatabase } from '@retention/test-kit';
import { DEMO_PASSWORD, trainingService } from './app';
import { buildTrainingSchema } from './schema';
import { openDemoLogins, refuseOpenDemoLoginsInProduction } from './seed/demo-users';

let db: TestDatabase;
let service: RunningService;

// Every request re-reads the token's user: revocation is tested without waiting for the cache.
process.env.TOKEN_CHECK_TTL_MS = '0';

beforeAll(async () => {
  db = await createTestDatabase();
  service = await startService(trainingService, { databaseUrl: db.urlFor('training'), port: 0, seedDemo: true });
  await registerTestCallers(db.adminUrl);
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

async function login(username: string, password = DEMO_PASSWORD) {
  return postGraphQL<{ login: { token: string; user: { username: string; role: string; branch: { code: string; name: string } | null } } }>(
    service.url,
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { username role branch { code name } } } }',
    { u: username, p: password },
  );
}

describe('schema', () => {
  it('matches the checked-in schema.graphql that composition reads', async () => {
    const current = await printSubgraphSdl(await buildTrainingSchema());
    expect(fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8')).toEqual(current);
  });
});

describe('login', () => {
  it('returns a signed token and the user with the branch for a branch planner', async () => {
    const res = await login('cd.planner');
    expect(res.errors).toBeUndefined();
    expect(res.data!.login.user).toEqual({ username: 'cd.planner', role: 'BRANCH_PLANNER', branch: { code: 'CD', name: '成都' } });
    expect(res.data!.login.token.split('.')).toHaveLength(3);
  });

  it.each(['province', 'analyst', 'cd.phone1', 'cd.phone2', 'ga.planner', 'ga.phone1', 'trainer', 'admin'])(
    'demo user %s can log in',
    async (username) => {
      const res = await login(username);
      expect(res.errors).toBeUndefined();
      expect(res.data!.login.user.username).toBe(username);
    },
  );

  it('gives the same generic error for a wrong password and an unknown user', async () => {
    const wrong = await login('province', 'not-the-password');
    const unknown = await login('nobody.here', 'whatever1');
    for (const res of [wrong, unknown]) {
      expect(res.data).toBeNull();
      expect(res.errors![0].message).toBe('Invalid username or password');
      expect(res.errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
    }
  });

  it('locks a username out after 5 failures, even for the right password, then backs off exponentially', async () => {
    for (let i = 0; i < 5; i++) expect((await login('ga.phone1', 'wrong-guess')).errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
    const locked = await login('ga.phone1');
    expect(locked.data).toBeNull();
    expect(locked.errors![0].extensions).toMatchObject({ code: 'LOGIN_THROTTLED', retryAfterSeconds: 30, messages: { 'zh-CN': '登录失败次数过多，请 30 秒后再试' } });
    // The lock is per username: others still log in.
    expect((await login('ga.planner')).errors).toBeUndefined();
    // Waiting out the lock (moved into the past here) lets the right password in and clears the count.
    await service.dataSource.query("UPDATE training.login_throttle SET locked_until = now() - interval '1 second' WHERE key = 'user:ga.phone1'");
    expect((await login('ga.phone1')).errors).toBeUndefined();
    expect(await service.dataSource.query("SELECT 1 FROM training.login_throttle WHERE key = 'user:ga.phone1'")).toEqual([]);
  });

  it('locks unknown usernames exactly like known ones, doubling the lockout on each further failure', async () => {
    for (let i = 0; i < 5; i++) await login('no.such.user', 'wrong-guess');
    expect((await login('no.such.user', 'wrong-guess')).errors![0].extensions).toMatchObject({ code: 'LOGIN_THROTTLED', retryAfterSeconds: 30 });
    await service.dataSource.query("UPDATE training.login_throttle SET locked_until = now() - interval '1 second' WHERE key = 'user:no.such.user'");
    expect((await login('no.such.user', 'wrong-guess')).errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
    expect((await login('no.such.user', 'wrong-guess')).errors![0].extensions).toMatchObject({ code: 'LOGIN_THROTTLED', retryAfterSeconds: 60 });
  });
});

describe('without a valid token the subgraph gives nothing', () => {
  it.each([
    ['branches', '{ branches { code } }'],
    ['me', '{ me { username } }'],
    ['_entities', '{ _entities(representations: [{ __typename: "Branch", code: "CD" }]) { ... on Branch { name } } }'],
    ['_service', '{ _service { sdl } }'],
  ])('refuses %s', async (_name, query) => {
    const res = await postGraphQL(service.url, query);
    expect(res.status).toBe(401);
    expect(res.data).toBeUndefined();
    expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged or expired token', async () => {
    const res = await postGraphQL(service.url, '{ branches { code } }', {}, 'not.a.jwt');
    expect(res.status).toBe(401);
  });

  it('refuses a public field smuggled together with a private one', async () => {
    const res = await postGraphQL(service.url, 'mutation { login(username: "x", password: "y") { token } setUserActive(id: "1", active: false) { id } }');
    expect(res.status).toBe(401);
  });
});

describe('branches and scope', () => {
  it('shows the 21 branches to province roles, in order', async () => {
    const res = await postGraphQL<{ branches: { code: string; name: string; nameEn: string }[] }>(
      service.url, '{ branches { code name nameEn } }', {}, tokenFor(Role.PROVINCE_PLANNER),
    );
    expect(res.data!.branches).toHaveLength(21);
    expect(res.data!.branches[0]).toEqual({ code: 'CD', name: '成都', nameEn: 'Chengdu' });
  });

  it('shows a branch planner only their own branch', async () => {
    const res = await postGraphQL<{ branches: { code: string }[] }>(service.url, '{ branches { code } }', {}, tokenFor(Role.BRANCH_PLANNER, 'GA'));
    expect(res.data!.branches).toEqual([{ code: 'GA' }]);
  });

  it('resolves Branch references for the gateway in one batched query', async () => {
    const findBy = jest.spyOn(Repository.prototype, 'findBy');
    const res = await postGraphQL<{ _entities: { code: string; name: string }[] }>(
      service.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Branch { code name } } }',
      { r: ['CD', 'GA', 'LSZ', 'CD'].map((code) => ({ __typename: 'Branch', code })) },
      tokenFor(Role.PROVINCE_PLANNER),
    );
    expect(res.data!._entities.map((b) => b.name)).toEqual(['成都', '广安', '凉山', '成都']);
    expect(findBy).toHaveBeenCalledTimes(1);
    findBy.mockRestore();
  });
});

describe('user administration', () => {
  const create = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id username role active branch { code } } }';
  it('is for admins only', async () => {
    const res = await postGraphQL(service.url, '{ users { username } }', {}, tokenFor(Role.PROVINCE_PLANNER));
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions!.code).toBe('UNAUTHORIZED');
  });

  it('lists the demo users for an admin', async () => {
    const res = await postGraphQL<{ users: { username: string }[] }>(service.url, '{ users { username } }', {}, admin());
    // The test callers (test.*) sign the tests' tokens; the rest are the demo users.
    expect(res.data!.users.map((u) => u.username).filter((u) => !u.startsWith('test.')).sort()).toEqual(
      ['admin', 'analyst', 'cd.account1', 'cd.phone1', 'cd.phone2', 'cd.planner', 'ga.phone1', 'ga.planner', 'province', 'trainer'],
    );
  });

  it.each([
    ['INVALID_USERNAME', { username: 'x', displayName: 'X', password: 'long-enough', role: 'TRAINER' }],
    ['WEAK_PASSWORD', { username: 'new.trainer', displayName: 'X', password: 'short', role: 'TRAINER' }],
    ['BRANCH_REQUIRED', { username: 'new.phone', displayName: 'X', password: 'long-enough', role: 'PHONE_MANAGER' }],
    ['BRANCH_NOT_ALLOWED', { username: 'new.trainer', displayName: 'X', password: 'long-enough', role: 'TRAINER', branchCode: 'CD' }],
    ['UNKNOWN_BRANCH', { username: 'new.phone', displayName: 'X', password: 'long-enough', role: 'PHONE_MANAGER', branchCode: 'XX' }],
    ['USERNAME_TAKEN', { username: 'province', displayName: 'X', password: 'long-enough', role: 'TRAINER' }],
  ])('rejects bad input with %s and creates nothing', async (code, input) => {
    const countUsers = async () => (await postGraphQL<{ users: unknown[] }>(service.url, '{ users { id } }', {}, admin())).data!.users.length;
    const before = await countUsers();
    const res = await postGraphQL(service.url, create, { i: input }, admin());
    expect(res.errors![0].extensions!.code).toBe(code);
    expect(await countUsers()).toBe(before);
  });

  it('creates a phone manager who can log in, and deactivating them stops that', async () => {
    const created = await postGraphQL<{ createUser: { id: string; branch: { code: string } } }>(
      service.url, create,
      { i: { username: 'MY.Phone9', displayName: '绵阳电话经理', password: 'secret-pass', role: 'PHONE_MANAGER', branchCode: 'MY' } },
      admin(),
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createUser.branch).toEqual({ code: 'MY' });
    expect((await login('my.phone9', 'secret-pass')).data!.login.user.role).toBe('PHONE_MANAGER');

    const off = await postGraphQL(service.url, 'mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }', { id: created.data!.createUser.id }, admin());
    expect(off.errors).toBeUndefined();
    expect((await login('my.phone9', 'secret-pass')).errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
  });

  it("revokes a deactivated user's tokens at once, not after 8 h", async () => {
    const made = await postGraphQL<{ createUser: { id: string } }>(service.url, create, { i: { username: 'rev.trainer', displayName: '培训师', password: 'secret-pass', role: 'TRAINER' } }, admin());
    const token = (await login('rev.trainer', 'secret-pass')).data!.login.token;
    expect((await postGraphQL(service.url, '{ me { username } }', {}, token)).errors).toBeUndefined();
    await postGraphQL(service.url, 'mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }', { id: made.data!.createUser.id }, admin());
    const after = await postGraphQL(service.url, '{ branches { code } }', {}, token);
    expect(after.status).toBe(401);
    expect(after.errors![0].message).toMatch(/revoked/);
  });

  it('changes a password: the old password and every older token stop working', async () => {
    await postGraphQL(service.url, create, { i: { username: 'pw.changer', displayName: '改密码', password: 'first-pass', role: 'TRAINER' } }, admin());
    const token = (await login('pw.changer', 'first-pass')).data!.login.token;
    const change = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
    const wrong = await postGraphQL(service.url, change, { c: 'not-it', n: 'second-pass' }, token);
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'WRONG_PASSWORD', field: 'currentPassword', messages: { 'zh-CN': 'currentPassword：当前密码不正确' } });
    const weak = await postGraphQL(service.url, change, { c: 'first-pass', n: 'short' }, token);
    expect(weak.errors![0].extensions).toMatchObject({ code: 'WEAK_PASSWORD', field: 'newPassword' });
    expect((await postGraphQL(service.url, change, { c: 'first-pass', n: 'second-pass' }, token)).data).toEqual({ changePassword: true });
    expect((await postGraphQL(service.url, '{ me { username } }', {}, token)).status).toBe(401);
    expect((await login('pw.changer', 'first-pass')).errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
    const fresh = (await login('pw.changer', 'second-pass')).data!.login.token;
    expect((await postGraphQL<{ me: { username: string } }>(service.url, '{ me { username } }', {}, fresh)).data!.me.username).toBe('pw.changer');
  });

  it("lets an admin reset a password, revoking the user's tokens", async () => {
    const made = await postGraphQL<{ createUser: { id: string } }>(service.url, create, { i: { username: 'pw.reset', displayName: '重置', password: 'first-pass', role: 'TRAINER' } }, admin());
    const token = (await login('pw.reset', 'first-pass')).data!.login.token;
    const reset = 'mutation($id: ID!, $n: String!) { resetPassword(id: $id, newPassword: $n) { username } }';
    expect((await postGraphQL(service.url, reset, { id: made.data!.createUser.id, n: 'new-pass-1' }, token)).errors![0].extensions!.code).toBe('UNAUTHORIZED');
    expect((await postGraphQL(service.url, reset, { id: made.data!.createUser.id, n: 'new-pass-1' }, admin())).data).toEqual({ resetPassword: { username: 'pw.reset' } });
    expect((await postGraphQL(service.url, '{ me { username } }', {}, token)).status).toBe(401);
    expect((await login('pw.reset', 'new-pass-1')).errors).toBeUndefined();
  });

  it('reports an unknown user id clearly', async () => {
    const res = await postGraphQL(service.url, 'mutation { setUserActive(id: "nope", active: true) { id } }', {}, admin());
    expect(res.errors![0].extensions!.code).toBe('USER_NOT_FOUND');
  });
});

describe('me', () => {
  it('returns the signed-in user from a real login token', async () => {
    const token = (await login('ga.phone1')).data!.login.token;
    const res = await postGraphQL<{ me: unknown }>(service.url, '{ me { username role branch { code nameEn } } }', {}, token);
    expect(res.data!.me).toEqual({ username: 'ga.phone1', role: 'PHONE_MANAGER', branch: { code: 'GA', nameEn: "Guang'an" } });
  });
});

describe('demo logins in production', () => {
  it('refuses a production start while a demo login opens with the published password', async () => {
    const open = await openDemoLogins(service.dataSource);
    expect(open).toContain('province');
    await expect(refuseOpenDemoLoginsInProduction(service.dataSource, { NODE_ENV: 'production' })).rejects.toThrow(/refusing to start in production: demo logins/);
    await expect(refuseOpenDemoLoginsInProduction(service.dataSource, { NODE_ENV: 'test' })).resolves.toBeUndefined();
  });
});

describe('migrations', () => {
  it('are idempotent and seeding twice adds nobody', async () => {
    const again = await startService(trainingService, { databaseUrl: db.urlFor('training'), port: 0, seedDemo: true });
    await again.stop();
    const res = await postGraphQL<{ users: unknown[] }>(service.url, '{ users { id } }', {}, admin());
    expect(res.data!.users.length).toBeGreaterThanOrEqual(9);
    const count = await service.dataSource.query("SELECT count(*)::int AS n FROM training.app_user WHERE username = 'province'");
    expect(count[0].n).toBe(1);
  });
});

function admin() {
  return tokenFor(Role.ADMIN);
}
