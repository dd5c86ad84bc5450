/**
 * Browser mode end to end: the Report step previews the report, and "Export PDF" downloads the
 * PDF printed by the Chromium printer — the same view, in the app's language, for the scenario shown.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter, type ChromiumPrinter } from '../../../../../electron/node/export/pdf';
import { startBrowserApp, type RunningApp } from '../../../../support/browser-app';
import { PdfFile } from './pdf-tools';

let app: RunningApp;
let printer: ChromiumPrinter;

beforeAll(async () => {
  printer = createChromiumPrinter();
  app = await startBrowserApp({ printPdf: (c, o) => printer.printPdf(c, o) });
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await printer?.close();
});

describe('the report in browser mode', () => {
  it('previews the report in the Report step and downloads it as a PDF of the scenario shown', async () => {
    const page = app.page;
    await page.goto(app.server.url);
    await page.getByRole('button', { name: /Online retailer/ }).click();
    await page.getByTestId('results-tiles').waitFor();
    await page.getByRole('tab', { name: 'Prudente' }).click();
    await page.getByRole('navigation').getByRole('button', { name: /Report/ }).click();
    const report = page.getByTestId('report');
    await report.waitFor();
    await report.getByRole('heading', { level: 2, name: /Executive summary/ }).waitFor();
    const npvTile = await report.locator('[data-kpi="npv"] dd').textContent();
    // The report's numbers follow its language (English here), in the case's currency (EUR).
    expect(npvTile).toMatch(/^€\d{1,3}(,\d{3})+$/);
    // Every chart of the preview draws (a blank canvas would mean a broken chart).
    expect(await report.locator('canvas').count()).toBeGreaterThanOrEqual(7);

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Export PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/Prudente\.pdf$/);
    const path = await download.path();
    const pdf = new PdfFile(readFileSync(path));
    try {
      const text = pdf.text().replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
      expect(text).toContain('Executive summary');
      expect(text).toContain('Scenario: Prudente');
      expect(text).toContain((npvTile ?? '').replace(/\s/g, ' '));
    } finally {
      pdf.dispose();
    }
    expect(app.foreignRequests).toEqual([]);
  }, 120_000);
});
