import type { DataSource } from 'typeorm';
import { hashPassword, verifyPassword } from '@retention/auth';
import { Role } from '@retention/domain';

export const DEMO_PASSWORD = 'demo1234';

/** The demo logins listed in README.md; created only when demo data is seeded. */
export const DEMO_USERS: { username: string; displayName: string; role: Role; branchCode: string | null; contactKind?: 'PHONE' | 'ACCOUNT' }[] = [
  { username: 'province', displayName: '省公司策划 王敏', role: Role.PROVINCE_PLANNER, branchCode: null },
  { username: 'analyst', displayName: '省公司经分 李强', role: Role.PROVINCE_ANALYST, branchCode: null },
  { username: 'cd.planner', displayName: '成都策划 张丽', role: Role.BRANCH_PLANNER, branchCode: 'CD' },
  { username: 'cd.phone1', displayName: '成都电话经理 刘洋', role: Role.PHONE_MANAGER, branchCode: 'CD' },
  { username: 'cd.phone2', displayName: '成都电话经理 陈静', role: Role.PHONE_MANAGER, branchCode: 'CD' },
  { username: 'cd.account1', displayName: '成都客户经理 黄欣', role: Role.PHONE_MANAGER, branchCode: 'CD', contactKind: 'ACCOUNT' },
  { username: 'ga.planner', displayName: '广安策划 杨帆', role: Role.BRANCH_PLANNER, branchCode: 'GA' },
  { username: 'ga.phone1', displayName: '广安电话经理 赵磊', role: Role.PHONE_MANAGER, branchCode: 'GA' },
  { username: 'trainer', displayName: '培训师 周婷', role: Role.TRAINER, branchCode: null },
  { username: 'admin', displayName: '系统管理员', role: Role.ADMIN, branchCode: null },
];

/** Idempotent: existing usernames are left as they are (a changed password survives a restart). */
export async function seedDemoUsers(dataSource: DataSource): Promise<number> {
  const hashes = await Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));
  const inserted: unknown[] = await dataSource.query(
    `INSERT INTO training.app_user (username, display_name, role, branch_code, password_hash, contact_kind)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
     ON CONFLICT (username) DO NOTHING
     RETURNING id`,
    [
      DEMO_USERS.map((u) => u.username),
      DEMO_USERS.map((u) => u.displayName),
      DEMO_USERS.map((u) => u.role),
      DEMO_USERS.map((u) => u.branchCode),
      hashes,
      DEMO_USERS.map((u) => u.contactKind ?? null),
    ],
  );
  return inserted.length;
}

/** Active demo logins that still open with the published demo password. */
export async function openDemoLogins(dataSource: DataSource): Promise<string[]> {
  const rows: { username: string; password_hash: string }[] = await dataSource.query(
    'SELECT username, password_hash FROM training.app_user WHERE active AND username = ANY ($1::text[]) ORDER BY username',
    [DEMO_USERS.map((u) => u.username)],
  );
  const open = await Promise.all(rows.map(async (r) => ((await verifyPassword(DEMO_PASSWORD, r.password_hash)) ? r.username : null)));
  return open.filter((u): u is string => u !== null);
}

/** A production start refuses a database where anyone can sign in with the README's demo password. */
export async function refuseOpenDemoLoginsInProduction(dataSource: DataSource, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (env.NODE_ENV !== 'production') return;
  const open = await openDemoLogins(dataSource);
  if (open.length > 0) {
    throw new Error(`refusing to start in production: demo logins with the published password are active (${open.join(', ')}); deactivate them or reset their passwords`);
  }
}
