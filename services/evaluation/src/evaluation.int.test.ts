import fs from 'node:fs';
import path from 'node:path';
import { campaignsService } from '@retention/campaigns';
import { Role } from '@retention/domain';
import { migrateInOrder, printSubgraphSdl, startService, type RunningService } from '@retention/graphql-kit';
import { segmentsService } from '@retention/segments';
import { registerTestCallers, createTestDatabase, postGraphQL, tokenFor, type TestDatabase } from '@retention/test-kit';
import { trainingService } from '@retention/training';
import { evaluationService } from './app';
import { buildEvaluationSchema } from './schema';
import { CAMPAIGN_ID, LOCAL_CAMPAIGN_ID, loadCampaign, loadSegments, withAdmin } from './testing/population';

let db: TestDatabase;
let service: RunningService;

beforeAll(async () => {
  process.env.EVALUATION_WATCH_INTERVAL_MS = '0';
  db = await createTestDatabase();
  // Services check every token's user against training; evaluation reads segments_api and campaigns_api.
  await migrateInOrder([trainingService, segmentsService, campaignsService], db.urlFor);
  await registerTestCallers(db.adminUrl);
  await withAdmin(db.adminUrl, async (client) => {
    await loadSegments(client);
    await loadCampaign(client);
  });
  service = await startService(evaluationService, { databaseUrl: db.urlFor('evaluation'), port: 0, seedDemo: true });
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

type Report = { id: string; status: string; version: number; branchCode: string | null; month: string; reviewerComment: string | null; sharedPractice: boolean };
type Reports = { evaluationReports: { id: string; status: string; branch: { code: string } | null }[] };
const list = '{ evaluationReports { id status branch { code } campaign { id } } }';
const FIELDS = 'id status version branchCode month reviewerComment sharedPractice';
const P = () => tokenFor(Role.PROVINCE_PLANNER);
const CD = () => tokenFor(Role.BRANCH_PLANNER, 'CD');
const GA = () => tokenFor(Role.BRANCH_PLANNER, 'GA');

async function call<T = Record<string, Report>>(query: string, variables: Record<string, unknown>, token: string) {
  return postGraphQL<T>(service.url, query, variables, token);
}

const create = (input: Record<string, unknown>, token: string) =>
  call(`mutation($i: CreateReportInput!) { createEvaluationReport(input: $i) { ${FIELDS} } }`, { i: input }, token);
const update = (id: string, version: number, input: Record<string, unknown>, token: string) =>
  call(`mutation($id: ID!, $v: Int!, $i: ReportTextInput!) { updateEvaluationReport(id: $id, version: $v, input: $i) { ${FIELDS} whatWorked tags } }`, { id, v: version, i: input }, token);
const submit = (id: string, token: string, version?: number) =>
  call(`mutation($id: ID!, $v: Int) { submitEvaluationReport(id: $id, version: $v) { ${FIELDS} figures { listSize contacted computedAt } } }`, { id, v: version }, token);
const giveBack = (id: string, comment: string, token: string) =>
  call(`mutation($id: ID!, $c: String!) { returnEvaluationReport(id: $id, comment: $c) { ${FIELDS} } }`, { id, c: comment }, token);
const accept = (id: string, token: string) => call(`mutation($id: ID!) { acceptEvaluationReport(id: $id, comment: "很好") { ${FIELDS} } }`, { id }, token);
const share = (id: string, token: string, tags?: string[]) =>
  call(`mutation($id: ID!, $t: [String!]) { shareEvaluationReport(id: $id, shared: true, tags: $t) { ${FIELDS} tags } }`, { id, t: tags }, token);
const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

it('matches the checked-in schema.graphql', async () => {
  const current = await printSubgraphSdl(await buildEvaluationSchema());
  expect(fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8')).toEqual(current);
});

describe('the demo reports (the old queries keep working)', () => {
  it('shows the province every report and a branch only its own', async () => {
    const all = await postGraphQL<Reports>(service.url, list, {}, P());
    expect(all.data!.evaluationReports.map((r) => [r.branch?.code, r.status]).sort()).toEqual([['CD', 'DRAFT'], ['GA', 'DRAFT'], ['MY', 'SUBMITTED']]);
    const cd = await postGraphQL<Reports>(service.url, list, {}, CD());
    expect(cd.data!.evaluationReports.map((r) => [r.branch?.code, r.status])).toEqual([['CD', 'DRAFT']]);
  });

  it('lets other branches see a report once the province shares it as good practice', async () => {
    const zg = () => postGraphQL<Reports>(service.url, list, {}, tokenFor(Role.BRANCH_PLANNER, 'ZG'));
    expect((await zg()).data!.evaluationReports).toEqual([]);
    await service.dataSource.query("UPDATE evaluation.evaluation_report SET shared_practice = true WHERE branch_code = 'CD'");
    expect((await zg()).data!.evaluationReports.map((r) => r.branch?.code)).toEqual(['CD']);
    await service.dataSource.query('UPDATE evaluation.evaluation_report SET shared_practice = false');
  });

  it('resolves report references within scope only', async () => {
    const all = await postGraphQL<Reports>(service.url, list, {}, P());
    const ga = all.data!.evaluationReports.find((r) => r.branch?.code === 'GA')!;
    const q = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on EvaluationReport { status } } }';
    const r = { r: [{ __typename: 'EvaluationReport', id: ga.id }] };
    expect((await postGraphQL(service.url, q, r, GA())).data).toEqual({ _entities: [{ status: 'DRAFT' }] });
    expect((await postGraphQL(service.url, q, r, CD())).data).toEqual({ _entities: [null] });
  });

  it('is not for phone managers, and refuses callers without a token', async () => {
    expect(code(await postGraphQL(service.url, list, {}, tokenFor(Role.PHONE_MANAGER, 'CD')))).toBe('UNAUTHORIZED');
    expect((await postGraphQL(service.url, list)).status).toBe(401);
  });
});

describe('report workflow: DRAFT → SUBMITTED → RETURNED → SUBMITTED → ACCEPTED → shared', () => {
  let id: string;

  it('creates a draft per (campaign, branch, month); the same idempotency key returns the first', async () => {
    const input = { campaignId: CAMPAIGN_ID, branchCode: 'CD', month: '2031-06', idempotencyKey: 'cd-1', whatWorked: '话术有效', tags: ['外呼'] };
    const first = await create(input, CD());
    expect(first.errors).toBeUndefined();
    id = first.data!.createEvaluationReport.id;
    expect(first.data!.createEvaluationReport).toMatchObject({ status: 'DRAFT', version: 1, branchCode: 'CD', month: '2031-06' });
    const again = await create(input, CD());
    expect(again.data!.createEvaluationReport.id).toBe(id);
    // Another key for the same (campaign, branch, month): the report exists.
    const other = await create({ ...input, idempotencyKey: 'cd-2' }, CD());
    expect(other.errors![0].extensions).toMatchObject({ code: 'REPORT_EXISTS', reportId: id });
    // The same key for something else is a conflict.
    expect(code(await create({ ...input, month: '2031-05' }, CD()))).toBe('IDEMPOTENCY_CONFLICT');
  });

  it('refuses reports outside the writer’s reach', async () => {
    // GA cannot write CD's report; the province does not write a branch's report; a branch not in the campaign has none.
    expect(code(await create({ campaignId: CAMPAIGN_ID, branchCode: 'CD', idempotencyKey: 'x1' }, GA()))).toBe('NOT_YOUR_REPORT');
    expect(code(await create({ campaignId: CAMPAIGN_ID, branchCode: 'CD', idempotencyKey: 'x2' }, P()))).toBe('NOT_YOUR_REPORT');
    expect(code(await create({ campaignId: CAMPAIGN_ID, branchCode: 'ZG', idempotencyKey: 'x3' }, tokenFor(Role.BRANCH_PLANNER, 'ZG')))).toBe('CAMPAIGN_NOT_FOUND');
    // A branch cannot write the province-wide report; the province can, for a province campaign only.
    expect(code(await create({ campaignId: CAMPAIGN_ID, branchCode: null, idempotencyKey: 'x4' }, CD()))).toBe('NOT_YOUR_REPORT');
    expect(code(await create({ campaignId: LOCAL_CAMPAIGN_ID, branchCode: null, idempotencyKey: 'x5' }, P()))).toBe('NOT_YOUR_REPORT');
    const province = await create({ campaignId: CAMPAIGN_ID, branchCode: null, idempotencyKey: 'p1' }, P());
    expect(province.data!.createEvaluationReport).toMatchObject({ branchCode: null, status: 'DRAFT' });
    // Analysts read but do not write; phone managers neither.
    expect(code(await create({ campaignId: CAMPAIGN_ID, idempotencyKey: 'x6' }, tokenFor(Role.PROVINCE_ANALYST)))).toBe('UNAUTHORIZED');
    expect(code(await create({ campaignId: CAMPAIGN_ID, branchCode: 'CD', idempotencyKey: 'x7' }, tokenFor(Role.PHONE_MANAGER, 'CD')))).toBe('UNAUTHORIZED');
    // Validation names the field in both languages.
    const bad = await create({ campaignId: CAMPAIGN_ID, branchCode: 'GA', month: '2031-6', idempotencyKey: 'x8' }, GA());
    expect(bad.errors![0].extensions).toMatchObject({ code: 'INVALID_MONTH', field: 'input.month' });
    const tags = await create({ campaignId: CAMPAIGN_ID, branchCode: 'GA', idempotencyKey: 'x9', tags: ['x'.repeat(21)] }, GA());
    expect(tags.errors![0].extensions).toMatchObject({ code: 'INVALID_REPORT', field: 'input.tags', messages: { 'zh-CN': expect.stringContaining('标签') } });
  });

  it('edits with versions: a stale version is a conflict', async () => {
    const edited = await update(id, 1, { problems: '接通率低', tags: ['外呼', '存费送费'] }, CD());
    expect(edited.data!.updateEvaluationReport).toMatchObject({ version: 2, whatWorked: '话术有效', tags: ['外呼', '存费送费'] });
    expect(code(await update(id, 1, { problems: 'x' }, CD()))).toBe('VERSION_CONFLICT');
    expect(code(await update(id, 2, { problems: 'x' }, GA()))).toBe('REPORT_NOT_FOUND');
  });

  it('submits with the figures frozen; submitting again changes nothing', async () => {
    const first = await submit(id, CD(), 2);
    expect(first.errors).toBeUndefined();
    const submitted = first.data!.submitEvaluationReport as Report & { figures: { listSize: number; contacted: number; computedAt: string } };
    expect(submitted).toMatchObject({ status: 'SUBMITTED', version: 3, figures: { listSize: 10, contacted: 4 } });
    const again = await submit(id, CD(), 2);
    expect(again.data!.submitEvaluationReport).toEqual(first.data!.submitEvaluationReport);
    // New contacts after submission do not change the frozen figures.
    await withAdmin(db.adminUrl, (client) =>
      client.query(
        `INSERT INTO campaigns.contact (task_id, campaign_id, branch_code, subscriber_id, agent_id, channel, outcome, contacted_at, idempotency_key, payload_hash)
         SELECT id, campaign_id, branch_code, subscriber_id, assignee_id, channel, 'NO_ANSWER', now(), 'late', 'h' FROM campaigns.task WHERE subscriber_id = 'T1'`,
      ),
    );
    const frozen = await call<{ evaluationReport: { figures: { contacted: number } } }>(`query($id: ID!) { evaluationReport(id: $id) { figures { contacted } } }`, { id }, P());
    expect(frozen.data!.evaluationReport.figures.contacted).toBe(4);
    // Nobody edits a submitted report.
    expect(code(await update(id, 3, { problems: 'x' }, CD()))).toBe('REPORT_NOT_EDITABLE');
  });

  it('the province sees the submission in its queue and notifications', async () => {
    const queue = await call<{ evaluationReviewQueue: { id: string }[] }>('{ evaluationReviewQueue { id } }', {}, P());
    expect(queue.data!.evaluationReviewQueue.map((r) => r.id)).toContain(id);
    expect(code(await call('{ evaluationReviewQueue { id } }', {}, CD()))).toBe('UNAUTHORIZED');
    const notes = await call<{ evaluationNotifications: { kind: string; reportId: string; read: boolean }[]; unreadEvaluationNotificationCount: number }>(
      '{ evaluationNotifications { kind reportId read } unreadEvaluationNotificationCount }',
      {},
      P(),
    );
    expect(notes.data!.evaluationNotifications).toContainEqual({ kind: 'SUBMITTED', reportId: id, read: false });
    expect(notes.data!.unreadEvaluationNotificationCount).toBeGreaterThanOrEqual(1);
  });

  it('only the province returns, and only with a comment', async () => {
    expect(code(await giveBack(id, '请补充', CD()))).toBe('UNAUTHORIZED');
    const blank = await giveBack(id, '   ', P());
    expect(blank.errors![0].extensions).toMatchObject({ code: 'COMMENT_REQUIRED', field: 'comment' });
    const returned = await giveBack(id, '请补充客户反馈', P());
    expect(returned.data!.returnEvaluationReport).toMatchObject({ status: 'RETURNED', reviewerComment: '请补充客户反馈', version: 4 });
    expect(code(await accept(id, P()))).toBe('INVALID_TRANSITION');
  });

  it('the branch sees the return, edits and resubmits', async () => {
    const notes = await call<{ evaluationNotifications: { id: string; kind: string; comment: string }[]; unreadEvaluationNotificationCount: number }>(
      '{ evaluationNotifications(unreadOnly: true) { id kind comment } unreadEvaluationNotificationCount }',
      {},
      CD(),
    );
    expect(notes.data!.evaluationNotifications).toEqual([expect.objectContaining({ kind: 'RETURNED', comment: '请补充客户反馈' })]);
    expect(notes.data!.unreadEvaluationNotificationCount).toBe(1);
    // GA sees none of CD's notices.
    const ga = await call<{ unreadEvaluationNotificationCount: number }>('{ unreadEvaluationNotificationCount }', {}, GA());
    expect(ga.data!.unreadEvaluationNotificationCount).toBe(0);
    const marked = await call<{ markEvaluationNotificationsRead: number }>('mutation { markEvaluationNotificationsRead }', {}, CD());
    expect(marked.data!.markEvaluationNotificationsRead).toBe(1);
    expect((await call<{ unreadEvaluationNotificationCount: number }>('{ unreadEvaluationNotificationCount }', {}, CD())).data!.unreadEvaluationNotificationCount).toBe(0);

    expect((await update(id, 4, { customerFeedback: '客户关注到账时间' }, CD())).data!.updateEvaluationReport.version).toBe(5);
    const resubmitted = await submit(id, CD(), 5);
    // Frozen again at this submission: the late contact now counts (T1 was contacted already: still 4 customers).
    expect(resubmitted.data!.submitEvaluationReport).toMatchObject({ status: 'SUBMITTED', version: 6 });
  });

  it('the province accepts; an accepted report is never edited again, and can be shared', async () => {
    expect(code(await share(id, P()))).toBe('INVALID_TRANSITION');
    expect((await accept(id, P())).data!.acceptEvaluationReport).toMatchObject({ status: 'ACCEPTED', version: 7 });
    expect((await accept(id, P())).data!.acceptEvaluationReport).toMatchObject({ status: 'ACCEPTED', version: 7 });
    expect(code(await update(id, 7, { problems: 'x' }, CD()))).toBe('REPORT_NOT_EDITABLE');
    expect((await submit(id, CD())).data!.submitEvaluationReport).toMatchObject({ status: 'ACCEPTED' });
    expect(code(await share(id, CD()))).toBe('UNAUTHORIZED');
    const shared = await share(id, P(), ['外呼', '网龄']);
    expect(shared.data!.shareEvaluationReport).toMatchObject({ sharedPractice: true, tags: ['外呼', '网龄'] });
  });

  it('every branch finds the shared practice by kind, class, tag or words', async () => {
    const find = (filter: Record<string, unknown>) =>
      call<{ sharedPractices: { id: string; campaignKind: string; campaignName: string; branch: { code: string } }[] }>(
        'query($f: SharedPracticeFilter) { sharedPractices(filter: $f) { id campaignKind campaignName branch { code } } }',
        { f: filter },
        GA(),
      );
    expect((await find({ kind: 'DEPOSIT_GIFT' })).data!.sharedPractices.map((r) => r.id)).toEqual([id]);
    expect((await find({ kind: 'TENURE' })).data!.sharedPractices).toEqual([]);
    expect((await find({ tag: '网龄' })).data!.sharedPractices[0]).toMatchObject({ id, campaignName: '存费送费：评估测试', branch: { code: 'CD' } });
    expect((await find({ text: '到账' })).data!.sharedPractices.map((r) => r.id)).toEqual([id]);
    expect((await find({ retentionClass: 'IMPORTANT' })).data!.sharedPractices).toEqual([]);
    // GA now reads the report, with its frozen figures, but not CD's live ones.
    const read = await call<{ evaluationReport: { figures: { listSize: number } } }>(`query($id: ID!) { evaluationReport(id: $id) { figures { listSize } } }`, { id }, GA());
    expect(read.data!.evaluationReport.figures.listSize).toBe(10);
  });

  it('keeps the whole history: who, when, from, to', async () => {
    const res = await call<{ evaluationReport: { history: { action: string; fromStatus: string | null; toStatus: string; comment: string | null }[] } }>(
      `query($id: ID!) { evaluationReport(id: $id) { history { action fromStatus toStatus comment actorName at version } } }`,
      { id },
      CD(),
    );
    expect(res.data!.evaluationReport.history.map((h) => h.action)).toEqual(['CREATE', 'UPDATE', 'SUBMIT', 'RETURN', 'UPDATE', 'SUBMIT', 'ACCEPT', 'SHARE']);
    expect(res.data!.evaluationReport.history[3]).toMatchObject({ fromStatus: 'SUBMITTED', toStatus: 'RETURNED', comment: '请补充客户反馈' });
  });
});
