/**
 * Trust (issue 9): the save state never claims more than is true, undo shows what it undoes, and
 * entry behaves as people expect — grouped numbers, named locales, the system's language on first
 * start, new rows in view with focus, Escape cancelling a rename, the Excel menu closing on blur.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startBrowserApp, type RunningApp } from '../../support/browser-app';

const ARTIFACTS = join(ROOT, 'test-artifacts', 'trust');

let app: RunningApp;
let page: Page;

beforeAll(async () => {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await startBrowserApp();
  page = app.page;
  await page.goto(app.server.url);
  await page.getByRole('button', { name: /B2B software/ }).click();
  await page.getByTestId('results-tiles').waitFor();
}, 120_000);

afterAll(async () => app?.stop());

const PAST_AUTOSAVE_MS = 1500;

async function step(name: string) {
  await page.getByRole('navigation').getByRole('button', { name: new RegExp(name) }).click();
  await page.getByRole('heading', { level: 2, name }).first().waitFor();
}

async function saved() {
  await page.locator('[data-testid=save-state][data-state=saved]').waitFor({ timeout: 5000 });
}

/** Types as a person does (real key events, so the page counts as interacted with). */
async function typeInto(label: string, card: number, text: string) {
  const field = page.getByTestId('segment-card').nth(card).getByLabel(label, { exact: true });
  await field.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
  return field;
}

/** What the focused element is: its accessible label text and value. */
async function focused() {
  return page.evaluate(() => {
    const el = document.activeElement;
    const input = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : null;
    const label = input?.labels?.[0]?.textContent ?? '';
    const card = el?.closest('[data-testid]');
    return { label, value: input?.value ?? null, card: card?.getAttribute('aria-label') ?? null, inView: !!el && el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= window.innerHeight };
  });
}

describe('honest save state', () => {
  it('"5o" in a margin: the status names the field, the case keeps its last valid value, and a reload asks first', async () => {
    await step('Priority segments');
    await saved();
    const field = await typeInto('Gross margin', 0, '5o');
    const status = page.getByTestId('save-state');
    await expect.poll(() => status.textContent()).toBe('1 field not saved — Gross margin, Enterprise');
    expect(await status.getAttribute('data-state')).toBe('invalid');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: join(ARTIFACTS, 'en-field-not-saved.png') });
    await page.waitForTimeout(PAST_AUTOSAVE_MS);
    // The stored case keeps the value from before the entry (80%), not the half-typed 5%.
    expect(app.storedCase().scenarios[0]!.segments[0]!.grossMargin).toBe(0.8);
    // Leaving the page asks first.
    let dialog = '';
    page.once('dialog', (d) => {
      dialog = d.type();
      void d.accept();
    });
    await page.reload();
    expect(dialog).toBe('beforeunload');
    await page.getByTestId('results-tiles').waitFor();
    const after = page.getByTestId('segment-card').first().getByLabel('Gross margin', { exact: true });
    expect(await after.inputValue()).toBe('80');
    await saved();
  });

  it('"180" in churn: the error shows and CLV is computed from the last valid churn, not 18%', async () => {
    await saved();
    const card = page.getByTestId('segment-card').first();
    const clv = card.locator('dt', { hasText: /^CLV$/ }).locator('xpath=following-sibling::dd');
    const before = await clv.textContent();
    expect(before).toContain('600,000'); // 60,000 × 80% / 8%
    const field = await typeInto('Annual churn', 0, '180');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(await clv.textContent()).toBe(before);
    await page.waitForTimeout(PAST_AUTOSAVE_MS);
    expect(app.storedCase().scenarios[0]!.segments[0]!.annualChurn).toBe(0.08);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('8');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBeNull();
    await saved();
  });

  it('the status is a button that brings back the field, even from another step', async () => {
    await typeInto('Gross margin', 1, '7x');
    await step('Key moments');
    const status = page.getByTestId('save-state');
    await expect.poll(() => status.textContent()).toBe('1 field not saved — Gross margin, Mid-market');
    await status.click();
    await page.getByRole('heading', { level: 2, name: 'Priority segments' }).waitFor();
    await expect.poll(focused).toMatchObject({ label: 'Gross margin', value: '7x', card: 'Mid-market' });
    await page.keyboard.press('Control+a');
    await page.keyboard.type('78');
    await saved();
  });
});

describe('undo you can see', () => {
  it('undo and redo go to the scenario and step of the change and focus its field', async () => {
    await page.getByRole('tab', { name: 'Base' }).click();
    await step('Priority segments');
    const field = page.getByTestId('segment-card').first().getByLabel('Customers', { exact: true });
    await field.fill('321');
    await field.blur();
    await saved();
    await page.getByRole('tab', { name: 'Conservative' }).click();
    await step('Key moments');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await page.getByRole('heading', { level: 2, name: 'Priority segments' }).waitFor();
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Base');
    await expect.poll(focused).toMatchObject({ label: 'Customers', value: '120', card: 'Enterprise' });
    await page.screenshot({ path: join(ARTIFACTS, 'en-undo-brought-back.png') });
    await page.getByRole('tab', { name: 'Conservative' }).click();
    await page.keyboard.press('Control+y');
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Base');
    await expect.poll(focused).toMatchObject({ label: 'Customers', value: '321', card: 'Enterprise' });
  });

  it('Ctrl+Z in the focused field shows the undone value at once', async () => {
    const field = await typeInto('Customers', 0, '555');
    await expect.poll(() => app.storedCase().scenarios[0]!.segments[0]!.customers, { timeout: 3000 }).toBe(555);
    await page.keyboard.press('Control+z');
    await expect.poll(() => field.inputValue()).toBe('321');
    await saved();
  });

  it('says that the undo history does not survive a reload', async () => {
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    expect(await undo.getAttribute('title')).toMatch(/lost when you reload|close/i);
  });
});

describe('entry', () => {
  it('numbers are grouped in the case locale when not focused, raw while editing', async () => {
    const field = page.getByTestId('segment-card').nth(3).getByLabel('Customers', { exact: true });
    expect(await field.inputValue()).toBe('40,000');
    await field.focus();
    expect(await field.inputValue()).toBe('40000');
    await field.blur();
    expect(await field.inputValue()).toBe('40,000');
  });

  it('the locale picker shows names, not codes', async () => {
    await page.getByRole('button', { name: 'Case settings' }).click();
    const options = await page.getByLabel('Number format').locator('option').allTextContents();
    expect(options).toContain('English (United States)');
    expect(options).toContain('Italiano (Italia)');
    await page.getByRole('button', { name: 'Case settings' }).click();
  });

  it('new rows come into view with focus in their first field', async () => {
    const adds = [
      { step: 'Priority segments', button: 'Add segment', label: 'Segment' },
      { step: 'Key moments', button: 'Add moment', label: 'Moment' },
      { step: 'Competitor benchmarks', button: 'Add competitor', label: 'Competitor' },
      { step: 'Revenue sources', button: 'Add acquisition line', label: 'Line' },
      { step: 'Cost reductions', button: 'Add handle-time cut', label: 'Line' },
      { step: 'Cost reductions', button: 'Add one-off cost', label: 'Line' },
    ];
    for (const a of adds) {
      await step(a.step);
      await page.getByRole('button', { name: new RegExp(a.button) }).click();
      await expect.poll(focused, { message: a.button }).toMatchObject({ label: a.label, inView: true });
      await page.keyboard.press('Control+z');
    }
    await saved();
  });

  it('the Excel menu closes when focus leaves it', async () => {
    await page.getByRole('button', { name: /Export Excel/ }).click();
    const menu = page.locator('#export-xlsx-choices');
    await menu.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => menu.count()).toBe(0);
  });

  it('Escape cancels renaming a case on the home screen', async () => {
    await page.getByRole('button', { name: /All cases/ }).click();
    const name = app.storedCase().name;
    await page.getByRole('button', { name: `Rename: ${name}` }).click();
    const input = page.getByLabel('Case name', { exact: true });
    await input.fill('Something else');
    await page.screenshot({ path: join(ARTIFACTS, 'en-home-rename.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => input.count()).toBe(0);
    await page.getByRole('button', { name, exact: true }).waitFor();
    expect(app.storedCase().name).toBe(name);
    // Enter saves a rename.
    await page.getByRole('button', { name: `Rename: ${name}` }).click();
    await input.fill(`${name} (board)`);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: `${name} (board)`, exact: true }).waitFor();
    expect(app.storedCase().name).toBe(`${name} (board)`);
  });
});

describe('in Italian', () => {
  let it2: RunningApp;
  afterAll(async () => it2?.stop());

  it('on first start the language follows the system; the save state speaks Italian; numbers group as 260.000', async () => {
    it2 = await startBrowserApp({ locale: 'it-IT' });
    const p = it2.page;
    await p.goto(it2.server.url);
    await p.getByRole('heading', { level: 1, name: 'I tuoi business case' }).waitFor();
    await p.getByRole('button', { name: /E-commerce/ }).click();
    await p.getByTestId('results-tiles').waitFor();
    const cards = p.getByTestId('segment-card');
    expect(await cards.nth(2).getByLabel('Clienti', { exact: true }).inputValue()).toBe('260.000');
    const field = cards.first().getByLabel('Margine lordo', { exact: true });
    await field.click();
    await p.keyboard.press('Control+a');
    await p.keyboard.type('5o');
    await expect.poll(() => p.getByTestId('save-state').textContent()).toBe('1 campo non salvato — Margine lordo, Clienti fedeli (Mirtillo Plus)');
    await p.screenshot({ path: join(ARTIFACTS, 'it-field-not-saved.png') });
    // The long message gives way: the case bar still fits, its last button included.
    const bar = await p.locator('.case-bar').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(bar.scroll).toBeLessThanOrEqual(bar.client);
    await expect.poll(() => p.getByRole('button', { name: 'Esporta .cxcase' }).evaluate((el) => el.getBoundingClientRect().right <= window.innerWidth)).toBe(true);
    await p.waitForTimeout(PAST_AUTOSAVE_MS);
    expect(it2.storedCase().scenarios[0]!.segments[0]!.grossMargin).toBe(0.35);
  });
});
