import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Role } from '@retention/domain';
import { migrateInOrder, startService, type RunningService } from '@retention/graphql-kit';
import { segmentsService } from '@retention/segments';
import { SegmentEngineService } from '@retention/segments/dist/engine/segment-engine.service';
import { insertSubscriber } from '@retention/segments/dist/engine/test-fixtures';
import { createSegmentsDataSource } from '@retention/segments/dist/data-source';
import { createTestDatabase, postGraphQL, registerTestCallers, tokenFor, type TestDatabase } from '@retention/test-kit';
import { trainingService } from '@retention/training';
import type { DataSource } from 'typeorm';
import { campaignsService } from '../app';

/**
 * DOMAIN.md §5's list rules one by one on hand-built customers: 40 ordinary mid-high-end
 * customers in Chengdu (ARPU 150 in Jul–Sep 2026, Sep refreshed, Oct loaded only).
 */
let db: TestDatabase;
let service: RunningService;
let segmentsDb: DataSource;
let admin: Client;
const province = tokenFor(Role.PROVINCE_PLANNER);
const cdPlanner = tokenFor(Role.BRANCH_PLANNER, 'CD');
const NOW = '2026-11-15T12:00:00Z';
const OTHER = '7a000000-0000-4000-8000-000000000001';
const OLD = '7a000000-0000-4000-8000-000000000002';
const id = (i: number) => `S${String(i).padStart(2, '0')}`;

const gql = <T>(query: string, variables: Record<string, unknown>, token: string) =>
  postGraphQL<T>(service.url, query, variables, token) as Promise<{ data?: T; errors?: { extensions?: { code?: string } }[] }>;

async function loadMonthRows(months: string[]): Promise<void> {
  for (const month of months) {
    await admin.query(`INSERT INTO segments.loaded_month (month, usage_rows, loaded_at) SELECT $1::date, count(*), now() FROM segments.usage WHERE month = $1::date
                       ON CONFLICT (month) DO UPDATE SET usage_rows = EXCLUDED.usage_rows`, [`${month}-01`]);
  }
}

async function addCustomers(from: number, to: number): Promise<void> {
  for (let i = from; i <= to; i++) {
    await insertSubscriber(segmentsDb, { id: id(i), branch: 'CD', join: '2018-03-01' }, {
      '2026-07': { bill: 150 }, '2026-08': { bill: 150 }, '2026-09': { bill: 150 }, '2026-10': { bill: 150, status: i === 1 ? 'CHURNED' : 'ACTIVE' },
    });
  }
  await loadMonthRows(['2026-07', '2026-08', '2026-09', '2026-10']);
  await new SegmentEngineService(segmentsDb).refresh('2026-09');
}

beforeAll(async () => {
  db = await createTestDatabase();
  await migrateInOrder([trainingService, segmentsService], db.urlFor);
  await registerTestCallers(db.adminUrl);
  admin = new Client({ connectionString: db.adminUrl });
  await admin.connect();
  segmentsDb = createSegmentsDataSource(db.urlFor('segments'));
  await segmentsDb.initialize();
  await addCustomers(1, 40);
  await admin.query(`UPDATE segments.subscriber SET special_type = 'EMPLOYEE' WHERE subscriber_id = 'S02'`);
  await admin.query(`UPDATE segments.subscriber SET vip_card = 'GOLD' WHERE subscriber_id = 'S03'`);
  service = await startService(campaignsService, { databaseUrl: db.urlFor('campaigns'), port: 0, seedDemo: false });

  // Another campaign's history: a contact 59 and 61 days ago, lists first built 30 and 100 days ago.
  await admin.query(`INSERT INTO campaigns.campaign (id, name, kind, level, status, executing_branches, created_by, published_at, priority_weight)
                     VALUES ($1, '其他活动', 'CARE', 'PROVINCE', 'PUBLISHED', '{CD}', 'test', '2026-09-01', 9), ($2, '旧活动', 'CARE', 'PROVINCE', 'CLOSED', '{CD}', 'test', '2026-07-01', 9)`, [OTHER, OLD]);
  await admin.query(`INSERT INTO campaigns.target_list (campaign_id, branch_code, status, first_built_at, built_at) VALUES ($1, 'CD', 'DISPATCHED', $3::timestamptz - interval '30 days', now()), ($2, 'CD', 'DISPATCHED', $3::timestamptz - interval '100 days', now())`, [OTHER, OLD, NOW]);
  await admin.query(`INSERT INTO campaigns.list_member (campaign_id, branch_code, subscriber_id, status, stratum, added_at) VALUES
                     ($1, 'CD', 'S09', 'CONTROL', 'ORDINARY', now()), ($1, 'CD', 'S07', 'TREATED', 'ORDINARY', now()), ($1, 'CD', 'S08', 'TREATED', 'ORDINARY', now()),
                     ($2, 'CD', 'S10', 'TREATED', 'ORDINARY', now())`, [OTHER, OLD]);
  const { rows: [manager] } = await admin.query(`SELECT user_id FROM training_api.staff_v1 WHERE branch_code = 'CD' AND staff_role = 'PHONE_MANAGER' LIMIT 1`);
  for (const [subscriber, days] of [['S07', 59], ['S08', 61]] as const) {
    const { rows: [task] } = await admin.query(`INSERT INTO campaigns.task (campaign_id, branch_code, subscriber_id, assignee_id, channel, planned_day, status, created_at)
                                                VALUES ($1, 'CD', $2, $3, 'PHONE_MANAGER', '2026-09-01', 'DONE', now()) RETURNING id`, [OTHER, subscriber, manager.user_id]);
    await admin.query(`INSERT INTO campaigns.contact (task_id, campaign_id, branch_code, subscriber_id, agent_id, channel, outcome, contacted_at, idempotency_key, payload_hash)
                       VALUES ($1, $2, 'CD', $3, $4, 'PHONE_MANAGER', 'REACHED_DECLINED', $5::timestamptz - make_interval(days => $6), $7, 'x')`, [task.id, OTHER, subscriber, manager.user_id, NOW, days, randomUUID()]);
  }
  await admin.query(`INSERT INTO campaigns.do_not_contact (branch_code, subscriber_id, reason, expires_at, created_by) VALUES
                     (NULL, 'S02', '员工', NULL, 'test'), (NULL, 'S04', '投诉', NULL, 'test'), ('CD', 'S05', '过期', $1::timestamptz - interval '1 day', 'test'), ('GA', 'S06', '别的分公司', NULL, 'test')`, [NOW]);
}, 600_000);

afterAll(async () => {
  await service?.stop();
  await segmentsDb?.destroy();
  await admin?.end();
  await db?.drop();
});

async function campaign(extra: string): Promise<string> {
  const res = await gql<{ createCampaign: { id: string; version: number } }>(
    `mutation { createCampaign(input: { name: "规则测试", kind: TENURE, executingBranchCodes: ["CD"], targetSegmentKey: "CLASS_ORDINARY", talkTrack: "话术",
       startDate: "2026-11-01", endDate: "2026-12-31", controlShare: 0.1, ${extra} }) { id version } }`, {}, province);
  const { id: cid, version } = res.data!.createCampaign;
  await gql(`mutation($id: ID!, $v: Int!) { submitCampaign(id: $id, version: $v) { id } }`, { id: cid, v: version }, province);
  await gql(`mutation($id: ID!) { approveCampaign(id: $id) { id } }`, { id: cid }, province);
  return cid;
}

async function build(cid: string, asOf = NOW): Promise<void> {
  const res = await gql<{ buildTargetList: { id: string } }>('mutation($c: ID!, $a: String) { buildTargetList(campaignId: $c, branchCode: "CD", asOf: $a) { id } }', { c: cid, a: asOf }, cdPlanner);
  for (let i = 0; i < 300; i++) {
    const job = await gql<{ campaignJob: { status: string; error: string } }>('query($id: ID!) { campaignJob(id: $id) { status error } }', { id: res.data!.buildTargetList.id }, cdPlanner);
    if (job.data!.campaignJob.status === 'SUCCEEDED') return;
    if (job.data!.campaignJob.status === 'FAILED') throw new Error(job.data!.campaignJob.error);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function reasons(cid: string): Promise<Record<string, string>> {
  const { rows } = await admin.query(`SELECT subscriber_id, coalesce(reason, status) AS r, by_campaign_id FROM campaigns.list_member WHERE campaign_id = $1`, [cid]);
  return Object.fromEntries(rows.map((r) => [r.subscriber_id, r.r + (r.by_campaign_id ? `:${r.by_campaign_id === OTHER ? 'OTHER' : r.by_campaign_id}` : '')]));
}

it('records the first reason that applies, each alone and in combination, with inclusive windows', async () => {
  const cid = await campaign('channels: [PHONE_MANAGER], priorityWeight: 1');
  await build(cid);
  const r = await reasons(cid);
  expect(r.S01).toBe('NOT_ON_NETWORK');
  expect(r.S02).toBe('SPECIAL_ACCOUNT'); // also on the do-not-contact list: the first reason wins
  expect(r.S03).toBe('VIP_CARD');
  expect(r.S04).toBe('DO_NOT_CONTACT');
  expect(['TREATED', 'CONTROL']).toContain(r.S05); // expired entry
  expect(['TREATED', 'CONTROL']).toContain(r.S06); // another branch's list
  expect(r.S07).toBe('RECENTLY_CONTACTED'); // 59 days ago; also on OTHER's list
  expect(r.S08).toBe('FREQUENCY_CAP:OTHER'); // contacted 61 days ago, still on OTHER's list (contacted: not released)
  expect(r.S09).toBe('FREQUENCY_CAP:OTHER'); // OTHER's control is protected
  expect(['TREATED', 'CONTROL']).toContain(r.S10); // a list first built 100 days ago does not cap
  const { data } = await gql<{ campaign: { targetList: { eligible: number; controlSize: number; treatedSize: number; suppressed: { reason: string; count: number }[] } } }>(
    'query($id: ID!) { campaign(id: $id) { targetList(branchCode: "CD") { eligible controlSize treatedSize suppressed { reason count } } } }', { id: cid }, cdPlanner);
  const list = data!.campaign.targetList;
  expect(list.eligible).toBe(40);
  expect(Object.fromEntries(list.suppressed.map((s) => [s.reason, s.count]))).toEqual({
    NOT_ON_NETWORK: 1, SPECIAL_ACCOUNT: 1, VIP_CARD: 1, DO_NOT_CONTACT: 1, RECENTLY_CONTACTED: 1, FREQUENCY_CAP: 2, ALREADY_TARGETED: 0,
  });
  expect(list.controlSize).toBe(3); // round(0.1 × 33)
  expect(list.treatedSize).toBe(30);
});

let vipCampaign = '';

it('keeps VIP customers for account managers when the campaign has that channel, and routes them there', async () => {
  const cid = await campaign('channels: [PHONE_MANAGER, ACCOUNT_MANAGER], priorityWeight: 0');
  vipCampaign = cid;
  await build(cid);
  const r = await reasons(cid);
  expect(['TREATED', 'CONTROL']).toContain(r.S03);
  await admin.query(`INSERT INTO training.app_user (id, username, display_name, password_hash, role, branch_code, contact_kind) VALUES ($1, 'test.cd.account', '客户经理', '!', 'PHONE_MANAGER', 'CD', 'ACCOUNT')`, [randomUUID()]);
  const res = await gql<{ dispatchTargetList: { dispatched: number } }>('mutation($c: ID!) { dispatchTargetList(campaignId: $c, branchCode: "CD", input: { asOf: "2026-11-16T09:00:00+08:00" }) { dispatched } }', { c: cid }, cdPlanner);
  expect(res.errors).toBeUndefined();
  const { rows: routed } = await admin.query(
    `SELECT t.subscriber_id, t.channel, st.contact_kind FROM campaigns.task t JOIN training_api.staff_v1 st ON st.user_id = t.assignee_id WHERE t.campaign_id = $1 AND t.channel = 'ACCOUNT_MANAGER'`, [cid]);
  if (r.S03 === 'TREATED') expect(routed).toEqual([{ subscriber_id: 'S03', channel: 'ACCOUNT_MANAGER', contact_kind: 'ACCOUNT' }]);
  else expect(routed).toEqual([]);
});

it('breaks a priority tie by the earlier publication: the later campaign is capped, naming the earlier one', async () => {
  const { rows: treatedOnVip } = await admin.query(`SELECT subscriber_id FROM campaigns.list_member WHERE campaign_id = $1 AND status = 'TREATED'`, [vipCampaign]);
  expect(treatedOnVip.length).toBeGreaterThan(0);
  const later = await campaign('channels: [SMS], priorityWeight: 0');
  await build(later);
  const r = await reasons(later);
  for (const { subscriber_id } of treatedOnVip) expect(r[subscriber_id]).toBe(`FREQUENCY_CAP:${vipCampaign}`);
  const { rows: kept } = await admin.query(`SELECT count(*)::int AS n FROM campaigns.list_member WHERE campaign_id = $1 AND status = 'TREATED'`, [vipCampaign]);
  expect(kept[0].n).toBe(treatedOnVip.length);
});

it('after dispatch only tops up: members keep their status, count as ALREADY_TARGETED, and control is topped up to round(share × n)', async () => {
  const cid = await campaign('channels: [SMS], priorityWeight: 10');
  await build(cid);
  await gql('mutation($c: ID!) { dispatchTargetList(campaignId: $c, branchCode: "CD", input: { asOf: "2026-11-16T09:00:00+08:00" }) { dispatched } }', { c: cid }, cdPlanner);
  const { rows: before } = await admin.query(`SELECT subscriber_id, status FROM campaigns.list_member WHERE campaign_id = $1 AND status IN ('TREATED','CONTROL') ORDER BY 1`, [cid]);
  await addCustomers(41, 52);
  await build(cid);
  const { rows: after } = await admin.query(`SELECT subscriber_id, status FROM campaigns.list_member WHERE campaign_id = $1 AND status IN ('TREATED','CONTROL') ORDER BY 1`, [cid]);
  for (const b of before) expect(after).toContainEqual(b);
  expect(before.length).toBeGreaterThan(25); // the weight-10 campaign took the uncontacted treated customers of the others
  const added = after.filter((a) => !before.some((b) => b.subscriber_id === a.subscriber_id));
  expect(added.map((a) => a.subscriber_id)).toEqual(Array.from({ length: 12 }, (_, i) => id(41 + i)));
  const n = after.length;
  const controlBefore = before.filter((b) => b.status === 'CONTROL').length;
  expect(added.filter((a) => a.status === 'CONTROL').length).toBe(Math.max(0, Math.round(0.1 * n) - controlBefore));
  const { data } = await gql<{ campaign: { targetList: { eligible: number; suppressed: { reason: string; count: number }[] } } }>(
    'query($id: ID!) { campaign(id: $id) { targetList(branchCode: "CD") { eligible suppressed { reason count } } } }', { id: cid }, cdPlanner);
  const counts = Object.fromEntries(data!.campaign.targetList.suppressed.map((s) => [s.reason, s.count]));
  expect(counts.ALREADY_TARGETED).toBe(before.length);
  expect(data!.campaign.targetList.eligible).toBe(Object.values(counts).reduce((a, b) => a + b, 0) + added.length);
});

it('records each member\'s tenure band from the month its build read (membership_v1), as it records the stratum', async () => {
  await admin.query(`UPDATE segments.subscriber SET join_date = '2026-05-01' WHERE subscriber_id IN ('S11', 'S12')`);
  await admin.query(`UPDATE segments.subscriber SET join_date = '2025-01-01' WHERE subscriber_id = 'S13'`);
  await new SegmentEngineService(segmentsDb).refresh('2026-09');
  const cid = await campaign('channels: [SMS], priorityWeight: 1');
  await build(cid);
  const { rows } = await admin.query(
    `SELECT l.subscriber_id, l.tenure_band, m.tenure_band AS snapshot FROM campaigns_api.list_member_v1 l
     LEFT JOIN segments_api.membership_v1 m ON m.month = '2026-09-01' AND m.subscriber_id = l.subscriber_id
     WHERE l.campaign_id = $1 ORDER BY 1`,
    [cid],
  );
  // Every customer of the segment has a row (treated, control or suppressed), each with the snapshot's band.
  expect(rows).toHaveLength(52);
  for (const r of rows) expect(r.tenure_band).toBe(r.snapshot);
  const band = Object.fromEntries(rows.map((r) => [r.subscriber_id, r.tenure_band]));
  // Joined 2026-05-01: 4 months at 2026-09-30; 2025-01-01: 20 months; 2018-03-01: 102 months.
  expect([band.S11, band.S12, band.S13, band.S14]).toEqual(['LT_6M', 'LT_6M', '1_3Y', 'GE_5Y']);
});

it('keeps the treatment matrix as versioned policy data, and guides the control share', async () => {
  const { rows: [{ n: open }] } = await admin.query(`SELECT count(*)::int AS n FROM campaigns.list_member WHERE campaign_id = $1`, [OTHER]);
  expect(open).toBe(3);
  const m = await gql<{ treatmentMatrix: { version: number; retentionClass: string; channels: string[] }[] }>('{ treatmentMatrix { version retentionClass channels } }', {}, cdPlanner);
  expect(m.data!.treatmentMatrix.map((r) => r.retentionClass)).toEqual(['IMPORTANT', 'ORDINARY', 'IRREGULAR', 'CHURN_RISK']);
  expect(m.data!.treatmentMatrix[3].channels).toEqual(['PHONE_MANAGER']);
  const rows = m.data!.treatmentMatrix.map((r) => ({ retentionClass: r.retentionClass, kinds: ['TENURE'], channels: r.channels, offerKinds: ['PLAN'], products: ['合家欢'], promotions: ['积分'], newServices: ['飞信'], service: ['基础服务'] }));
  const saved = await gql<{ updateTreatmentMatrix: { version: number }[] }>('mutation($r: [TreatmentRowInput!]!) { updateTreatmentMatrix(version: 1, rows: $r) { version } }', { r: rows }, province);
  expect(saved.data!.updateTreatmentMatrix[0].version).toBe(2);
  const stale = await gql('mutation($r: [TreatmentRowInput!]!) { updateTreatmentMatrix(version: 1, rows: $r) { version } }', { r: rows }, province);
  expect(stale.errors![0].extensions!.code).toBe('VERSION_CONFLICT');
  const byBranch = await gql('mutation($r: [TreatmentRowInput!]!) { updateTreatmentMatrix(version: 2, rows: $r) { version } }', { r: rows }, cdPlanner);
  expect(byBranch.errors![0].extensions!.code).toBe('UNAUTHORIZED');
  const { rows: published } = await admin.query(`SELECT DISTINCT version FROM campaigns_api.treatment_matrix_v1`);
  expect(published).toEqual([{ version: 2 }]);

  const guidance = await gql<{ campaignSampleSize: { listSize: number; controlSize: number; power: number | null; smallestShareFor80: number | null } }>(
    '{ campaignSampleSize(input: { targetSegmentKey: "CLASS_ORDINARY", branchCodes: ["CD"], controlShare: 0.1, targetReduction: 0.02, expectedControlChurn: 0.1 }) { listSize controlSize power smallestShareFor80 } }', {}, cdPlanner);
  expect(guidance.errors).toBeUndefined();
  expect(guidance.data!.campaignSampleSize.listSize).toBe(51); // 52 ordinary at September, minus the special account
  expect(guidance.data!.campaignSampleSize.controlSize).toBe(5);
  expect(guidance.data!.campaignSampleSize.smallestShareFor80).toBeNull(); // 51 customers cannot show 2 points
});

describe('do-not-contact import', () => {
  async function importFile(text: string, token = cdPlanner): Promise<{ status: string; report: { line: number; column: string; code: string }[] }> {
    const bytes = Buffer.from(text, 'utf8');
    const begun = await gql<{ beginCampaignUpload: { id: string } }>('mutation($s: Float!) { beginCampaignUpload(fileName: "dnc.csv", sizeBytes: $s) { id } }', { s: bytes.length }, token);
    const uploadId = begun.data!.beginCampaignUpload.id;
    await gql('mutation($id: ID!, $b: String!) { campaignUploadChunk(id: $id, offset: 0, base64: $b) { id } }', { id: uploadId, b: bytes.toString('base64') }, token);
    const started = await gql<{ importDoNotContact: { id: string } }>('mutation($id: ID!) { importDoNotContact(uploadId: $id) { id } }', { id: uploadId }, token);
    expect(started.errors).toBeUndefined();
    const jobId = started.data!.importDoNotContact.id;
    for (let i = 0; i < 300; i++) {
      const job = await gql<{ campaignJob: { status: string } }>('query($id: ID!) { campaignJob(id: $id) { status } }', { id: jobId }, token);
      const status = job.data!.campaignJob.status;
      if (status === 'SUCCEEDED' || status === 'FAILED') {
        const report = await gql<{ doNotContactImportReport: { line: number; column: string; code: string }[] }>('query($id: ID!) { doNotContactImportReport(jobId: $id) { line column code } }', { id: jobId }, token);
        return { status, report: report.data!.doNotContactImportReport };
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('import did not finish');
  }

  it('imports nothing from a file with bad rows and says what and where', async () => {
    const { rows: [{ n: before }] } = await admin.query('SELECT count(*)::int AS n FROM campaigns.do_not_contact');
    const result = await importFile('subscriber_id,reason,expires_at,note\nS11,客户要求,2027-01-01,x\nNOPE,投诉,,\nS12,,2027-13-01,\nS11,重复,,\n');
    expect(result.status).toBe('FAILED');
    expect(result.report.map((e) => [e.line, e.column, e.code])).toEqual([
      [3, 'subscriber_id', 'UNKNOWN_SUBSCRIBER'],
      [4, 'reason', 'REQUIRED'],
      [4, 'expires_at', 'BAD_DATE'],
      [5, 'subscriber_id', 'DUPLICATE'],
      [1, 'note', 'UNKNOWN_COLUMN'],
    ]);
    const { rows: [{ n: after }] } = await admin.query('SELECT count(*)::int AS n FROM campaigns.do_not_contact');
    expect(after).toBe(before);
  });

  it('imports a good file onto the branch list and withdraws the customers’ open tasks', async () => {
    const result = await importFile('subscriber_id,reason\r\nS11,客户要求\r\n"S12","投诉, 不再联系"\r\n');
    expect(result).toEqual({ status: 'SUCCEEDED', report: [] });
    const { rows } = await admin.query(`SELECT subscriber_id, branch_code, reason, source FROM campaigns.do_not_contact WHERE subscriber_id IN ('S11','S12') ORDER BY 1`);
    expect(rows).toEqual([
      { subscriber_id: 'S11', branch_code: 'CD', reason: '客户要求', source: 'IMPORT' },
      { subscriber_id: 'S12', branch_code: 'CD', reason: '投诉, 不再联系', source: 'IMPORT' },
    ]);
    const { rows: open } = await admin.query(`SELECT count(*)::int AS n FROM campaigns.task WHERE subscriber_id IN ('S11','S12') AND status IN ('OPEN','CALLBACK')`);
    expect(open[0].n).toBe(0);
  });
});

it('counts the target segment before the extra eligibility rules and the eligible after them', async () => {
  // The longest tenure among CD's ordinary customers at the month lists read: a rule that keeps only those narrows the segment.
  const { rows: [{ month, longest }] } = await admin.query(
    `SELECT to_char(m.month, 'YYYY-MM') AS month, max(m.tenure_months)::int AS longest FROM segments_api.membership_v1 m
     WHERE m.month = (SELECT max(month) FROM segments_api.month_v1 WHERE refreshed_at IS NOT NULL) AND m.branch_code = 'CD' AND m.retention_class = 'ORDINARY'
     GROUP BY m.month`);
  const cid = await campaign(`channels: [SMS], priorityWeight: 0, eligibilityRule: { field: "tenureMonths", op: "gte", value: ${longest} }`);
  await build(cid);
  const { data } = await gql<{ campaign: { targetList: { month: string; segmentSize: number; eligible: number } } }>(
    'query($id: ID!) { campaign(id: $id) { targetList(branchCode: "CD") { month segmentSize eligible } } }', { id: cid }, cdPlanner);
  const list = data!.campaign.targetList;
  expect(list.month).toBe(month);
  const { rows: [expected] } = await admin.query(
    `SELECT count(*)::int AS segment, count(*) FILTER (WHERE tenure_months >= $2)::int AS eligible FROM segments_api.membership_v1
     WHERE month = to_date($1, 'YYYY-MM') AND branch_code = 'CD' AND retention_class = 'ORDINARY'`, [month, longest]);
  expect(expected.eligible).toBeLessThan(expected.segment);
  expect(list.segmentSize).toBe(expected.segment);
  expect(list.eligible).toBe(expected.eligible);
});
