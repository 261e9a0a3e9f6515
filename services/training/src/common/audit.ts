import type { AuthUser } from '@retention/auth';

interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** One entry of training's audit journal (who, when, what, on which record). */
export async function audit(db: Queryable, actor: AuthUser, entity: string, entityId: string, action: string, detail: object = {}): Promise<void> {
  await db.query('INSERT INTO training.audit (actor_id, actor_name, entity, entity_id, action, detail) VALUES ($1, $2, $3, $4, $5, $6)', [
    actor.id,
    actor.username,
    entity,
    entityId,
    action,
    JSON.stringify(detail),
  ]);
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** TypeORM answers an UPDATE … RETURNING with [rows, count]: the first row updated, if any. */
export async function updateReturning<T>(db: Queryable, sql: string, parameters: unknown[]): Promise<T | undefined> {
  const result = (await db.query(sql, parameters)) as [T[], number] | T[];
  const rows = Array.isArray(result[0]) ? (result[0] as T[]) : (result as T[]);
  return rows[0];
}
