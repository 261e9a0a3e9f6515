import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import {
  BRANCH_PROFILES,
  MEASURE_COUNT,
  MEASURE_WEIGHTS,
  MSISDN_PREFIXES,
  SERVICES,
  SPECIAL_TYPES,
  type BranchProfile,
  type Measure,
  type Tier,
} from './profiles';
import { Random } from './random';
import { csvField } from '../import/csv-text';

export interface GenerateOptions {
  subscribers: number;
  months: number;
  seed: number;
  outDir: string;
  /** Last month of usage, 'YYYY-MM' (default 2026-10). */
  endMonth?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface GenerateResult {
  files: { subscribers: string; usage: string; offers: string };
  counts: { subscribers: number; usage: number; offers: number };
  months: string[];
}

export const DEFAULT_END_MONTH = '2026-10';

const SUBSCRIBER_HEADER =
  'subscriber_id,msisdn,branch_code,county,brand,plan_code,join_date,group_class,group_key_member,vnet_member,family_plan,vip_card,special_type,birthday';
const USAGE_HEADER = 'subscriber_id,month,bill_amount,outgoing_mou,long_distance_mou,roaming_mou,data_mb,balance,arrears_months,status,services';
const OFFER_HEADER = 'subscriber_id,kind,tier,start_month,months,cost';

// ---------------------------------------------------------------------------------------------
// Output

/** Bytes buffered per file before a write: ~1 MB chunks keep syscalls and awaits rare. */
const CHUNK_BYTES = 1 << 20;

/**
 * Encodes CSV lines straight into ~1 MB buffers and writes each full one, waiting for 'drain'
 * when the stream is behind. (Concatenating a 1 MB string instead keeps every row's string
 * alive until the write, which doubled the run time in garbage collection.)
 */
class CsvSink {
  private readonly stream: fs.WriteStream;
  private buffer = Buffer.allocUnsafe(CHUNK_BYTES + (64 << 10));
  private offset = 0;
  private failure: Error | undefined;
  rows = 0;

  /** `ascii`: every line is plain ASCII (ids, numbers, codes), which encodes faster as latin1. */
  constructor(file: string, header: string, private readonly ascii = false) {
    this.stream = fs.createWriteStream(file);
    this.stream.on('error', (error) => {
      this.failure ??= error;
    });
    this.put(header);
  }

  /** Adds one data line (without its newline). */
  add(line: string): void {
    this.put(line);
    this.rows++;
  }

  private put(line: string): void {
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit; grow in the rare case it may not fit.
    if (this.offset + 3 * line.length + 1 > this.buffer.length) {
      const bigger = Buffer.allocUnsafe(2 * this.buffer.length + 3 * line.length + 1);
      this.buffer.copy(bigger, 0, 0, this.offset);
      this.buffer = bigger;
    }
    this.offset += this.buffer.write(line, this.offset, this.ascii ? 'latin1' : 'utf8');
    this.buffer[this.offset++] = 0x0a;
  }

  get full(): boolean {
    return this.offset >= CHUNK_BYTES;
  }

  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.offset === 0) return;
    const chunk = this.buffer.subarray(0, this.offset);
    // The stream keeps the chunk until it is written: continue in a fresh buffer.
    this.buffer = Buffer.allocUnsafe(this.buffer.length);
    this.offset = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.stream.end(() => (this.failure ? reject(this.failure) : resolve()));
    });
  }

  destroy(): void {
    this.stream.destroy();
  }
}

/** Yuan with exactly two decimals, from a float (rounded to the cent). */
function money(value: number): string {
  const cents = Math.round(value * 100);
  const abs = cents < 0 ? -cents : cents;
  const fraction = abs % 100;
  return `${cents < 0 ? '-' : ''}${(abs - fraction) / 100}.${fraction < 10 ? '0' : ''}${fraction}`;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

// ---------------------------------------------------------------------------------------------
// Months as integers: year * 12 + (month − 1)

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAYS = [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function monthIndex(month: string): number {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new RangeError(`endMonth "${month}" is not a month in YYYY-MM form`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

function monthLabel(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${pad2((index % 12) + 1)}`;
}

function daysInMonth(index: number): number {
  const month = index % 12;
  if (month !== 1) return DAYS[month];
  const year = Math.floor(index / 12);
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** Whole months from a join date to the last day of `month` (PostgreSQL's age(), DOMAIN.md §3). */
function tenureAt(month: number, joinMonth: number, joinDay: number): number {
  return month - joinMonth - (joinDay > daysInMonth(month) ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// The customer model

/** How a customer's bill moves over the window. */
type Pattern =
  | 'STEADY'
  /** Some months high, some low, independently (不规则需求). */
  | 'IRREGULAR'
  /** From `patternStart` the bill collapses and arrears build: the churn-risk picture. */
  | 'FADING'
  /** From `patternStart` the customer moves to a cheaper level. */
  | 'DOWNGRADE';

interface Offer {
  kind: 'DEPOSIT_GIFT' | 'TERMINAL';
  tier: string;
  start: number;
  months: number;
  cost: number;
}

interface Customer {
  id: string;
  branch: BranchProfile;
  branchIndex: number;
  tier: Tier;
  /** Typical monthly bill at the end month, yuan. */
  level: number;
  /** Relative change of the level per month. */
  trend: number;
  pattern: Pattern;
  patternStart: number;
  downgradeTo: number;
  /** Outgoing minutes per yuan billed. */
  mouPerYuan: number;
  business: boolean;
  young: boolean;
  dataBase: number;
  dataGrowth: number;
  joinMonth: number;
  joinDay: number;
  gotone: boolean;
  groupClass: '' | 'A' | 'B' | 'C';
  keyMember: boolean;
  family: boolean;
  vnet: boolean;
  special: string;
  /** Measures that hold every month (brand, group, family plan). */
  staticMeasures: number;
  offers: Offer[];
  services: number;
  /** A service added during the window (bit), from month `addServiceAt`. */
  addService: number;
  addServiceAt: number;
}

/** Branch indexes weighted by branch size. */
const BRANCH_WEIGHTS: readonly (readonly [number, number])[] = BRANCH_PROFILES.map((b, i) => [i, b.weight] as const);

/** Tenure at the end month, in months: a band by weight, then a month within it (≈ 12 years at most). */
const TENURE_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[0, 5], 8],
  [[6, 11], 8],
  [[12, 35], 24],
  [[36, 59], 20],
  [[60, 143], 40],
];

const SERVICE_RATES: Record<Tier, readonly number[]> = {
  high: [0.45, 0.35, 0.4, 0.22, 0.25],
  mid: [0.28, 0.3, 0.2, 0.1, 0.15],
  low: [0.1, 0.22, 0.06, 0.03, 0.06],
};

/** The `services` cell for every subset of SERVICES (bit i = SERVICES[i]). */
const SERVICE_CELLS = Array.from({ length: 1 << SERVICES.length }, (_, mask) => SERVICES.filter((_s, i) => mask & (1 << i)).join(';'));

function drawMeasures(random: Random, tier: Tier): Set<Measure> {
  const count = random.weighted(MEASURE_COUNT[tier]);
  const chosen = new Set<Measure>();
  while (chosen.size < count) chosen.add(random.weighted(MEASURE_WEIGHTS[tier]));
  return chosen;
}

function makeCustomer(random: Random, id: string, end: number, windowStart: number): Customer {
  const branchIndex = random.weighted(BRANCH_WEIGHTS);
  const branch = BRANCH_PROFILES[branchIndex];
  const tier = random.weighted<Tier>([['high', 13], ['mid', 27], ['low', 60]]);
  const [low, high] = random.weighted(TENURE_BANDS);
  const tenure = random.int(low, high);
  const joinMonth = end - tenure;
  // About one join in ten falls on the 29th–31st (the month's last day when it is shorter).
  const joinDay = random.chance(0.1) ? Math.min(random.int(29, 31), daysInMonth(joinMonth)) : random.int(1, 28);

  const young = random.chance(tier === 'low' ? 0.32 : tier === 'mid' ? 0.2 : 0.12);
  let level: number;
  if (tier === 'high') level = 118 + 330 * random.next() ** 2.1;
  else if (tier === 'mid') level = random.between(58, 120);
  else level = 6 + 52 * random.next() ** 1.3;
  level *= branch.spend;

  const special = random.chance(0.025) ? random.pick(SPECIAL_TYPES) : '';
  const dataCard = special === 'DATA_CARD';
  const business = tier === 'high' ? random.chance(0.3) : tier === 'mid' && random.chance(0.08);
  // High spenders on mobile data with little voice (商旅G3 fit): dynamic, but rarely KPI mid-high-end.
  const dataUser = dataCard || (tier !== 'low' && young && random.chance(0.35));
  const mouPerYuan = dataCard ? 0 : dataUser ? random.between(0.3, 0.75) : business ? random.between(1.2, 2.6) : random.between(0.8, 2.3);

  let pattern: Pattern = 'STEADY';
  let patternStart = end + 1;
  let downgradeTo = level;
  if (tier === 'high') {
    const roll = random.next();
    if (roll < 0.07) pattern = 'IRREGULAR';
    else if (roll < 0.12) {
      pattern = 'FADING';
      // Mostly in the last months, so the end month shows customers about to leave.
      patternStart = random.chance(0.6) ? end - random.int(0, 1) : random.int(windowStart, end);
    } else if (roll < 0.18) {
      pattern = 'DOWNGRADE';
      patternStart = end - random.int(0, 4);
      downgradeTo = random.between(45, 115);
    }
  }

  const measures = drawMeasures(random, tier);
  const groupClass = measures.has('GROUP') ? random.weighted<'A' | 'B' | 'C'>([['A', 20], ['B', 35], ['C', 45]]) : '';
  const keyMember = groupClass !== '' && random.chance(groupClass === 'C' ? 0.1 : tier === 'high' ? 0.35 : 0.15);
  const vnetRate = (tier === 'high' ? 0.17 : tier === 'mid' ? 0.1 : 0.05) * (groupClass === '' ? 1 : 2);
  const vnet = random.chance(vnetRate);

  let services = 0;
  const rates = SERVICE_RATES[tier];
  for (let i = 0; i < SERVICES.length; i++) {
    const boost = young && (SERVICES[i] === 'FETION' || SERVICES[i] === 'MOBILE_PAY') ? 1.6 : 1;
    if (random.chance(rates[i] * boost)) services |= 1 << i;
  }
  const addService = random.chance(0.12) ? 1 << random.int(0, SERVICES.length - 1) : 0;
  const addServiceAt = random.int(windowStart, end);

  const customer: Customer = {
    id,
    branch,
    branchIndex,
    tier,
    level,
    trend: 0.006 * random.normal(),
    pattern,
    patternStart,
    downgradeTo,
    mouPerYuan,
    business,
    young,
    dataBase: dataUser ? random.between(3000, 9000) : young ? random.between(1200, 5000) : random.between(30, 1500),
    dataGrowth: young || dataUser ? random.between(1.02, 1.06) : random.between(1.0, 1.025),
    joinMonth,
    joinDay,
    gotone: measures.has('GOTONE'),
    groupClass,
    keyMember,
    family: measures.has('FAMILY'),
    vnet,
    special,
    staticMeasures: Number(measures.has('GOTONE')) + Number(groupClass !== '') + Number(measures.has('FAMILY')),
    offers: [],
    services,
    addService,
    addServiceAt,
  };
  customer.offers = drawOffers(random, customer, measures, end, windowStart);
  return customer;
}

/** A start month so the offer covers `end`, not before the customer joined. */
function coveringStart(random: Random, c: Customer, months: number, end: number): number {
  return random.int(Math.max(c.joinMonth, end - months + 1), end);
}

function drawOffers(random: Random, c: Customer, measures: Set<Measure>, end: number, windowStart: number): Offer[] {
  const offers: Offer[] = [];
  const tenure = end - c.joinMonth;
  if (measures.has('DEPOSIT_GIFT')) {
    // seed 000: deposit 300 → gift 300 over 10 months; tenure < 1 year: 100/50 over 6 months.
    let tier: string;
    let months: number;
    if (tenure < 12 || c.tier === 'low') [tier, months] = [random.pick(['DEP100', 'DEP50']), 6];
    else if (c.tier === 'high') [tier, months] = [random.pick(['DEP300', 'DEP300', 'DEP200']), random.pick([10, 12])];
    else [tier, months] = random.chance(0.5) ? ['DEP200', 10] : ['DEP100', 6];
    offers.push({ kind: 'DEPOSIT_GIFT', tier, start: coveringStart(random, c, months, end), months, cost: Number(tier.slice(3)) });
  }
  if (measures.has('TERMINAL')) {
    // Subsidy ≥ 70% with a ≥ 20-month contract for tenure > 1 year; ~12 months below; 0-yuan low-end handsets.
    let offer: Offer;
    if (c.tier === 'low' || c.pattern === 'FADING') {
      offer = { kind: 'TERMINAL', tier: 'TD_LOWEND0', start: 0, months: 12, cost: random.between(300, 450) };
    } else if (tenure >= 12 && c.tier === 'high') {
      offer = { kind: 'TERMINAL', tier: 'TD_SUBSIDY70', start: 0, months: random.pick([20, 24]), cost: random.between(900, 1500) };
    } else {
      offer = { kind: 'TERMINAL', tier: 'TD_SUBSIDY50', start: 0, months: tenure >= 12 ? 20 : 12, cost: random.between(500, 1000) };
    }
    offer.start = coveringStart(random, c, offer.months, end);
    offers.push(offer);
  }
  // Offers that ran out before the end month: history, not a measure.
  if (random.chance(c.tier === 'low' ? 0.04 : 0.1)) {
    const first = Math.max(c.joinMonth, windowStart - 6);
    if (first <= end - 6) {
      const tier = random.pick(['DEP100', 'DEP50']);
      offers.push({ kind: 'DEPOSIT_GIFT', tier, start: random.int(first, end - 6), months: 6, cost: Number(tier.slice(3)) });
    }
  }
  if (random.chance(0.03)) {
    const first = Math.max(c.joinMonth, end - 30);
    if (first <= end - 12) offers.push({ kind: 'TERMINAL', tier: 'TD_LOWEND0', start: random.int(first, end - 12), months: 12, cost: random.between(300, 450) });
  }
  return offers;
}

function measuresAt(c: Customer, month: number): number {
  let deposit = false;
  let terminal = false;
  for (const offer of c.offers) {
    if (month < offer.start || month > offer.start + offer.months - 1) continue;
    if (offer.kind === 'DEPOSIT_GIFT') deposit = true;
    else terminal = true;
  }
  return c.staticMeasures + Number(deposit) + Number(terminal);
}

/** Monthly churn probability. */
function churnHazard(c: Customer, month: number, arrears: number): number {
  const tenure = tenureAt(month, c.joinMonth, c.joinDay);
  let h = 0.0115 * c.branch.churn;
  h *= tenure < 6 ? 2.4 : tenure < 12 ? 1.9 : tenure < 36 ? 1.05 : tenure < 60 ? 0.9 : 0.75;
  const measures = measuresAt(c, month);
  h *= measures === 0 ? 1.8 : measures === 1 ? 0.9 : 0.6;
  // Competitors court the high spenders.
  h *= c.tier === 'high' ? 1.4 : c.tier === 'mid' ? 1 : 0.9;
  if (c.vnet) h *= 0.07;
  if (c.pattern === 'FADING' && month >= c.patternStart) h *= 5;
  if (arrears >= 2) h *= 3;
  return h;
}

const GOLDEN = 0.6180339887498949;
const TIERS: readonly Tier[] = ['high', 'mid', 'low'];

/**
 * Churn draws, stratified by (branch, tier, month): each stratum takes its uniforms from a
 * Weyl sequence (random start, step φ mod 1), so within a stratum the share of customers who
 * leave stays close to their mean hazard. A 40-member branch cohort then does not swing by
 * ±10 points the way independent coin flips would; each draw is still uniform on its own.
 */
class ChurnDraws {
  private readonly state: Float64Array;

  constructor(random: Random, private readonly months: number) {
    this.state = Float64Array.from({ length: BRANCH_PROFILES.length * TIERS.length * months }, () => random.next());
  }

  next(c: Customer, k: number): number {
    const stratum = (c.branchIndex * TIERS.length + TIERS.indexOf(c.tier)) * this.months + k;
    const u = this.state[stratum];
    this.state[stratum] = (u + GOLDEN) % 1;
    return u;
  }
}

/** The customer's usage rows over the window; returns the month they churned (or Infinity). */
function writeUsage(random: Random, churnDraws: ChurnDraws, c: Customer, sink: CsvSink, windowStart: number, end: number, labels: readonly string[]): number {
  let z = 0.12 * random.normal();
  let arrears = 0;
  const arrearsRate = c.tier === 'low' ? 0.02 : c.tier === 'mid' ? 0.012 : 0.008;
  for (let month = Math.max(windowStart, c.joinMonth); month <= end; month++) {
    const joined = month === c.joinMonth;
    let level = c.level * (1 + c.trend * (month - end));
    if (c.pattern === 'IRREGULAR') level *= random.chance(0.5) ? 1.75 : 0.3;
    else if (month >= c.patternStart) level = c.pattern === 'DOWNGRADE' ? c.downgradeTo : level * 0.07;
    z = 0.55 * z + 0.1 * random.normal();
    let bill = level * Math.exp(z);
    // The join month is billed from the join day on.
    if (joined) bill *= (daysInMonth(month) - c.joinDay + 1) / daysInMonth(month);

    if (c.pattern === 'FADING' && month >= c.patternStart) arrears = Math.min(3, arrears + (random.chance(0.75) ? 1 : 0));
    else if (arrears > 0) arrears = random.chance(0.45) ? Math.min(3, arrears + 1) : 0;
    else arrears = random.chance(arrearsRate) ? 1 : 0;

    const churned = !joined && churnDraws.next(c, month - windowStart) < churnHazard(c, month, arrears);
    const suspended = !churned && (arrears >= 2 ? random.chance(0.35) : random.chance(0.002));
    if (churned) bill *= random.between(0.3, 0.9);
    else if (suspended) bill *= 0.5;
    if (bill < 0) bill = 0;

    let mou = Math.round(bill * c.mouPerYuan * (1 + 0.12 * random.normal()));
    if (mou < 0) mou = 0;
    const longDistance = Math.round(mou * (c.business ? random.between(0.15, 0.35) : random.between(0, 0.05)));
    const roaming = c.business ? Math.round(mou * random.between(0.05, 0.25)) : random.chance(0.06) ? Math.round(mou * random.between(0, 0.15)) : 0;
    let data = Math.round(c.dataBase * c.dataGrowth ** (month - windowStart) * (1 + 0.15 * random.normal()));
    if (data < 0) data = 0;
    const balance = arrears > 0 ? -bill * arrears * random.between(0.5, 1) : random.next() ** 2 * (50 + 1.5 * level);
    const services = month >= c.addServiceAt ? c.services | c.addService : c.services;
    const status = churned ? 'CHURNED' : suspended ? 'SUSPENDED' : 'ACTIVE';
    sink.add(
      `${c.id},${labels[month - windowStart]},${money(bill)},${mou},${longDistance},${roaming},${data},${money(balance)},${arrears},${status},${SERVICE_CELLS[services]}`,
    );
    if (churned) return month;
  }
  return Number.POSITIVE_INFINITY;
}

const E8 = 100_000_000;

/** (x · a) mod 10^8 for x, a < 10^8, exact in doubles (the plain product can exceed 2^53). */
function mulMod8(x: number, a: number): number {
  return ((((x * Math.floor(a / 10_000)) % E8) * 10_000) + x * (a % 10_000)) % E8;
}

/**
 * A unique 11-digit number for subscriber i (< 10^8): a block prefix, then a bijection of i
 * over 8 digits (affine map, digit reversal, affine map), so no lookup table is needed.
 */
function msisdn(random: Random, i: number, a: number, b: number): string {
  let x = (mulMod8(i, a) + b) % E8;
  let reversed = 0;
  for (let d = 0; d < 8; d++, x = Math.floor(x / 10)) reversed = reversed * 10 + (x % 10);
  x = (mulMod8(reversed, 7_654_321) + 13_579) % E8;
  return `${random.pick(MSISDN_PREFIXES)}${String(x).padStart(8, '0')}`;
}

function subscriberLine(random: Random, c: Customer, number: string, end: number): string {
  const brand = c.gotone ? 'GOTONE' : c.young ? (random.chance(0.75) ? 'MZONE' : 'EASYOWN') : random.chance(0.03) ? 'MZONE' : 'EASYOWN';
  let plan: string;
  if (c.family) plan = 'HJH_F';
  else if (c.mouPerYuan < 0.8 && c.tier !== 'low') plan = 'SLG3';
  else if (c.tier === 'high') plan = c.level > 200 ? random.pick(['SL128', 'SL128', 'SL88']) : random.pick(['SL88', 'SL88', 'SL128', 'SL58']);
  else if (c.tier === 'mid') plan = random.pick(['SL88', 'SL58', 'SL58', 'SLG3']);
  else plan = random.pick(['SL58', 'BASIC', 'BASIC']);
  const vipRate = c.tier === 'high' ? 0.25 : c.tier === 'mid' ? 0.03 : 0.005;
  const vip = random.chance(vipRate)
    ? c.tier === 'high'
      ? random.weighted<string>([['DIAMOND', 3], ['GOLD', 8], ['SILVER', 14]])
      : random.weighted<string>([['GOLD', 1], ['SILVER', 4]])
    : 'NONE';
  let birthday = '';
  if (random.chance(0.88)) {
    const age = c.young ? random.int(16, 27) : random.int(22, 72);
    const month = (Math.floor(end / 12) - age) * 12 + random.int(0, 11);
    birthday = `${monthLabel(month)}-${pad2(random.int(1, daysInMonth(month)))}`;
  }
  const county = csvField(random.pick(c.branch.counties));
  return `${c.id},${number},${c.branch.code},${county},${brand},${plan},${monthLabel(c.joinMonth)}-${pad2(c.joinDay)},${c.groupClass},${c.keyMember},${c.vnet},${c.family},${vip},${c.special},${birthday}`;
}

function checkOptions(options: GenerateOptions): void {
  if (!Number.isInteger(options.subscribers) || options.subscribers < 0 || options.subscribers >= 100_000_000) {
    throw new RangeError(`subscribers must be a whole number from 0 to 99 999 999, got ${options.subscribers}`);
  }
  if (!Number.isInteger(options.months) || options.months < 1 || options.months > 120) {
    throw new RangeError(`months must be a whole number from 1 to 120, got ${options.months}`);
  }
  if (!Number.isFinite(options.seed)) throw new RangeError(`seed must be a number, got ${options.seed}`);
}

/**
 * Writes subscribers.csv, usage.csv and offers.csv (DOMAIN.md §2) for a synthetic province
 * whose shapes follow DOMAIN.md §8. Deterministic for a seed (one seeded PRNG, no clock);
 * streams customer by customer, so memory stays flat however many subscribers are asked for.
 */
export async function generateDemoData(options: GenerateOptions): Promise<GenerateResult> {
  checkOptions(options);
  const end = monthIndex(options.endMonth ?? DEFAULT_END_MONTH);
  const windowStart = end - options.months + 1;
  const months = Array.from({ length: options.months }, (_, k) => monthLabel(windowStart + k));
  fs.mkdirSync(options.outDir, { recursive: true });
  const files = {
    subscribers: path.join(options.outDir, 'subscribers.csv'),
    usage: path.join(options.outDir, 'usage.csv'),
    offers: path.join(options.outDir, 'offers.csv'),
  };
  const sinks = {
    subscribers: new CsvSink(files.subscribers, SUBSCRIBER_HEADER),
    usage: new CsvSink(files.usage, USAGE_HEADER, true),
    offers: new CsvSink(files.offers, OFFER_HEADER, true),
  };
  const all = [sinks.subscribers, sinks.usage, sinks.offers];
  try {
    const random = new Random(options.seed);
    // Odd and not a multiple of 5, so i ↦ a·i + b is a bijection modulo 10^8.
    const a = random.int(1_000_000, 9_999_999) * 10 + random.pick([1, 3, 7, 9]);
    const b = random.int(0, 99_999_999);
    const churnDraws = new ChurnDraws(random, options.months);
    const idWidth = Math.max(7, String(options.subscribers).length);
    const total = options.subscribers;
    for (let i = 1; i <= total; i++) {
      const c = makeCustomer(random, `S${String(i).padStart(idWidth, '0')}`, end, windowStart);
      sinks.subscribers.add(subscriberLine(random, c, msisdn(random, i, a, b), end));
      const churnedAt = writeUsage(random, churnDraws, c, sinks.usage, windowStart, end, months);
      for (const offer of c.offers) {
        // An offer is taken while on the network.
        if (offer.start > churnedAt) continue;
        sinks.offers.add(`${c.id},${offer.kind},${offer.tier},${monthLabel(offer.start)},${offer.months},${money(offer.cost)}`);
      }
      for (const sink of all) if (sink.full) await sink.flush();
      if (options.onProgress && i % 2000 === 0) options.onProgress(i, total);
    }
    for (const sink of all) await sink.close();
    options.onProgress?.(total, total);
  } catch (error) {
    for (const sink of all) sink.destroy();
    throw error;
  }
  return {
    files,
    counts: { subscribers: sinks.subscribers.rows, usage: sinks.usage.rows, offers: sinks.offers.rows },
    months,
  };
}
