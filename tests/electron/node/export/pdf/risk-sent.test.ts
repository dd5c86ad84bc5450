/**
 * The PDF's risk page draws the analysis the Node side sends (the process's analysis cache, else a
 * worker thread) instead of rerunning the Monte Carlo in the page, and prints the same figures: the
 * P10/P50/P90 read back with pdftotext equal a fresh analyseRisk of the case. An Excel export then a
 * PDF of the same inputs, or a second PDF, compute one analysis. A cached analysis of another seed is
 * not drawn (the page computes its own), and a sent analysis with a number that is not finite is
 * refused rather than printed. `cxcase export --pdf` goes the same way.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '@shared/contract/api';
import { analyseRisk } from '@shared/risk/analyse';
import { riskOf } from '@shared/risk/stored';
import { runCli } from '@electron-node/cli/main';
import { createChromiumPrinter, type ChromiumPrinter, type PrintResult } from '@electron-node/export/pdf';
import { buildWorkbook } from '@electron-node/export/xlsx/index';
import { analysisCache, analysisKey } from '@electron-node/risk/cache';
import { PdfFile, ROOT } from './pdf-tools';
import { npvRow, pagesOf, riskPageOf, sample } from './risk-tools';

let printer: ChromiumPrinter;
const files: PdfFile[] = [];
beforeAll(() => {
  // The process's cache, which the workbook export fills too; the worker the build puts next to the CLI.
  printer = createChromiumPrinter({ riskWorker: join(ROOT, 'out', 'node', 'risk-worker.cjs') });
});
afterAll(async () => {
  await printer.close();
  for (const f of files) f.dispose();
});
beforeEach(() => analysisCache.clear());

/** The risk page's text, squashed. */
function riskPage(r: PrintResult, lang: Language): string {
  const pdf = new PdfFile(r.bytes);
  files.push(pdf);
  return riskPageOf(pagesOf(pdf), lang);
}

describe('the PDF’s risk page takes the Node side’s analysis', () => {
  it('after an Excel export of the same inputs: from the cache, with the figures of a fresh analyseRisk', async () => {
    const c = sample('b2b-software');
    await buildWorkbook(c, { riskWorker: null });
    expect(analysisCache.size).toBe(c.scenarios.length);
    const r = await printer.print(c, { scenarioId: null, scenarios: 'all', lang: 'en' });
    expect(r.risk).toEqual({ sent: 'cache', page: 'request' });
    const fresh = analyseRisk(c, 0, riskOf(c));
    const page = riskPage(r, 'en');
    expect(page).not.toBe('');
    expect(page).toMatch(npvRow(c, fresh, 'en'));
  }, 90_000);

  it('a first PDF computes it in a worker thread, a second one of the same inputs takes it from the cache', async () => {
    const c = sample('online-retailer');
    const second = c.scenarios[1]!;
    const o = { scenarioId: second.id, scenarios: 'one', lang: 'it' } as const;
    const first = await printer.print(c, o);
    expect(first.risk).toEqual({ sent: 'worker', page: 'request' });
    expect(analysisCache.size).toBe(1);
    const again = await printer.print(c, o);
    expect(again.risk).toEqual({ sent: 'cache', page: 'request' });
    // The analysis of the scenario printed (the second), not the first's.
    const fresh = analyseRisk(c, 1, riskOf(c));
    expect(fresh.npv.p50).not.toBe(analyseRisk(c, 0, riskOf(c)).npv.p50);
    for (const r of [first, again]) expect(riskPage(r, 'it')).toMatch(npvRow(c, fresh, 'it'));
  }, 90_000);

  it('does not draw a cached analysis of another seed: the page computes the case’s own', async () => {
    const c = sample('b2b-software');
    const stored = riskOf(c);
    const other = analyseRisk(c, 0, { ...stored, seed: stored.seed + 1 });
    analysisCache.set(analysisKey(c, 0)!, { analysis: other, computedAt: new Date() });
    const r = await printer.print(c, { scenarioId: null, scenarios: 'all', lang: 'en' });
    expect(r.risk).toEqual({ sent: 'cache', page: 'page' });
    const fresh = analyseRisk(c, 0, stored);
    expect(other.npv.p10).not.toBe(fresh.npv.p10);
    expect(riskPage(r, 'en')).toMatch(npvRow(c, fresh, 'en'));
  }, 90_000);

  it('refuses to print a sent analysis whose figures are not finite', async () => {
    const c = sample('b2b-software');
    const broken = structuredClone(analyseRisk(c, 0, riskOf(c)));
    broken.npv.p10 = NaN;
    analysisCache.set(analysisKey(c, 0)!, { analysis: broken, computedAt: new Date() });
    await expect(printer.print(c, { scenarioId: null, scenarios: 'all', lang: 'en' })).rejects.toThrow(/print request is not valid: risk\.analysis\.npv\.p10/);
    // The printer is usable again afterwards (the failed page was thrown away).
    analysisCache.clear();
    const r = await printer.print(c, { scenarioId: null, scenarios: 'all', lang: 'en' });
    expect(r.risk.page).toBe('request');
  }, 90_000);
});

describe('cxcase export --pdf', () => {
  it('analyses on the Node side, into the process’s cache, and prints that analysis', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxcase-pdf-risk-'));
    try {
      const file = join(ROOT, 'resources', 'samples', 'online-retailer.cxcase');
      const c = sample('online-retailer');
      const out = join(dir, 'r.pdf');
      let err = '';
      const code = await runCli(['export', file, '--pdf', out, '--scenario', c.scenarios[2]!.name, '--lang', 'en'], { out: () => undefined, err: (s) => void (err += s) });
      expect(err).toBe('');
      expect(code).toBe(0);
      // The command's one analysis: the printed scenario's, left in the cache for a next export of this process.
      expect(analysisCache.size).toBe(1);
      const cached = analysisCache.get(analysisKey(c, 2)!);
      const fresh = analyseRisk(c, 2, riskOf(c));
      expect(cached?.analysis).toEqual(fresh);
      const pdf = new PdfFile(readFileSync(out));
      files.push(pdf);
      expect(riskPageOf(pagesOf(pdf), 'en')).toMatch(npvRow(c, fresh, 'en'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
