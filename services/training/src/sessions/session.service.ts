import type { DataSource } from 'typeorm';
import type { AuthUser, Scope } from '@retention/auth';
import { scopeBranches } from '@retention/auth';
import { isBranchCode } from '@retention/domain';
import { audit, updateReturning, UUID_PATTERN } from '../common/audit';
import { SessionLevel, SessionStatus } from '../common/enums';
import { parseDay, parseTime, quarterOfDay, today, type Quarter } from '../common/period';
import { TrainingError, TrainingErrorCode } from '../common/training.errors';
import type { PlannerSessionCheck, SessionInput, SessionType, UpdateSessionInput } from './session.type';

interface SessionRow {
  id: string;
  course_id: string;
  level: SessionLevel;
  branch_code: string | null;
  trainer: string;
  place: string;
  start_date: string;
  end_date: string;
  start_time: string;
  end_time: string;
  capacity: number;
  status: SessionStatus;
  version: number;
}

export const SESSION_COLUMNS = `s.id, s.course_id, s.level, s.branch_code, s.trainer, s.place, to_char(s.start_date, 'YYYY-MM-DD') AS start_date,
  to_char(s.end_date, 'YYYY-MM-DD') AS end_date, to_char(s.start_time, 'HH24:MI') AS start_time, to_char(s.end_time, 'HH24:MI') AS end_time,
  s.capacity, s.status, s.version`;

export function toSession(row: SessionRow, now = today()): SessionType {
  return {
    id: row.id,
    courseId: row.course_id,
    level: row.level,
    branchCode: row.branch_code,
    trainer: row.trainer,
    place: row.place,
    startDate: row.start_date,
    endDate: row.end_date,
    startTime: row.start_time,
    endTime: row.end_time,
    capacity: row.capacity,
    status: row.status,
    quarter: quarterOfDay(row.start_date).key,
    held: row.end_date < now,
    version: row.version,
  };
}

/** Whether a scope sees a session: province-run sessions are everyone's, a branch's only its own. */
export function sessionVisible(scope: Scope, session: Pick<SessionType, 'branchCode'>): boolean {
  const visible = scopeBranches(scope);
  return visible === null || session.branchCode === null || visible.includes(session.branchCode);
}

function text(value: string, field: string, max: number): string {
  const v = value.trim();
  if (v.length < 1 || v.length > max) throw new TrainingError(TrainingErrorCode.INVALID_TEXT, `${field}: 1–${max} characters`, { field });
  return v;
}

interface SessionFields {
  trainer: string;
  place: string;
  startDate: string;
  endDate: string;
  startTime: string;
  endTime: string;
  capacity: number;
}

function checkFields(f: SessionFields): SessionFields {
  const startDate = parseDay(f.startDate, 'input.startDate');
  const endDate = parseDay(f.endDate, 'input.endDate');
  if (endDate < startDate) throw new TrainingError(TrainingErrorCode.DATES_OUT_OF_ORDER, 'input.endDate: before the start date', { field: 'input.endDate' });
  if (quarterOfDay(startDate).key !== quarterOfDay(endDate).key) {
    throw new TrainingError(TrainingErrorCode.SESSION_SPANS_QUARTERS, 'input.endDate: a session stays within one quarter', { field: 'input.endDate' });
  }
  const startTime = parseTime(f.startTime, 'input.startTime');
  const endTime = parseTime(f.endTime, 'input.endTime');
  if (startDate === endDate && endTime <= startTime) throw new TrainingError(TrainingErrorCode.DATES_OUT_OF_ORDER, 'input.endTime: not after the start time', { field: 'input.endTime' });
  if (!Number.isInteger(f.capacity) || f.capacity < 1 || f.capacity > 1000) throw new TrainingError(TrainingErrorCode.BAD_CAPACITY, 'input.capacity: 1–1000', { field: 'input.capacity' });
  return { trainer: text(f.trainer, 'input.trainer', 60), place: text(f.place, 'input.place', 120), startDate, endDate, startTime, endTime, capacity: f.capacity };
}

export class SessionService {
  constructor(private readonly dataSource: DataSource) {}

  async list(scope: Scope, quarter: Quarter, filter: { branchCode?: string | null; courseId?: string | null }): Promise<SessionType[]> {
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT ${SESSION_COLUMNS} FROM training.session s
       WHERE s.start_date >= $1::date AND s.start_date < $2::date
         AND ($3::text[] IS NULL OR s.branch_code IS NULL OR s.branch_code = ANY ($3::text[]))
         AND ($4::text IS NULL OR s.branch_code IS NULL OR s.branch_code = $4)
         AND ($5::uuid IS NULL OR s.course_id = $5)
       ORDER BY s.start_date, s.start_time, s.branch_code NULLS FIRST, s.id`,
      [quarter.start, quarter.end, scopeBranches(scope), filter.branchCode ?? null, filter.courseId && UUID_PATTERN.test(filter.courseId) ? filter.courseId : null],
    );
    const now = today();
    return rows.map((r) => toSession(r, now));
  }

  async byIds(ids: readonly string[]): Promise<SessionType[]> {
    const valid = ids.filter((id) => UUID_PATTERN.test(id));
    if (!valid.length) return [];
    const rows: SessionRow[] = await this.dataSource.query(`SELECT ${SESSION_COLUMNS} FROM training.session s WHERE s.id = ANY ($1::uuid[])`, [valid]);
    const now = today();
    return rows.map((r) => toSession(r, now));
  }

  async get(id: string, scope: Scope): Promise<SessionType | null> {
    const [session] = await this.byIds([id]);
    return session && sessionVisible(scope, session) ? session : null;
  }

  async create(actor: AuthUser, input: SessionInput, idempotencyKey: string | null): Promise<SessionType> {
    if (!UUID_PATTERN.test(input.courseId) || !(await this.dataSource.query('SELECT 1 FROM training.course WHERE id = $1', [input.courseId])).length) {
      throw new TrainingError(TrainingErrorCode.COURSE_NOT_FOUND, `input.courseId: no course ${input.courseId}`, { field: 'input.courseId' });
    }
    const branchCode = input.branchCode?.trim() || null;
    if (input.level === SessionLevel.BRANCH && !branchCode) throw new TrainingError(TrainingErrorCode.BRANCH_REQUIRED, 'input.branchCode: required for a BRANCH session', { field: 'input.branchCode' });
    if (input.level === SessionLevel.PROVINCE && branchCode) throw new TrainingError(TrainingErrorCode.BRANCH_NOT_ALLOWED, 'input.branchCode: empty for a PROVINCE session', { field: 'input.branchCode' });
    if (branchCode && !isBranchCode(branchCode)) throw new TrainingError(TrainingErrorCode.UNKNOWN_BRANCH, `input.branchCode: unknown branch "${branchCode}"`, { field: 'input.branchCode' });
    const f = checkFields({
      trainer: input.trainer,
      place: input.place,
      startDate: input.startDate,
      endDate: input.endDate ?? input.startDate,
      startTime: input.startTime ?? '09:00',
      endTime: input.endTime ?? '17:00',
      capacity: input.capacity,
    });
    if (idempotencyKey) {
      const [existing]: SessionRow[] = await this.dataSource.query(`SELECT ${SESSION_COLUMNS} FROM training.session s WHERE s.created_by = $1 AND s.idempotency_key = $2`, [actor.id, idempotencyKey]);
      if (existing) return toSession(existing);
    }
    return this.dataSource.transaction(async (m) => {
      const [{ id }] = await m.query(
        `INSERT INTO training.session (course_id, level, branch_code, trainer, place, start_date, end_date, start_time, end_time, capacity, created_by, idempotency_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [input.courseId, input.level, branchCode, f.trainer, f.place, f.startDate, f.endDate, f.startTime, f.endTime, f.capacity, actor.id, idempotencyKey],
      );
      await audit(m, actor, 'session', id, 'CREATE', { courseId: input.courseId, level: input.level, branchCode, ...f });
      const [row]: SessionRow[] = await m.query(`SELECT ${SESSION_COLUMNS} FROM training.session s WHERE s.id = $1`, [id]);
      return toSession(row);
    });
  }

  private async current(id: string, version: number): Promise<SessionType> {
    const [current] = await this.byIds([id]);
    if (!current) throw new TrainingError(TrainingErrorCode.SESSION_NOT_FOUND, `id: no session ${id}`, { field: 'id' });
    if (current.version !== version) {
      throw new TrainingError(TrainingErrorCode.VERSION_CONFLICT, `version: the session is at version ${current.version}, not ${version}`, { field: 'version', currentVersion: current.version });
    }
    return current;
  }

  async update(actor: AuthUser, id: string, version: number, input: UpdateSessionInput): Promise<SessionType> {
    const current = await this.current(id, version);
    const f = checkFields({
      trainer: input.trainer ?? current.trainer,
      place: input.place ?? current.place,
      startDate: input.startDate ?? current.startDate,
      endDate: input.endDate ?? (input.startDate && current.endDate === current.startDate ? input.startDate : current.endDate),
      startTime: input.startTime ?? current.startTime,
      endTime: input.endTime ?? current.endTime,
      capacity: input.capacity ?? current.capacity,
    });
    return this.write(actor, id, version, 'UPDATE', current, f, current.status);
  }

  async cancel(actor: AuthUser, id: string, version: number): Promise<SessionType> {
    const current = await this.current(id, version);
    return this.write(actor, id, version, 'CANCEL', current, current, SessionStatus.CANCELLED);
  }

  private async write(actor: AuthUser, id: string, version: number, action: string, from: SessionType, f: SessionFields, status: SessionStatus): Promise<SessionType> {
    return this.dataSource.transaction(async (m) => {
      const updated = await updateReturning<{ id: string }>(
        m,
        `UPDATE training.session SET trainer = $3, place = $4, start_date = $5, end_date = $6, start_time = $7, end_time = $8, capacity = $9, status = $10,
                version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING id`,
        [id, version, f.trainer, f.place, f.startDate, f.endDate, f.startTime, f.endTime, f.capacity, status],
      );
      if (!updated) throw new TrainingError(TrainingErrorCode.VERSION_CONFLICT, 'version: changed meanwhile, reload and try again', { field: 'version' });
      await audit(m, actor, 'session', id, action, { from, to: { ...f, status } });
      const [row]: SessionRow[] = await m.query(`SELECT ${SESSION_COLUMNS} FROM training.session s WHERE s.id = $1`, [id]);
      return toSession(row);
    });
  }

  /**
   * "Planners: one topical session per quarter, province or branch run" (DOMAIN.md §7): per
   * branch, the scheduled TOPICAL sessions for BRANCH_PLANNER in the quarter that reach it.
   */
  async plannerCheck(scope: Scope, quarter: Quarter): Promise<PlannerSessionCheck[]> {
    const visible = scopeBranches(scope);
    const rows: { branch_code: string; sessions: number; held: number }[] = await this.dataSource.query(
      `SELECT b.code AS branch_code, count(s.id)::int AS sessions, count(s.id) FILTER (WHERE s.end_date < $3::date)::int AS held
       FROM training.branch b
       LEFT JOIN (training.session s JOIN training.course c ON c.id = s.course_id AND c.category = 'TOPICAL' AND 'BRANCH_PLANNER' = ANY (c.audience_roles))
         ON s.status = 'SCHEDULED' AND s.start_date >= $1::date AND s.start_date < $2::date AND (s.branch_code IS NULL OR s.branch_code = b.code)
       WHERE $4::text[] IS NULL OR b.code = ANY ($4::text[])
       GROUP BY b.code, b.sort_order ORDER BY b.sort_order`,
      [quarter.start, quarter.end, today(), visible],
    );
    return rows.map((r) => ({ branchCode: r.branch_code, quarter: quarter.key, sessions: r.sessions, held: r.held, ok: r.sessions >= 1 }));
  }
}

