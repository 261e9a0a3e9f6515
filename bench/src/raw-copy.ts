import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { timed } from './measure';

/**
 * The physical limit of loading a usage extract: a plain COPY of the same CSV into an
 * UNLOGGED table without indexes or constraints, typed as far as the CSV allows
 * (its months are 'YYYY-MM', not dates). Returns the seconds and the rows loaded.
 */
export async function rawCopyUsage(pool: Pool, file: string): Promise<{ seconds: number; rows: number }> {
  const client = await pool.connect();
  try {
    await client.query('DROP TABLE IF EXISTS segments.bench_raw_usage');
    await client.query(`CREATE UNLOGGED TABLE segments.bench_raw_usage (
      subscriber_id text, month text, bill_amount numeric(12,2), outgoing_mou int, long_distance_mou int, roaming_mou int,
      data_mb int, balance numeric(12,2), arrears_months int, status text, services text)`);
    const { seconds } = await timed(() =>
      pipeline(fs.createReadStream(file, { highWaterMark: 1 << 20 }), client.query(copyFrom('COPY segments.bench_raw_usage FROM STDIN WITH (FORMAT csv, HEADER true)'))),
    );
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM segments.bench_raw_usage');
    await client.query('DROP TABLE segments.bench_raw_usage');
    return { seconds, rows: rows[0].n };
  } finally {
    client.release();
  }
}
