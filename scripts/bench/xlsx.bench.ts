/**
 * Excel export: building the live-formula workbook (every sheet, every formula with its cached
 * result, zipped to bytes) for the large generated case — 20 segments, 30 moments, 120 months,
 * 3 scenarios — as the app's Save as Excel and `cxcase export --xlsx` do. Target (issue): < 1 s.
 * Also: one scenario of it, and a sample case.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWorkbook } from '@electron-node/export/xlsx/index';
import { parseCxcaseText } from '@shared/case/cxcase-file';
import { generateLargeCase } from '@tests/support/arbitraries';
import { report, timeAsync } from './stats';

async function main(): Promise<void> {
  const large = generateLargeCase({ segments: 20, moments: 30, horizon: 120 });
  const lines = large.scenarios.reduce((a, s) => a + s.revenueLines.length + s.savingLines.length + s.costLines.length, 0);
  let bytes = 0;
  const probe = await buildWorkbook(large, {});
  console.log(`large case: ${large.scenarios.length} scenarios, ${lines} lines, ${large.horizonMonths} months → ${(probe.length / 1024).toFixed(0)} KB workbook`);
  report(
    'buildWorkbook, large case (3 scenarios)',
    await timeAsync(async () => {
      bytes += (await buildWorkbook(large, {})).length;
    }, 10, 2),
    1000,
  );
  const first = large.scenarios[0];
  if (first)
    report(
      'buildWorkbook, one scenario of the large case',
      await timeAsync(async () => {
        bytes += (await buildWorkbook(large, { scenarioIds: [first.id] })).length;
      }, 10, 2),
    );
  const parsed = parseCxcaseText(readFileSync(join(__dirname, '..', '..', 'resources', 'samples', 'b2b-software.cxcase'), 'utf8'));
  if (parsed.ok) {
    const sample = parsed.value.case;
    report(
      'buildWorkbook, b2b-software sample (3 scenarios, 36 months)',
      await timeAsync(async () => {
        bytes += (await buildWorkbook(sample, {})).length;
      }, 20, 3),
    );
  }
  if (bytes === 0) console.log('(nothing built)');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
