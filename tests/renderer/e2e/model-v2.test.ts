/**
 * Model v2 in the app (browser mode, 1280×800): the case settings set tax and year-end discounting,
 * the summary shows discounted payback, peak funding and FTEs from the engine, months read as
 * calendar months, and the year table switches to fiscal years — in English and Italian.
 * Screenshots go to out/screens/model-v2 for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeScenario } from '@shared/engine/compute';
import { formatMoney } from '@renderer/src/format/numbers';
import { ROOT, startBrowserApp, type RunningApp } from '../../support/browser-app';

let app: RunningApp;
const shots = join(ROOT, 'out', 'screens', 'model-v2');

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  app = await startBrowserApp({ viewport: { width: 1280, height: 800 } });
  await app.page.goto(app.server.url);
  await app.page.getByRole('heading', { level: 1 }).first().waitFor();
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

async function typeInto(label: RegExp | string, text: string) {
  const field = app.page.getByLabel(label, { exact: typeof label === 'string' });
  await field.click();
  await app.page.keyboard.press('Control+a');
  await app.page.keyboard.type(text);
  await app.page.keyboard.press('Tab');
}

describe('Model v2 in the app', () => {
  it('settings, summary tiles, calendar months and the fiscal-year table (en, then it)', async () => {
    const page = app.page;
    await page.getByRole('button', { name: /B2B software/ }).click();
    await page.getByTestId('results-tiles').waitFor();
    await page.getByRole('button', { name: 'Case settings' }).click();
    await page.getByTestId('finance-settings').waitFor();
    await typeInto('Start month', '2027-03');
    await typeInto('Tax rate', '25');
    await page.getByLabel('Discounting', { exact: true }).selectOption('yearEnd');
    await page.getByLabel('Fiscal year starts in', { exact: true }).selectOption('4');
    await expect.poll(() => app.storedCase().taxRate, { timeout: 5000 }).toBe(0.25);
    await expect.poll(() => app.storedCase().discounting, { timeout: 5000 }).toBe('yearEnd');
    await expect.poll(() => app.storedCase().startMonth).toBe('2027-03');
    await expect.poll(() => app.storedCase().fiscalYearStartMonth).toBe(4);
    await page.screenshot({ path: join(shots, 'en-settings.png') });

    await page.getByRole('navigation').getByRole('button', { name: /Summary/ }).click();
    await page.getByTestId('finance-tiles').waitFor();
    const c = app.storedCase();
    const r = computeScenario(c, c.scenarios[0]!);
    expect(r.discountedPaybackMonth).not.toBeNull();
    await expect.poll(() => page.getByTestId('result-peakFunding').locator('dd').textContent()).toBe(formatMoney(r.peakFunding, c.currency, c.locale));
    // Month 1 is March 2027: the discounted payback month as a calendar month.
    const m = r.discountedPaybackMonth!;
    const cal = new Date(Date.UTC(2027, 2 + m - 1, 1));
    const expected = `${cal.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' }).slice(0, 3)} ${cal.getUTCFullYear()}`;
    expect(await page.getByTestId('result-discountedPayback').locator('dd').textContent()).toBe(expected);
    expect(await page.getByTestId('result-fte').locator('dd').textContent()).toMatch(/^\d[\d,.]*\d? ?[\d,]* agent hours saved in Feb 2030$/);
    // Tax is set: the year table has a Tax row and an after-tax net.
    const table = page.getByTestId('year-table');
    await expect.poll(() => table.textContent()).toContain('Net cash flow after tax');
    // The summary's own switch (the settings panel, still open, has the same field).
    await page.getByLabel('Year tables by', { exact: true }).last().selectOption('fiscalYears');
    await expect.poll(() => table.locator('thead').textContent()).toContain('FY2027 (partial)');
    expect(await table.locator('thead').textContent()).toContain('FY2028');
    await page.getByTestId('year-table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'en-summary-fiscal.png') });
    await page.getByTestId('finance-tiles').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'en-summary-tiles.png') });

    await page.locator('#language').selectOption('it');
    await expect.poll(() => page.getByTestId('result-fte').locator('dd').textContent()).toMatch(/ore di operatore risparmiate a feb 2030$/);
    await expect.poll(() => table.locator('thead').textContent()).toContain('Es. 2027 (parziale)');
    await page.screenshot({ path: join(shots, 'it-summary-tiles.png') });
    await page.getByTestId('year-table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'it-summary-fiscal.png') });
  }, 180_000);
});
