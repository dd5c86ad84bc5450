/**
 * Excel export: building the live-formula workbook (every sheet, every formula with its cached
 * result, the Risk sheet's analyses, zipped to bytes) for the large generated case — 20 segments,
 * 30 moments, 120 months, 3 scenarios — as the app's Save as Excel and `cxcase export --xlsx` do.
 * Target (issue): < 1 s. The Risk sheet's Monte Carlo (10,000 trials a scenario) is timed three ways:
 * cold in this thread, cold in worker threads beside the sheets (the built CLI's path; `npm run bench`
 * builds out/node/risk-worker.cjs first), and warm (an analysis of the same inputs, seed and trials
 * already cached: a second export, the round trip's reference export). CPU time counts every thread.
 * The package is written by electron/node/export/xlsx/write (exceljs's parts, rows rendered directly,
 * zipped by Node's zlib); the last two lines time that step alone against exceljs's own writeBuffer,
 * on the same composed large workbook.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Workbook } from 'exceljs';
import { buildWorkbook, composeWorkbook } from '@electron-node/export/xlsx/index';
import { writeXlsx } from '@electron-node/export/xlsx/write/package';
import { analysisCache } from '@electron-node/risk/cache';
import { parseCxcaseText } from '@shared/case/cxcase-file';
import { generateLargeCase } from '@tests/support/arbitraries';
import { report, timeAsync } from './stats';

async function main(): Promise<void> {
  const root = join(__dirname, '..', '..');
  const built = join(root, 'out', 'node', 'risk-worker.cjs');
  const worker = existsSync(built) ? built : null;
  const large = generateLargeCase({ segments: 20, moments: 30, horizon: 120 });
  const lines = large.scenarios.reduce((a, s) => a + s.revenueLines.length + s.savingLines.length + s.costLines.length, 0);
  let bytes = 0;
  const probe = await buildWorkbook(large, { riskWorker: null });
  console.log(`large case: ${large.scenarios.length} scenarios, ${lines} lines, ${large.horizonMonths} months, ${large.risk.trials} trials → ${(probe.length / 1024).toFixed(0)} KB workbook`);
  const cold = (riskWorker: string | null) => async () => {
    analysisCache.clear();
    bytes += (await buildWorkbook(large, { riskWorker })).length;
  };
  report('buildWorkbook, large case (3 scenarios), risk cold in this thread', await timeAsync(cold(null), 6, 1), 1000);
  if (worker) report('buildWorkbook, large case (3 scenarios), risk cold in worker threads', await timeAsync(cold(worker), 6, 1), 1000);
  else console.log('(no out/node/risk-worker.cjs: run `npm run bench -- xlsx` to build it first)');
  report(
    'buildWorkbook, large case (3 scenarios), risk warm (same inputs, seed, trials cached)',
    await timeAsync(async () => {
      bytes += (await buildWorkbook(large, { riskWorker: worker })).length;
    }, 10, 2),
    1000,
  );
  const first = large.scenarios[0];
  if (first)
    report(
      'buildWorkbook, one scenario of the large case, risk warm',
      await timeAsync(async () => {
        bytes += (await buildWorkbook(large, { scenarioIds: [first.id] })).length;
      }, 10, 2),
    );
  const parsed = parseCxcaseText(readFileSync(join(root, 'resources', 'samples', 'b2b-software.cxcase'), 'utf8'));
  if (parsed.ok) {
    const sample = parsed.value.case;
    report(
      'buildWorkbook, b2b-software sample (3 scenarios, 36 months), risk cold in worker threads',
      await timeAsync(async () => {
        analysisCache.clear();
        bytes += (await buildWorkbook(sample, { riskWorker: worker })).length;
      }, 10, 2),
    );
  }
  // A write prepares the workbook's cell models in place: each timed write gets a freshly composed one.
  const composed = async (): Promise<Workbook> => composeWorkbook(large, { riskWorker: worker });
  const writeOnly = async (write: (wb: Workbook) => Promise<number>) => {
    const books = await Promise.all(Array.from({ length: 8 }, composed));
    return timeAsync(async () => {
      const wb = books.pop();
      if (wb) bytes += await write(wb);
    }, 6, 2);
  };
  report('writing the composed large workbook: exceljs writeBuffer', await writeOnly(async (wb) => (await wb.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } })).byteLength));
  report('writing the composed large workbook: electron/node/export/xlsx/write', await writeOnly(async (wb) => (await writeXlsx(wb)).length));
  if (bytes === 0) console.log('(nothing built)');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
