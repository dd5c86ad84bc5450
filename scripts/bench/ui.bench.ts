/**
 * Keystroke → repainted results panel, in Chromium, on the large generated case (20 segments,
 * 30 moments, 120 months, 3 scenarios). Each sample types one new value into a segment's customer
 * count and measures, inside the page:
 *  - update: from the input event to the results panel's DOM showing the new NPV (React render,
 *    validation, engine recompute and chart redraw are synchronous in between);
 *  - frame: to the end of the next animation frame after that (what the user sees painted).
 * Then the same again while a risk simulation runs: the app's own risk worker (the built
 * risk.worker asset the Risk step starts) simulating the large case's first scenario with 100,000
 * trials (issue 12: "keystroke → painted results unchanged, within noise, while a simulation runs").
 * The line says how many trials the worker ran during the keystrokes, so the run is shown to overlap.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, startBrowserApp } from '@tests/support/browser-app';
import { generateLargeCase } from '@tests/support/arbitraries';
import { percentile } from './stats';

const RUNS = 60;
const SIM_TRIALS = 100_000;

interface Samples {
  update: number[];
  frame: number[];
}

function measure(page: Page): Promise<Samples> {
  return page.evaluate(async (runs: number) => {
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
      // Alternating values, so every keystroke changes the NPV in both passes.
      setter?.call(input, String(1000 + 37 * (i + 1) + (i % 2)));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const t1 = await changed;
      const t2 = await new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
      update.push(t1 - t0);
      frame.push(t2 - t0);
      await new Promise((r) => setTimeout(r, 30));
    }
    return { update, frame };
  }, RUNS);
}

function print(label: string, s: Samples, extra = ''): { update: number; frame: number } {
  const u = [...s.update].sort((a, b) => a - b);
  const f = [...s.frame].sort((a, b) => a - b);
  console.log(
    `keystroke → results updated (large case, Chromium${label}): median ${percentile(u, 50).toFixed(2)} ms, p95 ${percentile(u, 95).toFixed(2)} ms over ${RUNS} keystrokes (target median < 16 ms: ${percentile(u, 50) < 16 ? 'met' : 'NOT met'})${extra}`,
  );
  console.log(`keystroke → next frame painted${label}: median ${percentile(f, 50).toFixed(2)} ms, p95 ${percentile(f, 95).toFixed(2)} ms`);
  return { update: percentile(u, 50), frame: percentile(f, 50) };
}

async function main() {
  const app = await startBrowserApp();
  try {
    const large = generateLargeCase();
    const created = app.store.createCaseFrom(large);
    if (!created.ok) throw new Error(created.error.message);
    const { page } = app;
    await page.goto(app.server.url);
    await page.getByRole('button', { name: created.data.name, exact: true }).first().click();
    await page.getByTestId('results-tiles').waitFor();
    const quiet = print('', await measure(page));

    const worker = readdirSync(join(ROOT, 'out', 'renderer', 'assets')).find((f) => /^risk\.worker-.*\.js$/.test(f));
    if (!worker) throw new Error('no built risk worker in out/renderer/assets');
    const doc = { ...large, risk: { ...large.risk, trials: SIM_TRIALS } };
    await page.evaluate(
      async ({ file, doc }) => {
        const w = new Worker(new URL(`assets/${file}`, location.href), { type: 'module' });
        const state = { w, done: 0, finished: false };
        Reflect.set(window, '__riskBench', state);
        await new Promise<void>((resolve) => {
          w.onmessage = (e: MessageEvent<{ type: string; done?: number }>) => {
            if (e.data.type === 'progress') {
              state.done = e.data.done ?? 0;
              resolve();
            }
            if (e.data.type === 'done') state.finished = true;
          };
          w.postMessage({ type: 'run', job: 1, doc, scenarioIndex: 0 });
        });
      },
      { file: worker, doc },
    );
    const before = await page.evaluate(() => Number(Reflect.get(Reflect.get(window, '__riskBench') as object, 'done')));
    const busy = await measure(page);
    const after = await page.evaluate(() => {
      const s = Reflect.get(window, '__riskBench') as { w: Worker; done: number; finished: boolean };
      s.w.terminate();
      return { done: s.done, finished: s.finished };
    });
    const ran = after.done - before;
    const loaded = print(
      ', while a 100,000-trial simulation runs',
      busy,
      `; the worker ran ${ran} trials meanwhile${after.finished ? ' and FINISHED before the last keystroke' : ', still running at the last keystroke'}`,
    );
    console.log(`keystroke → painted, with vs without a running simulation: ${loaded.frame.toFixed(2)} vs ${quiet.frame.toFixed(2)} ms median (difference ${(loaded.frame - quiet.frame).toFixed(2)} ms)`);
  } finally {
    await app.stop();
  }
}

void main();
