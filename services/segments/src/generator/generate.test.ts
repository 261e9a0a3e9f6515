import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDemoData, type GenerateResult } from './generate';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-test-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const FILES = ['subscribers.csv', 'usage.csv', 'offers.csv'] as const;
const BRANCHES = ['CD', 'ZG', 'PZH', 'LZ', 'DY', 'MY', 'GY', 'SN', 'NJ', 'LS', 'NC', 'MS', 'YB', 'GA', 'DZ', 'YA', 'BZ', 'ZY', 'AB', 'GZ', 'LSZ'];
const SPECIAL = 'PUBLIC_PHONE|DATA_CARD|OFFICIAL|EMPLOYEE|TEST|RURAL|TRIAL|MILITARY|BIG_ACCOUNT|REGULATOR|GOVERNMENT|PENDING_CANCEL';
const SERVICE = 'MAIL139|FETION|BANK_AUTOPAY|YINXINTONG|MOBILE_PAY';
const DATE = '\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])';
const MONTH = '\\d{4}-(0[1-9]|1[0-2])';

const SUBSCRIBER_ROW = new RegExp(
  `^S\\d{7},1[358]\\d{9},(${BRANCHES.join('|')}),[^,"]+,(GOTONE|EASYOWN|MZONE),(SL58|SL88|SL128|SLG3|HJH_F|BASIC),${DATE},[ABC]?,(true|false),(true|false),(true|false),(DIAMOND|GOLD|SILVER|NONE),(${SPECIAL})?,(${DATE})?$`,
);
const USAGE_ROW = new RegExp(
  `^S\\d{7},${MONTH},\\d+\\.\\d{2},\\d+,\\d+,\\d+,\\d+,-?\\d+\\.\\d{2},[0-3],(ACTIVE|SUSPENDED|CHURNED),((${SERVICE})(;(${SERVICE}))*)?$`,
);
const OFFER_ROW = new RegExp(`^S\\d{7},(DEPOSIT_GIFT,DEP(300|200|100|50)|TERMINAL,TD_(SUBSIDY70|SUBSIDY50|LOWEND0)),${MONTH},[1-9]\\d*,\\d+\\.\\d{2}$`);

/** Data rows of a CSV extract, split into cells (the generator never needs quoting). */
function rows(dir: string, file: string): string[][] {
  const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
  expect(lines.pop()).toBe('');
  return lines.slice(1).map((line) => line.split(','));
}

const monthNumber = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const lastDay = (n: number) => new Date(Date.UTC(Math.floor(n / 12), (n % 12) + 1, 0)).getUTCDate();
const isRealDate = (date: string) => Number(date.slice(8)) <= lastDay(monthNumber(date));

describe('generateDemoData on 2,000 subscribers', () => {
  const dir = (name: string) => path.join(tmp, name);
  let result: GenerateResult;
  const progress: number[] = [];

  beforeAll(async () => {
    result = await generateDemoData({ subscribers: 2000, months: 13, seed: 42, outDir: dir('a'), onProgress: (done) => progress.push(done) });
    await generateDemoData({ subscribers: 2000, months: 13, seed: 42, outDir: dir('b') });
    await generateDemoData({ subscribers: 2000, months: 13, seed: 43, outDir: dir('c') });
  });

  it('is byte-for-byte deterministic for a seed and differs between seeds', () => {
    for (const file of FILES) {
      const a = fs.readFileSync(path.join(dir('a'), file));
      expect(a.equals(fs.readFileSync(path.join(dir('b'), file)))).toBe(true);
      expect(a.equals(fs.readFileSync(path.join(dir('c'), file)))).toBe(false);
    }
  });

  it('reports the files, row counts, window and progress', () => {
    expect(result.files).toEqual({
      subscribers: path.join(dir('a'), 'subscribers.csv'),
      usage: path.join(dir('a'), 'usage.csv'),
      offers: path.join(dir('a'), 'offers.csv'),
    });
    expect(result.counts).toEqual({
      subscribers: 2000,
      usage: rows(dir('a'), 'usage.csv').length,
      offers: rows(dir('a'), 'offers.csv').length,
    });
    expect(result.counts.usage).toBeGreaterThan(2000 * 10);
    expect(result.counts.offers).toBeGreaterThan(200);
    expect(result.months).toEqual(['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
    expect(progress[progress.length - 1]).toBe(2000);
  });

  it('writes exactly the DOMAIN.md §2 columns, every row in the documented formats', () => {
    const header = (file: string) => fs.readFileSync(path.join(dir('a'), file), 'utf8').split('\n')[0];
    expect(header('subscribers.csv')).toBe(
      'subscriber_id,msisdn,branch_code,county,brand,plan_code,join_date,group_class,group_key_member,vnet_member,family_plan,vip_card,special_type,birthday',
    );
    expect(header('usage.csv')).toBe('subscriber_id,month,bill_amount,outgoing_mou,long_distance_mou,roaming_mou,data_mb,balance,arrears_months,status,services');
    expect(header('offers.csv')).toBe('subscriber_id,kind,tier,start_month,months,cost');
    const check = (file: string, pattern: RegExp) => {
      const bad = rows(dir('a'), file).map((cells) => cells.join(',')).filter((line) => !pattern.test(line));
      expect(bad).toEqual([]);
    };
    check('subscribers.csv', SUBSCRIBER_ROW);
    check('usage.csv', USAGE_ROW);
    check('offers.csv', OFFER_ROW);
    const dates = rows(dir('a'), 'subscribers.csv').flatMap((s) => [s[6], s[13]]).filter((d) => d !== '');
    expect(dates.filter((d) => !isRealDate(d))).toEqual([]);
    const services = rows(dir('a'), 'usage.csv').map((u) => u[10]).filter((cell) => cell !== '');
    expect(services.filter((cell) => new Set(cell.split(';')).size !== cell.split(';').length)).toEqual([]);
  });

  it('has unique subscriber ids and numbers, and usage and offers only for known subscribers', () => {
    const subs = rows(dir('a'), 'subscribers.csv');
    const ids = subs.map((s) => s[0]);
    expect(ids[0]).toBe('S0000001');
    expect(new Set(ids).size).toBe(2000);
    expect(new Set(subs.map((s) => s[1])).size).toBe(2000);
    const known = new Set(ids);
    const usageKeys = rows(dir('a'), 'usage.csv').map((u) => `${u[0]} ${u[1]}`);
    expect(new Set(usageKeys).size).toBe(usageKeys.length);
    expect(usageKeys.every((key) => known.has(key.split(' ')[0]))).toBe(true);
    const offers = rows(dir('a'), 'offers.csv');
    expect(offers.every((o) => known.has(o[0]))).toBe(true);
    expect(new Set(offers.map((o) => o.slice(0, 4).join())).size).toBe(offers.length);
  });

  it('spreads customers over all 21 branches, Chengdu largest, the plateau small', () => {
    const byBranch = new Map<string, number>();
    for (const s of rows(dir('a'), 'subscribers.csv')) byBranch.set(s[2], (byBranch.get(s[2]) ?? 0) + 1);
    expect([...byBranch.keys()].sort()).toEqual([...BRANCHES].sort());
    const ranked = [...byBranch.entries()].sort((x, y) => y[1] - x[1]);
    expect(ranked[0][0]).toBe('CD');
    expect(ranked[0][1] / 2000).toBeGreaterThan(0.2);
    expect(ranked[0][1] / 2000).toBeLessThan(0.3);
    for (const small of ['AB', 'GZ', 'PZH', 'YA']) expect(byBranch.get(small)! / 2000).toBeLessThan(0.03);
  });

  it('spreads joins over ~12 years, with recent joins and joins on the 29th–31st', () => {
    const subs = rows(dir('a'), 'subscribers.csv');
    const tenure = subs.map((s) => monthNumber('2026-10') - monthNumber(s[6]));
    expect(Math.max(...tenure)).toBeGreaterThanOrEqual(120);
    expect(Math.max(...tenure)).toBeLessThanOrEqual(150);
    expect(tenure.filter((t) => t < 6).length / 2000).toBeGreaterThan(0.04);
    for (const day of ['29', '30', '31']) expect(subs.some((s) => s[6].endsWith(`-${day}`))).toBe(true);
    const noBirthday = subs.filter((s) => s[13] === '').length / 2000;
    expect(noBirthday).toBeGreaterThan(0.03);
    expect(noBirthday).toBeLessThan(0.3);
  });

  it('starts usage at the join month (or the window) and stops it after the churn month', () => {
    const join = new Map(rows(dir('a'), 'subscribers.csv').map((s) => [s[0], monthNumber(s[6])]));
    const first = monthNumber('2025-10');
    const seen = new Map<string, number>();
    const churned = new Set<string>();
    const wrong: string[] = [];
    for (const u of rows(dir('a'), 'usage.csv')) {
      const month = monthNumber(u[1]);
      const expected = seen.has(u[0]) ? seen.get(u[0])! + 1 : Math.max(first, join.get(u[0])!);
      if (churned.has(u[0]) || month !== expected) wrong.push(u.join(','));
      seen.set(u[0], month);
      if (u[9] === 'CHURNED') churned.add(u[0]);
    }
    expect(wrong).toEqual([]);
    expect(seen.size).toBe(2000);
    expect(churned.size).toBeGreaterThan(100);
    expect([...join.values()].filter((m) => m > first).length).toBeGreaterThan(100);
  });

  it('has a few suspended months, arrears and negative balances only now and then', () => {
    const usage = rows(dir('a'), 'usage.csv');
    const share = (test: (u: string[]) => boolean) => usage.filter(test).length / usage.length;
    expect(share((u) => u[9] === 'SUSPENDED')).toBeGreaterThan(0.001);
    expect(share((u) => u[9] === 'SUSPENDED')).toBeLessThan(0.02);
    expect(share((u) => u[8] !== '0')).toBeGreaterThan(0.01);
    expect(share((u) => u[8] !== '0')).toBeLessThan(0.06);
    expect(share((u) => u[7].startsWith('-'))).toBeLessThan(0.06);
    for (const n of ['1', '2', '3']) expect(usage.some((u) => u[8] === n)).toBe(true);
  });

  it('honours endMonth and a short window, and rejects bad options', async () => {
    const r = await generateDemoData({ subscribers: 50, months: 3, seed: 1, outDir: dir('short'), endMonth: '2025-01' });
    expect(r.months).toEqual(['2024-11', '2024-12', '2025-01']);
    const months = new Set(rows(dir('short'), 'usage.csv').map((u) => u[1]));
    expect([...months].sort()).toEqual(r.months);
    await expect(generateDemoData({ subscribers: 5, months: 13, seed: 1, outDir: dir('bad'), endMonth: '2026-13' })).rejects.toThrow(RangeError);
    await expect(generateDemoData({ subscribers: -1, months: 13, seed: 1, outDir: dir('bad') })).rejects.toThrow(RangeError);
    await expect(generateDemoData({ subscribers: 5, months: 0, seed: 1, outDir: dir('bad') })).rejects.toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------
// DOMAIN.md §8 shapes, computed from the CSV rows with the §3 definitions.

interface Subscriber {
  branch: string;
  gotone: boolean;
  groupClass: string;
  keyMember: boolean;
  vnet: boolean;
  family: boolean;
  joinMonth: number;
  joinDay: number;
  /** Per window month k: bill (0 when there is no row), MOU, arrears, status (0 = no row, 1 ACTIVE, 2 SUSPENDED, 3 CHURNED). */
  bill: Float64Array;
  mou: Float64Array;
  arrears: Float64Array;
  status: Uint8Array;
  /** 1 when an offer of that kind covers month k. */
  deposit: Uint8Array;
  terminal: Uint8Array;
}

const STATUS: Record<string, number> = { ACTIVE: 1, SUSPENDED: 2, CHURNED: 3 };

function load(dir: string, months: readonly string[]): Subscriber[] {
  const first = monthNumber(months[0]);
  const n = months.length;
  const byId = new Map<string, Subscriber>();
  for (const s of rows(dir, 'subscribers.csv')) {
    byId.set(s[0], {
      branch: s[2],
      gotone: s[4] === 'GOTONE',
      groupClass: s[7],
      keyMember: s[8] === 'true',
      vnet: s[9] === 'true',
      family: s[10] === 'true',
      joinMonth: monthNumber(s[6]),
      joinDay: Number(s[6].slice(8)),
      bill: new Float64Array(n),
      mou: new Float64Array(n),
      arrears: new Float64Array(n),
      status: new Uint8Array(n),
      deposit: new Uint8Array(n),
      terminal: new Uint8Array(n),
    });
  }
  for (const u of rows(dir, 'usage.csv')) {
    const s = byId.get(u[0])!;
    const k = monthNumber(u[1]) - first;
    s.bill[k] = Number(u[2]);
    s.mou[k] = Number(u[3]);
    s.arrears[k] = Number(u[8]);
    s.status[k] = STATUS[u[9]];
  }
  for (const o of rows(dir, 'offers.csv')) {
    const s = byId.get(o[0])!;
    const start = monthNumber(o[3]) - first;
    // Covers start_month … start_month + months − 1.
    for (let k = Math.max(0, start); k < Math.min(n, start + Number(o[4])); k++) (o[1] === 'DEPOSIT_GIFT' ? s.deposit : s.terminal)[k] = 1;
  }
  return [...byId.values()];
}

const arpu = (s: Subscriber, k: number) => (k < 0 ? 0 : s.bill[k]);
const onNetwork = (s: Subscriber, k: number) => s.status[k] === 1 || s.status[k] === 2;
const midHighEnd = (s: Subscriber, k: number) => onNetwork(s, k) && arpu(s, k) >= 120 && s.mou[k] >= 100;
function dynamicMidHighEnd(s: Subscriber, k: number): boolean {
  if (!onNetwork(s, k)) return false;
  for (let j = k - 5; j <= k - 2; j++) if (arpu(s, j) + arpu(s, j + 1) + arpu(s, j + 2) > 360) return true;
  return false;
}
const measures = (s: Subscriber, k: number) => Number(s.gotone) + Number(s.groupClass !== '') + Number(s.family) + s.deposit[k] + s.terminal[k];
function retentionClass(s: Subscriber, k: number): string {
  const avg = (arpu(s, k - 2) + arpu(s, k - 1) + arpu(s, k)) / 3;
  if (arpu(s, k - 1) + arpu(s, k) < 50 || s.arrears[k] > 1) return 'CHURN_RISK';
  if (avg > 200 || ((s.groupClass === 'A' || s.groupClass === 'B') && s.keyMember)) return 'IMPORTANT';
  if (avg > 120) return 'ORDINARY';
  return 'IRREGULAR';
}
/** Whole months from join date to the last day of `month`, as PostgreSQL's age() counts. */
const tenure = (s: Subscriber, month: number) => month - s.joinMonth - (s.joinDay > lastDay(month) ? 1 : 0);

describe('DOMAIN.md §8 shapes on 20,000 subscribers × 13 months', () => {
  const share = (part: Subscriber[], whole: Subscriber[]) => part.length / whole.length;
  const churnOf = (cohort: Subscriber[], end: number) => share(cohort.filter((s) => !onNetwork(s, end)), cohort);
  let all: Subscriber[];
  const end = 12;
  const base = end - 6;

  beforeAll(async () => {
    const result = await generateDemoData({ subscribers: 20000, months: 13, seed: 11, outDir: path.join(tmp, 'shapes') });
    all = load(path.join(tmp, 'shapes'), result.months);
  });

  it('has ~10–15% mid-high-end customers earning ≥ 31.5% of revenue, and a near-mid-high-end pool', () => {
    const on = all.filter((s) => onNetwork(s, end));
    const mhe = on.filter((s) => midHighEnd(s, end));
    const revenue = (list: Subscriber[]) => list.reduce((sum, s) => sum + s.bill[end], 0);
    expect(share(mhe, on)).toBeGreaterThan(0.1);
    expect(share(mhe, on)).toBeLessThan(0.15);
    expect(revenue(mhe) / revenue(on)).toBeGreaterThanOrEqual(0.315);
    const near = on.filter((s) => arpu(s, end) > 80 && arpu(s, end) < 120);
    expect(share(near, on)).toBeGreaterThan(0.08);
    expect(share(near, on)).toBeLessThan(0.25);
  });

  it('has GoTone ≈ 34% of mid-high-end, far above its share of the rest', () => {
    const on = all.filter((s) => onNetwork(s, end));
    const mhe = on.filter((s) => midHighEnd(s, end));
    const goTone = share(mhe.filter((s) => s.gotone), mhe);
    expect(Math.abs(goTone - 0.342)).toBeLessThan(0.08);
    const rest = on.filter((s) => !midHighEnd(s, end));
    expect(share(rest.filter((s) => s.gotone), rest)).toBeLessThan(goTone / 3);
  });

  it('covers dynamic mid-high-end customers with ≥1/≥2/≥3 measures ≈ 85/31/17%', () => {
    const dynamic = all.filter((s) => dynamicMidHighEnd(s, end));
    expect(dynamic.length).toBeGreaterThan(1500);
    const coverage = [1, 2, 3].map((n) => share(dynamic.filter((s) => measures(s, end) >= n), dynamic));
    expect(Math.abs(coverage[0] - 0.85)).toBeLessThan(0.08);
    expect(Math.abs(coverage[1] - 0.313)).toBeLessThan(0.08);
    expect(Math.abs(coverage[2] - 0.172)).toBeLessThan(0.08);
  });

  it('has all four retention classes among dynamic mid-high-end customers', () => {
    const classes = new Map<string, number>();
    for (const s of all.filter((c) => dynamicMidHighEnd(c, end))) classes.set(retentionClass(s, end), (classes.get(retentionClass(s, end)) ?? 0) + 1);
    expect([...classes.keys()].sort()).toEqual(['CHURN_RISK', 'IMPORTANT', 'IRREGULAR', 'ORDINARY']);
    for (const count of classes.values()) expect(count).toBeGreaterThanOrEqual(20);
  });

  it('churns 1–2% a month', () => {
    for (let k = 1; k <= end; k++) {
      const rate = all.filter((s) => s.status[k] === 3).length / all.filter((s) => onNetwork(s, k - 1)).length;
      expect(rate).toBeGreaterThan(0.01);
      expect(rate).toBeLessThan(0.02);
    }
  });

  it('keeps a photo cohort of mid-high-end customers > 80% in every branch, V-net members churning several points less', () => {
    const cohort = all.filter((s) => midHighEnd(s, base));
    const average = churnOf(cohort, end);
    const vnet = churnOf(cohort.filter((s) => s.vnet), end);
    const others = churnOf(cohort.filter((s) => !s.vnet), end);
    expect(others - vnet).toBeGreaterThanOrEqual(0.04);
    expect(average - vnet).toBeGreaterThan(0.04);
    expect(average - vnet).toBeLessThan(0.1);
    const retention = BRANCHES.map((branch) => {
      const members = cohort.filter((s) => s.branch === branch);
      return { branch, members: members.length, retention: 1 - churnOf(members, end) };
    });
    expect(retention.filter((r) => r.members < 10 || !(r.retention > 0.8))).toEqual([]);
  });

  it('churns more at low tenure and without stabilizing measures', () => {
    const baseMonth = monthNumber('2026-04');
    const onAtBase = all.filter((s) => onNetwork(s, base));
    const young = churnOf(onAtBase.filter((s) => tenure(s, baseMonth) < 12), end);
    const old = churnOf(onAtBase.filter((s) => tenure(s, baseMonth) >= 60), end);
    expect(young).toBeGreaterThan(1.5 * old);
    const bare = churnOf(onAtBase.filter((s) => measures(s, base) === 0), end);
    const held = churnOf(onAtBase.filter((s) => measures(s, base) >= 1), end);
    expect(bare).toBeGreaterThan(1.3 * held);
  });
});
