/**
 * Bad input in each kind of field shows its message next to the field, keeps the last valid
 * results, and never reaches the saved case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserApp, type RunningApp } from '../../support/browser-app';

let app: RunningApp;

beforeAll(async () => {
  app = await startBrowserApp();
  await app.page.goto(app.server.url);
  await app.page.getByRole('button', { name: /B2B software/ }).click();
  await app.page.getByTestId('results-tiles').waitFor();
}, 120_000);

afterAll(async () => app?.stop());

/** Longer than the autosave's one-second window: a bad value that were going to be saved would be by now. */
const PAST_AUTOSAVE_MS = 1500;

async function saved() {
  await app.page.locator('[data-testid=save-state][data-state=saved]').waitFor({ timeout: 5000 });
}

describe('bad input', () => {
  const cases = [
    { label: 'Customers', text: 'abc', message: 'Enter a number' },
    { label: 'Customers', text: '-5', message: 'Must be 0 or more' },
    { label: 'Gross margin', text: '250', message: 'Must be at most 100%' },
    { label: 'Annual churn', text: '0', message: 'Must be at least 0.01%' },
    { label: 'Segment', text: '', message: 'Required' },
  ];

  for (const c of cases) {
    it(`"${c.text}" in ${c.label} shows "${c.message}" beside the field and keeps the results`, async () => {
      const page = app.page;
      await saved();
      const npvBefore = await page.getByTestId('result-npv').locator('dd').textContent();
      const storedBefore = app.storedCase();
      const field = page.getByLabel(c.label, { exact: true }).first();
      const before = await field.inputValue();
      await field.fill(c.text);
      const describedBy = await field.getAttribute('aria-describedby');
      expect(describedBy).toBeTruthy();
      const msg = page.locator(`[id="${describedBy?.split(' ')[0]}"]`);
      await expect.poll(() => msg.textContent()).toContain(c.message);
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByTestId('result-npv').locator('dd').textContent()).toBe(npvBefore);
      // Past the autosave window, what is stored is still exactly the last valid case.
      await page.waitForTimeout(PAST_AUTOSAVE_MS);
      expect(app.storedCase()).toEqual(storedBefore);
      // Typing a valid value clears the message.
      await field.fill(before);
      await expect.poll(() => field.getAttribute('aria-invalid')).toBeNull();
      await saved();
    });
  }

  it('a negative volume on a key moment shows its message and keeps the last valid results', async () => {
    const page = app.page;
    await saved();
    await page.getByRole('navigation').getByRole('button', { name: /Key moments/ }).click();
    const card = page.getByTestId('moment-card').first();
    const field = card.getByLabel(/Share of all contacts|Contacts a month/).first();
    const npvBefore = await page.getByTestId('result-npv').locator('dd').textContent();
    const storedBefore = app.storedCase();
    const before = await field.inputValue();
    await field.fill('-10');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    await expect.poll(() => page.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent()).toContain('Must be 0');
    expect(await page.getByTestId('result-npv').locator('dd').textContent()).toBe(npvBefore);
    await page.waitForTimeout(PAST_AUTOSAVE_MS);
    expect(app.storedCase()).toEqual(storedBefore);
    await field.fill(before);
    await expect.poll(() => field.getAttribute('aria-invalid')).toBeNull();
  });
});
