import type { DataSource } from 'typeorm';
import type { AuthUser, Scope } from '@retention/auth';
import { scopeBranches, scopeReachesBranch } from '@retention/auth';
import { isBranchCode } from '@retention/domain';
import { audit, updateReturning, UUID_PATTERN } from '../common/audit';
import { BRANCH_STAFF_ROLES, ContactKind, STAFF_ROLES, StaffRole } from '../common/enums';
import { readTable, type RowError } from '../common/tabular-file';
import { TrainingError, TrainingErrorCode } from '../common/training.errors';
import type { CreateStaffInput, UpdateStaffInput } from './staff.inputs';
import type { StaffConnection, StaffImportResult, StaffType } from './staff.type';

const EMPLOYEE_NO = /^[A-Za-z0-9_-]{1,32}$/;

interface StaffRow {
  id: string;
  employee_no: string | null;
  display_name: string;
  staff_role: StaffRole;
  contact_kind: ContactKind | null;
  branch_code: string | null;
  active: boolean;
  user_id: string | null;
  version: number;
}

const COLUMNS = 'id, employee_no, display_name, staff_role, contact_kind, branch_code, active, user_id, version';

export function toStaff(row: StaffRow): StaffType {
  return {
    id: row.id,
    employeeNo: row.employee_no,
    displayName: row.display_name,
    role: row.staff_role,
    contactKind: row.contact_kind,
    branchCode: row.branch_code,
    active: row.active,
    hasLogin: row.user_id !== null,
    version: row.version,
  };
}

/** The fields of a staff member as checked for creation, editing and imports. */
export interface StaffFields {
  displayName: string;
  role: StaffRole;
  branchCode: string | null;
  contactKind: ContactKind | null;
  employeeNo: string | null;
}

/** Checks staff fields; `prefix` names the input in the error's field (e.g. `input.`). */
export function checkStaffFields(f: StaffFields, scope: Scope, prefix = 'input.'): StaffFields {
  const displayName = f.displayName.trim();
  if (displayName.length < 1 || displayName.length > 60) {
    throw new TrainingError(TrainingErrorCode.INVALID_NAME, `${prefix}displayName: 1–60 characters`, { field: `${prefix}displayName` });
  }
  if (!STAFF_ROLES.includes(f.role)) throw new TrainingError(TrainingErrorCode.BAD_ROLE, `${prefix}role: unknown role ${f.role}`, { field: `${prefix}role` });
  const branchCode = f.branchCode?.trim() || null;
  const branchRole = BRANCH_STAFF_ROLES.includes(f.role);
  if (branchRole && !branchCode) throw new TrainingError(TrainingErrorCode.BRANCH_REQUIRED, `${prefix}branchCode: required for ${f.role}`, { field: `${prefix}branchCode` });
  if (!branchRole && branchCode) throw new TrainingError(TrainingErrorCode.BRANCH_NOT_ALLOWED, `${prefix}branchCode: must be empty for ${f.role}`, { field: `${prefix}branchCode` });
  if (branchCode && !isBranchCode(branchCode)) throw new TrainingError(TrainingErrorCode.UNKNOWN_BRANCH, `${prefix}branchCode: unknown branch "${branchCode}"`, { field: `${prefix}branchCode` });
  // A branch planner manages their own branch's staff only (and cannot add province staff).
  if (scope.reach !== 'ALL' && (!branchCode || !scopeReachesBranch(scope, branchCode))) {
    throw new TrainingError(TrainingErrorCode.NOT_YOUR_BRANCH, `${prefix}branchCode: you manage the staff of ${scope.branchCode} only`, { field: `${prefix}branchCode` });
  }
  if (f.contactKind && f.role !== StaffRole.PHONE_MANAGER) {
    throw new TrainingError(TrainingErrorCode.CONTACT_KIND_ONLY_MANAGERS, `${prefix}contactKind: only phone managers have a contact kind`, { field: `${prefix}contactKind` });
  }
  const contactKind = f.role === StaffRole.PHONE_MANAGER ? (f.contactKind ?? ContactKind.PHONE) : null;
  const employeeNo = f.employeeNo?.trim() || null;
  if (employeeNo && !EMPLOYEE_NO.test(employeeNo)) {
    throw new TrainingError(TrainingErrorCode.INVALID_EMPLOYEE_NO, `${prefix}employeeNo: 1–32 letters, digits, "-" or "_"`, { field: `${prefix}employeeNo` });
  }
  return { displayName, role: f.role, branchCode, contactKind, employeeNo };
}

/** Import column names (and their Chinese headers). */
const STAFF_ALIASES: Record<string, string> = {
  工号: 'employee_no', 员工编号: 'employee_no', 姓名: 'name', display_name: 'name', 岗位: 'role', 角色: 'role', staff_role: 'role',
  联系类型: 'contact_kind', 分公司: 'branch_code', branch: 'branch_code', 在岗: 'active', 状态: 'active',
};

/** Role cells: the key or the usual Chinese title (客户经理 is a phone manager of kind ACCOUNT). */
const ROLE_LABELS: Record<string, { role: StaffRole; kind?: ContactKind }> = {
  分公司策划: { role: StaffRole.BRANCH_PLANNER }, 策划: { role: StaffRole.BRANCH_PLANNER }, 策划人员: { role: StaffRole.BRANCH_PLANNER },
  电话经理: { role: StaffRole.PHONE_MANAGER, kind: ContactKind.PHONE }, 客户经理: { role: StaffRole.PHONE_MANAGER, kind: ContactKind.ACCOUNT },
  前台: { role: StaffRole.FRONT_DESK }, 营业厅前台: { role: StaffRole.FRONT_DESK }, 营业员: { role: StaffRole.FRONT_DESK }, 前台服务人员: { role: StaffRole.FRONT_DESK },
  省公司策划: { role: StaffRole.PROVINCE_PLANNER }, 省公司经分: { role: StaffRole.PROVINCE_ANALYST }, 培训师: { role: StaffRole.TRAINER },
};

const BOOLEAN_CELLS: Record<string, boolean> = { true: true, '1': true, 是: true, 在岗: true, yes: true, false: false, '0': false, 否: false, 离岗: false, 停用: false, no: false };

export class StaffService {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    scope: Scope,
    filter: { branchCode?: string | null; role?: StaffRole | null; activeOnly?: boolean | null; search?: string | null; contactKind?: ContactKind | null; active?: boolean | null },
    first: number,
    after: string | null,
  ): Promise<StaffConnection> {
    const visible = scopeBranches(scope);
    const offset = after ? Math.max(0, Number(Buffer.from(after, 'base64').toString('utf8')) || 0) : 0;
    const limit = Math.min(Math.max(first, 1), 500);
    const search = filter.search?.trim() ? `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const params = [visible, filter.branchCode ?? null, filter.role ?? null, filter.activeOnly ?? false, search, filter.contactKind ?? null, filter.active ?? null];
    const where = `($1::text[] IS NULL OR s.branch_code = ANY ($1::text[]))
      AND ($2::text IS NULL OR s.branch_code = $2) AND ($3::text IS NULL OR s.staff_role = $3)
      AND (NOT $4 OR s.active) AND ($5::text IS NULL OR s.display_name ILIKE $5 OR s.employee_no ILIKE $5)
      AND ($6::text IS NULL OR s.contact_kind = $6) AND ($7::boolean IS NULL OR s.active = $7)`;
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM training.staff s WHERE ${where}`, params);
    const rows: StaffRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS.split(', ').map((c) => `s.${c}`).join(', ')} FROM training.staff s LEFT JOIN training.branch b ON b.code = s.branch_code
       WHERE ${where} ORDER BY b.sort_order NULLS FIRST, s.staff_role, s.display_name, s.id LIMIT $8 OFFSET $9`,
      [...params, limit, offset],
    );
    const next = offset + rows.length;
    return {
      totalCount: n,
      pageInfo: { endCursor: rows.length ? Buffer.from(String(next)).toString('base64') : null, hasNextPage: next < n },
      nodes: rows.map(toStaff),
    };
  }

  async byIds(ids: readonly string[]): Promise<StaffType[]> {
    const valid = ids.filter((id) => UUID_PATTERN.test(id));
    if (valid.length === 0) return [];
    const rows: StaffRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM training.staff WHERE id = ANY ($1::uuid[])`, [valid]);
    return rows.map(toStaff);
  }

  async get(id: string, scope: Scope): Promise<StaffType | null> {
    const [staff] = await this.byIds([id]);
    if (!staff) return null;
    const visible = scopeBranches(scope);
    return visible === null || (staff.branchCode !== null && visible.includes(staff.branchCode)) ? staff : null;
  }

  async create(actor: AuthUser, scope: Scope, input: CreateStaffInput, idempotencyKey: string | null): Promise<StaffType> {
    const f = checkStaffFields({ ...input, branchCode: input.branchCode ?? null, contactKind: input.contactKind ?? null, employeeNo: input.employeeNo ?? null }, scope);
    if (idempotencyKey) {
      const [existing]: StaffRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM training.staff WHERE created_by = $1 AND idempotency_key = $2`, [actor.id, idempotencyKey]);
      if (existing) return toStaff(existing);
    }
    await this.assertEmployeeNoFree(f.employeeNo, null, 'input.employeeNo');
    return this.dataSource.transaction(async (m) => {
      const [row]: StaffRow[] = await m.query(
        `INSERT INTO training.staff (employee_no, display_name, staff_role, contact_kind, branch_code, created_by, idempotency_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (created_by, idempotency_key) DO UPDATE SET idempotency_key = EXCLUDED.idempotency_key
         RETURNING ${COLUMNS}`,
        [f.employeeNo, f.displayName, f.role, f.contactKind, f.branchCode, actor.id, idempotencyKey],
      );
      await audit(m, actor, 'staff', row.id, 'CREATE', f);
      return toStaff(row);
    });
  }

  private async assertEmployeeNoFree(employeeNo: string | null, exceptId: string | null, field: string): Promise<void> {
    if (!employeeNo) return;
    const taken = await this.dataSource.query('SELECT 1 FROM training.staff WHERE employee_no = $1 AND id IS DISTINCT FROM $2::uuid', [employeeNo, exceptId]);
    if (taken.length) throw new TrainingError(TrainingErrorCode.EMPLOYEE_NO_TAKEN, `${field}: "${employeeNo}" belongs to someone else`, { field });
  }

  async update(actor: AuthUser, scope: Scope, id: string, version: number, input: UpdateStaffInput): Promise<StaffType> {
    const current = await this.get(id, scope);
    if (!current) throw new TrainingError(TrainingErrorCode.STAFF_NOT_FOUND, `id: no staff member ${id}`, { field: 'id' });
    if (current.version !== version) {
      throw new TrainingError(TrainingErrorCode.VERSION_CONFLICT, `version: the staff member is at version ${current.version}, not ${version}`, { field: 'version', currentVersion: current.version });
    }
    const touchesUserFields = ['displayName', 'role', 'branchCode', 'contactKind', 'active'].some((k) => input[k as keyof UpdateStaffInput] !== undefined && input[k as keyof UpdateStaffInput] !== null);
    if (current.hasLogin && touchesUserFields) {
      throw new TrainingError(TrainingErrorCode.STAFF_HAS_LOGIN, 'input: a user’s name, role, branch and status are changed in user administration', { field: 'input' });
    }
    const role = input.role ?? current.role;
    const f = checkStaffFields(
      {
        displayName: input.displayName ?? current.displayName,
        role,
        branchCode: input.branchCode !== undefined && input.branchCode !== null ? input.branchCode : BRANCH_STAFF_ROLES.includes(role) ? current.branchCode : null,
        contactKind: role === StaffRole.PHONE_MANAGER ? (input.contactKind ?? current.contactKind) : null,
        employeeNo: input.employeeNo !== undefined && input.employeeNo !== null ? input.employeeNo : current.employeeNo,
      },
      scope,
    );
    await this.assertEmployeeNoFree(f.employeeNo, id, 'input.employeeNo');
    const active = input.active ?? current.active;
    return this.dataSource.transaction(async (m) => {
      const row = await updateReturning<StaffRow>(
        m,
        `UPDATE training.staff SET employee_no = $3, display_name = $4, staff_role = $5, contact_kind = $6, branch_code = $7, active = $8,
                version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING ${COLUMNS}`,
        [id, version, f.employeeNo, f.displayName, f.role, f.contactKind, f.branchCode, active],
      );
      if (!row) throw new TrainingError(TrainingErrorCode.VERSION_CONFLICT, 'version: changed meanwhile, reload and try again', { field: 'version' });
      await audit(m, actor, 'staff', id, 'UPDATE', { from: current, to: { ...f, active } });
      return toStaff(row);
    });
  }

  /**
   * Imports a staff list (CSV or XLSX): one row per person keyed by 工号, added or updated.
   * A file with any error imports nothing and returns every error with its line.
   */
  async import(actor: AuthUser, scope: Scope, fileName: string, contentBase64: string, dryRun: boolean): Promise<StaffImportResult> {
    const table = await readTable(fileName, contentBase64, STAFF_ALIASES);
    const errors: RowError[] = [];
    for (const column of ['employee_no', 'name', 'role']) {
      if (!table.columns.includes(column)) errors.push({ line: 1, column, code: 'MISSING_COLUMN', value: null, message: `missing column ${column}` });
    }
    if (errors.length) return { imported: false, rows: table.rows.length, created: 0, updated: 0, errors };
    const existing: StaffRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM training.staff WHERE employee_no = ANY ($1::text[])`, [
      table.rows.map((r) => r.cells.employee_no).filter(Boolean),
    ]);
    const byNo = new Map(existing.map((r) => [r.employee_no!, r]));
    const seen = new Map<string, number>();
    const good: (StaffFields & { active: boolean; id: string | null })[] = [];
    for (const row of table.rows) {
      const c = row.cells;
      const fail = (column: string | null, code: string, message: string) => errors.push({ line: row.line, column, code, value: column ? (c[column] ?? null) : null, message });
      if (!c.employee_no) { fail('employee_no', 'REQUIRED', 'employee_no is empty'); continue; }
      if (seen.has(c.employee_no)) { fail('employee_no', 'DUPLICATE_ROW', `employee_no also on line ${seen.get(c.employee_no)}`); continue; }
      seen.set(c.employee_no, row.line);
      const label = ROLE_LABELS[c.role] ?? (STAFF_ROLES.includes(c.role?.toUpperCase() as StaffRole) ? { role: c.role.toUpperCase() as StaffRole } : null);
      if (!label) { fail('role', c.role ? 'BAD_ROLE' : 'REQUIRED', `role "${c.role ?? ''}" is not a staff role`); continue; }
      const kindCell = c.contact_kind?.toUpperCase();
      const kind = kindCell === 'PHONE' || kindCell === '电话' ? ContactKind.PHONE : kindCell === 'ACCOUNT' || kindCell === '客户' ? ContactKind.ACCOUNT : null;
      if (kindCell && !kind) { fail('contact_kind', 'BAD_ENUM', 'contact_kind is PHONE or ACCOUNT'); continue; }
      const activeCell = c.active?.toLowerCase();
      if (activeCell && BOOLEAN_CELLS[activeCell] === undefined) { fail('active', 'BAD_BOOLEAN', 'active is true or false'); continue; }
      const previous = byNo.get(c.employee_no);
      if (previous?.user_id) { fail('employee_no', 'STAFF_HAS_LOGIN', 'this employee has a login: edit them in user administration'); continue; }
      try {
        const f = checkStaffFields({ displayName: c.name ?? '', role: label.role, branchCode: c.branch_code || null, contactKind: kind ?? label.kind ?? null, employeeNo: c.employee_no }, scope, '');
        good.push({ ...f, active: activeCell ? BOOLEAN_CELLS[activeCell] : true, id: previous?.id ?? null });
      } catch (error) {
        if (!(error instanceof TrainingError)) throw error;
        fail(String(error.details.field ?? '') || null, error.code, error.message);
      }
      // A branch planner may not take over another branch's employee by number.
      if (previous && previous.branch_code && !scopeReachesBranch(scope, previous.branch_code)) {
        good.pop();
        fail('employee_no', TrainingErrorCode.NOT_YOUR_BRANCH, `employee_no belongs to branch ${previous.branch_code}`);
      }
    }
    const created = good.filter((g) => !g.id).length;
    const result = { rows: table.rows.length, created, updated: good.length - created, errors };
    if (errors.length || dryRun) return { imported: false, ...result, ...(errors.length ? { created: 0, updated: 0 } : {}) };
    await this.dataSource.transaction(async (m) => {
      await m.query(
        `INSERT INTO training.staff (employee_no, display_name, staff_role, contact_kind, branch_code, active, created_by)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::text[])
         ON CONFLICT (employee_no) DO UPDATE SET display_name = EXCLUDED.display_name, staff_role = EXCLUDED.staff_role,
           contact_kind = EXCLUDED.contact_kind, branch_code = EXCLUDED.branch_code, active = EXCLUDED.active,
           version = training.staff.version + 1, updated_at = now()
         WHERE training.staff.user_id IS NULL`,
        [good.map((g) => g.employeeNo), good.map((g) => g.displayName), good.map((g) => g.role), good.map((g) => g.contactKind), good.map((g) => g.branchCode), good.map((g) => g.active), good.map(() => actor.id)],
      );
      await audit(m, actor, 'staff', fileName, 'IMPORT', result);
    });
    return { imported: true, ...result };
  }
}
