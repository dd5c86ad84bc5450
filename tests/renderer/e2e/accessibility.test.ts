/**
 * An axe scan of every screen, in English and Italian: no serious or critical violations.
 * Screenshots of each screen are kept in test-artifacts/ for people to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startBrowserApp, type RunningApp } from '../../support/browser-app';

const ARTIFACTS = join(ROOT, 'test-artifacts', 'accessibility');
let app: RunningApp;

const STEP_NAMES = {
  en: ['Priority segments', 'Key moments', 'Competitor benchmarks', 'Revenue sources', 'Cost reductions', 'Summary', 'Compare', 'Report'],
  it: ['Segmenti prioritari', 'Momenti chiave', 'Benchmark concorrenti', 'Fonti di ricavo', 'Riduzione dei costi', 'Sintesi', 'Confronto', 'Report'],
};

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await startBrowserApp();
  await app.page.goto(app.server.url);
  await app.page.getByRole('heading', { level: 1, name: 'Your business cases' }).waitFor();
}, 120_000);

afterAll(async () => app?.stop());

async function scan(name: string) {
  const page = app.page;
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(report, `${name}:\n${report.join('\n')}`).toEqual([]);
}

describe('accessibility of every screen', () => {
  it('home screen', async () => {
    await scan('en-00-home');
  });

  for (const lang of ['en', 'it'] as const) {
    it(`every workspace step (${lang})`, async () => {
      const page = app.page;
      if (lang === 'it') {
        await page.getByRole('button', { name: /All cases|Tutti i case/ }).click();
        await page.locator('#language').selectOption('it');
        await page.getByRole('button', { name: /E-commerce/ }).click();
      } else {
        await page.getByRole('button', { name: /B2B software/ }).click();
      }
      await page.getByTestId('results-tiles').waitFor();
      for (const [i, step] of STEP_NAMES[lang].entries()) {
        await page.getByRole('navigation').getByRole('button', { name: new RegExp(step) }).click();
        await page.getByRole('heading', { level: 2, name: step }).first().waitFor();
        await scan(`${lang}-${String(i + 1).padStart(2, '0')}-${step.replace(/\W+/g, '-').toLowerCase()}`);
      }
      // Eight screens, each a full-page screenshot and an axe run: ~25 s alone, more on a loaded CI.
    }, 150_000);
  }

  it('the home screen with cases (it, en) and the new-case form', async () => {
    const page = app.page;
    await page.getByRole('button', { name: /Tutti i case/ }).click();
    await page.getByRole('heading', { level: 1, name: 'I tuoi business case' }).waitFor();
    await scan('it-00-home-with-cases');
    await page.locator('#language').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Your business cases' }).waitFor();
    await scan('en-00-home-with-cases');
    await page.getByRole('button', { name: /New blank case/ }).click();
    await page.getByLabel('Case name').waitFor();
    await scan('en-00-new-case-form');
  }, 90_000);

  it('the panels and choices of a case: settings, history, tables instead of charts, rename, Excel choice', async () => {
    const page = app.page;
    await page.goto(app.server.url);
    await page.getByRole('heading', { level: 1, name: 'Your business cases' }).waitFor();
    await page.getByRole('button', { name: /B2B software/ }).first().click();
    await page.getByTestId('results-tiles').waitFor();
    await page.getByRole('button', { name: 'Case settings' }).click();
    await page.getByRole('button', { name: 'History' }).click();
    // A case just made from a sample has no earlier versions yet: the panel says so.
    await page.getByTestId('no-versions').waitFor();
    await scan('en-10-settings-and-history');
    await page.getByRole('button', { name: 'Case settings' }).click();
    await page.getByRole('button', { name: 'History' }).click();
    await page.getByRole('navigation').getByRole('button', { name: /Summary/ }).click();
    const toggles = page.getByRole('button', { name: 'Show as table' });
    await expect.poll(() => toggles.count()).toBeGreaterThan(0);
    while ((await toggles.count()) > 0) await toggles.first().click();
    await scan('en-11-summary-as-tables');
    await page.getByRole('button', { name: 'Rename scenario' }).click();
    await page.locator('#rename-scenario').waitFor();
    await scan('en-12-rename-scenario');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Export Excel' }).click();
    await page.getByRole('group', { name: 'Export Excel' }).waitFor();
    await scan('en-13-export-excel-choice');
    await page.keyboard.press('Escape');
  }, 150_000);
});
