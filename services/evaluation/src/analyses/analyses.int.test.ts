import { campaignsService } from '@retention/campaigns';
import { Role } from '@retention/domain';
import { migrateInOrder, startService, type RunningService } from '@retention/graphql-kit';
import { segmentsService } from '@retention/segments';
import { createTestDatabase, postGraphQL, registerTestCallers, tokenFor, type TestDatabase } from '@retention/test-kit';
import { trainingService } from '@retention/training';
import { evaluationService } from '../app';
import { CUSTOMERS, addStaff, loadCampaign, loadSegments, withAdmin } from '../testing/population';

/*
 * The seed-style analyses on the hand-built population of ../testing/population.ts, with a
 * segment snapshot at 2031-03 written by hand below (measures per customer). Default window:
 * e = 2031-06 (latest loaded), b = e − 3 = 2031-03; churned = not on network at 2031-06:
 * T3 (CHURNED), T5 (no row), C2 (no row), C4 (CHURNED), G3 (no row), S1 (no row).
 * Dynamic mid-high-end at b: everyone but S1 (14 customers, 5 churned).
 */
const MEASURES: Record<string, ('gotone' | 'group' | 'family' | 'deposit_gift' | 'terminal')[]> = {
  T1: ['gotone', 'family'],
  T2: ['gotone'],
  T3: [],
  T4: ['gotone', 'group', 'deposit_gift'],
  T5: [],
  T6: ['group'],
  C1: ['gotone', 'family'],
  C2: [],
  C3: ['gotone'],
  C4: ['terminal'],
  G1: ['gotone', 'group'],
  G2: ['family'],
  G3: [],
  G4: ['gotone'],
  S1: ['gotone'],
};
const BAND: Record<string, string> = { '2030-12-01': 'LT_6M', '2029-06-01': '1_3Y', '2020-01-01': 'GE_5Y', '2027-01-01': '3_5Y' };

let db: TestDatabase;
let service: RunningService;

const churnQuery = `query($b: String, $m: String, $p: AnalysisPopulation, $branch: String) {
  churnAnalysis(baseMonth: $b, month: $m, population: $p, branchCode: $branch) {
    baseMonth month population branchCode participationFrom participationTo
    total { members churned churnRate }
    byMeasure { measure with { members churned churnRate } without { members churned churnRate } difference }
    byMeasureCount { measures members churned churnRate }
    byParticipation { participation members churned churnRate }
  }
}`;

interface Group {
  members: number;
  churned: number;
  churnRate: number | null;
}
interface Analysis {
  baseMonth: string;
  month: string;
  population: string;
  branchCode: string | null;
  participationFrom: string;
  participationTo: string;
  total: Group;
  byMeasure: { measure: string; with: Group; without: Group; difference: number | null }[];
  byMeasureCount: (Group & { measures: number })[];
  byParticipation: (Group & { participation: string })[];
}

function churn(vars: Record<string, unknown>, token = tokenFor(Role.PROVINCE_PLANNER)) {
  return postGraphQL<{ churnAnalysis: Analysis | null }>(service.url, churnQuery, vars, token);
}

const g = (members: number, churned: number): Group => ({ members, churned, churnRate: members ? churned / members : null });

beforeAll(async () => {
  db = await createTestDatabase();
  await migrateInOrder([trainingService, segmentsService, campaignsService, evaluationService], db.urlFor);
  await registerTestCallers(db.adminUrl);
  await withAdmin(db.adminUrl, async (client) => {
    await addStaff(client);
    await loadSegments(client);
    await loadCampaign(client);
    await client.query(`CREATE TABLE segments.membership_t203103 PARTITION OF segments.membership FOR VALUES FROM ('2031-03-01') TO ('2031-04-01')`);
    for (const c of CUSTOMERS) {
      const m = MEASURES[c.id];
      await client.query(
        `INSERT INTO segments.membership (month, subscriber_id, branch_code, arpu, avg_arpu, mou, mid_high_end, dynamic_mid_high_end, near_mid_high_end,
           retention_class, tenure_months, tenure_band, measure_gotone, measure_group, measure_family, measure_deposit_gift, measure_terminal, measures)
         VALUES ('2031-03-01', $1, $2, 100, 100, 100, false, $3, false, NULL, 12, $4, $5, $6, $7, $8, $9, $10)`,
        [c.id, c.branch, c.id !== 'S1', BAND[c.join], m.includes('gotone'), m.includes('group'), m.includes('family'), m.includes('deposit_gift'), m.includes('terminal'), m.length],
      );
    }
    await client.query(`INSERT INTO segments.refreshed_month (month, members) VALUES ('2031-03-01', 15)`);
  });
  service = await startService(evaluationService, { databaseUrl: db.urlFor('evaluation'), port: 0, runMigrations: false });
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

describe('churn analysis (seed 000: churn is higher with fewer measures)', () => {
  it('defaults: the dynamic mid-high-end at e − 3, churn at the latest loaded month', async () => {
    const res = await churn({});
    expect(res.errors).toBeUndefined();
    const a = res.data!.churnAnalysis!;
    expect([a.baseMonth, a.month, a.population, a.branchCode, a.participationFrom, a.participationTo]).toEqual(['2031-03', '2031-06', 'DYNAMIC_MID_HIGH_END', null, '2031-01', '2031-03']);
    expect(a.total).toEqual(g(14, 5));
    // 0 measures: T3 T5 C2 G3 (all churned); 1: T2 T6 C3 C4 G2 G4 (C4); 2: T1 C1 G1; 3: T4.
    expect(a.byMeasureCount).toEqual([
      { measures: 0, ...g(4, 4) },
      { measures: 1, ...g(6, 1) },
      { measures: 2, ...g(3, 0) },
      { measures: 3, ...g(1, 0) },
      { measures: 4, ...g(0, 0) },
      { measures: 5, ...g(0, 0) },
    ]);
    expect(a.byMeasure).toEqual([
      { measure: 'GOTONE', with: g(7, 0), without: g(7, 5), difference: 5 / 7 },
      { measure: 'GROUP', with: g(3, 0), without: g(11, 5), difference: 5 / 11 },
      { measure: 'FAMILY', with: g(3, 0), without: g(11, 5), difference: 5 / 11 },
      { measure: 'DEPOSIT_GIFT', with: g(1, 0), without: g(13, 5), difference: 5 / 13 },
      { measure: 'TERMINAL', with: g(1, 1), without: g(13, 4), difference: 4 / 13 - 1 },
    ]);
    // Lists built from 2031-01 … 2031-03: the deposit-gift campaign's (March). G4, contacted by mistake, stays CONTROL.
    expect(a.byParticipation).toEqual([
      { participation: 'NONE', ...g(0, 0) },
      { participation: 'CONTROL', ...g(5, 2) },
      { participation: 'TREATED_NOT_CONTACTED', ...g(3, 2) },
      { participation: 'CONTACTED', ...g(3, 1) },
      { participation: 'ACCEPTED', ...g(3, 0) },
    ]);
  });

  it('other populations, windows and a branch', async () => {
    const all = (await churn({ p: 'ON_NETWORK' })).data!.churnAnalysis!;
    expect(all.total).toEqual(g(15, 6));
    // S1 was suppressed on the list: no participation.
    expect(all.byParticipation[0]).toEqual({ participation: 'NONE', ...g(1, 1) });
    expect((await churn({ p: 'MID_HIGH_END' })).data!.churnAnalysis!.total).toEqual(g(0, 0));
    // Churn at 2031-05: T3 and T5 still on network; C2 CHURNED; G3 no row.
    expect((await churn({ m: '2031-05', b: '2031-03' })).data!.churnAnalysis!.total).toEqual(g(14, 2));
    const cd = (await churn({ branch: 'CD' })).data!.churnAnalysis!;
    expect([cd.branchCode, cd.total]).toEqual(['CD', g(10, 4)]);
  });

  it('validates months and branch with field-level messages in both languages', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ m: '2031-13' }, 'INVALID_MONTH', 'month'],
      [{ b: '31-03' }, 'INVALID_MONTH', 'baseMonth'],
      [{ m: '2031-09' }, 'MONTH_NOT_LOADED', 'month'],
      [{ b: '2031-06' }, 'INVALID_ANALYSIS_WINDOW', 'baseMonth'],
      [{ b: '2031-02' }, 'MONTH_NOT_REFRESHED', 'baseMonth'],
      [{ branch: 'XX' }, 'UNKNOWN_BRANCH', 'branchCode'],
    ];
    for (const [vars, code, field] of cases) {
      const res = await churn(vars);
      expect({ vars, ext: res.errors?.[0]?.extensions }).toMatchObject({ vars, ext: { code, field, messages: { 'zh-CN': expect.any(String), en: expect.any(String) } } });
    }
    const window = await churn({ b: '2031-06' });
    expect((window.errors![0].extensions as { messages: Record<string, string> }).messages['zh-CN']).toBe('baseMonth：基准月（2031-06）须早于评估月（2031-06）');
  });

  it('a branch sees its own branch only; phone managers, trainers and admins nothing', async () => {
    const cdToken = tokenFor(Role.BRANCH_PLANNER, 'CD');
    const own = await churn({}, cdToken);
    expect(own.data!.churnAnalysis!.total).toEqual(g(10, 4));
    expect((await churn({ branch: 'GA' }, cdToken)).errors![0].extensions!.code).toBe('FORBIDDEN');
    for (const role of [Role.PHONE_MANAGER, Role.TRAINER, Role.ADMIN]) {
      const res = await churn({}, tokenFor(role, role === Role.PHONE_MANAGER ? 'CD' : null));
      expect(res.errors![0].extensions!.code).toBe('UNAUTHORIZED');
    }
  });
});

describe('uptake by tenure band per campaign kind (the band the list build recorded)', () => {
  const q = `query($branch: String) { uptakeByTenureBand(branchCode: $branch) { campaignKind tenureBand campaigns contacted accepted uptake } }`;

  it('counts treated customers contacted and accepted per (kind, band), control customers never', async () => {
    const res = await postGraphQL<{ uptakeByTenureBand: unknown[] }>(service.url, q, {}, tokenFor(Role.PROVINCE_ANALYST));
    expect(res.errors).toBeUndefined();
    // T1 (accepted), T2 → LT_6M; T3, T4 (accepted) → 1_3Y; G1 (accepted), G2 → 3_5Y; G4 is control.
    expect(res.data!.uptakeByTenureBand).toEqual([
      { campaignKind: 'DEPOSIT_GIFT', tenureBand: 'LT_6M', campaigns: 1, contacted: 2, accepted: 1, uptake: 0.5 },
      { campaignKind: 'DEPOSIT_GIFT', tenureBand: '1_3Y', campaigns: 1, contacted: 2, accepted: 1, uptake: 0.5 },
      { campaignKind: 'DEPOSIT_GIFT', tenureBand: '3_5Y', campaigns: 1, contacted: 2, accepted: 1, uptake: 0.5 },
    ]);
    const ga = await postGraphQL<{ uptakeByTenureBand: { tenureBand: string }[] }>(service.url, q, {}, tokenFor(Role.BRANCH_PLANNER, 'GA'));
    expect(ga.data!.uptakeByTenureBand.map((r) => r.tenureBand)).toEqual(['3_5Y']);
    expect((await postGraphQL(service.url, q, { branch: 'CD' }, tokenFor(Role.BRANCH_PLANNER, 'GA'))).errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
