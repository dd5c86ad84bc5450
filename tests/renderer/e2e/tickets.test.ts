/**
 * The ticket-export wizard (issue 13) in the real UI, as a newcomer uses it in the browser mode, in
 * English and in Italian: start a case from the home screen with a generated Zendesk export, read it
 * (layout, ticket count), look at the columns and the intents, take three key moments and the
 * baseline volume — each with its source "file, period, ticket count", seen in the case — then one
 * Undo takes them all back. Every wizard step is kept as a screenshot at 1280×800 and 1440×900, and
 * the review passes an axe scan.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import i18next from 'i18next';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '@renderer/src/i18n';
import { formatNumber } from '@renderer/src/format/numbers';
import { ROOT, startBrowserApp, type RunningApp } from '../../support/browser-app';
import { writeCsv } from '../../support/tickets/exports';
import { expectedFigures, generateTickets, TOPICS } from '../../support/tickets/model';

const ARTIFACTS = join(ROOT, 'test-artifacts', 'tickets');
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
] as const;

let app: RunningApp;
let page: Page;
/** What the app's own process printed while the wizard ran (the browser mode's server is in this process). */
const printed: string[] = [];
const originals = { log: console.log, error: console.error, warn: console.warn, info: console.info };
let dir = '';
let file = '';
const written = writeCsv('zendesk', generateTickets(13, 3000), { badDateEvery: 700 });
const expected = expectedFigures(written.good, 6, written.carried);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const from = day(Math.min(...written.good.map((t) => t.created)));
const to = day(Math.max(...written.good.map((t) => t.created)));

beforeAll(async () => {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'cxcase-e2e-tickets-'));
  file = join(dir, 'zendesk-export.csv');
  writeFileSync(file, written.bytes);
  for (const k of ['log', 'error', 'warn', 'info'] as const)
    console[k] = (...args: unknown[]) => {
      printed.push(args.map(String).join(' '));
      originals[k](...args);
    };
  app = await startBrowserApp({ viewport: SIZES[0] });
  page = app.page;
  await page.goto(app.server.url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}, 120_000);

afterAll(async () => {
  Object.assign(console, originals);
  await app?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function translator(lang: 'en' | 'it') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng: lang, interpolation: { escapeValue: false } });
  return (k: string, o?: Record<string, unknown>) => i18n.t(k, o ?? {});
}

/** Every file under a folder, as bytes. */
function filesUnder(d: string): Buffer[] {
  return readdirSync(d).flatMap((f) => {
    const p = join(d, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [readFileSync(p)];
  });
}

/** Ticket text, names and addresses the generated export holds. */
const PERSONAL = [...TOPICS.map((x) => x.subject.split('\n')[0]!), `Customer ${written.good[0]!.id}`, `person${written.good[0]!.id}@`];

/** The wizard as it is now, at both window sizes. */
async function shoot(lang: string, step: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(ARTIFACTS, `${lang}-${step}-${size.width}x${size.height}.png`) });
  }
  await page.setViewportSize(SIZES[0]);
}

const wizardText = async () => (await page.getByTestId('tickets-wizard').textContent()) ?? '';

describe('ticket-export wizard', () => {
  for (const lang of ['en', 'it'] as const) {
    it(`imports a Zendesk export, takes three moments and the baseline with their source, and undoes (${lang})`, async () => {
      const t = await translator(lang);
      await page.locator('#language').selectOption(lang);
      if (await page.getByRole('button', { name: t('caseBar.home') }).count()) await page.getByRole('button', { name: t('caseBar.home') }).click();
      await page.getByTestId('home-tickets').click();
      await page.locator('#new-name').fill(`Help desk ${lang}`);
      await page.getByRole('button', { name: t('home.create') }).click();
      const wizard = page.getByTestId('tickets-wizard');
      await wizard.waitFor();
      expect(await page.getByTestId('tickets-privacy').textContent()).toBe(t('tickets.privacy'));
      await shoot(lang, '1-pick');

      await page.getByTestId('tickets-file').setInputFiles(file);
      await page.getByTestId('tickets-count').waitFor({ timeout: 60_000 });
      const doc = app.storedCase();
      const n = (x: number) => formatNumber(x, doc.locale, 0);
      expect(await page.getByTestId('tickets-format').textContent()).toBe('Zendesk');
      expect(await page.getByTestId('tickets-count').textContent()).toBe(n(written.good.length));
      // The rows not read are counted and listed with their line.
      await page.getByTestId('tickets-bad-rows').locator('summary').click();
      const lines = await page.getByTestId('tickets-bad-rows').locator('tbody tr td:first-child').allTextContents();
      expect(lines).toEqual(written.badRows.map((b) => n(b.line)));
      await shoot(lang, '2-file');

      await page.getByTestId('tickets-next').click();
      await page.getByTestId('tickets-map').waitFor();
      expect(await page.getByLabel(t('tickets.map.fields.created'), { exact: true }).inputValue()).toBe('Created at');
      await shoot(lang, '3-columns');

      await page.getByTestId('tickets-next').click();
      await page.getByTestId('tickets-rules').waitFor();
      expect(await page.getByTestId('tickets-unclassified').textContent()).toContain(n(expected.unclassified));
      await shoot(lang, '4-intents');

      await page.getByTestId('tickets-next').click();
      const rows = page.getByTestId('tickets-moments').locator('tbody tr');
      await rows.first().waitFor();
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-intent')))).toEqual(expected.intents.map((i) => i.intent));
      expect(await wizardText()).not.toMatch(/NaN|Infinity|undefined/);
      await shoot(lang, '5-review');
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

      // Three moments and the baseline: every other proposal unticked.
      const count = await rows.count();
      for (let i = 3; i < count; i++) await rows.nth(i).getByRole('checkbox').uncheck();
      for (const box of await wizard.locator('[data-testid^="tickets-take-"]').all()) if ((await box.getAttribute('data-testid')) !== 'tickets-take-baseline') await box.uncheck();
      await page.getByRole('button', { name: t('tickets.review.button', { count: 4 }) }).click();
      await wizard.waitFor({ state: 'detached' });
      // The toast counts in words: "Took 4 values" / "Acquisiti 4 valori".
      await page.getByRole('region', { name: t('app.notifications') }).getByText(t('tickets.taken', { count: 4, name: 'zendesk-export.csv' }), { exact: true }).waitFor();

      const source = t('tickets.provenance', { file: 'zendesk-export.csv', from, to, n: n(written.good.length) });
      await expect.poll(() => app.storedCase().scenarios[0]!.moments.length, { timeout: 5000 }).toBe(3);
      const s = app.storedCase().scenarios[0]!;
      expect(s.moments.map((m) => [m.intent, m.volumeMode, m.volume, m.source])).toEqual(
        expected.intents.slice(0, 3).map((i) => [i.intent, 'absolute', Math.round(i.monthlyVolume * 100) / 100, source]),
      );
      expect([s.service.volumeOverride, s.service.volumeSource]).toEqual([Math.round((written.good.length / 6) * 100) / 100, source]);
      expect(s.metrics).toEqual([]);
      // In the case: three moment cards, each showing its source, and the baseline's.
      const cards = page.getByTestId('moment-card');
      expect(await cards.count()).toBe(3);
      for (const card of await cards.all()) expect(await card.getByLabel(t('common.source'), { exact: true }).inputValue()).toBe(source);
      expect(await page.getByLabel(t('tickets.baselineSource'), { exact: true }).inputValue()).toBe(source);
      expect(await page.getByTestId('baseline-volume').textContent()).toBe(n(written.good.length / 6));
      await page.screenshot({ path: join(ARTIFACTS, `${lang}-6-taken-1280x800.png`), fullPage: true });

      // One undo takes it all back.
      await page.getByRole('button', { name: t('common.undo'), exact: true }).click();
      await expect.poll(() => app.storedCase().scenarios[0]!.moments.length, { timeout: 5000 }).toBe(0);
      expect(app.storedCase().scenarios[0]!.service.volumeOverride).toBeNull();
      expect(await cards.count()).toBe(0);

      // Privacy: no ticket text, name or address in the database, its backups, or anything the app printed.
      const stored = filesUnder(app.dataDir);
      for (const text of PERSONAL) {
        expect(stored.some((b) => b.includes(Buffer.from(text))), text).toBe(false);
        expect(printed.some((line) => line.includes(text)), text).toBe(false);
      }
    }, 180_000);
  }

  it('says a file that is not a ticket export is not one, and reads one whose columns the user points at', async () => {
    const t = await translator('en');
    await page.locator('#language').selectOption('en');
    await page.getByTestId('tickets-open').click();
    const notTickets = join(dir, 'people.csv');
    writeFileSync(notTickets, 'name;age\nAda;36\nAlan;41\n');
    await page.getByTestId('tickets-file').setInputFiles(notTickets);
    await expect.poll(() => page.getByTestId('tickets-failure').textContent(), { timeout: 30_000 }).toBe(t('tickets.notTickets', { name: 'people.csv' }));
    const created = page.getByLabel(t('tickets.map.fields.created'), { exact: true });
    expect(await created.locator('option').allTextContents()).toEqual([t('tickets.map.none'), 'name', 'age']);
    await shoot('en', '7-not-tickets');

    // A file of the user's own columns: pointing at the date and the category is enough to read it.
    const own = join(dir, 'own.csv');
    writeFileSync(own, 'When;Kind\n2025-01-03;Question\n2025-02-10;Incident\n2025-03-09;Question\n');
    await page.getByTestId('tickets-wizard').getByRole('button', { name: t('tickets.back'), exact: true }).click();
    await page.getByTestId('tickets-file').setInputFiles(own);
    await expect.poll(() => page.getByTestId('tickets-failure').textContent(), { timeout: 30_000 }).toBe(t('tickets.notTickets', { name: 'own.csv' }));
    await created.selectOption('When');
    await page.getByLabel(t('tickets.map.fields.intent'), { exact: true }).selectOption('Kind');
    await page.getByTestId('tickets-next').click();
    const values = page.getByTestId('tickets-values');
    await values.waitFor({ timeout: 30_000 });
    expect(await values.locator('tbody tr td:first-child').allTextContents()).toEqual(['Question', 'Incident']);
    await page.getByTestId('tickets-wizard').getByRole('button', { name: t('tickets.close'), exact: true }).click();
    await page.getByTestId('tickets-wizard').waitFor({ state: 'detached' });
  });
});
