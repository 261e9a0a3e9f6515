const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * A schema or queue name that is written into SQL text (PostgreSQL takes no bind
 * parameters for identifiers): only plain lower-case identifiers pass, so nothing a
 * caller passes can change the statement. Values always go as bind parameters.
 */
export function plainIdentifier(name: string, what = 'identifier'): string {
  if (!IDENTIFIER.test(name) || name.length > 63) throw new Error(`${what}: not a plain identifier: ${JSON.stringify(name)}`);
  return name;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids of jobs and uploads are uuids; anything else is answered as "not found" without a query. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Anything that runs a query: the DataSource, or a transaction's EntityManager. */
export interface QueryRunnerLike {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * The rows of a RETURNING statement through TypeORM's `query`, which answers an UPDATE
 * or DELETE with `[rows, rowCount]` and anything else with the rows.
 */
export function returnedRows<T>(raw: unknown): T[] {
  if (Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === 'number') return raw[0] as T[];
  return raw as T[];
}
