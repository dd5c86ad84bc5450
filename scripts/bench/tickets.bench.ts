/**
 * Ticket export: `cxcase tickets` over a generated Zendesk-layout CSV of 1,000,000 rows (or
 * $TICKETS_BENCH_ROWS), as a separate process so its peak memory (max RSS) is its own.
 * Targets (issue): under 5 s and under 300 MB for a million rows.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeLargeCsv } from '@tests/support/tickets/large-file';

const root = join(__dirname, '..', '..');

function main(): void {
  const rows = Number(process.env.TICKETS_BENCH_ROWS ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'cxcase-bench-tickets-'));
  try {
    const file = join(dir, 'zendesk.csv');
    const t0 = performance.now();
    const bytes = writeLargeCsv(file, 'zendesk', rows);
    console.log(`generated ${rows.toLocaleString('en-US')} rows, ${(bytes / 1e6).toFixed(0)} MB, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    // Reports the child's own peak resident memory when it exits.
    const probe = join(dir, 'rss.cjs');
    writeFileSync(probe, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('MAXRSS ' + u.maxRSS + ' CPU ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\n");
    const runs: { ms: number; mb: number; cpuMs: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const r = spawnSync(process.execPath, ['-r', probe, join(root, 'bin', 'cxcase.js'), 'tickets', file, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
      const ms = performance.now() - t;
      if (r.status !== 0) throw new Error(`cxcase tickets failed: ${r.stderr}`);
      const m = /MAXRSS (\d+) CPU (\d+)/.exec(r.stderr);
      const kb = Number(m?.[1] ?? NaN);
      const cpuMs = Number(m?.[2] ?? NaN) / 1000;
      const out = JSON.parse(r.stdout);
      if (out.tickets !== rows) throw new Error(`read ${out.tickets} tickets of ${rows}`);
      runs.push({ ms, mb: kb / 1024, cpuMs });
    }
    runs.sort((a, b) => a.ms - b.ms);
    const median = runs[1]!;
    const peak = Math.max(...runs.map((r) => r.mb));
    // CPU time is shown beside the wall time: on a shared machine the wall time includes waiting.
    console.log(`cxcase tickets, ${rows.toLocaleString('en-US')} rows (whole process, median of 3): ${(median.ms / 1000).toFixed(2)} s wall, ${(median.cpuMs / 1000).toFixed(2)} s CPU (target < 5 s), peak memory ${peak.toFixed(0)} MB (target < 300 MB)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
