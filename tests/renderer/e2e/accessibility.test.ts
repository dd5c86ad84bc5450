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
});
