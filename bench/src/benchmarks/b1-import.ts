import { repeat } from '../measure';
import { rawCopyUsage } from '../raw-copy';
import { runInWorker } from '../worker-client';
import { expectEqual, type DataBenchmark } from './benchmark';

/** B1: the whole usage import (COPY, validation, month replacement) against a raw COPY of the same file. */
export const b1Import: DataBenchmark = {
  id: 'B1',
  title: 'import usage',
  async run({ size, dataset, url, pool, runs, warmups }) {
    const expectedRows = dataset.counts.usage;
    const peaks: number[] = [];
    let phases: Record<string, number> = {};
    const value = await repeat({ runs, warmups, label: `B1 import ${size}` }, async () => {
      const answer = await runInWorker({ kind: 'import', url, request: { files: { usage: dataset.files.usage }, quarantine: false } });
      peaks.push(answer.maxRssMb);
      phases = answer.detail.timings as Record<string, number>;
      return answer.seconds;
    });
    const { rows } = await pool.query<{ n: number; months: number }>('SELECT count(*)::int AS n, count(DISTINCT month)::int AS months FROM segments.usage');
    const checks = [
      expectEqual('B1', 'usage rows after repeated imports', rows[0].n, expectedRows),
      expectEqual('B1', 'months loaded', rows[0].months, dataset.months.length),
    ];
    let baselineRows = 0;
    const baseline = await repeat({ runs, warmups, label: `B1 raw COPY ${size}` }, async () => {
      const copy = await rawCopyUsage(pool, dataset.files.usage);
      baselineRows = copy.rows;
      return copy.seconds;
    });
    checks.push(expectEqual('B1', 'raw COPY rows', baselineRows, expectedRows));
    const ratio = value.median / baseline.median;
    return {
      id: 'B1',
      size,
      what: `import usage.csv (${expectedRows.toLocaleString('en')} rows), validation and month replacement included`,
      unit: 's',
      value,
      baseline: { what: 'raw COPY into an UNLOGGED table, no indexes', value: baseline },
      ratio,
      goal: '≤ 1.5×',
      pass: ratio <= 1.5,
      notes: [
        ...checks,
        `peak memory of the importing Node process: ${Math.max(...peaks).toFixed(0)} MB`,
        `phases of the last run: ${Object.entries(phases).map(([k, s]) => `${k} ${s.toFixed(2)} s`).join(', ')}`,
      ],
    };
  },
};

