import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { cpuMsOf } from './process-cpu';

it('counts the CPU time of the processes whose command line names the mark, and of no other', async () => {
  const mark = `cpu-mark-${randomBytes(4).toString('hex')}`;
  // A child that spins until it has used 300 ms of CPU by its own count, says so, and waits to be read.
  const spin = `const used = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    while (used() < 300); console.log(Math.round(used())); setTimeout(() => {}, 10000);`;
  const child = spawn(process.execPath, ['-e', spin, mark], { stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
    const own = Number(chunk.toString());
    const counted = cpuMsOf(mark)!;
    // /proc counts in 10 ms ticks, and Node's start-up before the script ran is counted there too.
    expect(counted).toBeGreaterThanOrEqual(own - 20);
    expect(counted).toBeLessThan(own + 400);
    expect(cpuMsOf(`${mark}-nobody`)).toBe(0);
  } finally {
    child.kill();
  }
});
