/**
 * Excel from the app, as a user does it in the browser mode: with several scenarios "Export Excel"
 * asks which — every scenario with their comparison, or only the one on screen — and the download
 * holds exactly that, with the engine's figures.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeScenario } from '@shared/engine/compute';
import { startBrowserApp, type RunningApp } from '../../support/browser-app';
import { readBook } from '../../electron/node/export/xlsx/read';

let app: RunningApp;

beforeAll(async () => {
  app = await startBrowserApp();
  await app.page.goto(app.server.url);
  await app.page.getByRole('button', { name: /B2B software/ }).click();
  await app.page.getByTestId('results-tiles').waitFor();
}, 120_000);

afterAll(async () => app?.stop());

async function download(choice: RegExp) {
  const page = app.page;
  await page.getByRole('button', { name: 'Export Excel' }).click();
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('group', { name: 'Export Excel' }).getByRole('button', { name: choice }).click()]);
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  return readBook(readFileSync(await file.path()));
}

describe('Export Excel from the app', () => {
  it('exports only the scenario on screen when asked, with its own figures', async () => {
    const page = app.page;
    await page.getByRole('tab', { name: 'Conservative' }).click();
    const book = await download(/Only “Conservative”/);
    const sheets = book.wb.worksheets.map((w) => w.name);
    expect(sheets.filter((n) => n.startsWith('Cash flow'))).toEqual(['Cash flow – Conservative']);
    expect(sheets).not.toContain('Scenarios');
    const doc = app.storedCase();
    const k = doc.scenarios.findIndex((s) => s.name === 'Conservative');
    const r = computeScenario(doc, doc.scenarios[k]!);
    expect(book.names.has('S1_NPV')).toBe(false);
    expect(book.value(`S${k + 1}_NPV`)).toBeCloseTo(r.npv, 6);
  }, 90_000);

  it('exports every scenario with the comparison sheet, and Escape closes the choice', async () => {
    const page = app.page;
    const toggle = page.getByRole('button', { name: 'Export Excel' });
    await toggle.click();
    await page.getByRole('group', { name: 'Export Excel' }).waitFor();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('group', { name: 'Export Excel' }).count()).toBe(0);
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);

    const book = await download(/All scenarios/);
    const doc = app.storedCase();
    const sheets = book.wb.worksheets.map((w) => w.name);
    expect(sheets).toContain('Scenarios');
    expect(sheets.filter((n) => n.startsWith('Cash flow'))).toEqual(doc.scenarios.map((s) => `Cash flow – ${s.name}`));
    doc.scenarios.forEach((s, i) => expect(book.value(`S${i + 1}_NPV`)).toBeCloseTo(computeScenario(doc, s).npv, 6));
    expect(app.foreignRequests).toEqual([]);
  }, 90_000);
});
