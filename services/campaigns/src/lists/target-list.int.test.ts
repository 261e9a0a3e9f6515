import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { signToken } from '@retention/auth';
import { Role } from '@retention/domain';
import { migrateInOrder, startService, type RunningService } from '@retention/graphql-kit';
import { segmentsService } from '@retention/segments';
import { createTestDatabase, postGraphQL, registerTestCallers, tokenFor, type TestDatabase } from '@retention/test-kit';
import { trainingService } from '@retention/training';
import { campaignsService } from '../app';
import { branchScopedDataSource } from '@retention/db';
import { LIST_BUILDS_PER_USER } from '../jobs/campaign-job-queue';
import { buildTargetLists } from './list-builder';

let db: TestDatabase;
let segments: RunningService;
let service: RunningService;
let admin: Client;
const province = tokenFor(Role.PROVINCE_PLANNER);
const cdPlanner = tokenFor(Role.BRANCH_PLANNER, 'CD');
const gaPlanner = tokenFor(Role.BRANCH_PLANNER, 'GA');
const cdPhone = tokenFor(Role.PHONE_MANAGER, 'CD');
const SECOND_MANAGER = '5e000000-0000-4000-8000-0000000000c2';
const cdPhone2 = signToken({ id: SECOND_MANAGER, username: 'test.cd.phone2', role: Role.PHONE_MANAGER, branchCode: 'CD', tokenVersion: 0 });

type Gql<T> = { data?: T; errors?: { message: string; extensions?: { code?: string; field?: string; messages?: Record<string, string> } }[] };
const gql = <T>(query: string, variables: Record<string, unknown>, token: string) => postGraphQL<T>(service.url, query, variables, token) as Promise<Gql<T>>;

beforeAll(async () => {
  db = await createTestDatabase();
  await migrateInOrder([trainingService], db.urlFor);
  await registerTestCallers(db.adminUrl);
  admin = new Client({ connectionString: db.adminUrl });
  await admin.connect();
  await admin.query(
    `INSERT INTO training.app_user (id, username, display_name, password_hash, role, branch_code) VALUES ($1, 'test.cd.phone2', '第二位经理', '!', 'PHONE_MANAGER', 'CD')`,
    [SECOND_MANAGER],
  );
  process.env.DEMO_SUBSCRIBERS = '6000';
  process.env.DEMO_MONTHS = '4';
  segments = await startService(segmentsService, { databaseUrl: db.urlFor('segments'), port: 0, seedDemo: true });
  service = await startService(campaignsService, { databaseUrl: db.urlFor('campaigns'), port: 0, seedDemo: false });
}, 600_000);

afterAll(async () => {
  await service?.stop();
  await segments?.stop();
  await admin?.end();
  await db?.drop();
});

const CAMPAIGN_FIELDS = 'id status version reviewComment talkTrack endDate';
type C = { id: string; status: string; version: number; reviewComment: string | null; talkTrack: string; endDate: string };

async function publishedCampaign(name: string, extra: Record<string, unknown> = {}): Promise<C> {
  const created = await gql<{ createCampaign: C }>(
    `mutation($input: CampaignInput!) { createCampaign(input: $input) { ${CAMPAIGN_FIELDS} } }`,
    {
      input: {
        name, kind: 'TENURE', level: 'PROVINCE', executingBranchCodes: ['CD', 'GA'], targetSegmentKey: 'CLASS_ORDINARY',
        channels: ['PHONE_MANAGER'], talkTrack: '您好，感谢您多年的支持……', startDate: '2026-11-01', endDate: '2026-12-31', controlShare: 0.1,
        offerTiers: [{ code: 'DEP300', name: '存300送300', offerKind: 'DEPOSIT_GIFT', deposit: 300, gift: 300, months: 10, costPerAcceptance: 300 }],
        ...extra,
      },
    },
    province,
  );
  expect(created.errors).toBeUndefined();
  const c = created.data!.createCampaign;
  const submitted = await gql<{ submitCampaign: C }>(`mutation($id: ID!, $v: Int!) { submitCampaign(id: $id, version: $v) { ${CAMPAIGN_FIELDS} } }`, { id: c.id, v: c.version }, province);
  expect(submitted.errors).toBeUndefined();
  const approved = await gql<{ approveCampaign: C }>(`mutation($id: ID!) { approveCampaign(id: $id, comment: "同意") { ${CAMPAIGN_FIELDS} } }`, { id: c.id }, province);
  expect(approved.data!.approveCampaign.status).toBe('PUBLISHED');
  return approved.data!.approveCampaign;
}

async function build(campaignId: string, branchCode: string, token = cdPlanner, asOf?: string): Promise<void> {
  const res = await gql<{ buildTargetList: { id: string } }>(
    'mutation($c: ID!, $b: String!, $asOf: String) { buildTargetList(campaignId: $c, branchCode: $b, asOf: $asOf) { id } }',
    { c: campaignId, b: branchCode, asOf },
    token,
  );
  expect(res.errors).toBeUndefined();
  const id = res.data!.buildTargetList.id;
  for (let i = 0; i < 600; i++) {
    const job = await gql<{ campaignJob: { status: string; error: string | null } }>('query($id: ID!) { campaignJob(id: $id) { status error } }', { id }, token);
    const status = job.data!.campaignJob.status;
    if (status === 'SUCCEEDED') return;
    if (status === 'FAILED') throw new Error(job.data!.campaignJob.error ?? 'failed');
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('build did not finish');
}

const LIST = `query($id: ID!, $b: String!) { campaign(id: $id) { targetList(branchCode: $b) {
  month status eligible controlSize treatedSize suppressed { reason count } strata { retentionClass size control treated } } } }`;
type L = { month: string; status: string; eligible: number; controlSize: number; treatedSize: number; suppressed: { reason: string; count: number }[]; strata: { retentionClass: string; size: number; control: number; treated: number }[] };
const listOf = async (id: string, b = 'CD', token = cdPlanner) => (await gql<{ campaign: { targetList: L } }>(LIST, { id, b }, token)).data!.campaign.targetList;

describe('lifecycle', () => {
  it('drafts, refuses stale edits and early submission, returns with a required comment, approves, and journals every step', async () => {
    const created = await gql<{ createCampaign: C }>(
      `mutation($input: CampaignInput!) { createCampaign(input: $input, idempotencyKey: "k-1") { ${CAMPAIGN_FIELDS} } }`,
      { input: { name: '网龄回馈', kind: 'TENURE', targetSegmentKey: 'CLASS_ORDINARY', channels: ['PHONE_MANAGER'], startDate: '2026-11-01', endDate: '2026-12-31' } },
      province,
    );
    const c = created.data!.createCampaign;
    expect(c).toMatchObject({ status: 'DRAFT', version: 1 });
    const again = await gql<{ createCampaign: C }>(
      `mutation($input: CampaignInput!) { createCampaign(input: $input, idempotencyKey: "k-1") { id } }`,
      { input: { name: '网龄回馈', kind: 'TENURE', targetSegmentKey: 'CLASS_ORDINARY', channels: ['PHONE_MANAGER'], startDate: '2026-11-01', endDate: '2026-12-31' } },
      province,
    );
    expect(again.data!.createCampaign.id).toBe(c.id);

    const submitEarly = await gql(`mutation($id: ID!) { submitCampaign(id: $id, version: 1) { id } }`, { id: c.id }, province);
    expect(submitEarly.errors![0].extensions).toMatchObject({ code: 'NOT_READY_TO_SUBMIT', field: 'talkTrack' });
    expect(submitEarly.errors![0].extensions!.messages!['zh-CN']).toContain('营销必说话术');

    const edited = await gql<{ updateCampaign: C }>(`mutation($id: ID!) { updateCampaign(id: $id, version: 1, input: { talkTrack: "必说话术" }) { ${CAMPAIGN_FIELDS} } }`, { id: c.id }, province);
    expect(edited.data!.updateCampaign.version).toBe(2);
    const stale = await gql(`mutation($id: ID!) { updateCampaign(id: $id, version: 1, input: { name: "别的名字" }) { id } }`, { id: c.id }, province);
    expect(stale.errors![0].extensions!.code).toBe('VERSION_CONFLICT');

    const badShare = await gql(`mutation($id: ID!) { updateCampaign(id: $id, version: 2, input: { controlShare: 10 }) { id } }`, { id: c.id }, province);
    expect(badShare.errors![0].extensions).toMatchObject({ code: 'INVALID_CAMPAIGN', field: 'input.controlShare' });

    await gql(`mutation($id: ID!) { submitCampaign(id: $id, version: 2) { id } }`, { id: c.id }, province);
    const byBranch = await gql(`mutation($id: ID!) { approveCampaign(id: $id) { id } }`, { id: c.id }, cdPlanner);
    expect(byBranch.errors![0].extensions!.code).toBe('UNAUTHORIZED');
    const noComment = await gql(`mutation($id: ID!) { returnCampaign(id: $id, comment: " ") { id } }`, { id: c.id }, province);
    expect(noComment.errors![0].extensions!.code).toBe('COMMENT_REQUIRED');
    const returned = await gql<{ returnCampaign: C }>(`mutation($id: ID!) { returnCampaign(id: $id, comment: "请补充档位") { ${CAMPAIGN_FIELDS} } }`, { id: c.id }, province);
    expect(returned.data!.returnCampaign).toMatchObject({ status: 'DRAFT', reviewComment: '请补充档位' });
    await gql(`mutation($id: ID!, $v: Int!) { submitCampaign(id: $id, version: $v) { id } }`, { id: c.id, v: returned.data!.returnCampaign.version }, province);
    const approved = await gql<{ approveCampaign: C }>(`mutation($id: ID!) { approveCampaign(id: $id) { ${CAMPAIGN_FIELDS} } }`, { id: c.id }, province);
    expect(approved.data!.approveCampaign.status).toBe('PUBLISHED');

    const locked = await gql(`mutation($id: ID!, $v: Int!) { updateCampaign(id: $id, version: $v, input: { name: "改名" }) { id } }`, { id: c.id, v: approved.data!.approveCampaign.version }, province);
    expect(locked.errors![0].extensions).toMatchObject({ code: 'CAMPAIGN_NOT_EDITABLE', field: 'input.name' });
    const amended = await gql<{ updateCampaign: C }>(`mutation($id: ID!, $v: Int!) { updateCampaign(id: $id, version: $v, input: { endDate: "2027-01-15" }) { ${CAMPAIGN_FIELDS} } }`, { id: c.id, v: approved.data!.approveCampaign.version }, province);
    expect(amended.data!.updateCampaign.endDate).toBe('2027-01-15');

    const audit = await gql<{ campaign: { audit: { action: string; fromStatus: string | null; toStatus: string | null; actor: string; comment: string | null; changes: { field: string }[] }[] } }>(
      'query($id: ID!) { campaign(id: $id) { audit { action fromStatus toStatus actor comment changes { field } } } }',
      { id: c.id },
      province,
    );
    expect(audit.data!.campaign.audit.map((a) => a.action)).toEqual(['CREATE', 'EDIT', 'SUBMIT', 'RETURN', 'SUBMIT', 'APPROVE', 'AMEND']);
    expect(audit.data!.campaign.audit[3]).toMatchObject({ fromStatus: 'PENDING_APPROVAL', toStatus: 'DRAFT', comment: '请补充档位' });
    expect(audit.data!.campaign.audit[6].changes.map((x) => x.field)).toEqual(['endDate']);

    // A branch planner authors local campaigns only, and never sees province drafts.
    const local = await gql<{ createCampaign: { id: string; level: string; executingBranchCodes: string[] } }>(
      'mutation { createCampaign(input: { name: "成都本地关怀", kind: CARE }) { id level executingBranchCodes } }', {}, cdPlanner);
    expect(local.data!.createCampaign).toMatchObject({ level: 'BRANCH', executingBranchCodes: ['CD'] });
    // Another branch neither sees nor changes it; the province sees it.
    const localId = local.data!.createCampaign.id;
    const fromGa = await gql('mutation($id: ID!) { updateCampaign(id: $id, version: 1, input: { name: "改" }) { id } }', { id: localId }, gaPlanner);
    expect(fromGa.errors![0].extensions!.code).toBe('CAMPAIGN_NOT_FOUND');
    const readGa = await gql('query($id: ID!) { campaign(id: $id) { id } }', { id: localId }, gaPlanner);
    expect(readGa.errors![0].extensions!.code).toBe('CAMPAIGN_NOT_FOUND');
    const byProvince = await gql('mutation($id: ID!) { updateCampaign(id: $id, version: 1, input: { name: "改" }) { id } }', { id: localId }, province);
    expect(byProvince.errors![0].extensions!.code).toBe('NOT_YOUR_CAMPAIGN');
    for (const token of [tokenFor(Role.PROVINCE_ANALYST), tokenFor(Role.TRAINER), cdPhone, tokenFor(Role.ADMIN)]) {
      const denied = await gql('mutation { createCampaign(input: { name: "x", kind: CARE }) { id } }', {}, token);
      expect(denied.errors![0].extensions!.code).toBe('UNAUTHORIZED');
    }
    // One kind of target with the other sent as null (what a form sends) is one target.
    const both = await gql<{ createCampaign: { targetSegmentKey: string; targetSegmentId: string | null } }>(
      'mutation { createCampaign(input: { name: "两种目标", kind: CARE, targetSegmentKey: "MID_HIGH_END", targetSegmentId: null }) { targetSegmentKey targetSegmentId } }', {}, province);
    expect(both.data!.createCampaign).toEqual({ targetSegmentKey: 'MID_HIGH_END', targetSegmentId: null });
    const managers = await gql<{ branchManagers: { name: string; capacity: number; contactKind: string }[] }>('{ branchManagers(branchCode: "CD") { name capacity contactKind } }', {}, cdPlanner);
    expect(managers.data!.branchManagers.length).toBe(2);
    expect(managers.data!.branchManagers.every((m) => m.capacity === 80 && m.contactKind === 'PHONE')).toBe(true);
    expect((await gql('{ branchManagers(branchCode: "CD") { name } }', {}, gaPlanner)).errors![0].extensions!.code).toBe('NOT_YOUR_BRANCH');
    const provinceByBranch = await gql('mutation { createCampaign(input: { name: "x", kind: CARE, level: PROVINCE }) { id } }', {}, cdPlanner);
    expect(provinceByBranch.errors![0].extensions).toMatchObject({ code: 'INVALID_CAMPAIGN', field: 'input.level' });
  });
});

describe('target lists', () => {
  let first: C;

  beforeAll(async () => {
    first = await publishedCampaign('普通中高端网龄计划');
  });

  it('builds the exact list: suppressions in order, a funnel that adds up, md5-stratified control equal to an independent computation', async () => {
    await build(first.id, 'CD');
    const list = await listOf(first.id);
    const { rows: [{ month }] } = await admin.query(`SELECT to_char(max(month), 'YYYY-MM-DD') AS month FROM segments.refreshed_month`);
    expect(list.month).toBe(month.slice(0, 7));
    expect(list.status).toBe('BUILT');
    expect(list.suppressed.map((s) => s.reason)).toEqual(['NOT_ON_NETWORK', 'SPECIAL_ACCOUNT', 'VIP_CARD', 'DO_NOT_CONTACT', 'RECENTLY_CONTACTED', 'FREQUENCY_CAP', 'ALREADY_TARGETED']);
    const suppressed = list.suppressed.reduce((sum, s) => sum + s.count, 0);
    expect(list.eligible).toBe(suppressed + list.controlSize + list.treatedSize);

    // DOMAIN.md §5, computed here from segments' own tables.
    const { rows: expected } = await admin.query(
      `WITH e AS (
         SELECT m.subscriber_id, coalesce(m.retention_class, 'NONE') AS stratum,
                CASE WHEN coalesce(s.special_type, '') <> '' THEN 'SPECIAL_ACCOUNT' WHEN s.vip_card IN ('DIAMOND','GOLD','SILVER') THEN 'VIP_CARD' END AS reason
         FROM segments.membership m JOIN segments.subscriber s USING (subscriber_id)
         WHERE m.month = $1::date AND m.branch_code = 'CD' AND m.retention_class = 'ORDINARY'
       ), kept AS (
         SELECT subscriber_id, stratum, row_number() OVER (PARTITION BY stratum ORDER BY md5($2::text || ':' || subscriber_id), subscriber_id) AS pos,
                count(*) OVER (PARTITION BY stratum) AS n
         FROM e WHERE reason IS NULL
       )
       SELECT subscriber_id, CASE WHEN pos <= round(0.1 * n) THEN 'CONTROL' ELSE 'TREATED' END AS status FROM kept
       UNION ALL SELECT subscriber_id, 'SUPPRESSED:' || reason FROM e WHERE reason IS NOT NULL`,
      [month, first.id],
    );
    const { rows: actual } = await admin.query(
      `SELECT subscriber_id, CASE WHEN status = 'SUPPRESSED' THEN 'SUPPRESSED:' || reason ELSE status END AS status FROM campaigns.list_member WHERE campaign_id = $1 AND branch_code = 'CD'`,
      [first.id],
    );
    const sortRows = (rows: { subscriber_id: string; status: string }[]) => [...rows].sort((a, b) => a.subscriber_id.localeCompare(b.subscriber_id));
    expect(expected.length).toBeGreaterThan(50);
    expect(sortRows(actual)).toEqual(sortRows(expected));
    expect(list.strata).toEqual([{ retentionClass: 'ORDINARY', size: list.controlSize + list.treatedSize, control: list.controlSize, treated: list.treatedSize }]);
    expect(list.controlSize).toBe(Math.round(0.1 * (list.controlSize + list.treatedSize)));

    // The same inputs give the same list, written into a new partition of the campaign's own (list-partition.ts).
    const homes = async () => (await admin.query(`SELECT DISTINCT tableoid::regclass::text AS t FROM campaigns.list_member WHERE campaign_id = $1`, [first.id])).rows.map((r) => r.t);
    const [firstHome] = await homes();
    expect(firstHome).toMatch(/^campaigns\.lm_/);
    await build(first.id, 'CD');
    const [secondHome, ...more] = await homes();
    expect(more).toEqual([]);
    expect(secondHome).toMatch(/^campaigns\.lm_/);
    expect(secondHome).not.toBe(firstHome);
    const { rows: again } = await admin.query(
      `SELECT subscriber_id, CASE WHEN status = 'SUPPRESSED' THEN 'SUPPRESSED:' || reason ELSE status END AS status FROM campaigns.list_member WHERE campaign_id = $1 AND branch_code = 'CD'`,
      [first.id],
    );
    expect(sortRows(again)).toEqual(sortRows(actual));
  });

  it('pages members in subscriberId order with filters, and keeps other branches out', async () => {
    const q = `query($id: ID!, $after: String) { campaign(id: $id) { targetList(branchCode: "CD") {
      members(first: 7, after: $after, status: TREATED) { totalCount pageInfo { endCursor hasNextPage } nodes { subscriberId status reason stratum byCampaignId } } } } }`;
    type M = { campaign: { targetList: { members: { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean }; nodes: { subscriberId: string; status: string; stratum: string }[] } } } };
    const page1 = await gql<M>(q, { id: first.id }, cdPlanner);
    const page2 = await gql<M>(q, { id: first.id, after: page1.data!.campaign.targetList.members.pageInfo.endCursor }, cdPlanner);
    const ids = [...page1.data!.campaign.targetList.members.nodes, ...page2.data!.campaign.targetList.members.nodes].map((n) => n.subscriberId);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(14);
    expect(page1.data!.campaign.targetList.members.nodes[0]).toMatchObject({ status: 'TREATED', stratum: 'ORDINARY' });

    const other = await gql(LIST, { id: first.id, b: 'CD' }, gaPlanner);
    expect(other.errors![0].extensions!.code).toBe('NOT_YOUR_BRANCH');
    const otherBuild = await gql('mutation($c: ID!) { buildTargetList(campaignId: $c, branchCode: "CD") { id } }', { c: first.id }, gaPlanner);
    expect(otherBuild.errors![0].extensions!.code).toBe('NOT_YOUR_BRANCH');
    const phone = await gql(q, { id: first.id }, cdPhone);
    expect(phone.errors![0].extensions!.code).toBe('NOT_YOUR_BRANCH');
  });

  it('refuses a planner a fourth list build while three are still queued or running', async () => {
    const { rows: queued } = await admin.query(
      `INSERT INTO campaigns.job (kind, params, created_by) SELECT 'LIST_BUILD', '{}', 'test.branch_planner' FROM generate_series(1, $1) RETURNING id`,
      [LIST_BUILDS_PER_USER],
    );
    try {
      const busy = await gql('mutation($c: ID!) { buildTargetList(campaignId: $c, branchCode: "CD") { id } }', { c: first.id }, cdPlanner);
      expect(busy.errors![0].extensions).toMatchObject({ code: 'SERVICE_BUSY', messages: { 'zh-CN': '服务繁忙，请稍后重试' } });
    } finally {
      await admin.query('DELETE FROM campaigns.job WHERE id = ANY ($1::uuid[])', [queued.map((r: { id: string }) => r.id)]);
    }
    await build(first.id, 'CD');
  });

  it("never drops the members a branch session cannot see: a build limited to CD keeps GA's list and the campaign's partition", async () => {
    await build(first.id, 'GA', gaPlanner);
    const count = (branch: string) => admin.query('SELECT count(*)::int AS n, min(tableoid::regclass::text) AS home FROM campaigns.list_member WHERE campaign_id = $1 AND branch_code = $2', [first.id, branch]);
    const { rows: [ga] } = await count('GA');
    expect(ga.n).toBeGreaterThan(0);
    // Only CD's list is rebuilt, in a session the backstop limits to CD (it cannot see GA's rows).
    await buildTargetLists(branchScopedDataSource(service.dataSource, 'CD'), { campaignId: first.id, branchCode: 'CD', now: new Date().toISOString() });
    expect((await count('GA')).rows[0]).toEqual(ga);
    expect((await count('CD')).rows[0]).toMatchObject({ home: ga.home });
    // The tests below expect the campaign executing in CD only, built as a planner builds it.
    for (const table of ['list_member', 'list_reason_count', 'target_list']) await admin.query(`DELETE FROM campaigns.${table} WHERE campaign_id = $1 AND branch_code = 'GA'`, [first.id]);
    await build(first.id, 'CD');
  });

  it("keeps a branch session out of other branches' list members and tasks in the database itself (row-level backstop)", async () => {
    const ga = branchScopedDataSource(service.dataSource, 'GA');
    const cdRows = 'SELECT count(*)::int AS n FROM campaigns.list_member WHERE campaign_id = $1';
    expect((await service.dataSource.query(cdRows, [first.id]))[0].n).toBeGreaterThan(0);
    expect(await ga.query(cdRows, [first.id])).toEqual([{ n: 0 }]);
    expect(await ga.query("SELECT count(*)::int AS n FROM campaigns.task WHERE branch_code <> 'GA'")).toEqual([{ n: 0 }]);
    expect(await branchScopedDataSource(service.dataSource, 'CD').query(cdRows, [first.id])).toEqual(await service.dataSource.query(cdRows, [first.id]));
  });

  it('suppresses do-not-contact customers on the next build, with the reason', async () => {
    const { rows: [victim] } = await admin.query(`SELECT subscriber_id FROM campaigns.list_member WHERE campaign_id = $1 AND status = 'TREATED' ORDER BY subscriber_id LIMIT 1`, [first.id]);
    const added = await gql<{ addDoNotContact: { branchCode: string } }>(
      'mutation($s: String!) { addDoNotContact(input: { subscriberId: $s, reason: "客户投诉后要求", expiresAt: "2099-01-01" }) { branchCode } }', { s: victim.subscriber_id }, cdPlanner);
    expect(added.data!.addDoNotContact.branchCode).toBe('CD');
    const elsewhere = await gql('mutation($s: String!) { addDoNotContact(input: { subscriberId: $s, reason: "x", branchCode: "GA" }) { id } }', { s: victim.subscriber_id }, cdPlanner);
    expect(elsewhere.errors![0].extensions).toMatchObject({ code: 'INVALID_DNC', field: 'input.branchCode' });
    await build(first.id, 'CD');
    const { rows: [row] } = await admin.query('SELECT status, reason FROM campaigns.list_member WHERE campaign_id = $1 AND subscriber_id = $2', [first.id, victim.subscriber_id]);
    expect(row).toEqual({ status: 'SUPPRESSED', reason: 'DO_NOT_CONTACT' });
    expect((await listOf(first.id)).suppressed.find((s) => s.reason === 'DO_NOT_CONTACT')!.count).toBe(1);
  });

  it('dispatches within capacity, reports overflow, and gives each manager only their own tasks', async () => {
    const { rows: [{ n: treated }] } = await admin.query(`SELECT count(*)::int AS n FROM campaigns.list_member WHERE campaign_id = $1 AND branch_code = 'CD' AND status = 'TREATED'`, [first.id]);
    // Two managers, 5 calls a day, over the window's days: what does not fit is overflow.
    const { rows: managers } = await admin.query(`SELECT user_id FROM training_api.staff_v1 WHERE branch_code = 'CD' AND staff_role = 'PHONE_MANAGER'`);
    for (const m of managers) {
      const set = await gql('mutation($u: ID!) { setManagerCapacity(userId: $u, capacity: 2) }', { u: m.user_id }, cdPlanner);
      expect(set.errors).toBeUndefined();
    }
    const res = await gql<{ dispatchTargetList: { dispatched: number; overflow: number; fromDay: string; toDay: string; managers: { assigned: number }[] } }>(
      'mutation($c: ID!) { dispatchTargetList(campaignId: $c, branchCode: "CD", input: { asOf: "2026-12-20T09:00:00+08:00" }) { dispatched overflow fromDay toDay managers { assigned } } }',
      { c: first.id },
      cdPlanner,
    );
    expect(res.errors).toBeUndefined();
    const d = res.data!.dispatchTargetList;
    const days = 12; // 2026-12-20 … 2026-12-31
    expect(d.fromDay).toBe('2026-12-20');
    expect(d.dispatched).toBe(Math.min(treated, managers.length * 2 * days));
    expect(d.dispatched + d.overflow).toBe(treated);
    const { rows: overCapacity } = await admin.query(`SELECT assignee_id, planned_day, count(*) FROM campaigns.task GROUP BY 1, 2 HAVING count(*) > 2`);
    expect(overCapacity).toEqual([]);
    const { rows: [{ n: controlTasks }] } = await admin.query(`SELECT count(*)::int AS n FROM campaigns.task t JOIN campaigns.list_member m USING (campaign_id, subscriber_id) WHERE m.status <> 'TREATED'`);
    expect(controlTasks).toBe(0);
    expect((await listOf(first.id)).status).toBe('DISPATCHED');
  });

  it('reassigns open tasks within the branch only, and journals who moved them from whom', async () => {
    const { rows: [a, b] } = await admin.query(`SELECT user_id FROM training_api.staff_v1 WHERE branch_code = 'CD' AND staff_role = 'PHONE_MANAGER' AND user_id IS NOT NULL ORDER BY user_id`);
    const { rows: tasks } = await admin.query(`SELECT id FROM campaigns.task WHERE campaign_id = $1 AND assignee_id = $2 AND status = 'OPEN' ORDER BY id LIMIT 2`, [first.id, a.user_id]);
    const ids = tasks.map((t: { id: string }) => t.id);
    const moved = await gql<{ reassignTasks: number }>('mutation($t: [ID!]!, $u: ID!) { reassignTasks(taskIds: $t, toUserId: $u) }', { t: ids, u: b.user_id }, cdPlanner);
    expect(moved.data!.reassignTasks).toBe(ids.length);
    const { rows: now } = await admin.query('SELECT DISTINCT assignee_id FROM campaigns.task WHERE id = ANY ($1::uuid[])', [ids]);
    expect(now).toEqual([{ assignee_id: b.user_id }]);
    const { rows: [entry] } = await admin.query(`SELECT actor_name, diff, comment FROM campaigns.campaign_audit WHERE campaign_id = $1 AND action = 'REASSIGN_TASKS'`, [first.id]);
    expect(entry).toMatchObject({ diff: [{ field: 'tasks.assignee', from: [a.user_id], to: b.user_id }], comment: `${ids.length} task(s)` });
    // Another branch's planner moves nothing; moving them back restores the plan.
    expect((await gql<{ reassignTasks: number }>('mutation($t: [ID!]!, $u: ID!) { reassignTasks(taskIds: $t, toUserId: $u) }', { t: ids, u: a.user_id }, gaPlanner)).data!.reassignTasks).toBe(0);
    expect((await gql<{ reassignTasks: number }>('mutation($t: [ID!]!, $u: ID!) { reassignTasks(taskIds: $t, toUserId: $u) }', { t: ids, u: a.user_id }, cdPlanner)).data!.reassignTasks).toBe(ids.length);
  });

  it('lets a phone manager work only their own tasks: masked numbers, audited reveals, idempotent outcomes', async () => {
    type T = { myTasks: { id: string; subscriberId: string; msisdnMasked: string; campaign: { talkTrack: string }; qualifyingTiers: { code: string }[] }[] };
    const mine = await gql<T>('{ myTasks(day: "2026-12-20") { id subscriberId msisdnMasked campaign { talkTrack } qualifyingTiers { code } } }', {}, cdPhone);
    expect(mine.errors).toBeUndefined();
    const tasks = mine.data!.myTasks;
    expect(tasks.length).toBe(2);
    expect(tasks[0].msisdnMasked).toMatch(/^\d{3}\*{4}\d{4}$/);
    const theirs = await gql<T>('{ myTasks(day: "2026-12-20") { id } }', {}, cdPhone2);
    expect(theirs.data!.myTasks.map((t) => t.id).filter((id) => tasks.some((t) => t.id === id))).toEqual([]);

    const reveal = await gql<{ revealMsisdn: string }>('mutation($t: ID!) { revealMsisdn(taskId: $t) }', { t: tasks[0].id }, cdPhone);
    expect(reveal.data!.revealMsisdn).toMatch(/^\d{11}$/);
    const notTheirs = await gql('mutation($t: ID!) { revealMsisdn(taskId: $t) }', { t: tasks[0].id }, cdPhone2);
    expect(notTheirs.errors![0].extensions!.code).toBe('TASK_NOT_FOUND');
    const { rows: reveals } = await admin.query('SELECT subscriber_id FROM campaigns.msisdn_reveal');
    expect(reveals).toEqual([{ subscriber_id: tasks[0].subscriberId }]);

    const accept = { taskId: tasks[0].id, outcome: 'ACCEPTED', offerTierCode: 'DEP300', complaint: { valid: true, text: '嫌来电太多' }, idempotencyKey: randomUUID(), asOf: '2026-12-20T10:00:00+08:00' };
    const m = 'mutation($i: RecordContactInput!) { recordContact(input: $i) { id outcome cost complaint { valid } } }';
    const once = await gql<{ recordContact: { id: string; cost: number } }>(m, { i: accept }, cdPhone);
    expect(once.errors).toBeUndefined();
    expect(once.data!.recordContact.cost).toBe(300);
    const twice = await gql<{ recordContact: { id: string } }>(m, { i: accept }, cdPhone);
    expect(twice.data!.recordContact.id).toBe(once.data!.recordContact.id);
    const conflict = await gql(m, { i: { ...accept, outcome: 'NO_ANSWER', offerTierCode: null, complaint: null } }, cdPhone);
    expect(conflict.errors![0].extensions!.code).toBe('IDEMPOTENCY_CONFLICT');
    const { rows: [{ n }] } = await admin.query('SELECT count(*)::int AS n FROM campaigns.contact');
    expect(n).toBe(1);
    const { rows: offers } = await admin.query(`SELECT tier, to_char(start_month, 'YYYY-MM') AS start FROM campaigns.accepted_offer`);
    expect(offers).toEqual([{ tier: 'DEP300', start: '2027-01' }]);

    const callbackLate = await gql(m, { i: { taskId: tasks[1].id, outcome: 'HESITANT_CALLBACK', callbackAt: '2026-12-21T10:00:00+08:00', idempotencyKey: randomUUID(), asOf: '2026-12-20T10:00:00+08:00' } }, cdPhone);
    expect(callbackLate.errors![0].extensions).toMatchObject({ code: 'INVALID_CONTACT', field: 'input.callbackAt' });
    const onOther = await gql(m, { i: { taskId: tasks[1].id, outcome: 'NO_ANSWER', idempotencyKey: randomUUID() } }, cdPhone2);
    expect(onOther.errors![0].extensions!.code).toBe('TASK_NOT_FOUND');
    const fromGa = await gql(m, { i: { taskId: tasks[1].id, outcome: 'NO_ANSWER', idempotencyKey: randomUUID() } }, tokenFor(Role.PHONE_MANAGER, 'GA'));
    expect(fromGa.errors![0].extensions!.code).toBe('TASK_NOT_FOUND');

    const exec = await gql<{ campaign: { execution: { contacted: number; accepted: number; complaintAlert: boolean; uptake: number }[] } }>(
      'query($id: ID!) { campaign(id: $id) { execution(branchCode: "CD") { contacted accepted uptake complaintAlert } } }', { id: first.id }, province);
    expect(exec.data!.campaign.execution[0]).toEqual({ contacted: 1, accepted: 1, uptake: 1, complaintAlert: true });
  });

  it('arbitrates: a higher-priority campaign takes uncontacted treated customers; contacted and control ones stay', async () => {
    const second = await publishedCampaign('高优先级网龄计划', { priorityWeight: 5 });
    const { rows: before } = await admin.query(`SELECT subscriber_id, status FROM campaigns.list_member WHERE campaign_id = $1 AND status IN ('TREATED','CONTROL')`, [first.id]);
    const { rows: contacted } = await admin.query('SELECT DISTINCT subscriber_id FROM campaigns.contact WHERE campaign_id = $1', [first.id]);
    await build(second.id, 'CD', cdPlanner, '2026-12-21T09:00:00+08:00');
    const { rows: lost } = await admin.query(
      `SELECT subscriber_id, by_campaign_id FROM campaigns.list_member WHERE campaign_id = $1 AND status = 'SUPPRESSED' AND reason = 'FREQUENCY_CAP'`, [first.id]);
    const controls = before.filter((r) => r.status === 'CONTROL').map((r) => r.subscriber_id);
    expect(lost.length).toBeGreaterThan(0);
    expect(lost.every((r) => r.by_campaign_id === second.id)).toBe(true);
    expect(lost.some((r) => controls.includes(r.subscriber_id) || contacted.some((c) => c.subscriber_id === r.subscriber_id))).toBe(false);
    // The second list: the first's control customers are capped, naming the first campaign; the contacted one was contacted recently.
    const { rows: capped } = await admin.query(`SELECT subscriber_id, by_campaign_id FROM campaigns.list_member WHERE campaign_id = $1 AND reason = 'FREQUENCY_CAP'`, [second.id]);
    expect(new Set(capped.map((r) => r.subscriber_id))).toEqual(new Set(controls));
    const { rows: recent } = await admin.query(`SELECT subscriber_id FROM campaigns.list_member WHERE campaign_id = $1 AND reason = 'RECENTLY_CONTACTED'`, [second.id]);
    expect(recent.map((r) => r.subscriber_id)).toEqual(contacted.map((c) => c.subscriber_id));
    expect(capped.every((r) => r.by_campaign_id === first.id)).toBe(true);
    // Their open tasks on the losing list are withdrawn.
    const { rows: open } = await admin.query(
      `SELECT count(*)::int AS n FROM campaigns.task t JOIN campaigns.list_member m USING (campaign_id, subscriber_id) WHERE t.campaign_id = $1 AND m.status = 'SUPPRESSED' AND t.status IN ('OPEN','CALLBACK')`, [first.id]);
    expect(open[0].n).toBe(0);
  });
});
