import type { MigrationInterface, QueryRunner } from 'typeorm';
import { branchBackstopPolicySql } from '@retention/db';

/**
 * The branch-scoped, customer-level tables: who is on a branch's list, and the phone
 * managers' tasks. Contacts are not limited: budget burn and uptake add them up across
 * the branches of a province campaign for everyone who may read the campaign.
 */
const TABLES = ['campaigns.list_member', 'campaigns.task'];

/** Row-level security as a backstop behind the service's own branch checks (see segments' BranchBackstop). */
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
