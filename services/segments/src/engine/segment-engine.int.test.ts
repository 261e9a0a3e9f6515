import { startService, type RunningService } from '@retention/graphql-kit';
import { createTestDatabase, type TestDatabase } from '@retention/test-kit';
import { segmentsService } from '../app';
import { BUILT_IN_SEGMENT_KEYS } from '@retention/segment-rules';
import { tenureMonthsSql } from './membership.sql';
import { SegmentEngineService } from './segment-engine.service';
import { insertOffer, insertSubscriber, type UsageFixture } from './test-fixtures';

/**
 * Every DOMAIN.md §3 definition at its boundaries, on hand-built subscribers, for
 * month m = 2026-10 (window m-5 … m = 2026-05 … 2026-10; m-6 = 2026-04).
 */
const M = '2026-10';

let db: TestDatabase;
let service: RunningService;
let engine: SegmentEngineService;

beforeAll(async () => {
  db = await createTestDatabase();
  service = await startService(segmentsService, { databaseUrl: db.urlFor('segments'), port: 0 });
  engine = new SegmentEngineService(service.dataSource);
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

/** Usage in the given months with the same figures. */
function months(list: string[], u: UsageFixture): Record<string, UsageFixture> {
  return Object.fromEntries(list.map((m) => [m, u]));
}

/** Only month m, with the given bill (and MOU). */
function onlyM(bill: number | string, mou = 150, extra: Partial<UsageFixture> = {}): Record<string, UsageFixture> {
  return { [M]: { bill, mou, ...extra } };
}

interface Row {
  subscriber_id: string;
  arpu: string;
  avg_arpu: string;
  mid_high_end: boolean;
  dynamic_mid_high_end: boolean;
  near_mid_high_end: boolean;
  retention_class: string | null;
  tenure_months: number;
  tenure_band: string;
  measures: number;
  measure_deposit_gift: boolean;
  measure_terminal: boolean;
}

async function membership(): Promise<Map<string, Row>> {
  const rows: Row[] = await service.dataSource.query('SELECT * FROM segments.membership WHERE month = $1::date', [`${M}-01`]);
  return new Map(rows.map((r) => [r.subscriber_id, r]));
}

let rows: Map<string, Row>;

beforeAll(async () => {
  const ds = () => service.dataSource;
  // --- mid-high-end (KPI): ARPU(m) >= 120 and MOU(m) >= 100, on network
  await insertSubscriber(ds(), { id: 'mhe-120' }, onlyM('120.00', 100));
  await insertSubscriber(ds(), { id: 'mhe-119.99' }, onlyM('119.99', 100));
  await insertSubscriber(ds(), { id: 'mhe-mou99' }, onlyM('120.00', 99));
  await insertSubscriber(ds(), { id: 'churned' }, onlyM(500, 500, { status: 'CHURNED' }));
  await insertSubscriber(ds(), { id: 'suspended' }, onlyM(500, 500, { status: 'SUSPENDED' }));
  await insertSubscriber(ds(), { id: 'no-row-at-m' }, { '2026-09': { bill: 500 } });
  // --- near mid-high-end: 80 < ARPU(m) < 120
  await insertSubscriber(ds(), { id: 'near-80' }, onlyM('80.00'));
  await insertSubscriber(ds(), { id: 'near-80.01' }, onlyM('80.01'));
  await insertSubscriber(ds(), { id: 'near-119.99' }, onlyM('119.99'));
  // --- dynamic: some 3 consecutive months inside m-5..m with ARPU sum > 360
  await insertSubscriber(ds(), { id: 'dyn-w1' }, { ...months(['2026-05', '2026-06', '2026-07'], { bill: '120.01' }), ...onlyM(1) });
  await insertSubscriber(ds(), { id: 'dyn-w2' }, { ...months(['2026-06', '2026-07', '2026-08'], { bill: '120.01' }), ...onlyM(1) });
  await insertSubscriber(ds(), { id: 'dyn-w3' }, { ...months(['2026-07', '2026-08', '2026-09'], { bill: '120.01' }), ...onlyM(1) });
  await insertSubscriber(ds(), { id: 'dyn-w4' }, months(['2026-08', '2026-09', '2026-10'], { bill: '120.01' }));
  await insertSubscriber(ds(), { id: 'dyn-exactly-360' }, months(['2026-08', '2026-09', '2026-10'], { bill: 120 }));
  // (m-6, m-5, m-4) = 500 would qualify, but that window starts outside m-5 … m; inside, the best is 200
  await insertSubscriber(ds(), { id: 'dyn-straddle-m6' }, { '2026-04': { bill: 300 }, '2026-05': { bill: 100 }, '2026-06': { bill: 100 }, ...onlyM(1) });
  // a missing month counts as 0: 361 in m alone is a window sum of 361 with m-2, m-1 missing
  await insertSubscriber(ds(), { id: 'dyn-missing-as-0' }, onlyM('360.01'));
  await insertSubscriber(ds(), { id: 'dyn-gap' }, { '2026-08': { bill: 200 }, '2026-10': { bill: 160 } });
  await insertSubscriber(ds(), { id: 'dyn-not-on-network' }, { ...months(['2026-08', '2026-09'], { bill: 400 }), ...onlyM(400, 150, { status: 'CHURNED' }) });
  // --- retention classes (all dynamic: 3 months of equal bills)
  await insertSubscriber(ds(), { id: 'cls-arrears-1' }, { ...months(['2026-08', '2026-09'], { bill: 300 }), [M]: { bill: 300, arrears: 1 } });
  await insertSubscriber(ds(), { id: 'cls-arrears-2' }, { ...months(['2026-08', '2026-09'], { bill: 300 }), [M]: { bill: 300, arrears: 2 } });
  await insertSubscriber(ds(), { id: 'cls-last2-50' }, { '2026-06': { bill: 400 }, '2026-07': { bill: 400 }, '2026-08': { bill: 400 }, '2026-09': { bill: '25.00' }, [M]: { bill: '25.00' } });
  await insertSubscriber(ds(), { id: 'cls-last2-49.99' }, { '2026-06': { bill: 400 }, '2026-07': { bill: 400 }, '2026-08': { bill: 400 }, '2026-09': { bill: '25.00' }, [M]: { bill: '24.99' } });
  await insertSubscriber(ds(), { id: 'cls-avg-200' }, months(['2026-08', '2026-09', '2026-10'], { bill: 200 }));
  await insertSubscriber(ds(), { id: 'cls-avg-200.01' }, { '2026-08': { bill: 200 }, '2026-09': { bill: 200 }, [M]: { bill: '200.03' } });
  await insertSubscriber(ds(), { id: 'cls-avg-120.01' }, { '2026-05': { bill: 400 }, '2026-06': { bill: 400 }, '2026-07': { bill: 400 }, '2026-08': { bill: 120 }, '2026-09': { bill: 120 }, [M]: { bill: '120.03' } });
  await insertSubscriber(ds(), { id: 'cls-avg-120' }, { '2026-05': { bill: 400 }, '2026-06': { bill: 400 }, '2026-07': { bill: 400 }, '2026-08': { bill: 120 }, '2026-09': { bill: 120 }, [M]: { bill: 120 } });
  await insertSubscriber(ds(), { id: 'cls-group-a-key' }, months(['2026-08', '2026-09', '2026-10'], { bill: 150 }), );
  await service.dataSource.query("UPDATE segments.subscriber SET group_class = 'A', group_key_member = true WHERE subscriber_id = 'cls-group-a-key'");
  await insertSubscriber(ds(), { id: 'cls-group-c-key', groupClass: 'C', keyMember: true }, months(['2026-08', '2026-09', '2026-10'], { bill: 150 }));
  await insertSubscriber(ds(), { id: 'cls-risk-beats-important', groupClass: 'B', keyMember: true }, { ...months(['2026-08', '2026-09'], { bill: 500 }), [M]: { bill: 500, arrears: 3 } });
  // --- tenure at the last day of m (2026-10-31), as PostgreSQL's age() counts
  await insertSubscriber(ds(), { id: 'ten-join-m' , join: '2026-10-31' }, onlyM(10));
  await insertSubscriber(ds(), { id: 'ten-5', join: '2026-05-01' }, onlyM(10));
  await insertSubscriber(ds(), { id: 'ten-6', join: '2026-04-30' }, onlyM(10));
  await insertSubscriber(ds(), { id: 'ten-11', join: '2025-11-01' }, onlyM(10));
  await insertSubscriber(ds(), { id: 'ten-12', join: '2025-10-31' }, onlyM(10));
  await insertSubscriber(ds(), { id: 'ten-35', join: '2023-11-01' }, onlyM(10));
  await insertSubscriber(ds(), { id: 'ten-36', join: '2023-10-31' }, onlyM(10));
  await insertSubscriber(ds(), { id: 'ten-59', join: '2021-11-01' }, onlyM(10));
  await insertSubscriber(ds(), { id: 'ten-60', join: '2021-10-31' }, onlyM(10));
  await insertSubscriber(ds(), { id: 'ten-future', join: '2026-11-15' }, onlyM(10));
  // --- stabilizing measures and offer coverage edges
  await insertSubscriber(ds(), { id: 'meas-all', brand: 'GOTONE', groupClass: 'C', familyPlan: true }, onlyM(10));
  await insertOffer(ds(), { id: 'meas-all', kind: 'DEPOSIT_GIFT', start: M, months: 1 });
  await insertOffer(ds(), { id: 'meas-all', kind: 'TERMINAL', start: '2025-11', months: 12 });
  await insertSubscriber(ds(), { id: 'offer-ended' }, onlyM(10));
  await insertOffer(ds(), { id: 'offer-ended', kind: 'TERMINAL', start: '2025-10', months: 12 });
  await insertOffer(ds(), { id: 'offer-ended', kind: 'DEPOSIT_GIFT', start: '2026-09', months: 1 });
  await insertSubscriber(ds(), { id: 'offer-future' }, onlyM(10));
  await insertOffer(ds(), { id: 'offer-future', kind: 'DEPOSIT_GIFT', start: '2026-11', months: 6 });
  await insertSubscriber(ds(), { id: 'meas-none', groupClass: null }, onlyM(10));

  await engine.refresh(M);
  rows = await membership();
});

const get = (id: string) => {
  const row = rows.get(id);
  if (!row) throw new Error(`${id} is not in the snapshot`);
  return row;
};

describe('on network', () => {
  it.each(['churned', 'no-row-at-m', 'dyn-not-on-network'])('%s is not a member of anything', (id) => {
    expect(rows.has(id)).toBe(false);
  });
  it('counts a suspended customer as on network', () => expect(get('suspended').mid_high_end).toBe(true));
});

describe('mid-high-end (ARPU(m) >= 120 and MOU(m) >= 100)', () => {
  it.each([
    ['mhe-120', true],
    ['mhe-119.99', false],
    ['mhe-mou99', false],
  ])('%s → %s', (id, expected) => expect(get(id).mid_high_end).toBe(expected));
});

describe('near mid-high-end (80 < ARPU(m) < 120)', () => {
  it.each([
    ['near-80', false],
    ['near-80.01', true],
    ['near-119.99', true],
    ['mhe-120', false],
  ])('%s → %s', (id, expected) => expect(get(id).near_mid_high_end).toBe(expected));
});

describe('dynamic mid-high-end (3 consecutive months of m-5..m with ARPU sum > 360)', () => {
  it.each([
    ['dyn-w1', true],
    ['dyn-w2', true],
    ['dyn-w3', true],
    ['dyn-w4', true],
    ['dyn-exactly-360', false],
    ['dyn-straddle-m6', false],
    ['dyn-missing-as-0', true],
    ['dyn-gap', false],
  ])('%s → %s', (id, expected) => expect(get(id).dynamic_mid_high_end).toBe(expected));
});

describe('retention class (first match wins)', () => {
  it.each([
    ['cls-arrears-1', 'IMPORTANT'],
    ['cls-arrears-2', 'CHURN_RISK'],
    ['cls-last2-50', 'ORDINARY'],
    ['cls-last2-49.99', 'CHURN_RISK'],
    ['cls-avg-200', 'ORDINARY'],
    ['cls-avg-200.01', 'IMPORTANT'],
    ['cls-avg-120.01', 'ORDINARY'],
    ['cls-avg-120', 'IRREGULAR'],
    ['cls-group-a-key', 'IMPORTANT'],
    ['cls-group-c-key', 'ORDINARY'],
    ['cls-risk-beats-important', 'CHURN_RISK'],
  ])('%s → %s', (id, expected) => expect(get(id).retention_class).toBe(expected));

  it('gives no class to customers who are not dynamic mid-high-end', () => {
    expect(get('mhe-120').retention_class).toBeNull();
  });

  it('stores the 3-month average ARPU rounded for display', () => {
    expect(get('cls-avg-200.01').avg_arpu).toBe('200.01');
  });
});

describe('tenure at the last day of m', () => {
  it.each([
    ['ten-join-m', 0, 'LT_6M'],
    ['ten-5', 5, 'LT_6M'],
    ['ten-6', 6, '6_12M'],
    ['ten-11', 11, '6_12M'],
    ['ten-12', 12, '1_3Y'],
    ['ten-35', 35, '1_3Y'],
    ['ten-36', 36, '3_5Y'],
    ['ten-59', 59, '3_5Y'],
    ['ten-60', 60, 'GE_5Y'],
    ['ten-future', 0, 'LT_6M'],
  ])('%s → %i months, band %s', (id, monthsOfTenure, band) => {
    expect(get(id).tenure_months).toBe(monthsOfTenure);
    expect(get(id).tenure_band).toBe(band);
  });

  it('counts months exactly as age() does for every join day, including month ends shorter than the join day', async () => {
    const [{ differences, pairs }] = await service.dataSource.query(
      `SELECT count(*) FILTER (WHERE ${tenureMonthsSql('e.d', 'j.d')}
                 <> greatest(0, (extract(year FROM age(e.d, j.d)) * 12 + extract(month FROM age(e.d, j.d)))::int))::int AS differences,
              count(*)::int AS pairs
       FROM generate_series('2019-12-01'::date, '2027-01-31', '1 day') AS j (d)
       CROSS JOIN (VALUES ('2026-02-28'::date), ('2024-02-29'), ('2026-04-30'), ('2026-10-31'), ('2027-01-31')) AS e (d)`,
    );
    expect(pairs).toBeGreaterThan(13000);
    expect(differences).toBe(0);
  });
});

describe('stabilizing measures', () => {
  it('counts all five: GoTone, group class, family plan, deposit-gift and terminal offers covering m', () => {
    expect(get('meas-all').measures).toBe(5);
  });
  it('does not count an offer that ended before m or starts after m', () => {
    expect(get('offer-ended')).toMatchObject({ measures: 0, measure_deposit_gift: false, measure_terminal: false });
    expect(get('offer-future').measures).toBe(0);
    expect(get('meas-none').measures).toBe(0);
  });
});

describe('a window with months not loaded', () => {
  it('reads a month without a usage partition as ARPU 0', async () => {
    // The window of 2027-03 is 2026-10 … 2027-03: 2026-11, 2026-12 and 2027-02 have no partition.
    await insertSubscriber(service.dataSource, { id: 'gap-2027' }, { '2027-01': { bill: 200 }, '2027-03': { bill: '160.01' } });
    await engine.refresh('2027-03');
    const snapshot = await service.dataSource.query("SELECT subscriber_id, avg_arpu, dynamic_mid_high_end FROM segments.membership WHERE month = '2027-03-01'");
    expect(snapshot).toEqual([{ subscriber_id: 'gap-2027', avg_arpu: '120.00', dynamic_mid_high_end: true }]);
  });
});

describe('counts by branch × segment', () => {
  it('has every branch and built-in key, zeros included, matching the snapshot', async () => {
    const counts = await engine.counts(M);
    expect(counts).toHaveLength(21 * BUILT_IN_SEGMENT_KEYS.length);
    const cd = (segment: string) => counts.find((c) => c.branch === 'CD' && c.segment === segment)!.count;
    const snapshot = [...rows.values()];
    expect(cd('MID_HIGH_END')).toBe(snapshot.filter((r) => r.mid_high_end).length);
    expect(cd('DYNAMIC_MID_HIGH_END')).toBe(snapshot.filter((r) => r.dynamic_mid_high_end).length);
    expect(cd('CLASS_CHURN_RISK')).toBe(snapshot.filter((r) => r.retention_class === 'CHURN_RISK').length);
    expect(cd('TENURE_GE_5Y')).toBe(snapshot.filter((r) => r.tenure_band === 'GE_5Y').length);
    expect(cd('MEASURES_GE_1')).toBe(snapshot.filter((r) => r.measures >= 1).length);
    expect(counts.filter((c) => c.branch === 'ZG').every((c) => c.count === 0)).toBe(true);
  });

  it('is idempotent: refreshing again gives the same snapshot and counts', async () => {
    const before = await engine.counts(M);
    await engine.refresh(M);
    expect(await engine.counts(M)).toEqual(before);
    expect((await membership()).size).toBe(rows.size);
  });
});
