import type DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { scopeBranchParam, scopeBranches, type AuthUser, type Scope } from '@retention/auth';
import { byKeyLoader, forbidden } from '@retention/graphql-kit';
import { EvaluationError, EvaluationErrorCode, invalidReport } from '../evaluation.errors';
import { campaignVisible, participatingBranches, type CampaignInfo } from '../results/campaign-info';
import { dateToMonth, monthToDate } from '../results/month';
import type { ResultStore } from '../results/result-store.service';
import { EvaluationNotificationKind, EvaluationStatus, RETENTION_CLASSES } from './report.enums';
import type { CreateReportInput, ReportTextInput, SharedPracticeFilter } from './report.inputs';
import type { EvaluationNotificationType, EvaluationReportType, FrozenFigures, ReportAuditEntryType } from './report.type';

interface ReportRow {
  id: string;
  campaign_id: string;
  branch_code: string | null;
  month: Date | string;
  status: EvaluationStatus;
  version: number;
  what_worked: string;
  problems: string;
  customer_feedback: string;
  suggestions: string;
  next_actions: string;
  tags: string[];
  retention_classes: string[];
  reviewer_comment: string | null;
  shared_practice: boolean;
  shared_at: Date | null;
  submitted_at: Date | null;
  reviewed_at: Date | null;
  created_at: Date;
  updated_at: Date;
  figures: FrozenFigures | null;
  created_by: string;
  idempotency_key: string | null;
  campaign_name: string | null;
  campaign_kind: string | null;
}

function toReportType(row: ReportRow): EvaluationReportType {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    branchCode: row.branch_code,
    month: dateToMonth(row.month),
    status: row.status,
    version: row.version,
    whatWorked: row.what_worked,
    problems: row.problems,
    customerFeedback: row.customer_feedback,
    suggestions: row.suggestions,
    nextActions: row.next_actions,
    tags: row.tags ?? [],
    retentionClasses: row.retention_classes ?? [],
    reviewerComment: row.reviewer_comment,
    sharedPractice: row.shared_practice,
    sharedAt: row.shared_at,
    submittedAt: row.submitted_at,
    reviewedAt: row.reviewed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    frozen: row.figures,
    campaignName: row.campaign_name,
    campaignKind: row.campaign_kind,
  };
}

/**
 * A branch sees its own reports and the ones the province shared as good practice;
 * province roles see all. $1 = the caller's branch (NULL = every branch, '' = none).
 */
const VISIBLE = '($1::text IS NULL OR r.branch_code = $1::text OR r.shared_practice)';
const SELECT_REPORT = `
  SELECT r.*, c.name AS campaign_name, c.kind AS campaign_kind
  FROM evaluation.evaluation_report r
  LEFT JOIN campaigns_api.campaign_v1 c ON c.campaign_id = r.campaign_id`;

const TEXT_FIELDS = [
  ['whatWorked', 'what_worked'],
  ['problems', 'problems'],
  ['customerFeedback', 'customer_feedback'],
  ['suggestions', 'suggestions'],
  ['nextActions', 'next_actions'],
] as const;
const MAX_TEXT = 4000;
const MAX_TAGS = 10;
const MAX_TAG = 20;

export interface ReportListFilter {
  status?: EvaluationStatus | null;
  campaignId?: string | null;
  month?: string | null;
  branchCode?: string | null;
}

/** Dependencies beyond the database: the caller, their scopes, campaigns and the results. */
export interface ReportServiceDeps {
  user: AuthUser | null;
  readScope: Scope | null;
  writeScope: Scope | null;
  reviewScope: Scope | null;
  campaigns: DataLoader<string, CampaignInfo | null>;
  results: ResultStore;
  /** The evaluation month: asked (validated, loaded) or the latest loaded. */
  resolveMonth: (month: string | null | undefined, field?: string) => Promise<string | null>;
}

/**
 * Evaluation reports (DOMAIN.md §6, issue 13): one per (campaign, branch, evaluation
 * month), written by the branch that executed the campaign (the province writes its own
 * on a province campaign's pool), DRAFT → SUBMITTED → RETURNED (comment) → SUBMITTED →
 * ACCEPTED, the computed figures frozen at each submission, optimistic versions on every
 * change, an audit entry per change and notifications to whoever acts next.
 */
export class ReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deps: ReportServiceDeps,
  ) {}

  private get branchScope(): string | null {
    return scopeBranchParam(this.deps.readScope);
  }

  private get actor(): { id: string; name: string } {
    const user = this.deps.user;
    if (!user) throw forbidden('sign in first');
    return { id: user.id, name: user.username };
  }

  async list(filter: ReportListFilter = {}): Promise<EvaluationReportType[]> {
    const rows: ReportRow[] = await this.dataSource.query(
      `${SELECT_REPORT}
       WHERE ${VISIBLE}
         AND ($2::text IS NULL OR r.status = $2::text)
         AND ($3::text IS NULL OR r.campaign_id::text = $3::text)
         AND ($4::date IS NULL OR r.month = $4::date)
         AND ($5::text IS NULL OR r.branch_code = $5::text)
       ORDER BY r.updated_at DESC, r.id`,
      [this.branchScope, filter.status ?? null, filter.campaignId ?? null, filter.month ? monthToDate(filter.month) : null, filter.branchCode ?? null],
    );
    return rows.map(toReportType);
  }

  /** Shared good practice, visible to every branch: by campaign kind, retention class, tag or words. */
  async sharedPractices(filter: SharedPracticeFilter = {}): Promise<EvaluationReportType[]> {
    const text = filter.text?.trim() ? `%${filter.text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const rows: ReportRow[] = await this.dataSource.query(
      `${SELECT_REPORT}
       WHERE r.shared_practice
         AND ($1::text IS NULL OR c.kind = $1::text)
         AND ($2::text IS NULL OR $2::text = ANY (r.retention_classes))
         AND ($3::text IS NULL OR lower($3::text) = ANY (SELECT lower(t) FROM unnest(r.tags) t))
         AND ($4::text IS NULL OR c.name ILIKE $4 OR r.what_worked ILIKE $4 OR r.problems ILIKE $4 OR r.suggestions ILIKE $4
              OR r.customer_feedback ILIKE $4 OR r.next_actions ILIKE $4)
       ORDER BY r.shared_at DESC NULLS LAST, r.id`,
      [filter.kind ?? null, filter.retentionClass ?? null, filter.tag?.trim() || null, text],
    );
    return rows.map(toReportType);
  }

  createByIdLoader(): DataLoader<string, EvaluationReportType | null> {
    return byKeyLoader(async (ids) => {
      const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
      if (valid.length === 0) return [];
      const rows: ReportRow[] = await this.dataSource.query(`${SELECT_REPORT} WHERE ${VISIBLE} AND r.id = ANY ($2::uuid[])`, [this.branchScope, valid]);
      return rows.map(toReportType);
    }, (report) => report.id);
  }

  private async row(id: string, manager: EntityManager | DataSource = this.dataSource, lock = false): Promise<ReportRow> {
    const rows: ReportRow[] = /^[0-9a-f-]{36}$/i.test(id)
      ? await manager.query(
          lock
            ? `SELECT r.*, NULL::text AS campaign_name, NULL::text AS campaign_kind FROM evaluation.evaluation_report r WHERE r.id = $1::uuid FOR UPDATE`
            : `${SELECT_REPORT} WHERE r.id = $1::uuid`,
          [id],
        )
      : [];
    const row = rows[0];
    // A report outside the caller's reach does not exist for them.
    if (!row || !this.mayRead(row)) throw new EvaluationError(EvaluationErrorCode.REPORT_NOT_FOUND, `report ${id} not found`, { field: 'id' });
    return row;
  }

  private mayRead(row: ReportRow): boolean {
    if (!this.deps.readScope) return false;
    const b = this.branchScope;
    return b === null || row.branch_code === b || row.shared_practice;
  }

  /** Who writes which report: a branch its own (for a campaign it takes part in), the province the pool of a province campaign. */
  private assertWriter(campaign: CampaignInfo, branchCode: string | null): void {
    const scope = this.deps.writeScope;
    if (!scope) throw forbidden('your role does not write evaluation reports');
    const branches = scopeBranches(scope);
    if (branchCode === null) {
      if (branches !== null) throw new EvaluationError(EvaluationErrorCode.NOT_YOUR_REPORT, 'the province-wide report is written by the province', { field: 'branchCode' });
      if (campaign.level !== 'PROVINCE') {
        throw new EvaluationError(EvaluationErrorCode.NOT_YOUR_REPORT, 'a local campaign is evaluated by the branch that owns it', { field: 'branchCode' });
      }
      return;
    }
    // Each branch reports its own execution; the province does not write a branch's report.
    if (branches === null || !branches.includes(branchCode)) {
      throw new EvaluationError(EvaluationErrorCode.NOT_YOUR_REPORT, `the report of branch ${branchCode} is written by that branch`, { field: 'branchCode' });
    }
    if (!participatingBranches(campaign).includes(branchCode)) {
      throw new EvaluationError(EvaluationErrorCode.BRANCH_NOT_IN_CAMPAIGN, `branchCode: ${branchCode} does not take part in this campaign`, { field: 'branchCode', branchCode });
    }
  }

  private assertWriterOf(row: ReportRow): void {
    const scope = this.deps.writeScope;
    if (!scope) throw forbidden('your role does not write evaluation reports');
    const branches = scopeBranches(scope);
    const ok = row.branch_code === null ? branches === null : branches !== null && branches.includes(row.branch_code);
    if (!ok) throw new EvaluationError(EvaluationErrorCode.NOT_YOUR_REPORT, 'this report is written by its own branch', { field: 'id' });
  }

  private assertReviewer(): void {
    if (!this.deps.reviewScope) throw forbidden('only the province reviews evaluation reports');
  }

  private static checkVersion(row: ReportRow, version: number | null | undefined): void {
    if (version !== null && version !== undefined && version !== row.version) {
      throw new EvaluationError(EvaluationErrorCode.VERSION_CONFLICT, `report changed meanwhile (now version ${row.version}, you had ${version})`, {
        field: 'version',
        current: row.version,
      });
    }
  }

  /** Validated text columns of an input; only the fields it names. */
  private static textValues(input: ReportTextInput, prefix: string): Record<string, string | string[]> {
    const values: Record<string, string | string[]> = {};
    for (const [field, column] of TEXT_FIELDS) {
      const v = input[field];
      if (v === undefined || v === null) continue;
      if (v.length > MAX_TEXT) throw invalidReport(`${prefix}${field}`, `at most ${MAX_TEXT} characters`, `最多 ${MAX_TEXT} 个字符`);
      values[column] = v;
    }
    if (input.tags !== undefined && input.tags !== null) {
      const tags = [...new Set(input.tags.map((t) => t.trim()).filter((t) => t.length > 0))];
      if (tags.length > MAX_TAGS) throw invalidReport(`${prefix}tags`, `at most ${MAX_TAGS} tags`, `最多 ${MAX_TAGS} 个标签`);
      const long = tags.find((t) => t.length > MAX_TAG);
      if (long) throw invalidReport(`${prefix}tags`, `a tag has at most ${MAX_TAG} characters: ${long}`, `标签最多 ${MAX_TAG} 个字符：${long}`);
      values.tags = tags;
    }
    if (input.retentionClasses !== undefined && input.retentionClasses !== null) {
      const bad = input.retentionClasses.find((c) => !(RETENTION_CLASSES as readonly string[]).includes(c));
      if (bad) throw invalidReport(`${prefix}retentionClasses`, `not a retention class: ${bad}`, `不是保有分类：${bad}`);
      values.retention_classes = [...new Set(input.retentionClasses)];
    }
    return values;
  }

  private async audit(
    tx: EntityManager,
    reportId: string,
    action: string,
    from: EvaluationStatus | null,
    to: EvaluationStatus | null,
    version: number,
    comment: string | null = null,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO evaluation.report_audit (report_id, actor_id, actor_name, action, from_status, to_status, version, comment)
       VALUES ($1::uuid, $2, $3, $4, $5, $6, $7, $8)`,
      [reportId, this.actor.id, this.actor.name, action, from, to, version, comment],
    );
  }

  private async notify(tx: EntityManager, row: ReportRow, kind: EvaluationNotificationKind, comment: string | null = null): Promise<void> {
    // Submissions go to the province; reviews go back to the branch (the province's own report: to the province).
    const audience = kind === EvaluationNotificationKind.SUBMITTED || row.branch_code === null ? 'PROVINCE' : 'BRANCH';
    await tx.query(
      `INSERT INTO evaluation.notification (audience, branch_code, report_id, kind, comment, actor_name) VALUES ($1, $2, $3::uuid, $4, $5, $6)`,
      [audience, audience === 'BRANCH' ? row.branch_code : null, row.id, kind, comment, this.actor.name],
    );
  }

  async create(input: CreateReportInput): Promise<EvaluationReportType> {
    const actor = this.actor;
    const key = input.idempotencyKey?.trim();
    if (!key || key.length > 100) throw invalidReport('input.idempotencyKey', 'required, at most 100 characters', '必填，最多 100 个字符');
    const campaign = await this.deps.campaigns.load(input.campaignId);
    if (!campaign || !this.deps.writeScope || !campaignVisible(this.deps.writeScope, campaign)) {
      throw new EvaluationError(EvaluationErrorCode.CAMPAIGN_NOT_FOUND, `campaign ${input.campaignId} not found`, { field: 'input.campaignId' });
    }
    const branchCode = input.branchCode ?? null;
    this.assertWriter(campaign, branchCode);
    const month = await this.deps.resolveMonth(input.month, 'input.month');
    if (month === null) throw new EvaluationError(EvaluationErrorCode.MONTH_NOT_LOADED, 'input.month: no month is loaded yet', { field: 'input.month', month: '' });
    const values = ReportService.textValues(input, 'input.');

    const id = await this.dataSource.transaction(async (tx) => {
      const [again] = await tx.query('SELECT * FROM evaluation.evaluation_report WHERE created_by = $1 AND idempotency_key = $2', [actor.id, key]);
      if (again) {
        const same = again.campaign_id === campaign.id && (again.branch_code ?? null) === branchCode && dateToMonth(again.month) === month;
        if (!same) throw new EvaluationError(EvaluationErrorCode.IDEMPOTENCY_CONFLICT, 'input.idempotencyKey: already used for another report', { field: 'input.idempotencyKey' });
        return String(again.id);
      }
      const [existing] = await tx.query(
        `SELECT id FROM evaluation.evaluation_report WHERE campaign_id = $1::uuid AND coalesce(branch_code, '') = $2 AND month = $3::date`,
        [campaign.id, branchCode ?? '', monthToDate(month)],
      );
      if (existing) {
        throw new EvaluationError(EvaluationErrorCode.REPORT_EXISTS, 'a report for this campaign, branch and month exists already', {
          field: 'input.campaignId',
          reportId: existing.id,
        });
      }
      const [created] = await tx.query(
        `INSERT INTO evaluation.evaluation_report
           (campaign_id, branch_code, month, what_worked, problems, customer_feedback, suggestions, next_actions, tags, retention_classes,
            created_by, idempotency_key)
         VALUES ($1::uuid, $2, $3::date, $4, $5, $6, $7, $8, $9::text[], $10::text[], $11, $12)
         RETURNING id`,
        [
          campaign.id,
          branchCode,
          monthToDate(month),
          values.what_worked ?? '',
          values.problems ?? '',
          values.customer_feedback ?? '',
          values.suggestions ?? '',
          values.next_actions ?? '',
          values.tags ?? [],
          values.retention_classes ?? [],
          actor.id,
          key,
        ],
      );
      await this.audit(tx, created.id, 'CREATE', null, EvaluationStatus.DRAFT, 1);
      return String(created.id);
    });
    return toReportType(await this.row(id));
  }

  async update(id: string, version: number, input: ReportTextInput): Promise<EvaluationReportType> {
    const values = ReportService.textValues(input, 'input.');
    await this.dataSource.transaction(async (tx) => {
      const row = await this.row(id, tx, true);
      this.assertWriterOf(row);
      if (row.status !== EvaluationStatus.DRAFT && row.status !== EvaluationStatus.RETURNED) {
        throw new EvaluationError(EvaluationErrorCode.REPORT_NOT_EDITABLE, `a ${row.status} report cannot be edited`, { field: 'id', status: row.status });
      }
      ReportService.checkVersion(row, version);
      const columns = Object.keys(values);
      const sets = columns.map((c, i) => `${c} = $${i + 3}${c === 'tags' || c === 'retention_classes' ? '::text[]' : ''}`);
      await tx.query(
        `UPDATE evaluation.evaluation_report SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1::uuid AND version = $2`,
        [id, row.version, ...columns.map((c) => values[c])],
      );
      await this.audit(tx, id, 'UPDATE', row.status, row.status, row.version + 1);
    });
    return toReportType(await this.row(id));
  }

  /**
   * Submits the report with the computed figures frozen as they are now. Idempotent: a
   * report that is already submitted (or accepted) is returned as it is, figures unchanged.
   */
  async submit(id: string, version: number | null | undefined): Promise<EvaluationReportType> {
    const first = await this.row(id);
    this.assertWriterOf(first);
    if (first.status === EvaluationStatus.SUBMITTED || first.status === EvaluationStatus.ACCEPTED) return toReportType(first);
    ReportService.checkVersion(first, version);
    const frozen = await this.freeze(first);
    await this.dataSource.transaction(async (tx) => {
      const row = await this.row(id, tx, true);
      // A concurrent submit got there first: the same outcome.
      if (row.status === EvaluationStatus.SUBMITTED || row.status === EvaluationStatus.ACCEPTED) return;
      ReportService.checkVersion(row, version);
      await tx.query(
        `UPDATE evaluation.evaluation_report
         SET status = 'SUBMITTED', figures = $2::jsonb, submitted_at = now(), submitted_by = $3, version = version + 1, updated_at = now()
         WHERE id = $1::uuid`,
        [id, JSON.stringify(frozen), this.actor.id],
      );
      await this.audit(tx, id, 'SUBMIT', row.status, EvaluationStatus.SUBMITTED, row.version + 1);
      await this.notify(tx, row, EvaluationNotificationKind.SUBMITTED);
    });
    return toReportType(await this.row(id));
  }

  /** The evaluation of the report's (campaign, branch, month) as computed now, kept in the report. */
  private async freeze(row: ReportRow): Promise<FrozenFigures> {
    const campaign = await this.deps.campaigns.load(row.campaign_id);
    if (!campaign) throw new EvaluationError(EvaluationErrorCode.CAMPAIGN_NOT_FOUND, `campaign ${row.campaign_id} not found`, { field: 'id' });
    const month = dateToMonth(row.month);
    const run = await this.deps.results.fresh(campaign, month);
    const branchKey = row.branch_code ?? '';
    return {
      month,
      startMonth: run.windows.startMonth,
      computedAt: run.computedAt.toISOString(),
      fingerprint: run.fingerprint,
      targetReduction: campaign.targetChurnReduction,
      // The pool keeps every group (its strata are every branch's); a branch keeps its own.
      rows: branchKey === '' ? run.rows : run.rows.filter((r) => r.branchCode === branchKey),
    };
  }

  async returnReport(id: string, version: number | null | undefined, comment: string): Promise<EvaluationReportType> {
    this.assertReviewer();
    const text = comment?.trim() ?? '';
    if (!text) throw new EvaluationError(EvaluationErrorCode.COMMENT_REQUIRED, 'comment: a returned report needs a comment', { field: 'comment' });
    if (text.length > MAX_TEXT) throw invalidReport('comment', `at most ${MAX_TEXT} characters`, `最多 ${MAX_TEXT} 个字符`);
    return this.review(id, version, EvaluationStatus.RETURNED, text);
  }

  async accept(id: string, version: number | null | undefined, comment: string | null | undefined): Promise<EvaluationReportType> {
    this.assertReviewer();
    const text = comment?.trim() || null;
    if (text && text.length > MAX_TEXT) throw invalidReport('comment', `at most ${MAX_TEXT} characters`, `最多 ${MAX_TEXT} 个字符`);
    return this.review(id, version, EvaluationStatus.ACCEPTED, text);
  }

  private async review(id: string, version: number | null | undefined, to: EvaluationStatus, comment: string | null): Promise<EvaluationReportType> {
    await this.dataSource.transaction(async (tx) => {
      const row = await this.row(id, tx, true);
      // Accepting an accepted report again changes nothing.
      if (to === EvaluationStatus.ACCEPTED && row.status === EvaluationStatus.ACCEPTED) return;
      if (row.status !== EvaluationStatus.SUBMITTED) {
        throw new EvaluationError(EvaluationErrorCode.INVALID_TRANSITION, `a ${row.status} report cannot be ${to === EvaluationStatus.ACCEPTED ? 'accepted' : 'returned'}`, {
          field: 'id',
          status: row.status,
        });
      }
      ReportService.checkVersion(row, version);
      await tx.query(
        `UPDATE evaluation.evaluation_report
         SET status = $2, reviewer_comment = coalesce($3, reviewer_comment), reviewed_at = now(), reviewed_by = $4, version = version + 1, updated_at = now()
         WHERE id = $1::uuid`,
        [id, to, comment, this.actor.id],
      );
      await this.audit(tx, id, to === EvaluationStatus.ACCEPTED ? 'ACCEPT' : 'RETURN', row.status, to, row.version + 1, comment);
      await this.notify(tx, row, to === EvaluationStatus.ACCEPTED ? EvaluationNotificationKind.ACCEPTED : EvaluationNotificationKind.RETURNED, comment);
    });
    return toReportType(await this.row(id));
  }

  /** Marks an accepted report as shared good practice (or takes it back), with optional tags. */
  async share(id: string, shared: boolean, tags: string[] | null | undefined, version: number | null | undefined): Promise<EvaluationReportType> {
    this.assertReviewer();
    const values = ReportService.textValues({ tags: tags ?? undefined }, '');
    await this.dataSource.transaction(async (tx) => {
      const row = await this.row(id, tx, true);
      if (row.status !== EvaluationStatus.ACCEPTED) {
        throw new EvaluationError(EvaluationErrorCode.INVALID_TRANSITION, `only an accepted report can be shared (this one is ${row.status})`, { field: 'id', status: row.status });
      }
      ReportService.checkVersion(row, version);
      if (row.shared_practice === shared && values.tags === undefined) return;
      await tx.query(
        `UPDATE evaluation.evaluation_report
         SET shared_practice = $2, shared_at = CASE WHEN $2 THEN coalesce(shared_at, now()) END, shared_by = CASE WHEN $2 THEN $3 END,
             tags = coalesce($4::text[], tags), version = version + 1, updated_at = now()
         WHERE id = $1::uuid`,
        [id, shared, this.actor.id, values.tags ?? null],
      );
      await this.audit(tx, id, shared ? 'SHARE' : 'UNSHARE', row.status, row.status, row.version + 1);
      if (shared && !row.shared_practice) await this.notify(tx, row, EvaluationNotificationKind.SHARED);
    });
    return toReportType(await this.row(id));
  }

  async history(reportId: string): Promise<ReportAuditEntryType[]> {
    const rows = await this.dataSource.query(
      `SELECT at, actor_name, action, from_status, to_status, version, comment FROM evaluation.report_audit WHERE report_id = $1::uuid ORDER BY at, id`,
      [reportId],
    );
    return rows.map((r: Record<string, unknown>) => ({
      at: r.at as Date,
      actorName: String(r.actor_name),
      action: String(r.action),
      fromStatus: (r.from_status as EvaluationStatus | null) ?? null,
      toStatus: (r.to_status as EvaluationStatus | null) ?? null,
      version: Number(r.version),
      comment: (r.comment as string | null) ?? null,
    }));
  }

  /** The caller's notices: the province's (submissions) for province roles, the branch's (reviews) for its planners. */
  async notifications(unreadOnly: boolean, first: number): Promise<EvaluationNotificationType[]> {
    const user = this.deps.user;
    if (!user || !this.deps.readScope) return [];
    const rows = await this.dataSource.query(
      `SELECT n.*, r.campaign_id, r.month, r.branch_code AS report_branch, c.name AS campaign_name, (x.user_id IS NOT NULL) AS read
       FROM evaluation.notification n
       JOIN evaluation.evaluation_report r ON r.id = n.report_id
       LEFT JOIN campaigns_api.campaign_v1 c ON c.campaign_id = r.campaign_id
       LEFT JOIN evaluation.notification_read x ON x.notification_id = n.id AND x.user_id = $2
       WHERE ${NOTIFICATION_AUDIENCE} AND (NOT $3 OR x.user_id IS NULL)
       ORDER BY n.created_at DESC, n.id
       LIMIT $4`,
      [this.branchScope, user.id, unreadOnly, Math.max(1, Math.min(first, 200))],
    );
    return rows.map((r: Record<string, unknown>) => ({
      id: String(r.id),
      kind: r.kind as EvaluationNotificationKind,
      reportId: String(r.report_id),
      branchCode: (r.report_branch as string | null) ?? null,
      campaignId: String(r.campaign_id),
      campaignName: (r.campaign_name as string | null) ?? null,
      month: dateToMonth(r.month as Date),
      comment: (r.comment as string | null) ?? null,
      actorName: String(r.actor_name),
      createdAt: r.created_at as Date,
      read: Boolean(r.read),
    }));
  }

  async unreadNotificationCount(): Promise<number> {
    const user = this.deps.user;
    if (!user || !this.deps.readScope) return 0;
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM evaluation.notification n
       WHERE ${NOTIFICATION_AUDIENCE}
         AND NOT EXISTS (SELECT 1 FROM evaluation.notification_read x WHERE x.notification_id = n.id AND x.user_id = $2)`,
      [this.branchScope, user.id],
    );
    return Number(row.n);
  }

  /** Marks the caller's notices read (the given ones, or all); returns how many were newly read. */
  async markNotificationsRead(ids: string[] | null | undefined): Promise<number> {
    const user = this.deps.user;
    if (!user || !this.deps.readScope) return 0;
    const valid = ids ? ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id)) : null;
    const rows = await this.dataSource.query(
      `INSERT INTO evaluation.notification_read (notification_id, user_id)
       SELECT n.id, $2 FROM evaluation.notification n
       WHERE ${NOTIFICATION_AUDIENCE} AND ($3::uuid[] IS NULL OR n.id = ANY ($3::uuid[]))
       ON CONFLICT DO NOTHING
       RETURNING notification_id`,
      [this.branchScope, user.id, valid],
    );
    return rows.length;
  }
}

/** $1 = the caller's branch (NULL for province roles). */
const NOTIFICATION_AUDIENCE = `(CASE WHEN $1::text IS NULL THEN n.audience = 'PROVINCE' ELSE n.audience = 'BRANCH' AND n.branch_code = $1::text END)`;
