import type { DataSource } from 'typeorm';
import { BRANCH_STAFF_ROLES, type StaffRole } from '../common/enums';
import { today, type Quarter } from '../common/period';
import type { CoverageRow } from './coverage.type';

interface RoleRow {
  branch_code: string;
  role: StaffRole;
  staff: number;
  trained: number;
  score_sum: number | null;
  scored: number;
  passed: number;
  enrolled: number;
  attended: number;
  absent: number;
  enrolled_held: number;
  attended_held: number;
  sessions_held: number;
  sessions_planned: number;
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

function finish(quarter: Quarter, branchCode: string, role: StaffRole | null, rows: RoleRow[]): CoverageRow {
  const sum = (key: keyof RoleRow) => rows.reduce((s, r) => s + Number(r[key] ?? 0), 0);
  const staff = sum('staff');
  const trained = sum('trained');
  return {
    quarter: quarter.key,
    branchCode,
    role,
    staff,
    trained,
    coverage: ratio(trained, staff),
    averageScore: ratio(sum('score_sum'), sum('scored')),
    passRate: ratio(sum('passed'), sum('scored')),
    enrolled: sum('enrolled'),
    attended: sum('attended'),
    absent: sum('absent'),
    // A session for several roles counts once per branch.
    sessionsHeld: role ? sum('sessions_held') : Math.max(0, ...rows.map((r) => r.sessions_held)),
    sessionsPlanned: role ? sum('sessions_planned') : Math.max(0, ...rows.map((r) => r.sessions_planned)),
    attendanceRateHeld: ratio(sum('attended_held'), sum('enrolled_held')),
    attendanceRatePlanned: ratio(sum('attended_held'), sum('enrolled')),
  };
}

export class CoverageService {
  constructor(private readonly dataSource: DataSource) {}

  /** The audience roles of the quarter's (scheduled) sessions that belong to branches. */
  async audienceRoles(quarter: Quarter): Promise<StaffRole[]> {
    const rows: { role: StaffRole }[] = await this.dataSource.query(
      `SELECT DISTINCT unnest(c.audience_roles) AS role FROM training.session s JOIN training.course c ON c.id = s.course_id
       WHERE s.status = 'SCHEDULED' AND s.start_date >= $1::date AND s.start_date < $2::date ORDER BY 1`,
      [quarter.start, quarter.end],
    );
    return rows.map((r) => r.role).filter((r) => BRANCH_STAFF_ROLES.includes(r));
  }

  /** Per branch and role, one query for the quarter. */
  private async perRole(quarter: Quarter, roles: StaffRole[]): Promise<RoleRow[]> {
    if (roles.length === 0) return [];
    return this.dataSource.query(
      `WITH q AS (
         SELECT s.id, s.branch_code, s.end_date < $4::date AS held, c.audience_roles, c.pass_mark
         FROM training.session s JOIN training.course c ON c.id = s.course_id
         WHERE s.status = 'SCHEDULED' AND s.start_date >= $1::date AND s.start_date < $2::date
       ),
       people AS (SELECT id, branch_code, staff_role FROM training.staff WHERE active AND branch_code IS NOT NULL AND staff_role = ANY ($3::text[])),
       e AS (
         SELECT p.branch_code, p.staff_role, e.staff_id, e.status, e.score, q.held, q.pass_mark
         FROM training.enrollment e JOIN q ON q.id = e.session_id JOIN people p ON p.id = e.staff_id
         WHERE p.staff_role = ANY (q.audience_roles)
       )
       SELECT b.code AS branch_code, r.role,
              (SELECT count(*) FROM people p WHERE p.branch_code = b.code AND p.staff_role = r.role)::int AS staff,
              (SELECT count(DISTINCT e.staff_id) FROM e WHERE e.branch_code = b.code AND e.staff_role = r.role AND e.status = 'ATTENDED')::int AS trained,
              x.score_sum, x.scored, x.passed, x.enrolled, x.attended, x.absent, x.enrolled_held, x.attended_held,
              (SELECT count(*) FROM q WHERE q.held AND (q.branch_code IS NULL OR q.branch_code = b.code) AND r.role = ANY (q.audience_roles))::int AS sessions_held,
              (SELECT count(*) FROM q WHERE (q.branch_code IS NULL OR q.branch_code = b.code) AND r.role = ANY (q.audience_roles))::int AS sessions_planned
       FROM training.branch b
       CROSS JOIN unnest($3::text[]) AS r (role)
       CROSS JOIN LATERAL (
         SELECT sum(e.score) FILTER (WHERE e.status = 'ATTENDED' AND e.score IS NOT NULL)::float8 AS score_sum,
                count(*) FILTER (WHERE e.status = 'ATTENDED' AND e.score IS NOT NULL)::int AS scored,
                count(*) FILTER (WHERE e.status = 'ATTENDED' AND e.score >= e.pass_mark)::int AS passed,
                count(*)::int AS enrolled,
                count(*) FILTER (WHERE e.status = 'ATTENDED')::int AS attended,
                count(*) FILTER (WHERE e.status = 'ABSENT')::int AS absent,
                count(*) FILTER (WHERE e.held)::int AS enrolled_held,
                count(*) FILTER (WHERE e.held AND e.status = 'ATTENDED')::int AS attended_held
         FROM e WHERE e.branch_code = b.code AND e.staff_role = r.role
       ) x
       ORDER BY b.sort_order, r.role`,
      [quarter.start, quarter.end, roles, today()],
    );
  }

  /** One row per branch (21), for one role or (role null) every audience role of the quarter pooled. */
  async coverage(quarter: Quarter, role: StaffRole | null, branches: string[] | null = null): Promise<CoverageRow[]> {
    const roles = role ? [role] : await this.audienceRoles(quarter);
    const rows = await this.perRole(quarter, roles);
    const codes: { code: string }[] = await this.dataSource.query('SELECT code FROM training.branch WHERE $1::text[] IS NULL OR code = ANY ($1::text[]) ORDER BY sort_order', [branches]);
    return codes.map(({ code }) => finish(quarter, code, role, rows.filter((r) => r.branch_code === code)));
  }
}
