import { fork } from 'node:child_process';
import path from 'node:path';
import type { WorkerAnswer, WorkerTask } from './worker';

/** Runs a task in a fresh Node process (see worker.ts) and returns its timing and peak memory. */
export function runInWorker(task: WorkerTask): Promise<WorkerAnswer> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'worker.js'), [JSON.stringify(task)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    child.on('message', (message: { ok: true; answer: WorkerAnswer } | { ok: false; message: string }) => {
      settled = true;
      if (message.ok) resolve(message.answer);
      else reject(new Error(`bench worker (${task.kind}): ${message.message}`));
    });
    child.on('exit', (code) => {
      if (!settled) reject(new Error(`bench worker (${task.kind}) exited with ${code} without an answer`));
    });
  });
}
