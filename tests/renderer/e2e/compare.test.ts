/**
 * Compare (issue 9, trust): against a base scenario the user picks, each other scenario's
 * difference column is the difference of the engine's results; the "what changed" list names an
 * input changed in the UI with both values, in the case's locale; the overlay chart has one line
 * per scenario (checked through its table). In English (B2B sample, USD) and Italian (retailer, EUR).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeCase, type ScenarioResult } from '@shared/engine/compute';
import { resources } from '@renderer/src/i18n';
import { formatMoney } from '@renderer/src/format/numbers';
import { formatDelta } from '@renderer/src/views/steps/compareDiff';
import { ROOT, startBrowserApp, type RunningApp } from '../../support/browser-app';

const ARTIFACTS = join(ROOT, 'test-artifacts', 'compare');
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
] as const;

const CASES = {
  en: { sample: /B2B software/, field: 'Agent hour cost', typed: '55', path: 'Cost reductions › Service baseline › Agent hour cost', values: '$48 → $55' },
  it: { sample: /E-commerce/, field: 'Costo orario agente', typed: '31', path: 'Riduzione dei costi › Base del servizio › Costo orario agente', values: '26 € → 31 €' },
} as const;

let app: RunningApp;
let page: Page;

beforeAll(async () => {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await startBrowserApp({ viewport: SIZES[0] });
  page = app.page;
  await page.goto(app.server.url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}, 120_000);

afterAll(async () => app?.stop());

async function step(name: string) {
  await page.getByRole('navigation').getByRole('button', { name: new RegExp(name) }).click();
  await page.getByRole('heading', { level: 2, name }).first().waitFor();
}

/** Cards and table scrollers of the step that scroll sideways (none should). */
async function overflowing(): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth) out.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('.compare, .compare .chart-card, .compare .table-scroll'))
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.className} "${el.getAttribute('aria-label') ?? ''}": ${el.scrollWidth} > ${el.clientWidth}`);
    return out;
  });
}

/** The Δ cells of one table row for one scenario: the figure behind it and the text shown. */
async function deltaOf(row: string, scenarioId: string) {
  const cell = page.getByTestId('compare-table').locator(`tr[data-row="${row}"] td[data-delta-for="${scenarioId}"]`);
  return { value: await cell.getAttribute('data-delta'), text: (await cell.textContent()) ?? '' };
}

describe('compare scenarios', () => {
  for (const lang of ['en', 'it'] as const) {
    it(`difference column, what changed and the overlay chart (${lang})`, async () => {
      const c = CASES[lang];
      const i18n = i18next.createInstance();
      await i18n.init({ resources, lng: lang, interpolation: { escapeValue: false } });
      const t = (k: string, o?: Record<string, unknown>) => i18n.t(k, o ?? {});
      await page.locator('#language').selectOption(lang);
      if (await page.getByTestId('results-tiles').count()) await page.getByRole('button', { name: t('caseBar.home') }).click();
      await page.getByRole('button', { name: c.sample }).click();
      await page.getByTestId('results-tiles').waitFor();

      // Change one service input in the second scenario (the samples' scenarios share it).
      const before = app.storedCase();
      const second = before.scenarios[1]!;
      expect(second.service.agentHourCost).toBe(before.scenarios[0]!.service.agentHourCost);
      await page.getByRole('tab', { name: second.name }).click();
      await step(t('steps.costs'));
      const field = page.getByLabel(c.field, { exact: true });
      await field.click();
      await page.keyboard.press('Control+a');
      await page.keyboard.type(c.typed);
      await page.keyboard.press('Tab');
      await expect.poll(() => app.storedCase().scenarios[1]!.service.agentHourCost, { timeout: 5000 }).toBe(Number(c.typed));

      await step(t('steps.compare'));
      const doc = app.storedCase();
      const results = computeCase(doc);
      const [base, ...others] = results as [ScenarioResult, ...ScenarioResult[]];

      // The difference column: each other scenario's figure minus the base's, from the engine.
      for (const r of others) {
        for (const [row, get] of [
          ['npv', (x: ScenarioResult) => x.npv],
          ['pvBenefits', (x: ScenarioResult) => x.pvBenefits],
          ['pvCosts', (x: ScenarioResult) => x.pvCosts],
        ] as const) {
          const d = await deltaOf(row, r.scenarioId);
          expect(Number(d.value), `${row} ${r.scenarioName}`).toBeCloseTo(get(r) - get(base), 6);
          expect(d.text).toBe(formatDelta(doc, 'money', get(base), get(r), t));
        }
        const roi = await deltaOf('roi', r.scenarioId);
        expect(Number(roi.value)).toBeCloseTo((r.roi ?? Number.NaN) - (base.roi ?? Number.NaN), 9);
        expect(roi.text.endsWith(` ${t('units.pp')}`), roi.text).toBe(true);
        const payback = await deltaOf('payback', r.scenarioId);
        if (r.paybackMonth === null || base.paybackMonth === null) expect(payback.text).toBe('—');
        else expect(Number(payback.value)).toBe(r.paybackMonth - base.paybackMonth);
      }
      const table = page.getByTestId('compare-table');
      expect(await table.textContent()).not.toMatch(/NaN|Infinity/);

      // What changed: the field changed above, with the base's value and this scenario's.
      const changes = page.getByTestId('compare-changes').locator(`[data-scenario="${second.id}"]`);
      const path = `${t('steps.costs')} › ${t('costs.serviceHeading')} › ${c.field}`;
      const money = (x: number) => formatMoney(x, doc.currency, doc.locale);
      const values = `${money(before.scenarios[0]!.service.agentHourCost)} → ${money(Number(c.typed))}`;
      // Written out, with the locale's own spaces made plain.
      expect(values.replace(/\s/g, ' ')).toBe(c.values);
      await expect.poll(() => changes.getByTestId('compare-change').allTextContents()).toContain(`${path}: ${values}`);
      expect(path).toBe(c.path);

      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.waitForTimeout(150);
        await page.screenshot({ path: join(ARTIFACTS, `${lang}-${size.width}x${size.height}.png`), fullPage: true });
        await page.locator('.compare .table-scroll').first().screenshot({ path: join(ARTIFACTS, `${lang}-${size.width}x${size.height}-table.png`) });
        expect(await overflowing(), `${lang} ${size.width}×${size.height}`).toEqual([]);
      }
      await page.getByTestId('compare-overlay').screenshot({ path: join(ARTIFACTS, `${lang}-overlay.png`) });
      await page.setViewportSize(SIZES[0]);

      // The overlay chart: a canvas with an accessible name, and, as a table, one column per scenario.
      const overlay = page.getByTestId('compare-overlay');
      await expect.poll(() => overlay.getByRole('img', { name: t('compareView.overlayTitle') }).count()).toBe(1);
      await overlay.getByRole('button', { name: t('common.showTable') }).click();
      const heads = await overlay.locator('thead th').allTextContents();
      expect(heads.slice(1)).toEqual(results.map((r, i) => (i === 0 ? `${r.scenarioName} (${t('compareView.baseTag')})` : r.scenarioName)));
      const rows = overlay.locator('tbody tr');
      expect(await rows.count()).toBe(doc.horizonMonths + 1);
      const last = await rows.nth(doc.horizonMonths).locator('td').allTextContents();
      expect(last).toEqual(results.map((r) => formatMoney(r.cumulative[doc.horizonMonths], doc.currency, doc.locale)));
      for (const size of SIZES) {
        await page.setViewportSize(size);
        expect(await overflowing(), `overlay table, ${lang} ${size.width}×${size.height}`).toEqual([]);
      }
      await page.setViewportSize(SIZES[0]);
      await overlay.getByRole('button', { name: t('common.showChart') }).click();

      // Another base: the differences follow it, and the old base now has a difference column.
      await page.getByLabel(t('compareView.base')).selectOption(second.id);
      const first = results[0]!;
      const npv = await deltaOf('npv', first.scenarioId);
      expect(Number(npv.value)).toBeCloseTo(first.npv - results[1]!.npv, 6);
      expect(await page.getByTestId('compare-table').locator(`td[data-delta-for="${second.id}"]`).count()).toBe(0);
      await expect.poll(() => page.getByTestId('compare-changes').locator(`[data-scenario="${first.scenarioId}"]`).getByTestId('compare-change').allTextContents()).toContain(
        `${path}: ${values.split(' → ').reverse().join(' → ')}`,
      );
      await page.screenshot({ path: join(ARTIFACTS, `${lang}-other-base.png`), fullPage: true });
    }, 150_000);
  }
});
