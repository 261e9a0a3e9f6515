import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { addMonths, monthEnd, parseMonth } from '../months/month';
import { BRANCH_PROFILES, MEASURE_COUNT, MEASURE_WEIGHTS, SERVICES, SPECIAL_TYPE_LIST, type Measure, type Tier } from './profiles';
import { Random } from './random';

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

const SUBSCRIBER_HEADER = 'subscriber_id,msisdn,branch_code,county,brand,plan_code,join_date,group_class,group_key_member,vnet_member,family_plan,vip_card,special_type,birthday';
const USAGE_HEADER = 'subscriber_id,month,bill_amount,outgoing_mou,long_distance_mou,roaming_mou,data_mb,balance,arrears_months,status,services';
const OFFER_HEADER = 'subscriber_id,kind,tier,start_month,months,cost';

/** Buffers lines and writes ~1 MB at a time, waiting when the file stream is full. */
class CsvWriter {
  private readonly stream: fs.WriteStream;
  private buffer = '';
  rows = 0;

  constructor(file: string, header: string) {
    this.stream = fs.createWriteStream(file, { encoding: 'utf8' });
    this.buffer = `${header}\n`;
  }

  async line(text: string): Promise<void> {
    this.buffer += `${text}\n`;
    this.rows++;
    if (this.buffer.length > 1 << 20) await this.drain();
  }

  private async drain(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.drain();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

const money = (value: number) => (Math.round(value * 100) / 100).toFixed(2);
const pad2 = (n: number) => String(n).padStart(2, '0');

function daysIn(month: string): number {
  return Number(monthEnd(month).slice(8));
}

interface Customer {
  id: string;
  branch: string;
  tier: Tier;
  level: number;
  mouFactor: number;
  business: boolean;
  young: boolean;
  irregular: boolean;
  /** Bills collapse and arrears build in the last months: the churn-risk pattern. */
  fading: boolean;
  vnet: boolean;
  measures: Set<Measure>;
  joinMonth: string;
  tenureAtEnd: number;
}

function pickMeasures(random: Random, tier: Tier): Set<Measure> {
  const count = random.weighted(MEASURE_COUNT[tier]);
  const chosen = new Set<Measure>();
  while (chosen.size < count) chosen.add(random.weighted(MEASURE_WEIGHTS));
  return chosen;
}

/** Tenure at the last month: the band by weight, then a month within the band. */
function tenureMonths(random: Random): number {
  const [low, high] = random.weighted<readonly [number, number]>([
    [[0, 5], 9],
    [[6, 11], 10],
    [[12, 35], 30],
    [[36, 59], 20],
    [[60, 150], 31],
  ]);
  return random.int(low, high);
}

/**
 * Writes subscribers.csv, usage.csv and offers.csv (DOMAIN.md §2) for a synthetic base whose
 * shapes follow DOMAIN.md §8. Deterministic for a seed; streams, so memory stays flat in N.
 */
export async function generateDemoData(options: GenerateOptions): Promise<GenerateResult> {
  const endMonth = options.endMonth ?? '2026-10';
  parseMonth(endMonth);
  const months = Array.from({ length: options.months }, (_, i) => addMonths(endMonth, i - options.months + 1));
  fs.mkdirSync(options.outDir, { recursive: true });
  const files = {
    subscribers: path.join(options.outDir, 'subscribers.csv'),
    usage: path.join(options.outDir, 'usage.csv'),
    offers: path.join(options.outDir, 'offers.csv'),
  };
  const subscribers = new CsvWriter(files.subscribers, SUBSCRIBER_HEADER);
  const usage = new CsvWriter(files.usage, USAGE_HEADER);
  const offers = new CsvWriter(files.offers, OFFER_HEADER);
  const random = new Random(options.seed);
  const branchWeights = BRANCH_PROFILES.map(([code, weight]) => [code, weight] as const);
  const counties = new Map(BRANCH_PROFILES.map(([code, , list]) => [code, list]));
  const idWidth = Math.max(7, String(options.subscribers).length);

  for (let i = 1; i <= options.subscribers; i++) {
    const c = makeCustomer(random, i, idWidth, branchWeights, endMonth);
    await subscribers.line(subscriberLine(random, c, i, counties.get(c.branch)!));
    for (const line of usageLines(random, c, months)) await usage.line(line);
    for (const line of offerLines(random, c, endMonth)) await offers.line(line);
    if (options.onProgress && (i % 5000 === 0 || i === options.subscribers)) options.onProgress(i, options.subscribers);
  }
  await Promise.all([subscribers.close(), usage.close(), offers.close()]);
  return { files, counts: { subscribers: subscribers.rows, usage: usage.rows, offers: offers.rows }, months };
}

function makeCustomer(random: Random, i: number, idWidth: number, branchWeights: readonly (readonly [string, number])[], endMonth: string): Customer {
  const tier = random.weighted<Tier>([['high', 15], ['mid', 30], ['low', 55]]);
  const level =
    tier === 'high' ? 112 + 320 * random.next() ** 2.2 : tier === 'mid' ? random.between(55, 125) : random.between(3, 60);
  const tenureAtEnd = tenureMonths(random);
  return {
    id: `S${String(i).padStart(idWidth, '0')}`,
    branch: random.weighted(branchWeights),
    tier,
    level,
    mouFactor: tier === 'high' ? random.between(0.75, 2.4) : random.between(0.6, 3),
    business: tier === 'high' && random.chance(0.25),
    young: random.chance(tier === 'low' ? 0.35 : 0.2),
    irregular: tier === 'high' && random.chance(0.06),
    fading: tier === 'high' && random.chance(0.05),
    vnet: random.chance(tier === 'high' ? 0.16 : tier === 'mid' ? 0.1 : 0.05),
    measures: pickMeasures(random, tier),
    joinMonth: addMonths(endMonth, -tenureAtEnd),
    tenureAtEnd,
  };
}

function subscriberLine(random: Random, c: Customer, i: number, counties: readonly string[]): string {
  const brand = c.measures.has('GOTONE') ? 'GOTONE' : c.young && random.chance(0.6) ? 'MZONE' : 'EASYOWN';
  const plan = c.measures.has('FAMILY')
    ? 'HJH_F'
    : c.tier === 'high' ? random.pick(['SL128', 'SL88', 'SLG3']) : c.tier === 'mid' ? random.pick(['SL88', 'SL58', 'SLG3']) : random.pick(['SL58', 'BASIC']);
  const groupClass = c.measures.has('GROUP') ? random.weighted([['A', 20], ['B', 35], ['C', 45]] as const) : '';
  const keyMember = groupClass !== '' && random.chance(0.3);
  const vip = c.tier === 'high' && random.chance(0.2) ? random.weighted([['DIAMOND', 3], ['GOLD', 7], ['SILVER', 10]] as const) : random.chance(0.01) ? 'SILVER' : 'NONE';
  const special = random.chance(0.025) ? random.pick(SPECIAL_TYPE_LIST) : '';
  // Some joins on the 29th–31st, clamped to the month's length.
  const day = random.chance(0.08) ? Math.min(random.int(29, 31), daysIn(c.joinMonth)) : random.int(1, 28);
  const birthday = random.chance(0.85) ? `${random.int(1950, 2005)}-${pad2(random.int(1, 12))}-${pad2(random.int(1, 28))}` : '';
  // A bijection of i (7919 is coprime with 10^8) keeps numbers unique without a lookup table.
  const msisdn = `1${random.pick(['3', '5', '8'])}${i % 10}${String((i * 7919) % 100_000_000).padStart(8, '0')}`;
  return [c.id, msisdn, c.branch, random.pick(counties), brand, plan, `${c.joinMonth}-${pad2(day)}`, groupClass, keyMember, c.vnet, c.measures.has('FAMILY'), vip, special, birthday].join(',');
}

function monthlyChurnHazard(c: Customer, tenure: number): number {
  let h = 0.012;
  if (tenure < 12) h *= 2.3;
  if (c.measures.size === 0) h *= 1.8;
  if (c.vnet) h *= 0.2;
  return h;
}

function usageLines(random: Random, c: Customer, months: readonly string[]): string[] {
  const lines: string[] = [];
  const last = months.length - 1;
  for (let i = 0; i <= last; i++) {
    const month = months[i];
    if (month < c.joinMonth) continue;
    const tenure = c.tenureAtEnd - (last - i);
    const churned = random.chance(monthlyChurnHazard(c, tenure) * (c.fading && i >= last - 1 ? 4 : 1));
    let bill = c.level * (1 + 0.12 * random.normal());
    // Irregular demand: some months high, some low, at random (not in lockstep across customers).
    if (c.irregular) bill *= random.chance(0.5) ? 1.7 : 0.25;
    if (c.fading && i >= last - 1) bill *= 0.08;
    if (month === c.joinMonth) bill *= 0.6;
    bill = Math.max(0, bill);
    const mou = Math.max(0, Math.round(bill * c.mouFactor + 15 * random.normal()));
    const longDistance = c.business ? random.int(80, 400) : random.int(0, 30);
    const roaming = c.business ? random.int(40, 300) : random.chance(0.1) ? random.int(1, 60) : 0;
    const growth = 1 + 0.03 * i;
    const data = Math.round((c.young ? random.between(800, 4000) : random.between(20, 900)) * growth);
    const arrears = c.fading && i === last ? random.int(2, 3) : random.chance(0.03) ? 1 : 0;
    const suspended = !churned && random.chance(0.004);
    const balance = arrears > 0 ? -random.between(0, 80) : random.between(0, 200);
    const services = SERVICES.filter(() => random.chance(c.tier === 'high' ? 0.35 : c.tier === 'mid' ? 0.2 : 0.08)).join(';');
    const status = churned ? 'CHURNED' : suspended ? 'SUSPENDED' : 'ACTIVE';
    lines.push(`${c.id},${month},${money(bill)},${mou},${longDistance},${roaming},${data},${money(balance)},${arrears},${status},${services}`);
    if (churned) break;
  }
  return lines;
}

function offerLines(random: Random, c: Customer, endMonth: string): string[] {
  const lines: string[] = [];
  if (c.measures.has('DEPOSIT_GIFT')) {
    const months = random.pick([6, 10, 12]);
    const tier = c.tier === 'high' ? random.pick(['DEP300', 'DEP200']) : random.pick(['DEP100', 'DEP50']);
    lines.push(`${c.id},DEPOSIT_GIFT,${tier},${addMonths(endMonth, -random.int(0, months - 1))},${months},${money(Number(tier.slice(3)))}`);
  }
  if (c.measures.has('TERMINAL')) {
    const months = random.pick([12, 20, 24]);
    const tier = c.tier === 'high' ? random.pick(['TD_SUBSIDY70', 'TD_SUBSIDY50']) : 'TD_LOWEND0';
    lines.push(`${c.id},TERMINAL,${tier},${addMonths(endMonth, -random.int(0, months - 1))},${months},${money(random.between(300, 1500))}`);
  }
  // Offers that ended before the last month: history, not a measure.
  if (random.chance(0.05)) {
    lines.push(`${c.id},DEPOSIT_GIFT,DEP100,${addMonths(endMonth, -random.int(14, 24))},6,100.00`);
  }
  return lines;
}
