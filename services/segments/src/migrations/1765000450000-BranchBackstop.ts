import type { MigrationInterface, QueryRunner } from 'typeorm';
import { branchBackstopPolicySql } from '@retention/db';

/** The branch-scoped, customer-level tables: customers and their monthly segment membership (aggregates are not limited). */
const TABLES = ['segments.subscriber', 'segments.membership'];

/**
 * Row-level security as a backstop behind the services' own branch checks: a branch
 * user's request (which names its branch in the session, see branchScopedDataSource)
 * cannot read or write another branch's customers even through a query that forgot
 * its filter. Jobs and province users name no branch and are not limited.
 */
export class BranchBackstop1765000450000 implements MigrationInterface {
  name = 'BranchBackstop1765000450000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of TABLES) for (const sql of branchBackstopPolicySql(table)) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.query(`DROP POLICY branch_backstop ON ${table}`);
      await q.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
  }
}
