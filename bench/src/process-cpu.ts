import fs from 'node:fs';

/** Clock ticks per second of /proc's CPU times: 100 on every Linux build the bench runs on (getconf CLK_TCK). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system, in ms) used so far by every process whose command line contains
 * `needle`, read from /proc; null where there is no /proc. Resolution 10 ms: meant for
 * differences over runs of seconds.
 */
export function cpuMsOf(needle: string): number | null {
  if (!fs.existsSync('/proc/self/stat')) return null;
  let ticks = 0;
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle)) continue;
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the parenthesised command: state is field 3, utime and stime fields 14 and 15.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
