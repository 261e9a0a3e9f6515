import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser, Scope } from '@retention/auth';
import { scopeBranches, scopeReachesBranch } from '@retention/auth';
import { audit, UUID_PATTERN } from '../common/audit';
import { AttendanceStatus, SessionStatus, type StaffRole } from '../common/enums';
import { readTable, type RowError } from '../common/tabular-file';
import { TrainingError, TrainingErrorCode } from '../common/training.errors';
import { SessionService, sessionVisible } from '../sessions/session.service';
import type { SessionType } from '../sessions/session.type';
import type { AttendanceEntryInput, EnrollmentType, SignInImportResult } from './enrollment.type';

interface EnrollmentRow {
  id: string;
  session_id: string;
  staff_id: string;
  status: AttendanceStatus;
  score: string | null;
  pass_mark: string;
  version: number;
  staff_branch: string | null;
}

const SELECT = `SELECT e.id, e.session_id, e.staff_id, e.status, e.score, c.pass_mark, e.version, st.branch_code AS staff_branch
  FROM training.enrollment e
  JOIN training.session s ON s.id = e.session_id
  JOIN training.course c ON c.id = s.course_id
  JOIN training.staff st ON st.id = e.staff_id`;

function toEnrollment(row: EnrollmentRow): EnrollmentType {
  const score = row.score === null ? null : Number(row.score);
  return {
    id: row.id,
    sessionId: row.session_id,
    staffId: row.staff_id,
    status: row.status,
    score,
    passed: score === null ? null : score >= Number(row.pass_mark),
    version: row.version,
    staffBranchCode: row.staff_branch,
  };
}

/** Whether a scope sees an enrollment: branch roles only their own branch's staff. */
export function enrollmentVisible(scope: Scope, e: EnrollmentType): boolean {
  const visible = scopeBranches(scope);
  return visible === null || (e.staffBranchCode !== null && visible.includes(e.staffBranchCode));
}

interface Candidate {
  id: string;
  staff_role: StaffRole;
  branch_code: string | null;
  active: boolean;
  employee_no: string | null;
  display_name: string;
}

const SIGN_IN_ALIASES: Record<string, string> = {
  工号: 'employee_no', 员工编号: 'employee_no', 姓名: 'name', 人员编号: 'staff_id', 签到: 'attended', 出席: 'attended', 出勤: 'attended', status: 'attended',
  成绩: 'score', 考核成绩: 'score', 分数: 'score',
};
const ATTENDED_CELLS: Record<string, AttendanceStatus> = {
  attended: AttendanceStatus.ATTENDED, true: AttendanceStatus.ATTENDED, '1': AttendanceStatus.ATTENDED, 是: AttendanceStatus.ATTENDED, 出席: AttendanceStatus.ATTENDED, '√': AttendanceStatus.ATTENDED, y: AttendanceStatus.ATTENDED, yes: AttendanceStatus.ATTENDED,
  absent: AttendanceStatus.ABSENT, false: AttendanceStatus.ABSENT, '0': AttendanceStatus.ABSENT, 否: AttendanceStatus.ABSENT, 缺席: AttendanceStatus.ABSENT, '×': AttendanceStatus.ABSENT, n: AttendanceStatus.ABSENT, no: AttendanceStatus.ABSENT,
};

export class EnrollmentService {
  private readonly sessions: SessionService;

  constructor(private readonly dataSource: DataSource) {
    this.sessions = new SessionService(dataSource);
  }

  async bySessions(sessionIds: readonly string[]): Promise<EnrollmentType[]> {
    const rows: EnrollmentRow[] = await this.dataSource.query(`${SELECT} WHERE e.session_id = ANY ($1::uuid[]) ORDER BY st.branch_code, st.display_name, e.id`, [
      sessionIds.filter((id) => UUID_PATTERN.test(id)),
    ]);
    return rows.map(toEnrollment);
  }

  async byStaff(staffIds: readonly string[]): Promise<EnrollmentType[]> {
    const rows: EnrollmentRow[] = await this.dataSource.query(`${SELECT} WHERE e.staff_id = ANY ($1::uuid[]) ORDER BY s.start_date DESC, e.id`, [
      staffIds.filter((id) => UUID_PATTERN.test(id)),
    ]);
    return rows.map(toEnrollment);
  }

  private async sessionFor(scope: Scope, sessionId: string, field = 'sessionId'): Promise<SessionType & { audience: StaffRole[] }> {
    const session = await this.sessions.get(sessionId, scope);
    if (!session) throw new TrainingError(TrainingErrorCode.SESSION_NOT_FOUND, `${field}: no session ${sessionId}`, { field });
    if (session.status === SessionStatus.CANCELLED) throw new TrainingError(TrainingErrorCode.SESSION_CANCELLED, `${field}: the session is cancelled`, { field });
    const [{ audience_roles }] = await this.dataSource.query('SELECT audience_roles FROM training.course WHERE id = $1', [session.courseId]);
    return { ...session, audience: audience_roles };
  }

  /** Why a staff member cannot be on the session, or null. */
  private refusal(scope: Scope, session: SessionType & { audience: StaffRole[] }, staff: Candidate): TrainingErrorCode | null {
    if (!staff.branch_code ? scope.reach !== 'ALL' : !scopeReachesBranch(scope, staff.branch_code)) return TrainingErrorCode.NOT_YOUR_BRANCH;
    if (!staff.active) return TrainingErrorCode.STAFF_INACTIVE;
    if (!session.audience.includes(staff.staff_role)) return TrainingErrorCode.NOT_IN_AUDIENCE;
    if (session.branchCode && staff.branch_code !== session.branchCode) return TrainingErrorCode.WRONG_BRANCH_FOR_SESSION;
    return null;
  }

  private async candidates(m: DataSource | EntityManager, ids: string[]): Promise<Candidate[]> {
    return m.query('SELECT id, staff_role, branch_code, active, employee_no, display_name FROM training.staff WHERE id = ANY ($1::uuid[])', [ids.filter((id) => UUID_PATTERN.test(id))]);
  }

  /** Enrolls staff one by one or in a batch; staff already on the session stay as they are. */
  async enroll(actor: AuthUser, scope: Scope, sessionId: string, staffIds: string[]): Promise<EnrollmentType[]> {
    const session = await this.sessionFor(scope, sessionId);
    const unique = [...new Set(staffIds)];
    return this.dataSource.transaction(async (m) => {
      // One enrollment at a time per session, so two planners cannot both take the last seat.
      await m.query('SELECT id FROM training.session WHERE id = $1 FOR UPDATE', [sessionId]);
      const staff = new Map((await this.candidates(m, unique)).map((s) => [s.id, s]));
      unique.forEach((id, i) => {
        const candidate = staff.get(id);
        if (!candidate || (candidate.branch_code ? !scopeReachesBranch(scope, candidate.branch_code) : scope.reach !== 'ALL')) {
          throw new TrainingError(TrainingErrorCode.STAFF_NOT_FOUND, `staffIds[${i}]: no staff member ${id}`, { field: `staffIds[${i}]` });
        }
        const refusal = this.refusal(scope, session, candidate);
        if (refusal) throw new TrainingError(refusal, `staffIds[${i}]: ${candidate.display_name} cannot take this session (${refusal})`, { field: `staffIds[${i}]` });
      });
      const [{ n }] = await m.query('SELECT count(*)::int AS n FROM training.enrollment WHERE session_id = $1', [sessionId]);
      const already: { staff_id: string }[] = await m.query('SELECT staff_id FROM training.enrollment WHERE session_id = $1 AND staff_id = ANY ($2::uuid[])', [sessionId, unique]);
      const fresh = unique.filter((id) => !already.some((a) => a.staff_id === id));
      if (n + fresh.length > session.capacity) {
        throw new TrainingError(TrainingErrorCode.SESSION_FULL, `staffIds: ${fresh.length} more would exceed the capacity of ${session.capacity} (${n} enrolled)`, { field: 'staffIds', capacity: session.capacity, enrolled: n });
      }
      if (fresh.length) {
        await m.query(
          `INSERT INTO training.enrollment (session_id, staff_id, enrolled_by) SELECT $1, unnest($2::uuid[]), $3 ON CONFLICT (session_id, staff_id) DO NOTHING`,
          [sessionId, fresh, actor.id],
        );
        await audit(m, actor, 'session', sessionId, 'ENROLL', { staffIds: fresh });
      }
      const rows: EnrollmentRow[] = await m.query(`${SELECT} WHERE e.session_id = $1 AND e.staff_id = ANY ($2::uuid[]) ORDER BY st.display_name`, [sessionId, unique]);
      return rows.map(toEnrollment);
    });
  }

  /** Enrolls every active staff member of a role (in one branch, or every branch the caller reaches) not yet on the session. */
  async enrollByRole(actor: AuthUser, scope: Scope, sessionId: string, role: StaffRole, branchCode: string | null): Promise<EnrollmentType[]> {
    const session = await this.sessionFor(scope, sessionId);
    const branches = session.branchCode ? [session.branchCode] : branchCode ? [branchCode] : scopeBranches(scope);
    const ids: { id: string }[] = await this.dataSource.query(
      `SELECT s.id FROM training.staff s
       WHERE s.active AND s.staff_role = $1 AND ($2::text[] IS NULL OR s.branch_code = ANY ($2::text[]))
         AND NOT EXISTS (SELECT 1 FROM training.enrollment e WHERE e.session_id = $3 AND e.staff_id = s.id)
       ORDER BY s.branch_code, s.display_name`,
      [role, branches, sessionId],
    );
    return ids.length ? this.enroll(actor, scope, sessionId, ids.map((r) => r.id)) : [];
  }

  async withdraw(actor: AuthUser, scope: Scope, id: string, version: number): Promise<boolean> {
    const [row] = UUID_PATTERN.test(id) ? await this.dataSource.query<EnrollmentRow[]>(`${SELECT} WHERE e.id = $1`, [id]) : [];
    const e = row ? toEnrollment(row) : null;
    if (!e || !enrollmentVisible(scope, e)) throw new TrainingError(TrainingErrorCode.ENROLLMENT_NOT_FOUND, `id: no enrollment ${id}`, { field: 'id' });
    if (e.version !== version) throw new TrainingError(TrainingErrorCode.VERSION_CONFLICT, `version: at ${e.version}, not ${version}`, { field: 'version', currentVersion: e.version });
    if (e.status !== AttendanceStatus.REGISTERED) {
      throw new TrainingError(TrainingErrorCode.VERSION_CONFLICT, 'id: attendance is recorded; correct it instead of withdrawing', { field: 'id' });
    }
    await this.dataSource.transaction(async (m) => {
      await m.query('DELETE FROM training.enrollment WHERE id = $1 AND version = $2', [id, version]);
      await audit(m, actor, 'session', e.sessionId, 'WITHDRAW', { staffId: e.staffId });
    });
    return true;
  }

  /** Attendance and scores of one session, all entries or none. */
  async recordAttendance(actor: AuthUser, scope: Scope, sessionId: string, entries: AttendanceEntryInput[]): Promise<EnrollmentType[]> {
    await this.sessionFor(scope, sessionId);
    entries.forEach((entry, i) => {
      if (entry.score !== null && entry.score !== undefined) {
        if (!Number.isFinite(entry.score) || entry.score < 0 || entry.score > 100) {
          throw new TrainingError(TrainingErrorCode.BAD_SCORE, `entries[${i}].score: ${entry.score} is not 0–100`, { field: `entries[${i}].score` });
        }
        if (entry.status !== AttendanceStatus.ATTENDED) {
          throw new TrainingError(TrainingErrorCode.SCORE_NEEDS_ATTENDANCE, `entries[${i}].score: only attendees are scored`, { field: `entries[${i}].score` });
        }
      }
    });
    return this.dataSource.transaction(async (m) => {
      const rows: EnrollmentRow[] = await m.query(`${SELECT} WHERE e.session_id = $1 FOR UPDATE OF e`, [sessionId]);
      const byId = new Map(rows.map((r) => [r.id, toEnrollment(r)]));
      entries.forEach((entry, i) => {
        const current = byId.get(entry.enrollmentId);
        if (!current) throw new TrainingError(TrainingErrorCode.ENROLLMENT_NOT_FOUND, `entries[${i}].enrollmentId: not on this session`, { field: `entries[${i}].enrollmentId` });
        if (current.version !== entry.version) {
          throw new TrainingError(TrainingErrorCode.VERSION_CONFLICT, `entries[${i}].version: at ${current.version}, not ${entry.version}`, { field: `entries[${i}].version`, currentVersion: current.version });
        }
      });
      await m.query(
        `UPDATE training.enrollment e SET status = v.status, score = v.score, version = e.version + 1, updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::numeric[]) AS v (id, status, score) WHERE e.id = v.id`,
        [entries.map((e) => e.enrollmentId), entries.map((e) => e.status), entries.map((e) => e.score ?? null)],
      );
      await audit(m, actor, 'session', sessionId, 'ATTENDANCE', { entries: entries.map((e) => ({ id: e.enrollmentId, status: e.status, score: e.score ?? null })) });
      const after: EnrollmentRow[] = await m.query(`${SELECT} WHERE e.id = ANY ($1::uuid[]) ORDER BY st.display_name`, [entries.map((e) => e.enrollmentId)]);
      return after.map(toEnrollment);
    });
  }

  /**
   * A sign-in sheet (CSV or XLSX): one row per person (工号 or staff id), attended yes/no and
   * the score. Staff not yet enrolled are enrolled. Row-numbered errors: unknown staff,
   * duplicates, bad scores, staff who may not take the session, a full session. Any error
   * records nothing.
   */
  async importSignInSheet(actor: AuthUser, scope: Scope, sessionId: string, fileName: string, contentBase64: string, dryRun: boolean): Promise<SignInImportResult> {
    const session = await this.sessionFor(scope, sessionId);
    const table = await readTable(fileName, contentBase64, SIGN_IN_ALIASES);
    const errors: RowError[] = [];
    if (!table.columns.includes('employee_no') && !table.columns.includes('staff_id')) {
      errors.push({ line: 1, column: 'employee_no', code: 'MISSING_COLUMN', value: null, message: 'a column employee_no (工号) or staff_id is required' });
    }
    if (!table.columns.includes('attended')) errors.push({ line: 1, column: 'attended', code: 'MISSING_COLUMN', value: null, message: 'a column attended (签到) is required' });
    if (errors.length) return { imported: false, rows: table.rows.length, attended: 0, absent: 0, newlyEnrolled: 0, errors };
    const staff: Candidate[] = await this.dataSource.query(
      'SELECT id, staff_role, branch_code, active, employee_no, display_name FROM training.staff WHERE employee_no = ANY ($1::text[]) OR id::text = ANY ($2::text[])',
      [table.rows.map((r) => r.cells.employee_no).filter(Boolean), table.rows.map((r) => r.cells.staff_id).filter(Boolean)],
    );
    const enrolled: { id: string; staff_id: string; version: number }[] = await this.dataSource.query('SELECT id, staff_id, version FROM training.enrollment WHERE session_id = $1', [sessionId]);
    const enrolledBy = new Map(enrolled.map((e) => [e.staff_id, e]));
    const seen = new Map<string, number>();
    const good: { staffId: string; status: AttendanceStatus; score: number | null }[] = [];
    let seats = session.capacity - enrolled.length;
    for (const row of table.rows) {
      const c = row.cells;
      const fail = (column: string | null, code: string, message: string) => errors.push({ line: row.line, column, code, value: column ? (c[column] ?? null) : null, message });
      const key = c.employee_no || c.staff_id;
      const keyColumn = c.employee_no ? 'employee_no' : 'staff_id';
      if (!key) { fail('employee_no', 'REQUIRED', 'employee_no (工号) is empty'); continue; }
      const person = staff.find((s) => (c.employee_no ? s.employee_no === c.employee_no : s.id === c.staff_id));
      if (!person) { fail(keyColumn, 'UNKNOWN_STAFF', `no staff member ${key}`); continue; }
      if (seen.has(person.id)) { fail(keyColumn, 'DUPLICATE_ROW', `${person.display_name} is also on line ${seen.get(person.id)}`); continue; }
      seen.set(person.id, row.line);
      if (c.name && c.name !== person.display_name) { fail('name', 'NAME_MISMATCH', `${key} is ${person.display_name}, not ${c.name}`); continue; }
      const status = ATTENDED_CELLS[(c.attended ?? '').toLowerCase()];
      if (!status) { fail('attended', c.attended ? 'BAD_STATUS' : 'REQUIRED', 'attended is 是/否 (yes/no)'); continue; }
      let score: number | null = null;
      if (c.score) {
        score = Number(c.score);
        if (!/^\d+(\.\d{1,2})?$/.test(c.score) || score < 0 || score > 100) { fail('score', 'BAD_SCORE', `score "${c.score}" is not 0–100`); continue; }
        if (status !== AttendanceStatus.ATTENDED) { fail('score', 'SCORE_NEEDS_ATTENDANCE', 'an absentee has no score'); continue; }
      }
      if (!enrolledBy.has(person.id)) {
        const refusal = this.refusal(scope, session, person);
        if (refusal) { fail(keyColumn, refusal, `${person.display_name} cannot take this session (${refusal})`); continue; }
        if (seats <= 0) { fail(keyColumn, 'SESSION_FULL', `the session’s ${session.capacity} seats are taken`); continue; }
        seats--;
      }
      good.push({ staffId: person.id, status, score });
    }
    const counts = {
      rows: table.rows.length,
      attended: good.filter((g) => g.status === AttendanceStatus.ATTENDED).length,
      absent: good.filter((g) => g.status === AttendanceStatus.ABSENT).length,
      newlyEnrolled: good.filter((g) => !enrolledBy.has(g.staffId)).length,
    };
    if (errors.length) return { imported: false, ...counts, attended: 0, absent: 0, newlyEnrolled: 0, errors };
    if (dryRun) return { imported: false, ...counts, errors };
    await this.dataSource.transaction(async (m) => {
      await m.query(
        `INSERT INTO training.enrollment (session_id, staff_id, status, score, enrolled_by)
         SELECT $1, v.staff_id, v.status, v.score, $5 FROM unnest($2::uuid[], $3::text[], $4::numeric[]) AS v (staff_id, status, score)
         ON CONFLICT (session_id, staff_id) DO UPDATE SET status = EXCLUDED.status, score = EXCLUDED.score,
           version = training.enrollment.version + 1, updated_at = now()`,
        [sessionId, good.map((g) => g.staffId), good.map((g) => g.status), good.map((g) => g.score), actor.id],
      );
      await audit(m, actor, 'session', sessionId, 'SIGN_IN_IMPORT', { fileName, ...counts });
    });
    return { imported: true, ...counts, errors };
  }
}

export { sessionVisible };
