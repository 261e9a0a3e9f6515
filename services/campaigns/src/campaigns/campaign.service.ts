import { createHash } from 'node:crypto';
import type DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { scopeBranchParam, scopeReachesBranch, type Scope } from '@retention/auth';
import type { AuthUser } from '@retention/auth';
import { BRANCH_CODES } from '@retention/domain';
import { byKeyLoader, countByKeyLoader } from '@retention/graphql-kit';
import { CampaignError, CampaignErrorCode, invalid } from './campaign.errors';
import { isBuiltInSegment, unknownSegment, validateCampaignInput } from './campaign-fields';
import { BRANCH_VISIBLE_STATUSES, CampaignLevel, CampaignStatus } from './campaign.enums';
import type { CampaignInput } from './campaign.inputs';
import { CAMPAIGN_COLUMNS, toCampaignType, type CampaignRow } from './campaign-row';
import type { AuditEntryType, CampaignType } from './campaign.type';

/**
 * What a branch may see: its own local campaigns, and province campaigns it executes
 * once they are published. $1 = the branch (NULL for province-wide roles), $2 = statuses.
 */
const VISIBLE_TO_BRANCH = `($1::text IS NULL
  OR c.owner_branch_code = $1::text
  OR (c.level = 'PROVINCE' AND $1::text = ANY (c.executing_branches) AND c.status = ANY ($2::text[])))`;

/** Input fields and the columns they are kept in, in the order a diff lists them. */
const EDITABLE: { field: keyof CampaignInput; column: string; json?: boolean }[] = [
  { field: 'name', column: 'name' },
  { field: 'kind', column: 'kind' },
  { field: 'description', column: 'description' },
  { field: 'executingBranchCodes', column: 'executing_branches' },
  { field: 'targetSegmentKey', column: 'target_segment_key' },
  { field: 'targetSegmentId', column: 'target_segment_id' },
  { field: 'eligibilityRule', column: 'eligibility_rule', json: true },
  { field: 'channels', column: 'channels' },
  { field: 'talkTrack', column: 'talk_track' },
  { field: 'startDate', column: 'start_date' },
  { field: 'endDate', column: 'end_date' },
  { field: 'budget', column: 'budget' },
  { field: 'controlShare', column: 'control_share' },
  { field: 'priorityWeight', column: 'priority_weight' },
  { field: 'targetUptake', column: 'target_uptake' },
  { field: 'targetChurnReduction', column: 'target_churn_reduction' },
  { field: 'birthdayInWindow', column: 'birthday_in_window' },
  { field: 'planPaths', column: 'plan_paths', json: true },
];

/** A published campaign changes only these, each change recorded as an amendment. */
const AMENDABLE = new Set<keyof CampaignInput>(['endDate', 'talkTrack']);

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

function currentValue(campaign: CampaignType, field: keyof CampaignInput): unknown {
  if (field === 'offerTiers') return campaign.offerTiers;
  return (campaign as unknown as Record<string, unknown>)[field] ?? null;
}

/** The fields an input changes, from → to (tiers compared as a whole). */
export function diffInput(campaign: CampaignType, input: CampaignInput): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const key of [...EDITABLE.map((e) => e.field), 'offerTiers' as const]) {
    const to = input[key];
    if (to === undefined) continue;
    const from = currentValue(campaign, key);
    const normalized = key === 'offerTiers' ? (to as object[]).map((t) => ({ ...normalizeTier(t as never) })) : to;
    if (JSON.stringify(from) !== JSON.stringify(normalized)) changes.push({ field: key, from, to: normalized });
  }
  return changes;
}

function normalizeTier(t: NonNullable<CampaignInput['offerTiers']>[number]) {
  return {
    code: t.code,
    name: t.name,
    offerKind: t.offerKind,
    deposit: t.deposit ?? null,
    gift: t.gift ?? null,
    months: t.months ?? null,
    subsidyShare: t.subsidyShare ?? null,
    costPerAcceptance: t.costPerAcceptance ?? 0,
    tenureMinMonths: t.tenureMinMonths ?? null,
    tenureMaxMonths: t.tenureMaxMonths ?? null,
    trialMonths: t.trialMonths ?? 1,
  };
}

export interface CampaignFilter {
  status?: CampaignStatus[] | null;
  kind?: string | null;
  level?: CampaignLevel | null;
  branchCode?: string | null;
  search?: string | null;
}

export class CampaignService {
  constructor(
    private readonly dataSource: DataSource,
    /** The caller's CAMPAIGN_READ scope; null (no such right) reads nothing. */
    private readonly scope: Scope | null,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  private get branchScope(): string | null {
    return scopeBranchParam(this.scope);
  }

  async list(filter: CampaignFilter = {}): Promise<CampaignType[]> {
    const rows: CampaignRow[] = await this.dataSource.query(
      `SELECT ${CAMPAIGN_COLUMNS} FROM campaigns.campaign c
       WHERE ${VISIBLE_TO_BRANCH}
         AND ($3::text[] IS NULL OR c.status = ANY ($3::text[]))
         AND ($4::text IS NULL OR c.kind = $4::text)
         AND ($5::text IS NULL OR c.level = $5::text)
         AND ($6::text IS NULL OR c.owner_branch_code = $6::text OR $6::text = ANY (c.executing_branches))
         AND ($7::text IS NULL OR strpos(lower(c.name), lower($7::text)) > 0)
       ORDER BY c.created_at DESC, c.id`,
      [this.branchScope, BRANCH_VISIBLE_STATUSES, filter.status?.length ? filter.status : null, filter.kind ?? null, filter.level ?? null, filter.branchCode ?? null, filter.search?.trim() || null],
    );
    return rows.map(toCampaignType);
  }

  /** One campaign the caller may see, or CAMPAIGN_NOT_FOUND. */
  async get(id: string, manager: EntityManager | DataSource = this.dataSource, lock = false): Promise<CampaignType> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new CampaignError(CampaignErrorCode.CAMPAIGN_NOT_FOUND, `id: no campaign ${id}`, { field: 'id' });
    const rows: CampaignRow[] = await manager.query(
      `SELECT ${CAMPAIGN_COLUMNS} FROM campaigns.campaign c WHERE ${VISIBLE_TO_BRANCH} AND c.id = $3::uuid ${lock ? 'FOR UPDATE' : ''}`,
      [this.branchScope, BRANCH_VISIBLE_STATUSES, id],
    );
    if (rows.length === 0) throw new CampaignError(CampaignErrorCode.CAMPAIGN_NOT_FOUND, `id: no campaign ${id}`, { field: 'id' });
    return toCampaignType(rows[0]);
  }

  /** Campaigns by id for federation references; ones the caller may not see resolve to null. */
  createByIdLoader(): DataLoader<string, CampaignType | null> {
    return byKeyLoader(async (ids) => {
      const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
      const rows: CampaignRow[] = await this.dataSource.query(
        `SELECT ${CAMPAIGN_COLUMNS} FROM campaigns.campaign c WHERE ${VISIBLE_TO_BRANCH} AND c.id = ANY ($3::uuid[])`,
        [this.branchScope, BRANCH_VISIBLE_STATUSES, valid],
      );
      return rows.map(toCampaignType);
    }, (campaign) => campaign.id);
  }

  /** Campaigns each branch takes part in (as owner or executor), as far as the caller may see. */
  createCountByBranchLoader(): DataLoader<string, number> {
    return countByKeyLoader((codes) =>
      this.dataSource.query(
        `SELECT b.code AS key, count(c.id)::int AS n
         FROM unnest($3::text[]) AS b (code)
         LEFT JOIN campaigns.campaign c
           ON (b.code = ANY (c.executing_branches) OR c.owner_branch_code = b.code) AND ${VISIBLE_TO_BRANCH}
           AND c.status = ANY ($2::text[])
         GROUP BY b.code`,
        [this.branchScope, BRANCH_VISIBLE_STATUSES, codes],
      ),
    );
  }

  async audit(campaignId: string): Promise<AuditEntryType[]> {
    const rows: { id: string; actor_name: string; at: Date; action: string; from_status: CampaignStatus | null; to_status: CampaignStatus | null; diff: FieldChange[]; comment: string | null }[] =
      await this.dataSource.query('SELECT * FROM campaigns.campaign_audit WHERE campaign_id = $1 ORDER BY at, id', [campaignId]);
    return rows.map((r) => ({ id: String(r.id), actor: r.actor_name, at: r.at, action: r.action, fromStatus: r.from_status, toStatus: r.to_status, changes: r.diff, comment: r.comment }));
  }

  // ---- writes -------------------------------------------------------------------------

  /** The author's reach: province planners author province campaigns; branch planners their branch's local ones. */
  private assertAuthor(author: Scope, campaign: Pick<CampaignType, 'level' | 'ownerBranchCode'>): void {
    const mine = campaign.level === CampaignLevel.PROVINCE ? author.reach === 'ALL' : campaign.ownerBranchCode !== null && author.reach !== 'ALL' && scopeReachesBranch(author, campaign.ownerBranchCode);
    if (!mine) throw new CampaignError(CampaignErrorCode.NOT_YOUR_CAMPAIGN, 'this campaign is not yours to change', {});
  }

  private async checkSegment(manager: EntityManager, input: CampaignInput): Promise<void> {
    if (input.targetSegmentKey) {
      if (isBuiltInSegment(input.targetSegmentKey)) return;
      const [found] = await manager.query('SELECT 1 FROM segments_api.segment_definition_v1 WHERE key = $1', [input.targetSegmentKey]);
      if (!found) throw unknownSegment(input.targetSegmentKey);
    }
    if (input.targetSegmentId) {
      const [found] = await manager.query('SELECT 1 FROM segments_api.segment_definition_v1 WHERE segment_id::text = $1', [input.targetSegmentId]);
      if (!found) throw unknownSegment(input.targetSegmentId);
    }
  }

  private async writeFields(manager: EntityManager, id: string, input: CampaignInput): Promise<void> {
    const sets: string[] = [];
    const values: unknown[] = [id];
    for (const { field, column, json } of EDITABLE) {
      const value = input[field];
      if (value === undefined) continue;
      // Choosing one kind of target clears the other (below), whatever the input says of it.
      if ((field === 'targetSegmentId' && input.targetSegmentKey) || (field === 'targetSegmentKey' && input.targetSegmentId)) continue;
      values.push(json ? (value === null ? null : JSON.stringify(value)) : value);
      sets.push(`${column} = $${values.length}`);
    }
    if (input.targetSegmentKey) sets.push('target_segment_id = NULL');
    if (input.targetSegmentId) sets.push('target_segment_key = NULL');
    if (sets.length > 0) await manager.query(`UPDATE campaigns.campaign SET ${sets.join(', ')} WHERE id = $1`, values);
    if (input.offerTiers) {
      const tiers = input.offerTiers.map(normalizeTier);
      await manager.query('DELETE FROM campaigns.offer_tier WHERE campaign_id = $1', [id]);
      await manager.query(
        `INSERT INTO campaigns.offer_tier (campaign_id, position, code, name, offer_kind, deposit, gift, months, subsidy_share,
           cost_per_acceptance, tenure_min_months, tenure_max_months, trial_months)
         SELECT $1, t.ord, t.code, t.name, t.offer_kind, t.deposit, t.gift, t.months, t.subsidy_share, t.cost, t.tmin, t.tmax, t.trial
         FROM unnest($2::text[], $3::text[], $4::text[], $5::numeric[], $6::numeric[], $7::int[], $8::numeric[], $9::numeric[], $10::int[], $11::int[], $12::int[])
           WITH ORDINALITY AS t (code, name, offer_kind, deposit, gift, months, subsidy_share, cost, tmin, tmax, trial, ord)`,
        [
          id,
          tiers.map((t) => t.code),
          tiers.map((t) => t.name),
          tiers.map((t) => t.offerKind),
          tiers.map((t) => t.deposit),
          tiers.map((t) => t.gift),
          tiers.map((t) => t.months),
          tiers.map((t) => t.subsidyShare),
          tiers.map((t) => t.costPerAcceptance),
          tiers.map((t) => t.tenureMinMonths),
          tiers.map((t) => t.tenureMaxMonths),
          tiers.map((t) => t.trialMonths),
        ],
      );
    }
  }

  private async journal(manager: EntityManager, user: AuthUser, campaignId: string, action: string, from: CampaignStatus | null, to: CampaignStatus | null, diff: FieldChange[] = [], comment: string | null = null): Promise<void> {
    await manager.query(
      `INSERT INTO campaigns.campaign_audit (campaign_id, actor_id, actor_name, action, from_status, to_status, diff, comment)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [campaignId, user.id, user.username, action, from, to, JSON.stringify(diff), comment],
    );
  }

  async create(user: AuthUser, author: Scope, input: CampaignInput, idempotencyKey: string | null): Promise<CampaignType> {
    const name = input.name?.trim();
    if (!name) throw invalid('input.name', 'a campaign needs a name', '活动须有名称');
    if (!input.kind) throw invalid('input.kind', 'a campaign needs a kind', '活动须选择类型');
    validateCampaignInput(input);
    const level = input.level ?? (author.reach === 'ALL' ? CampaignLevel.PROVINCE : CampaignLevel.BRANCH);
    const owner = level === CampaignLevel.BRANCH ? author.branchCode : null;
    if (level === CampaignLevel.BRANCH && !owner) throw invalid('input.level', 'local (BRANCH) campaigns are authored by a branch planner', '本地活动由分公司策划创建');
    if (level === CampaignLevel.PROVINCE && author.reach !== 'ALL') throw invalid('input.level', 'a branch planner authors BRANCH (local) campaigns', '分公司策划只能创建本地活动（BRANCH）');
    if (level === CampaignLevel.BRANCH && input.executingBranchCodes && input.executingBranchCodes.some((c) => c !== owner)) {
      throw invalid('input.executingBranchCodes', `a local campaign runs in ${owner} only`, `本地活动只能在 ${owner} 执行`);
    }
    const hash = hashOf(input);
    return this.dataSource.transaction(async (manager) => {
      if (idempotencyKey) {
        const [existing]: { id: string; idempotency_hash: string }[] = await manager.query(
          'SELECT id, idempotency_hash FROM campaigns.campaign WHERE created_by = $1 AND idempotency_key = $2',
          [user.username, idempotencyKey],
        );
        if (existing) {
          if (existing.idempotency_hash !== hash) throw new CampaignError(CampaignErrorCode.IDEMPOTENCY_CONFLICT, 'idempotencyKey: already used for a different campaign', { field: 'idempotencyKey' });
          return this.get(existing.id, manager);
        }
      }
      await this.checkSegment(manager, input);
      const branches = level === CampaignLevel.BRANCH ? [owner!] : (input.executingBranchCodes ?? [...BRANCH_CODES]);
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO campaigns.campaign (name, kind, level, owner_branch_code, executing_branches, created_by, idempotency_key, idempotency_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [name, input.kind, level, owner, branches, user.username, idempotencyKey, hash],
      );
      await this.writeFields(manager, id, { ...input, name, executingBranchCodes: undefined });
      await this.journal(manager, user, id, 'CREATE', null, CampaignStatus.DRAFT);
      return this.get(id, manager);
    });
  }

  /** Edits a draft (any field) or a published campaign (end date and talk track, as amendments). */
  async update(user: AuthUser, author: Scope, id: string, version: number, input: CampaignInput): Promise<CampaignType> {
    validateCampaignInput(input);
    if (input.level !== undefined) throw invalid('input.level', 'the level is fixed when the campaign is created', '活动级别创建后不能修改');
    return this.dataSource.transaction(async (manager) => {
      const campaign = await this.get(id, manager, true);
      this.assertAuthor(author, campaign);
      if (campaign.version !== version) {
        throw new CampaignError(CampaignErrorCode.VERSION_CONFLICT, `version: the campaign is at version ${campaign.version}, not ${version}`, { field: 'version', current: campaign.version });
      }
      const changes = diffInput(campaign, input);
      let action = 'EDIT';
      if (campaign.status === CampaignStatus.PUBLISHED) {
        const locked = changes.find((c) => !AMENDABLE.has(c.field as keyof CampaignInput));
        if (locked) throw new CampaignError(CampaignErrorCode.CAMPAIGN_NOT_EDITABLE, `input.${locked.field}: a published campaign changes only its end date and talk track`, { field: `input.${locked.field}`, status: campaign.status });
        if (input.endDate && campaign.startDate && input.endDate < campaign.startDate) throw invalid('input.endDate', 'is before startDate', '结束日期早于开始日期');
        action = 'AMEND';
      } else if (campaign.status !== CampaignStatus.DRAFT) {
        throw new CampaignError(CampaignErrorCode.CAMPAIGN_NOT_EDITABLE, `a ${campaign.status} campaign cannot be edited`, { field: 'id', status: campaign.status });
      }
      if (campaign.level === CampaignLevel.BRANCH && input.executingBranchCodes && input.executingBranchCodes.some((c) => c !== campaign.ownerBranchCode)) {
        throw invalid('input.executingBranchCodes', `a local campaign runs in ${campaign.ownerBranchCode} only`, `本地活动只能在 ${campaign.ownerBranchCode} 执行`);
      }
      if (input.startDate && !input.endDate && campaign.endDate && campaign.endDate < input.startDate) throw invalid('input.startDate', 'is after endDate', '开始日期晚于结束日期');
      if (input.endDate && !input.startDate && campaign.startDate && input.endDate < campaign.startDate) throw invalid('input.endDate', 'is before startDate', '结束日期早于开始日期');
      if (changes.length === 0) return campaign;
      await this.checkSegment(manager, input);
      await this.writeFields(manager, id, input);
      await manager.query('UPDATE campaigns.campaign SET version = version + 1, updated_at = now() WHERE id = $1', [id]);
      await this.journal(manager, user, id, action, campaign.status, campaign.status, changes);
      return this.get(id, manager);
    });
  }

  private async transition(
    user: AuthUser,
    id: string,
    check: (campaign: CampaignType) => void,
    from: CampaignStatus[],
    to: (campaign: CampaignType) => CampaignStatus,
    action: string,
    comment: string | null,
    extra: (campaign: CampaignType, manager: EntityManager, next: CampaignStatus) => Promise<void> = async () => undefined,
  ): Promise<CampaignType> {
    return this.dataSource.transaction(async (manager) => {
      const campaign = await this.get(id, manager, true);
      check(campaign);
      if (!from.includes(campaign.status)) {
        throw new CampaignError(CampaignErrorCode.INVALID_TRANSITION, `${action.toLowerCase()}: the campaign is ${campaign.status}`, { field: 'id', status: campaign.status });
      }
      const next = to(campaign);
      await manager.query('UPDATE campaigns.campaign SET status = $2, version = version + 1, updated_at = now() WHERE id = $1', [id, next]);
      await extra(campaign, manager, next);
      await this.journal(manager, user, id, action, campaign.status, next, [], comment);
      return this.get(id, manager);
    });
  }

  /** Branch-local campaigns need province approval unless CAMPAIGNS_BRANCH_APPROVAL=off. */
  private get branchApproval(): boolean {
    return (this.env.CAMPAIGNS_BRANCH_APPROVAL ?? 'on') !== 'off';
  }

  async submit(user: AuthUser, author: Scope, id: string, version: number): Promise<CampaignType> {
    return this.transition(
      user,
      id,
      (c) => {
        this.assertAuthor(author, c);
        if (c.version !== version) throw new CampaignError(CampaignErrorCode.VERSION_CONFLICT, `version: the campaign is at version ${c.version}, not ${version}`, { field: 'version', current: c.version });
        const missing: string[] = [];
        if (!c.talkTrack.trim()) missing.push('talkTrack 营销必说话术');
        if (!c.targetSegmentKey && !c.targetSegmentId) missing.push('targetSegmentKey 目标细分');
        if (!c.startDate) missing.push('startDate 开始日期');
        if (!c.endDate) missing.push('endDate 结束日期');
        if (c.channels.length === 0) missing.push('channels 渠道');
        if (missing.length > 0) throw new CampaignError(CampaignErrorCode.NOT_READY_TO_SUBMIT, `not ready to submit: missing ${missing.join(', ')}`, { field: missing[0].split(' ')[0] === 'talkTrack' ? 'talkTrack' : missing[0].split(' ')[0], missing: missing.join('、') });
      },
      [CampaignStatus.DRAFT],
      (c) => (c.level === CampaignLevel.BRANCH && !this.branchApproval ? CampaignStatus.PUBLISHED : CampaignStatus.PENDING_APPROVAL),
      'SUBMIT',
      null,
      async (c, manager, next) => {
        await manager.query('UPDATE campaigns.campaign SET submitted_at = now(), review_comment = NULL WHERE id = $1', [c.id]);
        if (next === CampaignStatus.PUBLISHED) await this.publishEffects(manager, c.id);
      },
    );
  }

  /** Publication freezes a saved target segment's rule into the campaign. */
  private async publishEffects(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE campaigns.campaign c SET published_at = now(),
         target_rule = (SELECT d.rule FROM segments_api.segment_definition_v1 d
                        WHERE d.segment_id = c.target_segment_id OR (c.target_segment_key IS NOT NULL AND d.key = c.target_segment_key))
       WHERE c.id = $1`,
      [id],
    );
  }

  async approve(user: AuthUser, id: string, comment: string | null): Promise<CampaignType> {
    return this.transition(user, id, () => undefined, [CampaignStatus.PENDING_APPROVAL], () => CampaignStatus.PUBLISHED, 'APPROVE', comment?.trim() || null, async (c, manager) => {
      await manager.query('UPDATE campaigns.campaign SET review_comment = $2 WHERE id = $1', [c.id, comment?.trim() || null]);
      await this.publishEffects(manager, c.id);
    });
  }

  async returnToDraft(user: AuthUser, id: string, comment: string): Promise<CampaignType> {
    if (!comment || comment.trim().length === 0) throw new CampaignError(CampaignErrorCode.COMMENT_REQUIRED, 'comment: a return needs the reviewer’s comment', { field: 'comment' });
    return this.transition(user, id, () => undefined, [CampaignStatus.PENDING_APPROVAL], () => CampaignStatus.DRAFT, 'RETURN', comment.trim(), async (c, manager) => {
      await manager.query('UPDATE campaigns.campaign SET review_comment = $2 WHERE id = $1', [c.id, comment.trim()]);
    });
  }

  async close(user: AuthUser, author: Scope, id: string): Promise<CampaignType> {
    return this.transition(user, id, (c) => this.assertAuthor(author, c), [CampaignStatus.PUBLISHED], () => CampaignStatus.CLOSED, 'CLOSE', null, async (c, manager) => {
      await manager.query('UPDATE campaigns.campaign SET closed_at = now() WHERE id = $1', [c.id]);
      // Nobody calls for a closed campaign: its open tasks go.
      await manager.query(`UPDATE campaigns.task SET status = 'WITHDRAWN', withdrawn_reason = 'CAMPAIGN_CLOSED', updated_at = now() WHERE campaign_id = $1 AND status IN ('OPEN','CALLBACK')`, [c.id]);
    });
  }

  /** Marks a closed campaign as evaluated (its post-evaluation is accepted). */
  async markEvaluated(user: AuthUser, author: Scope, id: string): Promise<CampaignType> {
    return this.transition(user, id, (c) => this.assertAuthor(author, c), [CampaignStatus.CLOSED], () => CampaignStatus.EVALUATED, 'EVALUATE', null);
  }

  /** A new draft with the same definition (the author's own level). */
  async clone(user: AuthUser, author: Scope, id: string, idempotencyKey: string | null): Promise<CampaignType> {
    const source = await this.get(id);
    const input: CampaignInput = {
      name: `${source.name}（副本）`.slice(0, 80),
      kind: source.kind,
      level: author.reach === 'ALL' ? source.level : CampaignLevel.BRANCH,
      description: source.description,
      executingBranchCodes: author.reach === 'ALL' && source.level === CampaignLevel.PROVINCE ? source.executingBranchCodes : undefined,
      targetSegmentKey: source.targetSegmentKey ?? undefined,
      targetSegmentId: source.targetSegmentId ?? undefined,
      eligibilityRule: source.eligibilityRule ?? undefined,
      offerTiers: source.offerTiers,
      channels: source.channels,
      talkTrack: source.talkTrack,
      startDate: source.startDate ?? undefined,
      endDate: source.endDate ?? undefined,
      budget: source.budget,
      controlShare: source.controlShare,
      priorityWeight: source.priorityWeight,
      targetUptake: source.targetUptake,
      targetChurnReduction: source.targetChurnReduction,
      birthdayInWindow: source.birthdayInWindow,
      planPaths: source.planPaths,
    };
    if (input.level === CampaignLevel.PROVINCE && author.reach !== 'ALL') input.level = CampaignLevel.BRANCH;
    return this.create(user, author, input, idempotencyKey);
  }
}
