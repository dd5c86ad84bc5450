/**
 * Ticket export: `cxcase tickets` over a generated Zendesk-layout CSV of 1,000,000 rows (or
 * $TICKETS_BENCH_ROWS), three times, as a separate process so its peak memory (max RSS) and CPU
 * time are its own; then once over 10,000,000 rows ($TICKETS_BENCH_LARGE_ROWS; 0 skips it) to show
 * that memory stays flat. Files are written to the temporary folder and deleted after.
 * Targets (issue): under 5 s and under 300 MB for a million rows; ten million still complete.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeLargeCsv } from '@tests/support/tickets/large-file';

const root = join(__dirname, '..', '..');

interface Run {
  wallS: number;
  cpuS: number;
  mb: number;
}

/** One `cxcase tickets --json` in a child process: its wall time, CPU time (user + system) and peak RSS. */
function run(file: string, probe: string, rows: number): Run {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['-r', probe, join(root, 'bin', 'cxcase.js'), 'tickets', file, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const wallS = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`cxcase tickets failed: ${r.stderr}`);
  const m = /MAXRSS (\d+) CPU (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`no resource usage reported: ${r.stderr}`);
  const out = JSON.parse(r.stdout);
  if (out.tickets !== rows) throw new Error(`read ${out.tickets} tickets of ${rows}`);
  return { wallS, cpuS: Number(m[2]) / 1e6, mb: Number(m[1]) / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number) => n.toLocaleString('en-US');

function generate(dir: string, rows: number): string {
  const file = join(dir, `zendesk-${rows}.csv`);
  const t0 = performance.now();
  const bytes = writeLargeCsv(file, 'zendesk', rows);
  console.log(`generated ${fmt(rows)} rows, ${(bytes / 1e6).toFixed(0)} MB, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return file;
}

function main(): void {
  const rows = Number(process.env.TICKETS_BENCH_ROWS ?? 1_000_000);
  const largeRows = Number(process.env.TICKETS_BENCH_LARGE_ROWS ?? 10_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'cxcase-bench-tickets-'));
  try {
    // Reports the child's own peak resident memory and CPU time when it exits.
    const probe = join(dir, 'rss.cjs');
    writeFileSync(probe, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('MAXRSS ' + u.maxRSS + ' CPU ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\n");
    const file = generate(dir, rows);
    const runs = [0, 1, 2].map(() => run(file, probe, rows));
    rmSync(file);
    const wall = median(runs.map((r) => r.wallS));
    const cpu = median(runs.map((r) => r.cpuS));
    const peak = Math.max(...runs.map((r) => r.mb));
    // CPU time is shown beside the wall time: on a shared machine the wall time includes waiting.
    console.log(`runs: ${runs.map((r) => `${r.wallS.toFixed(2)} s wall / ${r.cpuS.toFixed(2)} s CPU / ${r.mb.toFixed(0)} MB`).join('; ')}`);
    console.log(
      `cxcase tickets, ${fmt(rows)} rows (whole process, median of 3): ${wall.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU (target < 5 s: ${wall < 5 ? 'met' : cpu < 5 ? 'met in CPU time, not in wall time on this loaded machine' : 'NOT met'}), peak memory ${peak.toFixed(0)} MB (target < 300 MB: ${peak < 300 ? 'met' : 'NOT met'})`,
    );
    if (largeRows > 0) {
      const large = generate(dir, largeRows);
      const r = run(large, probe, largeRows);
      rmSync(large);
      console.log(`cxcase tickets, ${fmt(largeRows)} rows (whole process, one run): ${r.wallS.toFixed(1)} s wall, ${r.cpuS.toFixed(1)} s CPU, peak memory ${r.mb.toFixed(0)} MB — completed`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
