import type { DataSource } from 'typeorm';
import type { AuthUser } from '@retention/auth';
import { audit, updateReturning, UUID_PATTERN } from '../common/audit';
import { CourseCategory, STAFF_ROLES, type StaffRole } from '../common/enums';
import { TrainingError, TrainingErrorCode } from '../common/training.errors';
import { TalkTrackService } from '../campaigns/talk-track.service';
import type { CourseInput, CourseMaterialInput, CourseModuleInput, CourseType, UpdateCourseInput } from './course.type';

export interface CourseRow {
  id: string;
  code: string;
  title: string;
  description: string;
  category: CourseCategory;
  audience_roles: StaffRole[];
  hours: string;
  pass_mark: string;
  modules: { title: string; summary: string }[];
  materials: CourseType['materials'];
  campaign_id: string | null;
  active: boolean;
  version: number;
}

export const COURSE_COLUMNS = 'id, code, title, description, category, audience_roles, hours, pass_mark, modules, materials, campaign_id, active, version';

export function toCourse(row: CourseRow): CourseType {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    description: row.description,
    category: row.category,
    audienceRoles: row.audience_roles,
    hours: Number(row.hours),
    passMark: Number(row.pass_mark),
    modules: row.modules,
    materials: row.materials,
    campaignId: row.campaign_id,
    active: row.active,
    version: row.version,
  };
}

interface CourseFields {
  title: string;
  description: string;
  category: CourseCategory;
  audienceRoles: StaffRole[];
  hours: number;
  passMark: number;
  modules: { title: string; summary: string }[];
  materials: CourseType['materials'];
  campaignId: string | null;
}

function checkFields(f: CourseFields): CourseFields {
  const title = f.title.trim();
  if (title.length < 1 || title.length > 80) throw new TrainingError(TrainingErrorCode.INVALID_TEXT, 'input.title: 1–80 characters', { field: 'input.title' });
  if (f.description.length > 4000) throw new TrainingError(TrainingErrorCode.INVALID_TEXT, 'input.description: at most 4000 characters', { field: 'input.description' });
  if (!Object.values(CourseCategory).includes(f.category)) throw new TrainingError(TrainingErrorCode.INVALID_TEXT, 'input.category: unknown', { field: 'input.category' });
  const audienceRoles = [...new Set(f.audienceRoles)];
  if (audienceRoles.length === 0) throw new TrainingError(TrainingErrorCode.AUDIENCE_REQUIRED, 'input.audienceRoles: at least one role', { field: 'input.audienceRoles' });
  if (audienceRoles.some((r) => !STAFF_ROLES.includes(r))) throw new TrainingError(TrainingErrorCode.BAD_ROLE, 'input.audienceRoles: unknown role', { field: 'input.audienceRoles' });
  if (!Number.isFinite(f.hours) || f.hours <= 0 || f.hours > 200) throw new TrainingError(TrainingErrorCode.BAD_HOURS, 'input.hours: more than 0, at most 200', { field: 'input.hours' });
  if (!Number.isFinite(f.passMark) || f.passMark < 0 || f.passMark > 100) throw new TrainingError(TrainingErrorCode.BAD_PASS_MARK, 'input.passMark: 0–100', { field: 'input.passMark' });
  f.modules.forEach((m, i) => {
    if (!m.title.trim() || m.title.length > 120) throw new TrainingError(TrainingErrorCode.INVALID_TEXT, `input.modules[${i}].title: 1–120 characters`, { field: `input.modules[${i}].title` });
  });
  f.materials.forEach((m, i) => {
    const ok = m.title.trim() && (m.kind === 'LINK' ? /^https?:\/\/\S+$/.test(m.url ?? '') : m.kind === 'ATTACHMENT' && !!m.fileName?.trim());
    if (!ok) throw new TrainingError(TrainingErrorCode.BAD_MATERIAL, `input.materials[${i}]: a LINK needs an http(s) url, an ATTACHMENT a file name`, { field: `input.materials[${i}]` });
  });
  if (f.campaignId && !UUID_PATTERN.test(f.campaignId)) throw new TrainingError(TrainingErrorCode.INVALID_TEXT, 'input.campaignId: not a campaign id', { field: 'input.campaignId' });
  return { ...f, title, audienceRoles };
}

const modulesOf = (modules: CourseModuleInput[] | null | undefined) => (modules ?? []).map((m) => ({ title: m.title.trim(), summary: m.summary?.trim() ?? '' }));
const materialsOf = (materials: CourseMaterialInput[] | null | undefined): CourseType['materials'] =>
  (materials ?? []).map((m) => ({ kind: m.kind, title: m.title.trim(), url: m.url ?? null, fileName: m.fileName ?? null, sizeBytes: m.sizeBytes ?? null, mimeType: m.mimeType ?? null }));

export class CourseService {
  constructor(private readonly dataSource: DataSource) {}

  async list(includeInactive: boolean): Promise<CourseType[]> {
    const rows: CourseRow[] = await this.dataSource.query(`SELECT ${COURSE_COLUMNS} FROM training.course WHERE active OR $1 ORDER BY category, code`, [includeInactive]);
    return rows.map(toCourse);
  }

  async byIds(ids: readonly string[]): Promise<CourseType[]> {
    const valid = ids.filter((id) => UUID_PATTERN.test(id));
    if (!valid.length) return [];
    const rows: CourseRow[] = await this.dataSource.query(`SELECT ${COURSE_COLUMNS} FROM training.course WHERE id = ANY ($1::uuid[])`, [valid]);
    return rows.map(toCourse);
  }

  async forCampaigns(campaignIds: readonly string[]): Promise<CourseType[]> {
    const rows: CourseRow[] = await this.dataSource.query(`SELECT ${COURSE_COLUMNS} FROM training.course WHERE campaign_id = ANY ($1::uuid[]) AND active ORDER BY code`, [
      campaignIds.filter((id) => UUID_PATTERN.test(id)),
    ]);
    return rows.map(toCourse);
  }

  async create(actor: AuthUser, input: CourseInput, idempotencyKey: string | null): Promise<CourseType> {
    const code = input.code.trim().toUpperCase();
    if (!/^[A-Z0-9_-]{2,32}$/.test(code)) throw new TrainingError(TrainingErrorCode.INVALID_COURSE_CODE, 'input.code: 2–32 letters, digits, "-" or "_"', { field: 'input.code' });
    const f = checkFields({
      title: input.title,
      description: input.description ?? '',
      category: input.category,
      audienceRoles: input.audienceRoles,
      hours: input.hours,
      passMark: input.passMark ?? 60,
      modules: modulesOf(input.modules),
      materials: materialsOf(input.materials),
      campaignId: input.campaignId || null,
    });
    if (idempotencyKey) {
      const [existing]: CourseRow[] = await this.dataSource.query(`SELECT ${COURSE_COLUMNS} FROM training.course WHERE created_by = $1 AND idempotency_key = $2`, [actor.id, idempotencyKey]);
      if (existing) return toCourse(existing);
    }
    if (f.campaignId) await new TalkTrackService(this.dataSource).assertLinkable(f.campaignId, 'input.campaignId');
    if ((await this.dataSource.query('SELECT 1 FROM training.course WHERE code = $1', [code])).length) {
      throw new TrainingError(TrainingErrorCode.COURSE_CODE_TAKEN, `input.code: "${code}" is taken`, { field: 'input.code' });
    }
    return this.dataSource.transaction(async (m) => {
      const [row]: CourseRow[] = await m.query(
        `INSERT INTO training.course (code, title, description, category, audience_roles, hours, pass_mark, modules, materials, campaign_id, created_by, idempotency_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING ${COURSE_COLUMNS}`,
        [code, f.title, f.description, f.category, f.audienceRoles, f.hours, f.passMark, JSON.stringify(f.modules), JSON.stringify(f.materials), f.campaignId, actor.id, idempotencyKey],
      );
      await audit(m, actor, 'course', row.id, 'CREATE', { code, ...f });
      return toCourse(row);
    });
  }

  async update(actor: AuthUser, id: string, version: number, input: UpdateCourseInput): Promise<CourseType> {
    const [current] = await this.byIds([id]);
    if (!current) throw new TrainingError(TrainingErrorCode.COURSE_NOT_FOUND, `id: no course ${id}`, { field: 'id' });
    if (current.version !== version) {
      throw new TrainingError(TrainingErrorCode.VERSION_CONFLICT, `version: the course is at version ${current.version}, not ${version}`, { field: 'version', currentVersion: current.version });
    }
    const f = checkFields({
      title: input.title ?? current.title,
      description: input.description ?? current.description,
      category: input.category ?? current.category,
      audienceRoles: input.audienceRoles ?? current.audienceRoles,
      hours: input.hours ?? current.hours,
      passMark: input.passMark ?? current.passMark,
      modules: input.modules ? modulesOf(input.modules) : current.modules,
      materials: input.materials ? materialsOf(input.materials) : current.materials,
      campaignId: input.campaignId === undefined || input.campaignId === null ? current.campaignId : input.campaignId || null,
    });
    // A new link must name a published campaign; an existing link stays when the campaign has closed since.
    if (f.campaignId && f.campaignId !== current.campaignId) await new TalkTrackService(this.dataSource).assertLinkable(f.campaignId, 'input.campaignId');
    const active = input.active ?? current.active;
    return this.dataSource.transaction(async (m) => {
      const row = await updateReturning<CourseRow>(
        m,
        `UPDATE training.course SET title = $3, description = $4, category = $5, audience_roles = $6, hours = $7, pass_mark = $8, modules = $9,
                materials = $10, campaign_id = $11, active = $12, version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING ${COURSE_COLUMNS}`,
        [id, version, f.title, f.description, f.category, f.audienceRoles, f.hours, f.passMark, JSON.stringify(f.modules), JSON.stringify(f.materials), f.campaignId, active],
      );
      if (!row) throw new TrainingError(TrainingErrorCode.VERSION_CONFLICT, 'version: changed meanwhile, reload and try again', { field: 'version' });
      await audit(m, actor, 'course', id, 'UPDATE', { from: current, to: { ...f, active } });
      return toCourse(row);
    });
  }
}
