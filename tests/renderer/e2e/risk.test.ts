/**
 * The Risk step (issue 12) in the real UI: in English and Italian, the simulation's figures are the
 * ones the shared engine gives for the case's seed (the same seed, the same numbers, in the browser's
 * worker as in Node); a long run can be cancelled; typing during a run loses no keystroke; the Report
 * step's preview shows the risk page the printed report has, with the same figures.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '@renderer/src/i18n';
import { formatMoney } from '@renderer/src/format/numbers';
import { reportLocale } from '@renderer/src/views/report/locale';
import { analyseRisk } from '@shared/risk/analyse';
import { ROOT, startBrowserApp, type RunningApp } from '../../support/browser-app';

const ARTIFACTS = join(ROOT, 'test-artifacts', 'risk');
const SAMPLES = { en: /B2B software/, it: /E-commerce/ } as const;

let app: RunningApp;
let page: Page;

beforeAll(async () => {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await startBrowserApp({ viewport: { width: 1280, height: 800 } });
  page = app.page;
  await page.goto(app.server.url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}, 120_000);

afterAll(async () => app?.stop());

async function translator(lang: 'en' | 'it') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng: lang, interpolation: { escapeValue: false } });
  return (k: string, o?: Record<string, unknown>) => i18n.t(k, o ?? {});
}

async function openRisk(lang: 'en' | 'it') {
  const t = await translator(lang);
  await page.locator('#language').selectOption(lang);
  if (await page.getByTestId('results-tiles').count()) await page.getByRole('button', { name: t('caseBar.home') }).click();
  await page.getByRole('button', { name: SAMPLES[lang] }).click();
  await page.getByTestId('results-tiles').waitFor();
  await page.getByRole('navigation').getByRole('button', { name: new RegExp(t('steps.risk')) }).click();
  await page.getByRole('heading', { level: 2, name: t('steps.risk') }).waitFor();
  return t;
}

const status = () => page.getByTestId('risk-progress').getAttribute('data-status');

async function setTrials(t: (k: string) => string, n: string) {
  const field = page.getByLabel(t('risk.settings.trials'), { exact: true });
  await field.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(n);
  await page.keyboard.press('Tab');
}

describe('risk step', () => {
  for (const lang of ['en', 'it'] as const) {
    it(`shows the seeded simulation, tornado, break-evens and register (${lang})`, async () => {
      const t = await openRisk(lang);
      await expect.poll(status, { timeout: 60_000 }).toBe('done');
      const doc = app.storedCase();
      const expected = analyseRisk(doc, 0, doc.risk);
      const money = (x: number) => formatMoney(x, doc.currency, doc.locale);
      const percentiles = page.getByTestId('risk-percentiles');
      const npvRow = (await percentiles.locator('tbody tr').first().locator('td').allTextContents()).map((s) => s.replace(/\s/g, ' '));
      expect(npvRow).toEqual([expected.npv.p10, expected.npv.p50, expected.npv.p90, expected.npv.mean].map((x) => money(x).replace(/\s/g, ' ')));
      const text = (await page.getByTestId('risk-step').textContent()) ?? '';
      expect(text).not.toMatch(/NaN|Infinity|undefined/);
      expect(text).toContain(t('risk.tornado.titleNpv'));
      expect(await page.getByTestId('risk-register').locator('tbody tr').count()).toBe(expected.tornado.length);
      expect(await page.getByTestId('risk-break-evens').locator('tbody tr').count()).toBe(expected.breakEven.length);
      await page.screenshot({ path: join(ARTIFACTS, `${lang}-1280x800.png`), fullPage: true });
      await page.screenshot({ path: join(ARTIFACTS, `${lang}-1280x800-top.png`) });
      for (const id of ['risk-tornado', 'risk-break-evens', 'risk-register']) await page.getByTestId(id).screenshot({ path: join(ARTIFACTS, `${lang}-${id}.png`) });
    }, 120_000);
  }

  it('cancels a long run: the status says so and the progress stops short', async () => {
    const t = await openRisk('en');
    await expect.poll(status, { timeout: 60_000 }).toBe('done');
    await setTrials(t, '100000');
    await expect.poll(status, { timeout: 10_000 }).toBe('running');
    await expect.poll(async () => Number(await page.getByTestId('risk-progress').locator('progress').getAttribute('value')), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: t('risk.mc.cancel') }).click();
    await expect.poll(status, { timeout: 10_000 }).toBe('cancelled');
    const done = Number(await page.getByTestId('risk-progress').locator('progress').getAttribute('value'));
    expect(done).toBeLessThan(100_000);
    await page.waitForTimeout(500);
    expect(Number(await page.getByTestId('risk-progress').locator('progress').getAttribute('value'))).toBe(done);
  }, 120_000);

  it('keeps every keystroke typed while a simulation runs', async () => {
    const t = await openRisk('en');
    await setTrials(t, '100000');
    await expect.poll(status, { timeout: 10_000 }).toBe('running');
    const owner = page.getByTestId('risk-register').getByLabel(new RegExp(`: ${t('risk.register.owner')}$`)).first();
    await owner.click();
    const typed = 'Maria Rossi, head of customer care (EMEA)';
    await page.keyboard.type(typed, { delay: 15 });
    expect(await owner.inputValue()).toBe(typed);
    await expect.poll(() => app.storedCase().risk.ranges.map((r) => r.owner), { timeout: 10_000 }).toContain(typed);
    await page.getByRole('button', { name: t('risk.mc.cancel') }).click().catch(() => undefined);
  }, 120_000);
});

describe('report step preview', () => {
  for (const lang of ['en', 'it'] as const) {
    it(`shows the risk page the printed report has, with analyseRisk's figures for the stored seed (${lang})`, async () => {
      const t = await openRisk(lang);
      await page.getByRole('navigation').getByRole('button', { name: new RegExp(t('steps.report')) }).click();
      const preview = page.getByTestId('report-preview');
      await expect.poll(() => preview.getAttribute('data-risk'), { timeout: 60_000 }).toBe('ready');
      const doc = app.storedCase();
      const expected = analyseRisk(doc, 0, doc.risk);
      const locale = reportLocale(lang, doc.locale);
      const money = (x: number) => formatMoney(x, doc.currency, locale).replace(/\s/g, ' ');
      const section = preview.locator('[data-section="risk"]');
      await expect.poll(() => section.count()).toBe(1);
      expect(await section.locator('h2').textContent()).toContain(t('report.sections.risk'));
      const cells = (await section.locator('table').first().locator('tbody tr').first().locator('td').allTextContents()).map((x) => x.replace(/\s/g, ' '));
      expect(cells).toEqual([t('risk.mc.npv'), ...[expected.npv.p10, expected.npv.p50, expected.npv.p90, expected.npv.mean].map(money)]);
      const text = (await section.textContent()) ?? '';
      expect(text).not.toMatch(/NaN|Infinity|undefined/);
      // The executive summary states the downside beside the base NPV, as the printed decision page does.
      expect(((await preview.locator('[data-section="decision"]').textContent()) ?? '').replace(/\s/g, ' ')).toContain(money(expected.npv.p10));
      await section.screenshot({ path: join(ARTIFACTS, `${lang}-report-preview-risk.png`) });
    }, 120_000);
  }
});

