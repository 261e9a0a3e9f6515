import 'reflect-metadata';
import { createSegmentsDataSource } from '@retention/segments/dist/data-source';
import { SegmentEngineService } from '@retention/segments/dist/engine/segment-engine.service';
import { ImportService, type ImportRequest } from '@retention/segments/dist/import/import.service';
import { JobService } from '@retention/segments/dist/jobs/job.service';

/**
 * One measured piece of the segments service, in a process of its own so its peak
 * memory (maxRSS) is its own. Started by worker-client.ts; answers on the IPC channel.
 */
export type WorkerTask =
  | { kind: 'import'; url: string; request: ImportRequest }
  | { kind: 'refresh'; url: string; month: string };

export interface WorkerAnswer {
  seconds: number;
  maxRssMb: number;
  detail: Record<string, unknown>;
}

async function run(task: WorkerTask): Promise<WorkerAnswer> {
  const dataSource = createSegmentsDataSource(task.url);
  await dataSource.initialize();
  try {
    const started = process.hrtime.bigint();
    let detail: Record<string, unknown>;
    if (task.kind === 'import') {
      const jobs = new JobService(dataSource);
      const jobId = await jobs.create('IMPORT', { files: task.request.files, source: 'bench' }, 'bench');
      const outcome = await new ImportService(dataSource).run(jobId, task.request);
      if (!outcome.ok) throw new Error(`import failed: ${outcome.errors.slice(0, 3).map((e) => e.message).join('; ')}`);
      detail = { files: outcome.files, timings: outcome.timings };
    } else {
      detail = await new SegmentEngineService(dataSource).refresh(task.month);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, detail };
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  const task = JSON.parse(process.argv[2]) as WorkerTask;
  run(task).then(
    (answer) => process.send!({ ok: true, answer }, () => process.exit(0)),
    (error: unknown) => process.send!({ ok: false, message: error instanceof Error ? error.stack ?? error.message : String(error) }, () => process.exit(1)),
  );
}
