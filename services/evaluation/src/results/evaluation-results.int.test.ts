import { campaignsService } from '@retention/campaigns';
import { Role } from '@retention/domain';
import { migrateInOrder, startService, type RunningService } from '@retention/graphql-kit';
import { segmentsService } from '@retention/segments';
import { createTestDatabase, postGraphQL, registerTestCallers, tokenFor, type TestDatabase } from '@retention/test-kit';
import { trainingService } from '@retention/training';
import { evaluationService } from '../app';
import { EvaluationJobQueue } from '../jobs/evaluation-job-queue';
import { AGENT_A1, AGENT_P1, AGENT_P2, CAMPAIGN_ID, LOCAL_CAMPAIGN_ID, addAttempt, addStaff, loadCampaign, loadSegments, withAdmin } from '../testing/population';

/*
 * The end-to-end data test of DOMAIN.md §6 on the hand-built population of
 * ../testing/population.ts. Every expected value below is worked out by hand from those
 * rows (the arithmetic is written next to it); values that need Φ (p-values, power) and
 * the square roots of the intervals were computed independently with Python 3's
 * statistics.NormalDist / statistics.variance from the same per-customer changes.
 *
 * s = 2031-04 (start 2031-04-10); before = Jan–Mar, after = Apr–Jun; e = 2031-06.
 * Per-customer ARPU change (mean after − mean before, missing month = 0):
 *   CD treated T1 +20, T2 +10, T3 (90+60+0)/3−90 = −40, T4 +10, T5 (50+50+0)/3−50 = −16.667,
 *              T6 80 − (0+80+80)/3 = +26.667;           churned at e: T3 (CHURNED), T5 (no row)
 *   CD control C1 0, C2 (100+0+0)/3−100 = −66.667, C3 −10, C4 (60+60+0)/3−60 = −20; churned: C2, C4
 *   GA treated G1 0, G2 +20, G3 120/3−120 = −80 (churned); control G4 −10.
 */
let db: TestDatabase;
let service: RunningService;

const evaluationQuery = `query($r: [_Any!]!, $b: String, $m: String) { _entities(representations: $r) { ... on Campaign { evaluation(branchCode: $b, month: $m) {
  branchCode month startMonth afterWindowEnd listSize controlSize treatedSize contacted reached accepted uptake churnTreated churnControl
  churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh complaints validComplaints
  validComplaintRate complaintAlert cost incrementalRevenue roi targetChurnReduction power underpowered provisional controlContacted
  strata: breakdown(by: STRATUM) { key branchCode noControl listSize treatedSize controlSize churnTreated churnControl churnReduction pValue arpuDid arpuDidCiLow power contacted accepted uptake cost }
  tenure: breakdown(by: TENURE_BAND) { key listSize treatedSize controlSize churnReduction churnReductionCiLow pValue arpuDid arpuDidCiLow power }
  channels: breakdown(by: CHANNEL) { key contacted reached accepted uptake complaints validComplaints validComplaintRate cost listSize churnReduction arpuDid }
  managers { agentId displayName contacted accepted uptake }
} } } }`;

type Figures = Record<string, unknown> & {
  strata: Record<string, unknown>[];
  tenure: Record<string, unknown>[];
  channels: Record<string, unknown>[];
  managers: Record<string, unknown>[];
};

async function evaluate(branchCode: string | null, month: string | null = '2031-06', token = tokenFor(Role.PROVINCE_PLANNER), campaignId = CAMPAIGN_ID) {
  return postGraphQL<{ _entities: ({ evaluation: Figures | null } | null)[] }>(
    service.url,
    evaluationQuery,
    { r: [{ __typename: 'Campaign', id: campaignId }], b: branchCode, m: month },
    token,
  );
}

async function figures(branchCode: string | null, month: string | null = '2031-06'): Promise<Figures> {
  const res = await evaluate(branchCode, month);
  expect(res.errors).toBeUndefined();
  return res.data!._entities[0]!.evaluation!;
}

/** Numbers to 9 decimals (counts are integers, so exact); the rest exactly. */
function expectFigures(actual: Record<string, unknown>, expected: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(expected)) {
    if (typeof value === 'number') {
      expect({ key, value: actual[key] }).toEqual({ key, value: expect.closeTo(value, 9) });
    } else {
      expect({ key, value: actual[key] }).toEqual({ key, value });
    }
  }
}

beforeAll(async () => {
  process.env.EVALUATION_WATCH_INTERVAL_MS = '0';
  db = await createTestDatabase();
  await migrateInOrder([trainingService, segmentsService, campaignsService, evaluationService], db.urlFor);
  await registerTestCallers(db.adminUrl);
  await withAdmin(db.adminUrl, async (client) => {
    await addStaff(client);
    await loadSegments(client);
    await loadCampaign(client);
  });
  service = await startService(evaluationService, { databaseUrl: db.urlFor('evaluation'), port: 0, runMigrations: false });
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

describe('computed results (DOMAIN.md §6) on a hand-built population', () => {
  it('CD: every figure', async () => {
    const cd = await figures('CD');
    expectFigures(cd, {
      branchCode: 'CD',
      month: '2031-06',
      startMonth: '2031-04',
      afterWindowEnd: '2031-06',
      listSize: 10,
      controlSize: 4,
      treatedSize: 6,
      // T1 (NO_ANSWER, ACCEPTED), T2 (REACHED_DECLINED), T3 (NO_ANSWER), T4 (ACCEPTED)
      contacted: 4,
      reached: 3,
      accepted: 2,
      uptake: 0.5,
      churnTreated: 2 / 6,
      churnControl: 2 / 4,
      churnReduction: 0.5 - 2 / 6,
      // d ± 1.959964·sqrt((1/3)(2/3)/6 + 0.25/4)
      churnReductionCiLow: 1 / 6 - 1.959964 * Math.sqrt((1 / 3) * (2 / 3) / 6 + 0.25 / 4),
      churnReductionCiHigh: 1 / 6 + 1.959964 * Math.sqrt((1 / 3) * (2 / 3) / 6 + 0.25 / 4),
      // pooled p = 4/10: z = (1/6)/sqrt(0.24·(1/6+1/4)) = 0.52705; p = 0.598161 (Python)
      pValue: 0.5981614526835282,
      // mean T = 10/6 = 1.6667, mean C = −96.667/4 = −24.1667
      arpuDid: 10 / 6 + 96.66666666666667 / 4,
      arpuDidCiLow: -9.397086453542336,
      arpuDidCiHigh: 61.06375312020901,
      complaints: 1,
      validComplaints: 1,
      validComplaintRate: 0.25,
      complaintAlert: true,
      cost: 500,
      // DiD × 3 × 6 = 25.8333 × 18 = 465; ROI = (465 − 500)/500
      incrementalRevenue: 465,
      roi: -0.07,
      targetChurnReduction: 0.05,
      // n_T 6, n_C 4, p_C 0.5, d 0.05 (Python)
      power: 0.035527372401341795,
      underpowered: true,
      provisional: false,
      controlContacted: 0,
    });
  });

  it('CD: strata, tenure bands, channels and managers', async () => {
    const cd = await figures('CD');
    expect(cd.strata.map((s) => [s.key, s.branchCode, s.listSize, s.treatedSize, s.controlSize, s.noControl])).toEqual([
      ['IMPORTANT', 'CD', 5, 3, 2, false],
      ['ORDINARY', 'CD', 5, 3, 2, false],
    ]);
    // IMPORTANT: T1 +20, T2 +10, T3 −40 (churned) vs C1 0, C2 −66.667 (churned): DiD = −10/3 + 33.333 = 30
    expectFigures(cd.strata[0], { churnTreated: 1 / 3, churnControl: 0.5, churnReduction: 1 / 6, pValue: 0.7093881150142263, arpuDid: 30, arpuDidCiLow: -44.776044399985636, power: 0.0321140444986166, contacted: 3, accepted: 1, uptake: 1 / 3, cost: 300 });
    // ORDINARY: T4 +10, T5 −16.667, T6 +26.667 vs C3 −10, C4 −20: DiD = 6.6667 + 15 = 21.6667
    expectFigures(cd.strata[1], { arpuDid: 21.666666666666668, arpuDidCiLow: -4.938302191471536, contacted: 1, accepted: 1, uptake: 1, cost: 200 });
    // Tenure at 2031-03-31: joined 2030-12 → 3 months (LT_6M); 2029-06 → 21 (1_3Y); 2020-01 → 134 (GE_5Y)
    expect(cd.tenure.map((t) => [t.key, t.listSize, t.treatedSize, t.controlSize])).toEqual([
      ['LT_6M', 3, 2, 1],
      ['1_3Y', 4, 2, 2],
      ['GE_5Y', 3, 2, 1],
    ]);
    // LT_6M: nobody churned (pooled share 0: no p-value), DiD = 15 − 0, one control: no interval
    expectFigures(cd.tenure[0], { churnReduction: 0, pValue: null, arpuDid: 15, arpuDidCiLow: null });
    expectFigures(cd.tenure[1], { churnReduction: 0, churnReductionCiLow: -0.979982, pValue: 1, arpuDid: 23.333333333333336, arpuDidCiLow: -50.72576215777776, power: 0.031289299488455935 });
    // GE_5Y: control churn 1 → p_T = 0.95
    expectFigures(cd.tenure[2], { churnReduction: 0.5, pValue: 0.38647623077123283, arpuDid: 25, arpuDidCiLow: null, power: 0.006726000136236032 });
    expect(cd.channels).toEqual([
      { key: 'ACCOUNT_MANAGER', contacted: 1, reached: 1, accepted: 1, uptake: 1, complaints: 0, validComplaints: 0, validComplaintRate: 0, cost: 200, listSize: null, churnReduction: null, arpuDid: null },
      { key: 'PHONE_MANAGER', contacted: 3, reached: 2, accepted: 1, uptake: 1 / 3, complaints: 1, validComplaints: 1, validComplaintRate: 1 / 3, cost: 300, listSize: null, churnReduction: null, arpuDid: null },
    ]);
    expect(cd.managers).toEqual([
      { agentId: AGENT_A1, displayName: '王客户经理', contacted: 1, accepted: 1, uptake: 1 },
      { agentId: AGENT_P1, displayName: '张电话', contacted: 2, accepted: 1, uptake: 0.5 },
      { agentId: AGENT_P2, displayName: '李电话', contacted: 1, accepted: 0, uptake: 0 },
    ]);
  });

  it('takes the tenure band each member\'s list build recorded (campaigns_api.list_member_v1.tenure_band), UNKNOWN without one', async () => {
    // As a rebuild from June's data would record them: T1, T2, C1 (joined 2030-12-01) are 6 months old at 2031-06-30 → 6_12M.
    // G1 was written before lists recorded bands.
    const setBand = (band: string | null, ids: string[]) =>
      withAdmin(db.adminUrl, (client) => client.query('UPDATE campaigns.list_member SET tenure_band = $2 WHERE campaign_id = $1 AND subscriber_id = ANY ($3::text[])', [CAMPAIGN_ID, band, ids]));
    await setBand('6_12M', ['T1', 'T2', 'C1']);
    await setBand(null, ['G1']);
    try {
      const cd = await figures('CD');
      expect(cd.tenure.map((t) => [t.key, t.listSize, t.treatedSize, t.controlSize])).toEqual([
        ['6_12M', 3, 2, 1],
        ['1_3Y', 4, 2, 2],
        ['GE_5Y', 3, 2, 1],
      ]);
      const pool = await figures(null);
      expect(pool.tenure.map((t) => [t.key, t.listSize])).toEqual([
        ['6_12M', 3],
        ['1_3Y', 4],
        ['3_5Y', 3],
        ['GE_5Y', 3],
        ['UNKNOWN', 1],
      ]);
    } finally {
      await setBand('LT_6M', ['T1', 'T2', 'C1']);
      await setBand('3_5Y', ['G1']);
    }
    expect((await figures('CD')).tenure.map((t) => t.key)).toEqual(['LT_6M', '1_3Y', 'GE_5Y']);
  });

  it('GA: nulls where §6 says (one control: no DiD interval; p_T outside 0…1: no power), contamination counted', async () => {
    const ga = await figures('GA');
    expectFigures(ga, {
      listSize: 4,
      controlSize: 1,
      treatedSize: 3,
      contacted: 2,
      reached: 2,
      accepted: 1,
      uptake: 0.5,
      churnTreated: 1 / 3,
      churnControl: 0,
      churnReduction: -1 / 3,
      churnReductionCiLow: -1 / 3 - 1.959964 * Math.sqrt((1 / 3) * (2 / 3) / 3),
      pValue: 0.5049850750938458,
      // T mean (0 + 20 − 80)/3 = −20, C −10
      arpuDid: -10,
      arpuDidCiLow: null,
      arpuDidCiHigh: null,
      complaints: 1,
      validComplaints: 0,
      validComplaintRate: 0,
      complaintAlert: false,
      cost: 300,
      incrementalRevenue: -90,
      roi: -1.3,
      // p_C = 0, d = 0.05 → p_T = −0.05
      power: null,
      underpowered: null,
      controlContacted: 1,
    });
    expect(ga.strata.map((s) => [s.key, s.branchCode, s.noControl])).toEqual([['CHURN_RISK', 'GA', false]]);
  });

  it('the province-wide pool pools both branches', async () => {
    const pool = await figures(null);
    expectFigures(pool, {
      branchCode: null,
      listSize: 14,
      controlSize: 5,
      treatedSize: 9,
      contacted: 6,
      reached: 5,
      accepted: 3,
      uptake: 0.5,
      churnTreated: 3 / 9,
      churnControl: 2 / 5,
      churnReduction: 0.4 - 1 / 3,
      churnReductionCiLow: -0.46176579153155745,
      churnReductionCiHigh: 0.5950991248648909,
      pValue: 0.8030174881880618,
      // T: (10 − 60)/9 = −5.5556; C: (−96.667 − 10)/5 = −21.3333
      arpuDid: -50 / 9 + 106.66666666666667 / 5,
      arpuDidCiLow: -16.625174795549327,
      arpuDidCiHigh: 48.180730351104884,
      validComplaints: 1,
      validComplaintRate: 1 / 6,
      cost: 800,
      incrementalRevenue: (-50 / 9 + 106.66666666666667 / 5) * 3 * 9,
      roi: ((-50 / 9 + 106.66666666666667 / 5) * 27 - 800) / 800,
      power: 0.03897171043873193,
      controlContacted: 1,
    });
    // The pool's strata are every branch × class; tenure bands and channels are pooled.
    expect(pool.strata.map((s) => [s.branchCode, s.key])).toEqual([
      ['CD', 'IMPORTANT'],
      ['CD', 'ORDINARY'],
      ['GA', 'CHURN_RISK'],
    ]);
    expect(pool.tenure.map((t) => [t.key, t.listSize])).toEqual([
      ['LT_6M', 3],
      ['1_3Y', 4],
      ['3_5Y', 4],
      ['GE_5Y', 3],
    ]);
    expect(pool.channels.map((c) => [c.key, c.contacted])).toEqual([
      ['ACCOUNT_MANAGER', 1],
      ['PHONE_MANAGER', 5],
    ]);
  });

  it('is provisional while the after-window is incomplete (e = s+1), over s … e only', async () => {
    const cd = await figures('CD', '2031-05');
    // At 05: T3, T5 still on network; C2 CHURNED. Changes over Apr–May:
    // T: 20, 10, (90+60)/2−90 = −15, 10, 0, 26.667 → 51.667/6; C: 0, (100+0)/2−100 = −50, −10, 0 → −15
    expectFigures(cd, { provisional: true, afterWindowEnd: '2031-05', churnTreated: 0, churnControl: 0.25, arpuDid: 51.666666666666664 / 6 + 15 });
  });

  it('defaults to the latest loaded month and validates the month', async () => {
    expect((await figures('CD', null)).month).toBe('2031-06');
    const bad = await evaluate('CD', '2031-13');
    expect(bad.errors![0].extensions).toMatchObject({ code: 'INVALID_MONTH', field: 'month' });
    const missing = await evaluate('CD', '2031-09');
    expect(missing.errors![0].extensions).toMatchObject({ code: 'MONTH_NOT_LOADED', field: 'month' });
  });

  it('stores the results per (campaign, month) and recomputes when contacts change: reads are never stale', async () => {
    const before = await figures('CD');
    const [{ n }] = await service.dataSource.query(`SELECT count(*)::int AS n FROM evaluation.result_run WHERE campaign_id = $1`, [CAMPAIGN_ID]);
    expect(n).toBe(2); // 2031-06 and 2031-05
    await withAdmin(db.adminUrl, (client) => addAttempt(client, ['T5', 'PHONE_MANAGER', AGENT_P2, 'ACCEPTED', 300, null], 99));
    const after = await figures('CD');
    expect([before.contacted, before.accepted, before.cost]).toEqual([4, 2, 500]);
    expect([after.contacted, after.accepted, after.cost]).toEqual([5, 3, 800]);
  });

  it('a background job recomputes stale results once per change of the inputs', async () => {
    const runtime = await EvaluationJobQueue.start(service.dataSource, db.urlFor('evaluation'), 0);
    try {
      await withAdmin(db.adminUrl, (client) => addAttempt(client, ['T6', 'PHONE_MANAGER', AGENT_P2, 'NO_ANSWER', 0, null], 100));
      const jobs = await runtime.runtime.watchOnce();
      expect(jobs.length).toBeGreaterThanOrEqual(1);
      // The same inputs again: the same job (idempotency key = the inputs' fingerprint).
      expect(await runtime.runtime.watchOnce()).toEqual(jobs);
      for (let i = 0; i < 100; i++) {
        const states = await Promise.all(jobs.map((id) => runtime.runtime.jobs.find(id)));
        if (states.every((j) => j?.status === 'SUCCEEDED')) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const [{ fingerprint }] = await service.dataSource.query(`SELECT fingerprint FROM evaluation.result_run WHERE campaign_id = $1 AND month = '2031-06-01'`, [CAMPAIGN_ID]);
      expect(fingerprint).toBe(await runtime.runtime['store'].fingerprint(CAMPAIGN_ID));
      expect(await runtime.runtime.watchOnce()).toEqual([]);
    } finally {
      await runtime.stop();
    }
  });
});

describe('who sees which figures', () => {
  it('a branch reads its own branch only, never another branch or a province campaign’s pool', async () => {
    const cd = tokenFor(Role.BRANCH_PLANNER, 'CD');
    expect((await evaluate('CD', '2031-06', cd)).data!._entities[0]!.evaluation!.listSize).toBe(10);
    expect((await evaluate('GA', '2031-06', cd)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await evaluate(null, '2031-06', cd)).errors![0].extensions!.code).toBe('FORBIDDEN');
    // A branch that does not take part in the campaign does not even resolve it.
    expect((await evaluate('ZG', '2031-06', tokenFor(Role.BRANCH_PLANNER, 'ZG'))).data!._entities).toEqual([null]);
  });

  it('a branch reads the pool of its own local campaign (its own list)', async () => {
    const res = await evaluate(null, '2031-06', tokenFor(Role.BRANCH_PLANNER, 'CD'), LOCAL_CAMPAIGN_ID);
    expect(res.errors).toBeUndefined();
    expectFigures(res.data!._entities[0]!.evaluation!, { listSize: 0, churnReduction: null, pValue: null, uptake: null, roi: null, power: null, arpuDid: null });
    expect((await evaluate(null, '2031-06', tokenFor(Role.BRANCH_PLANNER, 'GA'), LOCAL_CAMPAIGN_ID)).data!._entities).toEqual([null]);
  });

  it('is not for phone managers, trainers or admins', async () => {
    for (const role of [Role.PHONE_MANAGER, Role.TRAINER, Role.ADMIN]) {
      const res = await evaluate('CD', '2031-06', tokenFor(role, role === Role.PHONE_MANAGER ? 'CD' : null));
      expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
  });

  it('lists the branches side by side within scope', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Campaign { branchEvaluations(month: "2031-06") { branchCode listSize } } } }`;
    const r = { r: [{ __typename: 'Campaign', id: CAMPAIGN_ID }] };
    const province = await postGraphQL<{ _entities: { branchEvaluations: unknown[] }[] }>(service.url, q, r, tokenFor(Role.PROVINCE_ANALYST));
    expect(province.data!._entities[0].branchEvaluations).toEqual([
      { branchCode: 'CD', listSize: 10 },
      { branchCode: 'GA', listSize: 4 },
    ]);
    const ga = await postGraphQL<{ _entities: { branchEvaluations: unknown[] }[] }>(service.url, q, r, tokenFor(Role.BRANCH_PLANNER, 'GA'));
    expect(ga.data!._entities[0].branchEvaluations).toEqual([{ branchCode: 'GA', listSize: 4 }]);
  });
});

describe('recomputes set off by reads', () => {
  it('are limited per user (ConcurrencyBudget, 2 at a time): the third is SERVICE_BUSY at once, other users and stored runs are not limited', async () => {
    const cd = tokenFor(Role.BRANCH_PLANNER, 'CD');
    // Every run stale, and the 2031-06 and 2031-05 recomputes held on their advisory locks.
    await service.dataSource.query('DELETE FROM evaluation.result_run WHERE campaign_id = $1', [CAMPAIGN_ID]);
    const holders = await Promise.all(
      ['2031-06', '2031-05'].map(async (month) => {
        const { Client } = await import('pg');
        const client = new Client({ connectionString: db.adminUrl });
        await client.connect();
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`evaluation:${CAMPAIGN_ID}:${month}`]);
        return client;
      }),
    );
    let first: ReturnType<typeof evaluate> | undefined;
    let second: ReturnType<typeof evaluate> | undefined;
    try {
      first = evaluate('CD', '2031-06', cd);
      second = evaluate('CD', '2031-05', cd);
      // Both wait on their locks, inside the budget.
      for (let i = 0; i < 200; i++) {
        const [{ n }] = await service.dataSource.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`);
        if (n === 2) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const busy = await evaluate('CD', '2031-04', cd);
      expect(busy.errors![0].extensions).toMatchObject({ code: 'SERVICE_BUSY', messages: { 'zh-CN': '服务繁忙，请稍后重试' } });
      // Another user is not held back by CD's budget.
      const other = await evaluate('CD', '2031-04', tokenFor(Role.PROVINCE_PLANNER));
      expect(other.errors).toBeUndefined();
      expect(other.data!._entities[0]!.evaluation!.month).toBe('2031-04');
    } finally {
      for (const client of holders) {
        await client.query('COMMIT');
        await client.end();
      }
    }
    const [a, b] = await Promise.all([first!, second!]);
    expect([a.errors, b.errors]).toEqual([undefined, undefined]);
    expect(a.data!._entities[0]!.evaluation!.listSize).toBe(10);
    // Stored runs are read without the budget: five at once all answer.
    const reads = await Promise.all(['2031-06', '2031-05', '2031-04', '2031-06', '2031-05'].map((m) => evaluate('CD', m, cd)));
    expect(reads.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
