/**
 * Editing as a user does: autosave reaches the database within a second, undo and redo walk the
 * history, deleting a segment that revenue lines use removes them too and can be undone, a named
 * version restores the case. Also each chart's "Show as table" alternative: a table named after the
 * chart, and back to the chart.
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

describe('editing', () => {
  it('saves an accepted edit to the database, and undo/redo walk it back and forth', async () => {
    const page = app.page;
    const field = page.getByTestId('segment-card').first().getByLabel('Customers');
    const before = await field.inputValue();
    // The one-second rule itself is proven with fake timers in tests/renderer/state/store.test.ts;
    // here the edit must reach the database through the real stack.
    await field.fill('321');
    await expect.poll(() => app.storedCase().scenarios[0]!.segments[0]!.customers, { timeout: 3000, interval: 50 }).toBe(321);
    await field.blur();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => field.inputValue()).toBe(before);
    await expect.poll(() => app.storedCase().scenarios[0]!.segments[0]!.customers, { timeout: 3000 }).toBe(Number(before));
    await page.keyboard.press('Control+y');
    await expect.poll(() => field.inputValue()).toBe('321');
  });

  it('deleting a segment used by revenue lines removes them too, and Undo brings both back', async () => {
    const page = app.page;
    const s0 = app.storedCase().scenarios[0]!;
    const seg = s0.segments.find((g) => s0.revenueLines.some((l) => l.kind !== 'acquisition' && l.segmentId === g.id))!;
    const linked = s0.revenueLines.filter((l) => l.kind !== 'acquisition' && l.segmentId === seg.id).length;
    const segCount = s0.segments.length;
    const lineCount = s0.revenueLines.length;
    await page.getByRole('button', { name: `Delete: ${seg.name}` }).click();
    await page.getByText(new RegExp(`Deleted “${seg.name}” and ${linked} revenue line`)).waitFor();
    await expect.poll(() => page.getByTestId('segment-card').count()).toBe(segCount - 1);
    await expect.poll(() => app.storedCase().scenarios[0]!.revenueLines.length, { timeout: 3000 }).toBe(lineCount - linked);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByTestId('segment-card').count()).toBe(segCount);
    await expect.poll(() => app.storedCase().scenarios[0]!.revenueLines.length, { timeout: 3000 }).toBe(lineCount);
  });

  it('reorders scenarios, and the order is saved', async () => {
    const page = app.page;
    const names = app.storedCase().scenarios.map((x) => x.name);
    await page.getByRole('tab', { name: names[0] }).click();
    await page.getByRole('button', { name: `Move scenario right: ${names[0]}` }).click();
    await expect.poll(() => page.getByRole('tab').allTextContents()).toEqual([names[1], names[0], ...names.slice(2)]);
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe(names[0]);
    await expect.poll(() => app.storedCase().scenarios.map((x) => x.name), { timeout: 3000 }).toEqual([names[1], names[0], ...names.slice(2)]);
  });

  it('a named version brings the case back as it was, and the restored case is what is stored', async () => {
    const page = app.page;
    await step('Priority segments');
    const shown = (await page.getByRole('tab', { selected: true }).textContent()) ?? '';
    const customers = () => app.storedCase().scenarios.find((x) => x.name === shown)!.segments[0]!.customers;
    const field = page.getByTestId('segment-card').first().getByLabel('Customers');
    const kept = await field.inputValue();
    await page.getByRole('button', { name: 'History', exact: true }).click();
    const history = page.getByRole('region', { name: 'History' });
    await history.getByLabel('Version name').fill('Before the board review');
    await history.getByRole('button', { name: 'Save a named version' }).click();
    const row = history.getByRole('row', { name: /Before the board review/ });
    await row.waitFor();
    await field.fill('4321');
    await field.blur();
    await expect.poll(customers, { timeout: 3000 }).toBe(4321);
    await row.getByRole('button', { name: 'Restore this version' }).click();
    await expect.poll(() => field.inputValue()).toBe(kept);
    await expect.poll(customers, { timeout: 3000 }).toBe(Number(kept));
    await page.getByRole('button', { name: 'History', exact: true }).click();
  });
});

async function step(name: string) {
  await app.page.getByRole('navigation').getByRole('button', { name: new RegExp(name) }).click();
  await app.page.getByRole('heading', { level: 2, name }).first().waitFor();
}

async function toggleEachChart(titles: readonly string[]) {
  const page = app.page;
  for (const title of titles) {
    const card = page.getByRole('region', { name: title, exact: true });
    await expect.poll(() => card.getByRole('table').count()).toBe(0);
    await card.getByRole('button', { name: 'Show as table' }).click();
    const table = card.getByRole('table', { name: title, exact: true });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(1);
    await card.getByRole('button', { name: 'Show as chart' }).click();
    await expect.poll(() => card.getByRole('table').count()).toBe(0);
  }
}

describe('chart tables', () => {
  it('each summary chart shows as a table named after it, and back', async () => {
    await step('Summary');
    await toggleEachChart(['Cumulative cash flow', 'Benefits by line and year', 'Benefit waterfall', 'Benchmark gaps']);
  });

  it('the benchmark chart shows as a table named after it, and back', async () => {
    await step('Competitor benchmarks');
    await toggleEachChart(['Us, the market, competitors and the target']);
  });

});

describe('two windows', () => {
  it('two windows on one case: the second never silently erases the first one\'s saved edit', async () => {
    const page = app.page;
    const other = await app.context.newPage();
    await other.goto(app.server.url);
    const name = app.storedCase().name;
    // The app reopens the last case it had open: this same one.
    await other.getByTestId('results-tiles').waitFor();
    expect(await other.getByRole('heading', { level: 1 }).textContent()).toBe(name);
    // The first window saves an edit (in the first scenario, as the second window shows it).
    await page.getByRole('tab').first().click();
    await page.getByRole('navigation').getByRole('button', { name: /Priority segments/ }).click();
    await page.getByTestId('segment-card').first().getByLabel('Customers').fill('777');
    await expect.poll(() => app.storedCase().scenarios[0]!.segments[0]!.customers, { timeout: 3000 }).toBe(777);
    // The second, opened before that save, edits something else: refused, and it says so.
    await other.getByTestId('segment-card').first().getByLabel('Gross margin').fill('55');
    await other.locator('[data-testid=save-state][data-state=conflict]').waitFor({ timeout: 5000 });
    expect(app.storedCase().scenarios[0]!.segments[0]!.customers).toBe(777);
    // Reopening the newest version shows the first window's edit.
    await other.getByRole('button', { name: 'Reopen the newest version' }).click();
    await expect.poll(() => other.getByTestId('segment-card').first().getByLabel('Customers').inputValue()).toBe('777');
    await other.close();
  });
});
