/**
 * Browser mode end to end: the Report step previews the report, and "Export PDF" downloads the
 * PDF printed by the Chromium printer — the same view, in the app's language, for the scenario shown.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter, type ChromiumPrinter } from '@electron-node/export/pdf';
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
  it('previews the report in the Report step and downloads a PDF of the scenario shown, alone or with every scenario', async () => {
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

    // Several scenarios: "Export PDF" asks which. Only the one on screen: no comparison.
    const exportPdf = async (choice: RegExp): Promise<{ name: string; text: string }> => {
      await page.getByRole('button', { name: 'Export PDF' }).click();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('group', { name: 'Export PDF' }).getByRole('button', { name: choice }).click()]);
      const pdf = new PdfFile(readFileSync(await download.path()));
      try {
        return { name: download.suggestedFilename(), text: pdf.text().replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ') };
      } finally {
        pdf.dispose();
      }
    };
    const one = await exportPdf(/^Only “Prudente”/);
    expect(one.name).toMatch(/Prudente\.pdf$/);
    expect(one.text).toContain('Executive summary');
    expect(one.text).toContain('Scenario: Prudente');
    expect(one.text).toContain((npvTile ?? '').replace(/\s/g, ' '));
    expect(one.text).not.toContain('Scenario comparison');
    expect(one.text).not.toContain('downside case');

    // Every scenario: the same scenario in detail, plus the comparison and the downside case named.
    const all = await exportPdf(/^All scenarios/);
    expect(all.name).not.toMatch(/Prudente\.pdf$/);
    expect(all.text).toContain('Scenario: Prudente');
    expect(all.text).toContain('Scenario comparison');
    expect(all.text).toMatch(/downside case/i);
    for (const name of ['Base', 'Prudente', 'Ottimista']) expect(all.text).toContain(name);
    expect(app.foreignRequests).toEqual([]);
  }, 120_000);
});
