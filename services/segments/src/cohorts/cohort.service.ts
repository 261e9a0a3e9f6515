import type { DataSource } from 'typeorm';
import { monthStart } from '../months/month';
import { BUILT_IN_SEGMENT_KEYS, RULE_FROM, SEGMENT_PREDICATES, SqlParams, compileRule, type BuiltInSegmentKey } from '@retention/segment-rules';
import { SegmentDefinitionService } from '../rules/segment-definition.service';
import { SegmentsError, SegmentsErrorCode } from '../segments/segments.errors';

/** How cohort members are split when comparing retention (with vs without). */
export const COHORT_SPLITS = {
  ALL: 'true',
  VNET: 'cm.vnet_member',
  ANY_MEASURE: 'cm.measures >= 1',
  GOTONE: 'cm.measure_gotone',
  GROUP: 'cm.measure_group',
  FAMILY: 'cm.measure_family',
  DEPOSIT_GIFT: 'cm.measure_deposit_gift',
  TERMINAL: 'cm.measure_terminal',
} as const;
export type CohortSplit = keyof typeof COHORT_SPLITS;

export interface Cohort {
  id: string;
  name: string;
  segmentKey: string | null;
  definitionId: string | null;
  baseMonth: string;
  members: number;
  createdBy: string;
  createdAt: Date;
}

export interface CohortPoint {
  month: string;
  /** null = the whole province (or the whole visible scope). */
  branchCode: string | null;
  split: CohortSplit;
  /** For ALL always true; otherwise whether the members have the split's measure. */
  withMeasure: boolean;
  members: number;
  retained: number;
  valueRetained: number;
}

interface CohortRow {
  id: string;
  name: string;
  segment_key: string | null;
  definition_id: string | null;
  base_month: string;
  members: number;
  created_by: string;
  created_at: Date;
}

const toCohort = (r: CohortRow): Cohort => ({
  id: r.id, name: r.name, segmentKey: r.segment_key, definitionId: r.definition_id, baseMonth: r.base_month, members: r.members, createdBy: r.created_by, createdAt: r.created_at,
});

const COHORT_COLUMNS = "id, name, segment_key, definition_id, to_char(base_month, 'YYYY-MM') AS base_month, members, created_by, created_at";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class CohortService {
  constructor(private readonly dataSource: DataSource) {}

  /** Freezes the members of a built-in segment or a saved rule at a refreshed base month. */
  async create(input: { name: string; segment?: string | null; definitionId?: string | null; baseMonth: string }, user: string): Promise<Cohort> {
    const name = input.name.trim();
    if (name.length === 0 || name.length > 60) throw new SegmentsError(SegmentsErrorCode.BAD_NAME, 'name: 1–60 characters', { field: 'name' });
    if (Boolean(input.segment) === Boolean(input.definitionId)) {
      throw new SegmentsError(SegmentsErrorCode.UNKNOWN_SEGMENT, 'segment: give either a built-in segment key or a saved segment id', { field: 'segment' });
    }
    const [{ refreshed }] = await this.dataSource.query('SELECT EXISTS (SELECT 1 FROM segments.refreshed_month WHERE month = $1::date) AS refreshed', [monthStart(input.baseMonth)]);
    if (!refreshed) {
      throw new SegmentsError(SegmentsErrorCode.MONTH_NOT_REFRESHED, `baseMonth: ${input.baseMonth} has no segment snapshot yet`, { field: 'baseMonth' });
    }
    const params = new SqlParams([monthStart(input.baseMonth)]);
    let predicate: string;
    if (input.segment) {
      if (!(BUILT_IN_SEGMENT_KEYS as readonly string[]).includes(input.segment)) {
        throw new SegmentsError(SegmentsErrorCode.UNKNOWN_SEGMENT, `segment: "${input.segment}" is not a built-in segment key`, { field: 'segment' });
      }
      predicate = SEGMENT_PREDICATES[input.segment as BuiltInSegmentKey];
    } else {
      predicate = compileRule((await new SegmentDefinitionService(this.dataSource).find(input.definitionId!)).rule, params);
    }
    return this.dataSource.transaction(async (manager) => {
      const [row]: CohortRow[] = await manager.query(
        `INSERT INTO segments.cohort (name, segment_key, definition_id, base_month, created_by) VALUES ($1, $2, $3, $4::date, $5) RETURNING ${COHORT_COLUMNS}`,
        [name, input.segment ?? null, input.definitionId ?? null, monthStart(input.baseMonth), user],
      );
      const cohortParam = params.add(row.id, 'uuid');
      await manager.query(
        `INSERT INTO segments.cohort_member (cohort_id, subscriber_id, branch_code, vnet_member, measure_gotone, measure_group,
                                             measure_family, measure_deposit_gift, measure_terminal, measures)
         SELECT ${cohortParam}, m.subscriber_id, m.branch_code, s.vnet_member, m.measure_gotone, m.measure_group,
                m.measure_family, m.measure_deposit_gift, m.measure_terminal, m.measures
         FROM ${RULE_FROM}
         WHERE m.month = $1::date AND ${predicate}`,
        params.values,
      );
      const [{ members }] = await manager.query('SELECT count(*)::int AS members FROM segments.cohort_member WHERE cohort_id = $1', [row.id]);
      await manager.query('UPDATE segments.cohort SET members = $2 WHERE id = $1', [row.id, members]);
      return toCohort({ ...row, members });
    });
  }

  /** Every cohort, its member count over the given branches only (null = all): a branch user never sees province-wide counts. */
  async list(branches: string[] | null): Promise<Cohort[]> {
    const rows: CohortRow[] = await this.dataSource.query(
      `SELECT id, name, segment_key, definition_id, to_char(base_month, 'YYYY-MM') AS base_month, created_by, created_at,
              CASE WHEN $1::text[] IS NULL THEN c.members
                   ELSE (SELECT count(*)::int FROM segments.cohort_member m WHERE m.cohort_id = c.id AND m.branch_code = ANY ($1::text[])) END AS members
       FROM segments.cohort c ORDER BY created_at DESC`,
      [branches],
    );
    return rows.map(toCohort);
  }

  async find(id: string): Promise<Cohort> {
    const rows: CohortRow[] = UUID.test(id) ? await this.dataSource.query(`SELECT ${COHORT_COLUMNS} FROM segments.cohort WHERE id = $1`, [id]) : [];
    if (!rows[0]) throw new SegmentsError(SegmentsErrorCode.COHORT_NOT_FOUND, `id: no cohort ${id}`, { field: 'id' });
    return toCohort(rows[0]);
  }

  /**
   * Retention per later loaded month, by branch and province-wide, for every split with
   * and without the measure: on network = a usage row that month not CHURNED; value
   * retained = still mid-high-end that month (ARPU ≥ 120 and MOU ≥ 100).
   */
  async retention(id: string, branches: string[] | null): Promise<CohortPoint[]> {
    const cohort = await this.find(id);
    const splits = Object.entries(COHORT_SPLITS)
      .map(([key, sql]) => `('${key}', ${sql})`)
      .join(', ');
    const rows: { month: string; branch_code: string | null; split: CohortSplit; with_measure: boolean; members: number; retained: number; value_retained: number }[] =
      await this.dataSource.query(
        `SELECT to_char(t.month, 'YYYY-MM') AS month, cm.branch_code, sp.split, sp.with_measure,
                count(*)::int AS members,
                count(*) FILTER (WHERE u.status IS NOT NULL AND u.status <> 'CHURNED')::int AS retained,
                count(*) FILTER (WHERE u.status <> 'CHURNED' AND segments_api.is_mid_high_end(u.bill_amount, u.outgoing_mou))::int AS value_retained
         FROM segments.cohort_member cm
         CROSS JOIN (SELECT month FROM segments.loaded_month WHERE month > $2::date) t
         CROSS JOIN LATERAL (VALUES ${splits}) AS sp (split, with_measure)
         LEFT JOIN segments.usage u ON u.subscriber_id = cm.subscriber_id AND u.month = t.month
         WHERE cm.cohort_id = $1 AND ($3::text[] IS NULL OR cm.branch_code = ANY ($3::text[]))
         GROUP BY GROUPING SETS ((t.month, cm.branch_code, sp.split, sp.with_measure), (t.month, sp.split, sp.with_measure))
         ORDER BY 1, 2 NULLS FIRST, 3, 4 DESC`,
        [cohort.id, monthStart(cohort.baseMonth), branches],
      );
    return rows.map((r) => ({
      month: r.month, branchCode: r.branch_code, split: r.split, withMeasure: r.with_measure, members: r.members, retained: r.retained, valueRetained: r.value_retained,
    }));
  }
}
