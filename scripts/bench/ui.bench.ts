/**
 * Keystroke → repainted results panel, in Chromium, on the large generated case (20 segments,
 * 30 moments, 120 months, 3 scenarios). Each sample types one new value into a segment's customer
 * count and measures, inside the page:
 *  - update: from the input event to the results panel's DOM showing the new NPV (React render,
 *    validation, engine recompute and chart redraw are synchronous in between);
 *  - frame: to the end of the next animation frame after that (what the user sees painted).
 */
import { startBrowserApp } from '@tests/support/browser-app';
import { generateLargeCase } from '@tests/support/arbitraries';
import { percentile } from './stats';

const RUNS = 60;

async function main() {
  const app = await startBrowserApp();
  try {
    const created = app.store.createCaseFrom(generateLargeCase());
    if (!created.ok) throw new Error(created.error.message);
    const { page } = app;
    await page.goto(app.server.url);
    await page.getByRole('button', { name: created.data.name, exact: true }).first().click();
    await page.getByTestId('results-tiles').waitFor();
    const samples = await page.evaluate(async (runs: number) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid=segment-card] input[inputmode=decimal]');
      const tile = document.querySelector('[data-testid=result-npv] dd');
      if (!input || !tile) throw new Error('page not ready');
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      const update: number[] = [];
      const frame: number[] = [];
      input.focus();
      for (let i = 0; i < runs; i++) {
        const changed = new Promise<number>((resolve) => {
          const obs = new MutationObserver(() => {
            obs.disconnect();
            resolve(performance.now());
          });
          obs.observe(tile, { characterData: true, childList: true, subtree: true });
        });
        const t0 = performance.now();
        setter?.call(input, String(1000 + 37 * (i + 1)));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const t1 = await changed;
        const t2 = await new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
        update.push(t1 - t0);
        frame.push(t2 - t0);
        await new Promise((r) => setTimeout(r, 30));
      }
      return { update, frame };
    }, RUNS);
    const u = samples.update.sort((a, b) => a - b);
    const f = samples.frame.sort((a, b) => a - b);
    console.log(
      `keystroke → results updated (large case, Chromium): median ${percentile(u, 50).toFixed(2)} ms, p95 ${percentile(u, 95).toFixed(2)} ms over ${RUNS} keystrokes (target median < 16 ms: ${percentile(u, 50) < 16 ? 'met' : 'NOT met'})`,
    );
    console.log(`keystroke → next frame painted: median ${percentile(f, 50).toFixed(2)} ms, p95 ${percentile(f, 95).toFixed(2)} ms`);
  } finally {
    await app.stop();
  }
}

void main();
