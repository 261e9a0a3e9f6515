import { Client } from 'pg';
import { Role } from '@retention/domain';
import { migrateInOrder, startService, type RunningService } from '@retention/graphql-kit';
import { segmentsService } from '@retention/segments';
import { createTestDatabase, postGraphQL, registerTestCallers, testCallerId, tokenFor, type TestDatabase } from '@retention/test-kit';
import { trainingService } from '@retention/training';
import { campaignsService } from '../app';

let db: TestDatabase;
let service: RunningService;
let admin: Client;
let campaignId: string;
const cdPhone = testCallerId(Role.PHONE_MANAGER, 'CD');
const gaPhone = testCallerId(Role.PHONE_MANAGER, 'GA');

type Gql<T> = { data?: T; errors?: { message: string; extensions?: { code?: string; field?: string; messages?: Record<string, string> } }[] };
const gql = <T>(query: string, variables: Record<string, unknown>, token: string) => postGraphQL<T>(service.url, query, variables, token) as Promise<Gql<T>>;

type Log = { msisdnRevealLog: { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: { revealedAt: string; userId: string; user: string; branchCode: string; subscriberId: string; campaignId: string; campaignName: string | null; taskId: string }[] } };
const LOG = `query($f: MsisdnRevealFilter, $first: Int!, $after: String) {
  msisdnRevealLog(filter: $f, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { revealedAt userId user branchCode subscriberId campaignId campaignName taskId } }
}`;

beforeAll(async () => {
  db = await createTestDatabase();
  await migrateInOrder([trainingService, segmentsService], db.urlFor);
  await registerTestCallers(db.adminUrl);
  service = await startService(campaignsService, { databaseUrl: db.urlFor('campaigns'), port: 0, seedDemo: false });
  admin = new Client({ connectionString: db.adminUrl });
  await admin.connect();
  const created = await gql<{ createCampaign: { id: string } }>('mutation { createCampaign(input: { name: "号码审计测试", kind: TENURE, level: PROVINCE, executingBranchCodes: ["CD", "GA"] }) { id } }', {}, tokenFor(Role.PROVINCE_PLANNER));
  campaignId = created.data!.createCampaign.id;
  // Fixtures: three customers with tasks in CD and GA, revealed on three days (Beijing time).
  await admin.query(
    `INSERT INTO segments.subscriber (subscriber_id, msisdn, branch_code, brand, plan_code, join_date) VALUES
       ('S-CD-1', '13800001111', 'CD', 'GOTONE', 'SL88', '2020-01-01'), ('S-CD-2', '13800002222', 'CD', 'GOTONE', 'SL88', '2020-01-01'), ('S-GA-1', '13900003333', 'GA', 'MZONE', 'SL58', '2021-01-01')`,
  );
  const { rows: tasks } = await admin.query(
    `INSERT INTO campaigns.task (campaign_id, branch_code, subscriber_id, assignee_id, channel, planned_day, created_at) VALUES
       ($1, 'CD', 'S-CD-1', $2, 'PHONE_MANAGER', '2026-12-01', now()), ($1, 'CD', 'S-CD-2', $2, 'PHONE_MANAGER', '2026-12-01', now()), ($1, 'GA', 'S-GA-1', $3, 'PHONE_MANAGER', '2026-12-01', now())
     RETURNING id, subscriber_id`,
    [campaignId, cdPhone, gaPhone],
  );
  const task = (s: string) => tasks.find((t) => t.subscriber_id === s).id;
  await admin.query(
    `INSERT INTO campaigns.msisdn_reveal (user_id, task_id, subscriber_id, at) VALUES
       ($1, $3, 'S-CD-1', '2026-12-01T09:00:00+08:00'), ($1, $4, 'S-CD-2', '2026-12-02T23:30:00+08:00'), ($2, $5, 'S-GA-1', '2026-12-03T00:10:00+08:00')`,
    [cdPhone, gaPhone, task('S-CD-1'), task('S-CD-2'), task('S-GA-1')],
  );
}, 600_000);

afterAll(async () => {
  await service?.stop();
  await admin?.end();
  await db?.drop();
});

it('shows admins and province planners every reveal, newest first, with branch, campaign and task', async () => {
  for (const token of [tokenFor(Role.ADMIN), tokenFor(Role.PROVINCE_PLANNER)]) {
    const res = await gql<Log>(LOG, { first: 50 }, token);
    expect(res.errors).toBeUndefined();
    const log = res.data!.msisdnRevealLog;
    expect(log.totalCount).toBe(3);
    expect(log.nodes.map((n) => n.subscriberId)).toEqual(['S-GA-1', 'S-CD-2', 'S-CD-1']);
    expect(log.nodes[0]).toMatchObject({ branchCode: 'GA', userId: gaPhone, campaignId, campaignName: '号码审计测试' });
    expect(log.nodes[0].user.length).toBeGreaterThan(0);
  }
});

it('refuses every other role', async () => {
  for (const token of [tokenFor(Role.PROVINCE_ANALYST), tokenFor(Role.BRANCH_PLANNER, 'CD'), tokenFor(Role.PHONE_MANAGER, 'CD'), tokenFor(Role.TRAINER)]) {
    const res = await gql<Log>(LOG, { first: 50 }, token);
    expect(res.errors![0].extensions!.code).toBe('UNAUTHORIZED');
    expect(res.data).toBeNull();
  }
});

it('filters by branch, user and Beijing-time days, and pages with a cursor', async () => {
  const admin = tokenFor(Role.ADMIN);
  const cd = await gql<Log>(LOG, { f: { branchCode: 'CD' }, first: 50 }, admin);
  expect(cd.data!.msisdnRevealLog.nodes.map((n) => n.subscriberId)).toEqual(['S-CD-2', 'S-CD-1']);
  const byUser = await gql<Log>(LOG, { f: { userId: gaPhone }, first: 50 }, admin);
  expect(byUser.data!.msisdnRevealLog.nodes.map((n) => n.subscriberId)).toEqual(['S-GA-1']);
  // 2026-12-02 23:30 and 2026-12-03 00:10 Beijing time fall on different days.
  const day = await gql<Log>(LOG, { f: { from: '2026-12-02', to: '2026-12-02' }, first: 50 }, admin);
  expect(day.data!.msisdnRevealLog.nodes.map((n) => n.subscriberId)).toEqual(['S-CD-2']);
  const first = await gql<Log>(LOG, { first: 2 }, admin);
  expect(first.data!.msisdnRevealLog.pageInfo.hasNextPage).toBe(true);
  const next = await gql<Log>(LOG, { first: 2, after: first.data!.msisdnRevealLog.pageInfo.endCursor }, admin);
  expect(next.data!.msisdnRevealLog).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
  expect(next.data!.msisdnRevealLog.nodes.map((n) => n.subscriberId)).toEqual(['S-CD-1']);
  const users = await gql<{ msisdnRevealUsers: { userId: string }[] }>('{ msisdnRevealUsers(branchCode: "CD") { userId } }', {}, admin);
  expect(users.data!.msisdnRevealUsers.map((u) => u.userId)).toEqual([cdPhone]);
});

it('names the bad filter field in both languages', async () => {
  const res = await gql<Log>(LOG, { f: { from: '2026-12-40' }, first: 50 }, tokenFor(Role.ADMIN));
  expect(res.errors![0].extensions).toMatchObject({ code: 'INVALID_REVEAL_FILTER', field: 'filter.from' });
  expect(res.errors![0].extensions!.messages!['zh-CN']).toContain('不是有效日期');
  const order = await gql<Log>(LOG, { f: { from: '2026-12-03', to: '2026-12-01' }, first: 50 }, tokenFor(Role.ADMIN));
  expect(order.errors![0].extensions!.field).toBe('filter.to');
});

it('lists a campaign’s tasks in a branch for reassignment, numbers masked, and masks list members’ numbers', async () => {
  const cdPlanner = tokenFor(Role.BRANCH_PLANNER, 'CD');
  type T = { campaignTasks: { totalCount: number; nodes: { subscriberId: string; msisdnMasked: string; assigneeId: string; status: string }[] } };
  const q = 'query($c: ID!, $b: String!) { campaignTasks(campaignId: $c, branchCode: $b, statuses: [OPEN, CALLBACK], first: 10) { totalCount nodes { subscriberId msisdnMasked assigneeId status } } }';
  const res = await gql<T>(q, { c: campaignId, b: 'CD' }, cdPlanner);
  expect(res.errors).toBeUndefined();
  expect(res.data!.campaignTasks).toEqual({
    totalCount: 2,
    nodes: [
      { subscriberId: 'S-CD-1', msisdnMasked: '138****1111', assigneeId: cdPhone, status: 'OPEN' },
      { subscriberId: 'S-CD-2', msisdnMasked: '138****2222', assigneeId: cdPhone, status: 'OPEN' },
    ],
  });
  const other = await gql<T>(q, { c: campaignId, b: 'GA' }, cdPlanner);
  expect(other.errors![0].extensions!.code).toBe('NOT_YOUR_BRANCH');

  await admin.query(`INSERT INTO campaigns.target_list (campaign_id, branch_code, status, builds) VALUES ($1, 'CD', 'BUILT', 1)`, [campaignId]);
  await admin.query(
    `INSERT INTO campaigns.list_member (campaign_id, branch_code, subscriber_id, status, stratum, added_at) VALUES ($1, 'CD', 'S-CD-1', 'TREATED', 'ORDINARY', now()), ($1, 'CD', 'S-CD-2', 'CONTROL', 'ORDINARY', now())`,
    [campaignId],
  );
  type M = { campaign: { targetList: { members: { nodes: { subscriberId: string; msisdnMasked: string }[] } } } };
  const members = await gql<M>('query($c: ID!) { campaign(id: $c) { targetList(branchCode: "CD") { members(first: 10) { nodes { subscriberId msisdnMasked } } } } }', { c: campaignId }, tokenFor(Role.PROVINCE_PLANNER));
  expect(members.errors).toBeUndefined();
  expect(members.data!.campaign.targetList.members.nodes).toEqual([{ subscriberId: 'S-CD-1', msisdnMasked: '138****1111' }, { subscriberId: 'S-CD-2', msisdnMasked: '138****2222' }]);
});
