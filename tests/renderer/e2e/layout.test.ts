/**
 * Layout at common laptop sizes: no step scrolls sideways — not the page, not a card, not a table's
 * scroller — at 1280×800 and 1440×900, in English and Italian. Screenshots of each step at each
 * size go to test-artifacts/layout/ for people to look at.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startBrowserApp, type RunningApp } from '../../support/browser-app';

const ARTIFACTS = join(ROOT, 'test-artifacts', 'layout');
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
] as const;
const STEPS = {
  en: ['Priority segments', 'Key moments', 'Competitor benchmarks', 'Revenue sources', 'Cost reductions', 'Summary', 'Compare', 'Report'],
  it: ['Segmenti prioritari', 'Momenti chiave', 'Benchmark concorrenti', 'Fonti di ricavo', 'Riduzione dei costi', 'Sintesi', 'Confronto', 'Report'],
};

let app: RunningApp;

beforeAll(async () => {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await startBrowserApp({ viewport: SIZES[0] });
  await app.page.goto(app.server.url);
  await app.page.getByRole('heading', { level: 1 }).first().waitFor();
}, 120_000);

afterAll(async () => app?.stop());

/** Every element that scrolls sideways: the page, cards, sections and table scrollers. */
async function overflowing(): Promise<string[]> {
  return app.page.evaluate(() => {
    const out: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth) out.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('.card, .table-scroll, .section, .step-content, .case-bar, .scenario-bar, .stepper, .results-panel')) {
      if (el.scrollWidth > el.clientWidth + 1) {
        const name = el.getAttribute('aria-label') ?? el.getAttribute('data-testid') ?? el.querySelector('h3')?.textContent ?? '';
        out.push(`${el.className} "${name}": ${el.scrollWidth} > ${el.clientWidth}`);
      }
    }
    return out;
  });
}

describe('no sideways scrolling', () => {
  for (const lang of ['en', 'it'] as const) {
    it(`every step at 1280×800 and 1440×900 (${lang})`, async () => {
      const page = app.page;
      await page.locator('#language').selectOption(lang);
      if (await page.getByTestId('results-tiles').count()) await page.getByRole('button', { name: /All cases|Tutti i case/ }).click();
      await page.getByRole('button', { name: lang === 'it' ? /E-commerce/ : /B2B software/ }).click();
      await page.getByTestId('results-tiles').waitFor();
      const problems: string[] = [];
      for (const size of SIZES) {
        await page.setViewportSize(size);
        for (const [i, name] of STEPS[lang].entries()) {
          await page.getByRole('navigation').getByRole('button', { name: new RegExp(name) }).click();
          await page.getByRole('heading', { level: 2, name }).first().waitFor();
          await page.waitForTimeout(150);
          const file = `${lang}-${size.width}x${size.height}-${String(i + 1).padStart(2, '0')}-${name.replace(/\W+/g, '-').toLowerCase()}.png`;
          await page.screenshot({ path: join(ARTIFACTS, file), fullPage: true });
          for (const p of await overflowing()) problems.push(`${file}: ${p}`);
        }
      }
      await page.setViewportSize(SIZES[0]);
      expect(problems).toEqual([]);
    }, 150_000);
  }
});
