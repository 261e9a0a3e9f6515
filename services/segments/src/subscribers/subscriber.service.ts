import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byKeyLoader } from '@retention/graphql-kit';
import { maskMsisdn, planFit, TREATMENT_MATRIX, type RetentionClass, type Treatment } from '@retention/domain';
import { addMonths, monthStart } from '../months/month';
import type { PortraitType, SubscriberType, UsagePointType } from './subscriber.type';

interface SubscriberRow {
  subscriber_id: string;
  msisdn: string;
  branch_code: string;
  county: string | null;
  brand: string;
  plan_code: string;
  join_date: string;
  group_class: string | null;
  vnet_member: boolean;
  family_plan: boolean;
  vip_card: string;
  special_type: string | null;
}

const COLUMNS = `subscriber_id, msisdn, branch_code, county, brand, plan_code, to_char(join_date, 'YYYY-MM-DD') AS join_date,
  group_class, vnet_member, family_plan, vip_card, special_type`;

function toSubscriber(r: SubscriberRow): SubscriberType {
  return {
    id: r.subscriber_id, msisdnMasked: maskMsisdn(r.msisdn), branchCode: r.branch_code, county: r.county, brand: r.brand, planCode: r.plan_code,
    joinDate: r.join_date, groupClass: r.group_class, vnetMember: r.vnet_member, familyPlan: r.family_plan, vipCard: r.vip_card, specialType: r.special_type,
  };
}

/** Subscribers within a branch scope (null = every branch). */
export class SubscriberService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly branches: string[] | null,
    /** A phone manager (reach OWN) sees only the customers of their own tasks (campaigns_api.assignment_v1). */
    private readonly assigneeId: string | null = null,
  ) {}

  private get assignedOnly(): string {
    return this.assigneeId ? 'subscriber_id IN (SELECT a.subscriber_id FROM campaigns_api.assignment_v1 a WHERE a.assignee_id::text = $3::text)' : 'true';
  }

  createLoader(): DataLoader<string, SubscriberType | null> {
    return byKeyLoader(async (ids) => {
      const rows: SubscriberRow[] = await this.dataSource.query(
        `SELECT ${COLUMNS} FROM segments.subscriber WHERE subscriber_id = ANY ($1::text[]) AND ($2::text[] IS NULL OR branch_code = ANY ($2::text[]))
           AND ${this.assignedOnly}`,
        this.assigneeId ? [ids, this.branches, this.assigneeId] : [ids, this.branches],
      );
      return rows.map(toSubscriber);
    }, (subscriber) => subscriber.id);
  }

  /**
   * By subscriber id prefix, or by the full phone number exactly. Never by some of its
   * digits: numbers are shown masked (138****1234), and a partial match would let anyone
   * recover a masked number a few requests at a time.
   */
  async search(query: string, limit: number): Promise<SubscriberType[]> {
    const q = query.trim();
    if (q.length < 2) return [];
    const rows: SubscriberRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM segments.subscriber
       WHERE ($1::text[] IS NULL OR branch_code = ANY ($1::text[]))
         AND (starts_with(subscriber_id, $2) OR msisdn = $2)
       ORDER BY subscriber_id LIMIT $3`,
      [this.branches, q, limit],
    );
    return rows.map(toSubscriber);
  }

  /**
   * The class's row of the treatment matrix that province planners keep in campaigns
   * (campaigns_api.treatment_matrix_v1, the latest version); seed 000's table when
   * campaigns is not there (segments alone, its own tests).
   */
  private async treatment(retentionClass: RetentionClass): Promise<Treatment> {
    const [published] = await this.dataSource.query(
      `SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'campaigns_api') AND has_schema_privilege('campaigns_api', 'USAGE')
                   THEN to_regclass('campaigns_api.treatment_matrix_v1') IS NOT NULL ELSE false END AS present`,
    );
    if (!published.present) return TREATMENT_MATRIX[retentionClass];
    const [row] = await this.dataSource.query(
      'SELECT products, promotions, channels, new_services, service FROM campaigns_api.treatment_matrix_v1 WHERE retention_class = $1',
      [retentionClass],
    );
    return row ? { products: row.products, promotions: row.promotions, channels: row.channels, newServices: row.new_services, service: row.service } : TREATMENT_MATRIX[retentionClass];
  }

  async portrait(subscriber: SubscriberType, month: string): Promise<PortraitType | null> {
    const [m] = await this.dataSource.query(
      `SELECT m.*, u.roaming_mou, u.data_mb, string_to_array(u.services, ';') AS services FROM segments.membership m
       LEFT JOIN segments.usage u ON u.subscriber_id = m.subscriber_id AND u.month = m.month
       WHERE m.month = $1::date AND m.subscriber_id = $2`,
      [monthStart(month), subscriber.id],
    );
    if (!m) return null;
    const trendRows: { month: string; arpu: string; mou: number; data_mb: number; status: string }[] = await this.dataSource.query(
      `SELECT to_char(month, 'YYYY-MM') AS month, bill_amount AS arpu, outgoing_mou AS mou, data_mb, status
       FROM segments.usage WHERE subscriber_id = $1 AND month BETWEEN $2::date AND $3::date ORDER BY month`,
      [subscriber.id, monthStart(addMonths(month, -12)), monthStart(month)],
    );
    const trend: UsagePointType[] = trendRows.map((r) => ({ month: r.month, arpu: Number(r.arpu), mou: r.mou, dataMb: r.data_mb, status: r.status }));
    const prior = trend.filter((t) => t.month >= addMonths(month, -3) && t.month < month);
    const priorDataMb = prior.length === 0 ? 0 : prior.reduce((sum, t) => sum + t.dataMb, 0) / prior.length;
    const retentionClass = m.retention_class as RetentionClass | null;
    const measures = [
      m.measure_gotone && 'GOTONE', m.measure_group && 'GROUP', m.measure_family && 'FAMILY',
      m.measure_deposit_gift && 'DEPOSIT_GIFT', m.measure_terminal && 'TERMINAL',
    ].filter((x): x is string => Boolean(x));
    const matrix = retentionClass ? await this.treatment(retentionClass) : { products: [], promotions: [], channels: [], newServices: [], service: [] };
    return {
      month,
      arpu: Number(m.arpu),
      avgArpu: Number(m.avg_arpu),
      mou: m.mou,
      tenureMonths: m.tenure_months,
      tenureBand: m.tenure_band,
      retentionClass,
      midHighEnd: m.mid_high_end,
      dynamicMidHighEnd: m.dynamic_mid_high_end,
      nearMidHighEnd: m.near_mid_high_end,
      measures,
      stickyServices: m.services ?? [],
      trend,
      recommendation: {
        retentionClass,
        ...matrix,
        planFit: planFit({
          tenureMonths: m.tenure_months, mou: m.mou, roamingMou: m.roaming_mou ?? 0, dataMb: m.data_mb ?? 0, priorDataMb,
          familyPlan: subscriber.familyPlan, churnRisk: retentionClass === 'CHURN_RISK',
        }),
      },
    };
  }
}
