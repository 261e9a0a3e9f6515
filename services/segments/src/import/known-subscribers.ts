import { StringDecoder } from 'node:string_decoder';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { CsvRecordSplitter } from './csv-records';
import { stageTable } from './staging';

/**
 * Every subscriber a usage row may name: the master data, plus the good rows of this
 * import's own subscribers file (staged on `client`, checked, not applied yet). Read with
 * COPY into a set in memory (about 70 MB for a million ids), so each usage line is checked
 * as it streams by, with its line number, instead of in a second pass over the file's rows.
 */
export async function loadKnownSubscribers(client: PoolClient, jobId: string, stagedSubscribersFile: string | null): Promise<Set<string>> {
  const known = new Set<string>();
  const decoder = new StringDecoder('utf8');
  const splitter = new CsvRecordSplitter((text) => {
    known.add(text.endsWith('\r') ? text.slice(0, -1) : text);
    return true;
  });
  const onRecord = (fields: string[]) => known.add(fields[0]);
  // Both parts are fixed SQL; the job and file are bind parameters, which COPY does not take, so they are literals made by format().
  const staged = stagedSubscribersFile === null ? '' : ` UNION ALL SELECT n.subscriber_id FROM ${stageTable('subscribers')} n
      WHERE NOT EXISTS (SELECT 1 FROM segments.import_error b WHERE b.job_id = %L::uuid AND b.file = %L AND b.line = n.line_no)`;
  const select = `SELECT subscriber_id FROM segments.subscriber${staged}`;
  const sql = stagedSubscribersFile === null
    ? select
    : (await client.query<{ sql: string }>('SELECT format($1, $2::text, $3::text) AS sql', [select, jobId, stagedSubscribersFile])).rows[0].sql;
  await pipeline(
    client.query(copyTo(`COPY (${sql}) TO STDOUT WITH (FORMAT csv)`)),
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        splitter.feed(decoder.write(chunk), onRecord);
        done();
      },
      final(done) {
        splitter.feed(decoder.end(), onRecord);
        splitter.end(onRecord);
        done();
      },
    }),
  );
  return known;
}
