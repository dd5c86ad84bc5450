/**
 * PDF export of the large case (20 segments, 30 moments, 120 months, 3 scenarios, 10,000 trials)
 * through the Chromium printer that browser mode and the CLI use. Target (issue): under 3 s per export.
 *   cold: the first export of a process (browser launch, page load and the risk analysis included);
 *   warm: the app's steady state — browser running, print page loaded, and the risk analysis of
 *     these inputs already in the process's analysis cache (the first export computed it; an Excel
 *     export of the same inputs would have too) — so render + print only;
 *   warm, cold analysis: the same with the cache cleared before each export, so the Monte Carlo runs
 *     in a worker thread every time (what the first export of edited inputs costs);
 *   CLI: `node bin/cxcase.js export large.json --pdf out.pdf`, a whole process each time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createChromiumPrinter, type PrintResult } from '@electron-node/export/pdf';
import { WORKER_FILE } from '@electron-node/risk/analyses';
import { analysisCache } from '@electron-node/risk/cache';
import { largeCaseWithLongNames, ROOT } from '@tests/electron/node/export/pdf/pdf-tools';
import { generateLargeCase } from '@tests/support/arbitraries';
import { percentile, report, timeAsync } from './stats';
import { treeCpuMs } from './tree-cpu';

const TARGET_MS = 3000;

/** Page count: the largest /Count in the page tree (its root counts every page). */
function pagesOf(bytes: Uint8Array): number {
  const counts = [...Buffer.from(bytes).toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  return counts.length > 0 ? Math.max(...counts) : NaN;
}

async function main(): Promise<void> {
  const c = generateLargeCase({ segments: 20, moments: 30, horizon: 120, scenarios: 3 });
  // The worker the build puts next to the server and the CLI (this bench runs from the sources, where the
  // printer would not find it and would analyse in this thread instead).
  const worker = join(ROOT, 'out', 'node', WORKER_FILE);
  const printer = createChromiumPrinter(existsSync(worker) ? { riskWorker: worker } : {});
  console.log(`risk analysis: ${existsSync(worker) ? 'in a worker thread (out/node)' : 'in this thread (no built worker)'}, ${c.risk.trials} trials`);
  analysisCache.clear();
  try {
    const t0 = performance.now();
    const first = await printer.print(c, { scenarioId: null, scenarios: 'all', lang: 'en' });
    console.log(`PDF export, large case, cold (browser launch + page load + risk analysis): ${(performance.now() - t0).toFixed(0)} ms, ${Math.round(first.bytes.length / 1024)} KB, ${first.charts} charts, analysis ${first.risk.sent} → page drew ${first.risk.page === 'request' ? 'the sent one' : 'its own'}`);
    let last: PrintResult = first;
    const warm = await timeAsync(async () => {
      last = await printer.print(c, { scenarioId: null, scenarios: 'all', lang: 'en' });
    }, 8, 1);
    report(`PDF export, large case, warm (render + print, ${pagesOf(last.bytes)} pages)`, warm, TARGET_MS);
    // CPU of Node and Chromium together per warm export: what a quiet machine's wall time would be near.
    const before = treeCpuMs();
    const n = 3;
    for (let i = 0; i < n; i++) await printer.print(c, { scenarioId: null, scenarios: 'all', lang: 'en' });
    const after = treeCpuMs();
    if (before !== null && after !== null) console.log(`  warm CPU (Node + Chromium processes): ${((after - before) / n).toFixed(0)} ms per export over ${n} exports`);
    const t = last.timings;
    console.log(`  last run: analysis from ${last.risk.sent} (waited ${t.analysis.toFixed(0)} ms), page drew ${last.risk.page === 'request' ? 'the sent one' : 'its own'}, render ${t.render.toFixed(0)} ms, print ${t.print.toFixed(0)} ms`);
    // Not the steady state: the cache emptied before each export, so each one runs the Monte Carlo again.
    const coldAnalysis = await timeAsync(async () => {
      analysisCache.clear();
      last = await printer.print(c, { scenarioId: null, scenarios: 'all', lang: 'en' });
    }, 5, 1);
    report(`PDF export, large case, warm page but cold analysis (cache cleared each time)`, coldAnalysis);
    console.log(`  last run: analysis from ${last.risk.sent} (waited ${last.timings.analysis.toFixed(0)} ms), render ${last.timings.render.toFixed(0)} ms, print ${last.timings.print.toFixed(0)} ms`);
    // The pagination case: every name 200 characters, so every table runs over many pages.
    const long = largeCaseWithLongNames();
    const warmLong = await timeAsync(async () => {
      last = await printer.print(long, { scenarioId: null, scenarios: 'all', lang: 'en' });
    }, 5, 1);
    report(`PDF export, large case with 200-character names, warm (${pagesOf(last.bytes)} pages)`, warmLong, TARGET_MS);
    const beforeLong = treeCpuMs();
    for (let i = 0; i < n; i++) await printer.print(long, { scenarioId: null, scenarios: 'all', lang: 'en' });
    const afterLong = treeCpuMs();
    if (beforeLong !== null && afterLong !== null) console.log(`  warm CPU (Node + Chromium processes): ${((afterLong - beforeLong) / n).toFixed(0)} ms per export over ${n} exports`);
  } finally {
    await printer.close();
  }

  const cli = join(ROOT, 'out', 'node', 'cli.cjs');
  if (!existsSync(cli)) {
    console.log('CLI export: skipped (out/node/cli.cjs not built; run "npm run build")');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'cxcase-bench-pdf-'));
  try {
    const file = join(dir, 'large.json');
    writeFileSync(file, JSON.stringify(c));
    const samples: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'cxcase.js'), 'export', file, '--pdf', join(dir, `out${i}.pdf`)], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`cxcase export --pdf failed: ${r.stderr}`);
      samples.push(performance.now() - t);
    }
    samples.sort((a, b) => a - b);
    console.log(`CLI export --pdf, large case, whole process: median ${percentile(samples, 50).toFixed(0)} ms, max ${percentile(samples, 100).toFixed(0)} ms over 3 runs`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
