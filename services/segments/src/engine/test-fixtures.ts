import type { DataSource } from 'typeorm';
import { monthStart, partitionSuffix } from '../months/month';
import { monthBounds } from '../months/month-partition';

/** A usage month's partition for hand-built rows (the import makes its own). */
async function ensureUsagePartition(dataSource: DataSource, month: string): Promise<void> {
  await dataSource.query(`CREATE TABLE IF NOT EXISTS segments.usage_${partitionSuffix(month)} PARTITION OF segments.usage ${monthBounds(month)}`);
}

export interface SubscriberFixture {
  id: string;
  branch?: string;
  brand?: 'GOTONE' | 'EASYOWN' | 'MZONE';
  join?: string;
  groupClass?: 'A' | 'B' | 'C' | null;
  keyMember?: boolean;
  familyPlan?: boolean;
}

export interface UsageFixture {
  bill: number | string;
  mou?: number;
  arrears?: number;
  status?: 'ACTIVE' | 'SUSPENDED' | 'CHURNED';
}

/** A stable 11-digit number per id. */
function fakeMsisdn(id: string): string {
  let hash = 7;
  for (const ch of id) hash = (hash * 31 + ch.charCodeAt(0)) % 1_000_000_000;
  return `13${String(hash).padStart(9, '0')}`;
}

/** Hand-built subscribers for engine tests: master data row plus usage by month. */
export async function insertSubscriber(
  dataSource: DataSource,
  s: SubscriberFixture,
  usage: Record<string, UsageFixture> = {},
): Promise<void> {
  await dataSource.query(
    `INSERT INTO segments.subscriber (subscriber_id, msisdn, branch_code, brand, plan_code, join_date, group_class, group_key_member, family_plan)
     VALUES ($1, $2, $3, $4, 'SL88', $5, $6, $7, $8)`,
    [s.id, fakeMsisdn(s.id), s.branch ?? 'CD', s.brand ?? 'EASYOWN', s.join ?? '2015-01-15', s.groupClass ?? null, s.keyMember ?? false, s.familyPlan ?? false],
  );
  for (const [month, u] of Object.entries(usage)) {
    await ensureUsagePartition(dataSource, month);
    await dataSource.query(
      `INSERT INTO segments.usage (subscriber_id, month, bill_amount, outgoing_mou, long_distance_mou, roaming_mou, data_mb, balance, arrears_months, status)
       VALUES ($1, $2::date, $3, $4, 0, 0, 0, 0, $5, $6)`,
      [s.id, monthStart(month), u.bill, u.mou ?? 150, u.arrears ?? 0, u.status ?? 'ACTIVE'],
    );
  }
}

export async function insertOffer(
  dataSource: DataSource,
  o: { id: string; kind: 'DEPOSIT_GIFT' | 'TERMINAL'; start: string; months: number; tier?: string },
): Promise<void> {
  await dataSource.query(
    'INSERT INTO segments.offer (subscriber_id, kind, tier, start_month, months, cost) VALUES ($1, $2, $3, $4::date, $5, 100)',
    [o.id, o.kind, o.tier ?? `${o.kind}_${o.start}_${o.months}`, monthStart(o.start), o.months],
  );
}
