/**
 * Import changes from a workbook, as a user does it in the browser mode: finance changed three
 * inputs (a lower deflection rate, a higher contingency, a later start); the review lists them with
 * their NPV effect; the user takes two of three, undoes, then takes all. A named version "Before
 * edits from <file>" is saved before each take.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '@electron-node/export/xlsx/index';
import type { Case } from '@shared/case/schema';
import { ROOT, startBrowserApp, type RunningApp } from '../../support/browser-app';
import { editWorkbook } from '../../electron/node/roundtrip/helpers';

let app: RunningApp;
let dir = '';
let original: Case;
let file = '';

const deflection = (c: Case) => c.scenarios[0]!.moments[0]!.deflectionRate;
const contingency = (c: Case) => c.scenarios[0]!.costLines[0]!.contingency;
const start = (c: Case) => c.scenarios[0]!.revenueLines[0]!.startMonth;
const wanted = (c: Case) => ({ deflection: +(deflection(c) - 0.05).toFixed(4), contingency: +(contingency(c) + 0.1).toFixed(4), start: start(c) + 2 });

beforeAll(async () => {
  app = await startBrowserApp();
  await app.page.goto(app.server.url);
  await app.page.getByRole('button', { name: /B2B software/ }).click();
  await app.page.getByTestId('results-tiles').waitFor();
  original = app.storedCase();
  const w = wanted(original);
  dir = mkdtempSync(join(tmpdir(), 'cxcase-e2e-rt-'));
  file = join(dir, 'back from finance.xlsx');
  writeFileSync(
    file,
    await editWorkbook(await buildWorkbook(original, {}), (_wb, cell) => {
      cell('S1_Mom1_Deflection').value = w.deflection;
      cell('S1_Cost1_Contingency').value = w.contingency;
      cell('S1_Rev1_Start').value = w.start;
    }),
  );
}, 120_000);

afterAll(async () => {
  await app?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openReview() {
  const page = app.page;
  await page.getByTestId('roundtrip-file').setInputFiles(file);
  const table = page.getByTestId('roundtrip-changes');
  await table.waitFor({ timeout: 60_000 });
  return table;
}

const named = () => {
  const r = app.store.listVersions(original.id);
  if (!r.ok) throw new Error(r.error.message);
  return r.data.filter((v) => v.kind === 'named').map((v) => v.label);
};

describe('Import changes from workbook', () => {
  it('takes two of three, undoes, then takes all; the named version exists', async () => {
    const page = app.page;
    const w = wanted(original);
    const table = await openReview();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-path')))).toEqual([
      '$.scenarios[0].moments[0].deflectionRate',
      '$.scenarios[0].revenueLines[0].startMonth',
      '$.scenarios[0].costLines[0].contingency',
    ]);
    // Each change's NPV effect alone is a signed amount in the case currency, never NaN.
    for (const text of await rows.locator('td.num').allInnerTexts()) expect(text).toMatch(/^[+−-]?\$[\d,]+$/);
    await expect.poll(() => page.getByTestId('roundtrip-together').innerText()).toMatch(/NPV \$[\d,]+ → \$[\d,]+/);
    // Values in their field's unit: a deflection rate reads as a percentage (30% → 25%), not 0.3 → 0.25.
    expect(await rows.nth(0).locator('td').nth(5).innerText()).toMatch(/^[\d.]+%\s*→\s*[\d.]+%/);
    // The review is a screen like the others: kept for people to look at, and no serious axe violation.
    const artifacts = join(ROOT, 'test-artifacts', 'roundtrip');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'review.png'), fullPage: true });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    // Two of three: leave the later start out.
    await rows.nth(1).getByRole('checkbox').uncheck();
    await page.getByRole('button', { name: 'Take the ticked changes (2)' }).click();
    await expect.poll(() => deflection(app.storedCase()), { timeout: 5000 }).toBe(w.deflection);
    const afterTwo = app.storedCase();
    expect(contingency(afterTwo)).toBe(w.contingency);
    expect(start(afterTwo)).toBe(start(original));
    expect(named()).toEqual(['Before edits from back from finance.xlsx']);

    // One undo takes both back out.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => deflection(app.storedCase()), { timeout: 5000 }).toBe(deflection(original));
    expect(contingency(app.storedCase())).toBe(contingency(original));

    // All three.
    const again = await openReview();
    expect(await again.locator('tbody tr').count()).toBe(3);
    await page.getByRole('button', { name: 'Take the ticked changes (3)' }).click();
    await expect.poll(() => start(app.storedCase()), { timeout: 5000 }).toBe(w.start);
    const all = app.storedCase();
    expect([deflection(all), contingency(all), start(all)]).toEqual([w.deflection, w.contingency, w.start]);
    expect(named()).toEqual(['Before edits from back from finance.xlsx', 'Before edits from back from finance.xlsx']);
    expect(app.foreignRequests).toEqual([]);
  }, 180_000);
});
