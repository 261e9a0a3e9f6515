import type { DataSource, EntityManager } from 'typeorm';

/** The session setting row-level security policies read: the one branch a request may see. */
export const BRANCH_SETTING = 'app.branch';

/**
 * The row condition of the backstop: the session's branch, or every row when it names none.
 * Written as one LIKE so the planner can estimate it: for estimates it folds the setting, so
 * an unset setting reads as LIKE '%' (every row) and a branch as equality. The plain
 * `setting IS NULL OR branch_code = setting` is estimated at 0.5 % of the rows, which turned
 * the hash joins of every job over the base into nested loops (B2–B4 several times slower).
 * Exact because branch codes hold no LIKE wildcards (branchScopedDataSource checks).
 */
export function branchBackstopCondition(column = 'branch_code'): string {
  return `${column} LIKE coalesce(nullif(current_setting('${BRANCH_SETTING}', true), ''), '%')`;
}

/**
 * The SQL of a backstop policy on a branch-scoped, customer-level table: a session that
 * names a branch (a branch user's request) sees and writes only that branch's rows; a
 * session that names none (province users, background jobs, migrations) is not limited.
 * The services' own scope checks come first; this catches a query that forgets one.
 */
export function branchBackstopPolicySql(table: string, column = 'branch_code'): string[] {
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    // The service role owns the table: without FORCE the owner would bypass its own policy.
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY branch_backstop ON ${table} USING (${branchBackstopCondition(column)})`,
  ];
}

/** The backstop policy of a table rewritten to the current condition (for tables that had an earlier one). */
export function branchBackstopPolicyUpdateSql(table: string, column = 'branch_code'): string {
  return `ALTER POLICY branch_backstop ON ${table} USING (${branchBackstopCondition(column)})`;
}

/** A branch code as the backstop compares it: letters only, so LIKE is an exact match. */
const BRANCH_CODE = /^[A-Z]+$/;

/**
 * The data source a branch user's request reads through: every query runs on a connection
 * that names the branch for the backstop policies, and the setting is cleared before the
 * connection goes back to the pool (a failed clear leaves it restricted, never open).
 * Transactions set it for the transaction only. Everything else is the data source itself.
 */
export function branchScopedDataSource(dataSource: DataSource, branchCode: string): DataSource {
  if (!BRANCH_CODE.test(branchCode)) throw new Error(`branchScopedDataSource: "${branchCode}" is not a branch code`);
  const query = async (sql: string, parameters?: unknown[]): Promise<unknown> => {
    const runner = dataSource.createQueryRunner();
    try {
      await runner.query('SELECT set_config($1, $2, false)', [BRANCH_SETTING, branchCode]);
      return await runner.query(sql, parameters);
    } finally {
      await runner.query('SELECT set_config($1, $2, false)', [BRANCH_SETTING, '']).catch(() => undefined);
      await runner.release();
    }
  };
  const transaction = (...args: unknown[]): Promise<unknown> => {
    const work = args[args.length - 1] as (manager: EntityManager) => Promise<unknown>;
    const scoped = async (manager: EntityManager) => {
      await manager.query('SELECT set_config($1, $2, true)', [BRANCH_SETTING, branchCode]);
      return work(manager);
    };
    return args.length > 1 ? dataSource.transaction(args[0] as never, scoped) : dataSource.transaction(scoped);
  };
  return new Proxy(dataSource, {
    get(target, property, receiver) {
      if (property === 'query') return query;
      if (property === 'transaction') return transaction;
      return Reflect.get(target, property, receiver);
    },
  });
}
