/**
 * CPU time of this process and every process it started (Chromium's browser, renderer and GPU
 * processes for the PDF), from Linux's /proc: on a loaded machine wall time says little, and
 * process.cpuUsage() sees only Node's own share. Null where /proc is not there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux.

interface Stat {
  ppid: number;
  /** utime + stime of the process itself, in ms. */
  cpu: number;
}

function stat(pid: string): Stat | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command (in parentheses, which may hold spaces): state ppid … utime(14) stime(15).
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) * TICK_MS };
  } catch {
    return null;
  }
}

/** Summed CPU ms of this process tree now (processes that already ended are not counted). */
export function treeCpuMs(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const all = new Map<number, Stat>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const s = stat(d);
    if (s) all.set(Number(d), s);
  }
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; hops++) {
      if (p === process.pid) return true;
      p = all.get(p)?.ppid ?? 0;
    }
    return false;
  };
  let sum = 0;
  for (const [pid, s] of all) if (inTree(pid)) sum += s.cpu;
  return sum;
}
