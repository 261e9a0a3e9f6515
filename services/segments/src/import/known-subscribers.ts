import type { PoolClient } from 'pg';
import { stageTable } from './staging';

/**
 * Every subscriber a usage row may name: the master data, plus the good rows of this
 * import's own subscribers file (staged on `client`, checked, not applied yet). Held as a
 * set in memory (about 70 MB for a million ids), so each usage line is checked as it
 * streams by, with its line number, instead of in a second pass over the file's rows.
 * The ids come as one JSON array: exact for any text, and parsed natively.
 */
export async function loadKnownSubscribers(client: PoolClient, jobId: string, stagedSubscribersFile: string | null): Promise<Set<string>> {
  const staged = stagedSubscribersFile === null ? '' : `UNION ALL SELECT n.subscriber_id FROM ${stageTable('subscribers')} n
      WHERE NOT EXISTS (SELECT 1 FROM segments.import_error b WHERE b.job_id = $1::uuid AND b.file = $2 AND b.line = n.line_no)`;
  const { rows } = await client.query<{ ids: string }>(
    `SELECT coalesce(json_agg(k.subscriber_id), '[]')::text AS ids FROM (SELECT subscriber_id FROM segments.subscriber ${staged}) k`,
    stagedSubscribersFile === null ? [] : [jobId, stagedSubscribersFile],
  );
  return new Set(JSON.parse(rows[0].ids) as string[]);
}
