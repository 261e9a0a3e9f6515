interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Whether the training role may read another service's published view (`<service>_api.<view>`):
 * its owner may not be migrated (a test database with training alone), and then training
 * answers "no figure" instead of failing.
 */
export async function viewReadable(db: Queryable, schema: string, view: string): Promise<boolean> {
  const [row] = (await db.query(
    `SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) THEN false
                 WHEN NOT has_schema_privilege($1, 'USAGE') THEN false
                 WHEN to_regclass($1 || '.' || $2) IS NULL THEN false
                 ELSE has_table_privilege($1 || '.' || $2, 'SELECT') END AS ok`,
    [schema, view],
  )) as { ok: boolean }[];
  return row?.ok === true;
}
