/**
 * Every chart's "Show as table" alternative: the toggle swaps the chart for a table named after the
 * chart, with a row of figures, and "Show as chart" swaps it back.
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
