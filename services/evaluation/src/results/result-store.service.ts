import type { DataSource, EntityManager } from 'typeorm';
import type { CampaignInfo } from './campaign-info';
import { evaluateCampaignQuery, FINGERPRINT_SQL, STORE_RESULT_ROWS_SQL } from './evaluation.sql';
import { evaluationWindows, type EvaluationWindows } from './evaluation-windows';
import type { ResultAggregates } from './evaluation-figures';
import { dateToMonth, monthToDate } from './month';

export type ResultDimension = 'TOTAL' | 'STRATUM' | 'TENURE_BAND' | 'CHANNEL' | 'MANAGER';

/** One stored group: a branch ('' = the province-wide pool), a dimension and its key. */
export interface ResultRow extends ResultAggregates {
  branchCode: string;
  dimension: ResultDimension;
  key: string;
}

/** One computation of a campaign at a month, with every group it produced. */
export interface ResultRun {
  campaignId: string;
  month: string;
  fingerprint: string;
  windows: EvaluationWindows;
  computedAt: Date;
  rows: ResultRow[];
}

interface StoredRow {
  branch_code: string;
  dimension: ResultDimension;
  key: string;
  list_size: number;
  treated: number;
  control: number;
  churned_treated: number;
  churned_control: number;
  change_mean_t: number | null;
  change_var_t: number | null;
  change_mean_c: number | null;
  change_var_c: number | null;
  contacted: number;
  reached: number;
  accepted: number;
  complaints: number;
  valid_complaints: number;
  control_contacted: number;
  cost: string;
}

function toResultRow(r: StoredRow): ResultRow {
  return {
    branchCode: r.branch_code,
    dimension: r.dimension,
    key: r.key,
    listSize: r.list_size,
    treated: r.treated,
    control: r.control,
    churnedTreated: r.churned_treated,
    churnedControl: r.churned_control,
    changeMeanT: r.change_mean_t,
    changeVarT: r.change_var_t,
    changeMeanC: r.change_mean_c,
    changeVarC: r.change_var_c,
    contacted: r.contacted,
    reached: r.reached,
    accepted: r.accepted,
    complaints: r.complaints,
    validComplaints: r.valid_complaints,
    controlContacted: r.control_contacted,
    cost: Number(r.cost),
  };
}

/**
 * The computed results of evaluation, kept per (campaign, month) in evaluation.result
 * with the fingerprint of their inputs. `fresh` returns the stored run when the inputs
 * have not changed since, and recomputes it (one statement) when they have: a read
 * never returns stale figures, and the background job keeps the common reads warm.
 */
export class ResultStore {
  constructor(private readonly dataSource: DataSource) {}

  /** The latest loaded month ('YYYY-MM'), or null when nothing is loaded. */
  async latestLoadedMonth(): Promise<string | null> {
    const [row] = await this.dataSource.query('SELECT max(month) AS month FROM segments_api.month_v1');
    return row?.month ? dateToMonth(row.month) : null;
  }

  async isLoaded(month: string): Promise<boolean> {
    const [row] = await this.dataSource.query('SELECT EXISTS (SELECT 1 FROM segments_api.month_v1 WHERE month = $1::date) AS loaded', [monthToDate(month)]);
    return Boolean(row?.loaded);
  }

  async fingerprint(campaignId: string, manager: EntityManager | DataSource = this.dataSource): Promise<string> {
    const [row] = await manager.query(FINGERPRINT_SQL, [campaignId]);
    return String(row.fingerprint);
  }

  private async storedFingerprint(campaignId: string, month: string, manager: EntityManager | DataSource): Promise<string | null> {
    const [row] = await manager.query('SELECT fingerprint FROM evaluation.result_run WHERE campaign_id = $1::uuid AND month = $2::date', [campaignId, monthToDate(month)]);
    return row ? String(row.fingerprint) : null;
  }

  /** True when the stored run of (campaign, month) matches the current inputs. */
  async isFresh(campaignId: string, month: string): Promise<boolean> {
    const [current, stored] = await Promise.all([this.fingerprint(campaignId), this.storedFingerprint(campaignId, month, this.dataSource)]);
    return current === stored;
  }

  /**
   * The run of (campaign, month) as of the current inputs: stored when fresh, recomputed
   * otherwise. `guard` wraps a recompute only (a read's per-user ConcurrencyBudget); a
   * stored run is read without it.
   */
  async fresh(campaign: CampaignInfo, month: string, guard?: <T>(work: () => Promise<T>) => Promise<T>): Promise<ResultRun> {
    if (!(await this.isFresh(campaign.id, month))) {
      const work = () => this.recompute(campaign, month);
      await (guard ? guard(work) : work());
    }
    return this.load(campaign, month);
  }

  /**
   * Recomputes (campaign, month) in one transaction: under an advisory lock per
   * (campaign, month), so concurrent readers and the job compute it once; the inputs'
   * fingerprint is taken before the statement reads them (a change during the run
   * leaves a stale fingerprint, so the next read computes again, never the reverse).
   */
  async recompute(campaign: CampaignInfo, month: string): Promise<void> {
    const windows = evaluationWindows(campaign.startMonth, month);
    await this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`evaluation:${campaign.id}:${month}`]);
      const fingerprint = await this.fingerprint(campaign.id, tx);
      if ((await this.storedFingerprint(campaign.id, month, tx)) === fingerprint) return;
      await tx.query('DELETE FROM evaluation.result_run WHERE campaign_id = $1::uuid AND month = $2::date', [campaign.id, monthToDate(month)]);
      await tx.query(
        `INSERT INTO evaluation.result_run (campaign_id, month, fingerprint, start_month, after_months) VALUES ($1::uuid, $2::date, $3, $4::date, $5)`,
        [campaign.id, monthToDate(month), fingerprint, campaign.startMonth ? monthToDate(campaign.startMonth) : null, windows.afterMonths.length],
      );
      // The hash tables of a large list (111k customers on a 1m base: each month's join holds the list, ~10 MB, the
      // channel and manager groups ~30 MB) spill to disk at the default 4 MB, which made B4 grow faster than its input.
      await tx.query(`SET LOCAL work_mem = '64MB'`);
      const query = evaluateCampaignQuery(campaign.id, windows);
      const groups: unknown[] = await tx.query(query.text, query.values);
      // A few hundred groups: stored in one statement.
      await tx.query(STORE_RESULT_ROWS_SQL, [campaign.id, monthToDate(month), JSON.stringify(groups)]);
    });
  }

  async load(campaign: CampaignInfo, month: string): Promise<ResultRun> {
    const [run] = await this.dataSource.query('SELECT fingerprint, computed_at FROM evaluation.result_run WHERE campaign_id = $1::uuid AND month = $2::date', [
      campaign.id,
      monthToDate(month),
    ]);
    const rows: StoredRow[] = run
      ? await this.dataSource.query(
          `SELECT * FROM evaluation.result WHERE campaign_id = $1::uuid AND month = $2::date ORDER BY branch_code, dimension, key`,
          [campaign.id, monthToDate(month)],
        )
      : [];
    return {
      campaignId: campaign.id,
      month,
      fingerprint: run ? String(run.fingerprint) : '',
      windows: evaluationWindows(campaign.startMonth, month),
      computedAt: run ? new Date(run.computed_at) : new Date(),
      rows: rows.map(toResultRow),
    };
  }
}

/** 'YYYY-MM' → the last day of that month, 'YYYY-MM-DD'. */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}
