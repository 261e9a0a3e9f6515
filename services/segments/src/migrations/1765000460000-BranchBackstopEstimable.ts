import type { MigrationInterface, QueryRunner } from 'typeorm';
import { branchBackstopPolicyUpdateSql } from '@retention/db';

const TABLES = ['segments.subscriber', 'segments.membership'];

/**
 * The backstop's condition rewritten so the planner estimates it right (see
 * branchBackstopCondition): the first form made it expect 0.5 % of every table's rows.
 */
export class BranchBackstopEstimable1765000460000 implements MigrationInterface {
  name = 'BranchBackstopEstimable1765000460000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(branchBackstopPolicyUpdateSql(table));
  }

  async down(q: QueryRunner): Promise<void> {
    const setting = "nullif(current_setting('app.branch', true), '')";
    for (const table of TABLES) await q.query(`ALTER POLICY branch_backstop ON ${table} USING (${setting} IS NULL OR branch_code = ${setting})`);
  }
}
