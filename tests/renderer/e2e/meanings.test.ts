/**
 * Meanings (issue 9): what the figures and flags mean. Margin at risk is the margin that walks out
 * with churning customers, the "To automate" badge follows the automatable flag, protected moments
 * cannot be given deflection or AI rates, moment shares show their total, the satisfaction target
 * shows the CSAT of step 3, first response time can be entered in minutes, every input has its
 * definition behind an ⓘ, and a glossary with the method is one click away — in English and Italian.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startBrowserApp, type RunningApp } from '../../support/browser-app';

const ARTIFACTS = join(ROOT, 'test-artifacts', 'meanings');
const VIEWPORT = { width: 1280, height: 800 };

beforeAll(() => {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
});

async function step(page: Page, name: string) {
  await page.getByRole('navigation').getByRole('button', { name: new RegExp(name) }).click();
  await page.getByRole('heading', { level: 2, name }).first().waitFor();
}

async function saved(page: Page) {
  await page.locator('[data-testid=save-state][data-state=saved]').waitFor({ timeout: 5000 });
}

async function typeInto(page: Page, field: Locator, text: string) {
  await field.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** A segment or moment card by its name (the card is an article named after it). */
function card(page: Page, testId: string, name: string) {
  return page.getByTestId(testId).and(page.getByRole('article', { name, exact: true }));
}

/** Every input in the step with a visible label points at a non-empty definition (its ⓘ text). */
async function inputsWithoutHelp(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main) => {
    const missing: string[] = [];
    for (const el of main.querySelectorAll('input, select, textarea')) {
      const input = el as HTMLInputElement;
      const label = input.labels?.[0];
      if (!label || label.classList.contains('sr-only')) continue;
      const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x.endsWith('-help'));
      const text = ids.map((id) => document.getElementById(id)?.textContent ?? '').join('').trim();
      if (!text) missing.push(label.textContent ?? '?');
    }
    return missing;
  });
}

/** No serious or critical axe violation on the page as it is (tooltips and glossary included). */
async function axe(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

async function noGreek(page: Page) {
  expect(await page.locator('body').innerText()).not.toMatch(/[ρδα]/);
}

describe('in English', () => {
  let app: RunningApp;
  let page: Page;
  beforeAll(async () => {
    app = await startBrowserApp({ viewport: VIEWPORT });
    page = app.page;
    await page.goto(app.server.url);
    await page.getByRole('button', { name: /B2B software/ }).click();
    await page.getByTestId('results-tiles').waitFor();
  }, 120_000);
  afterAll(async () => app?.stop());

  it('segments: margin at risk = customers × churn × ARPU × margin, ranked by it, with its definition', async () => {
    await step(page, 'Priority segments');
    const main = page.locator('main');
    expect(await main.innerText()).not.toContain('Value at risk');
    const enterprise = card(page, 'segment-card', 'Enterprise');
    // 120 customers × 8% × 60,000 × 80% = 460,800 (the whole annual margin would be 5,760,000).
    expect(await enterprise.getByTestId('margin-at-risk').textContent()).toMatch(/460,800/);
    // Small business risks most: 6,000 × 28% × 1,800 × 75% = 2,268,000 → rank 1 (by annual margin it was 2nd).
    expect(await card(page, 'segment-card', 'Small business').locator('dl.derived').innerText()).toMatch(/Rank\s*#1/);
    // The ⓘ beside the label opens on keyboard focus, and Escape closes it.
    const tip = enterprise.locator('dl.derived').getByRole('button', { name: 'Definition' });
    await tip.focus();
    const text = enterprise.getByRole('tooltip').filter({ hasText: 'Customers × annual churn × ARPU × gross margin' });
    await expect.poll(() => text.isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'en-segments-margin-at-risk.png') });
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => text.isVisible()).toBe(false);
    expect(await inputsWithoutHelp(page)).toEqual([]);
    // The help names the published range and its source where there is one (CAC: Bain / HBR).
    const cacHelp = await enterprise.getByLabel('Acquisition cost (CAC)', { exact: true }).evaluate((el) => {
      const id = (el.getAttribute('aria-describedby') ?? '').split(' ').find((x) => x.endsWith('-help'));
      return id ? document.getElementById(id)?.textContent : null;
    });
    expect(cacHelp).toContain('Bain & Company');
  }, 90_000);

  it('moments: "To automate" follows the automatable flag; ~20 a month is only a suggestion', async () => {
    await step(page, 'Key moments');
    const trial = card(page, 'moment-card', 'Trial and pricing questions');
    // 8% of the baseline, far above 20 a month, but not marked automatable: no badge, a suggestion.
    expect(await trial.getByTestId('pill-candidate').count()).toBe(0);
    expect(await trial.getByTestId('pill-suggested').textContent()).toContain('Suggestion: automate?');
    const password = card(page, 'moment-card', 'Password reset and login');
    expect(await password.getByTestId('pill-candidate').textContent()).toContain('To automate');
    await password.getByLabel('Automatable', { exact: true }).uncheck();
    await expect.poll(() => password.getByTestId('pill-candidate').count()).toBe(0);
    await password.getByLabel('Automatable', { exact: true }).check();
    await expect.poll(() => password.getByTestId('pill-candidate').count()).toBe(1);
    expect(await inputsWithoutHelp(page)).toEqual([]);
  });

  it('moments: a protected moment cannot be given deflection or AI rates, and says why', async () => {
    const onboarding = card(page, 'moment-card', 'Onboarding and first setup');
    expect(await onboarding.getByLabel('Deflection', { exact: true }).isDisabled()).toBe(true);
    expect(await onboarding.getByLabel('AI resolution', { exact: true }).isDisabled()).toBe(true);
    expect(await onboarding.innerText()).toContain('Protected: not deflected or automated');
    await onboarding.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'en-moments-protected.png') });
    const howTo = card(page, 'moment-card', 'How-to questions');
    expect(await howTo.getByLabel('Deflection', { exact: true }).isDisabled()).toBe(false);
    await howTo.getByLabel('Protected', { exact: true }).check();
    await expect.poll(() => howTo.getByLabel('Deflection', { exact: true }).isDisabled()).toBe(true);
    expect(await howTo.getByLabel('AI resolution', { exact: true }).isDisabled()).toBe(true);
    await howTo.getByLabel('Protected', { exact: true }).uncheck();
    await expect.poll(() => howTo.getByLabel('Deflection', { exact: true }).isDisabled()).toBe(false);
  });

  it('moments: the total of the shares, what it means under 100%, a warning above', async () => {
    const total = page.getByTestId('shares-total');
    expect(await total.textContent()).toContain('Shares cover 100% of baseline contacts.');
    const bugs = card(page, 'moment-card', 'Bug reports').getByLabel('Share of all contacts', { exact: true });
    await typeInto(page, bugs, '3');
    await expect.poll(() => total.textContent()).toContain('Shares cover 83% of baseline contacts.');
    expect(await total.textContent()).toContain('The other 17% belong to no moment');
    await total.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -60));
    await page.screenshot({ path: join(ARTIFACTS, 'en-moments-shares.png') });
    await typeInto(page, bugs, '60');
    await expect.poll(() => total.textContent()).toContain('Shares add up to 140%');
    expect(await total.getAttribute('class')).toContain('warning');
    await typeInto(page, bugs, '20');
    await expect.poll(() => total.textContent()).toContain('Shares cover 100%');
    await saved(page);
  });

  it('revenue: the satisfaction target shows the CSAT of step 3 and can take it; no Greek letters', async () => {
    await step(page, 'Revenue sources');
    const line = card(page, 'revenue-line', 'Retention: Mid-market churn from better satisfaction');
    const link = line.getByTestId('csat-link');
    expect(await link.textContent()).toContain('Same measure as the CSAT of step 3: our CSAT is 79%, so 21% are dissatisfied now.');
    expect(await link.textContent()).toContain('The step 3 CSAT target, 88%, means 12% dissatisfied.');
    await link.getByRole('button', { name: 'Use the CSAT of step 3' }).click();
    await expect.poll(() => line.getByLabel('Dissatisfied at target', { exact: true }).inputValue()).toBe('12');
    await saved(page);
    const l = app.storedCase().scenarios[0]!.revenueLines.find((x) => x.label === 'Mid-market churn from better satisfaction');
    expect(l && l.kind === 'retention' ? [l.dissatisfiedNow, l.dissatisfiedTarget] : null).toEqual([0.21, 0.12]);
    expect(await line.innerText()).toContain('Churn reduction used');
    await page.screenshot({ path: join(ARTIFACTS, 'en-revenue-csat.png') });
    await noGreek(page);
    expect(await inputsWithoutHelp(page)).toEqual([]);
  });

  it('costs: every input has its definition', async () => {
    await step(page, 'Cost reductions');
    expect(await inputsWithoutHelp(page)).toEqual([]);
    await noGreek(page);
  });

  it('benchmarks: first response time in minutes or hours, stored in hours; each metric defined', async () => {
    await step(page, 'Competitor benchmarks');
    const row = page.getByTestId('metric-row').filter({ hasText: 'First response time' });
    expect(await row.getByTestId('frt-readout').textContent()).toBe('Us: 9 h 30 min');
    const ours = row.getByLabel('First response time: Us', { exact: true });
    expect(await ours.inputValue()).toBe('9.5');
    await row.getByLabel('Enter first response time in', { exact: true }).selectOption('minutes');
    await expect.poll(() => ours.inputValue()).toBe('570');
    await typeInto(page, ours, '150');
    await expect.poll(() => row.getByTestId('frt-readout').textContent()).toBe('Us: 2 h 30 min');
    await saved(page);
    expect(app.storedCase().scenarios[0]!.metrics.find((m) => m.metric === 'frt')?.ours).toBe(2.5);
    // The target (2 h) reads as 120 minutes, and back in hours as 2.5 for ours.
    expect(await row.getByLabel('First response time: Target', { exact: true }).inputValue()).toBe('120');
    await page.screenshot({ path: join(ARTIFACTS, 'en-benchmarks-frt-minutes.png') });
    await row.getByLabel('Enter first response time in', { exact: true }).selectOption('hours');
    await expect.poll(() => ours.inputValue()).toBe('2.5');
    expect(await page.getByTestId('metric-row').filter({ hasText: 'CSAT' }).locator('th').getByRole('button', { name: 'Definition' }).count()).toBe(1);
  });

  it('the glossary: terms and the method, from the workspace', async () => {
    await page.getByRole('button', { name: 'Glossary' }).click();
    const g = page.getByTestId('glossary');
    await g.getByRole('heading', { name: 'Glossary' }).waitFor();
    const text = await g.innerText();
    for (const term of ['CLV', 'CAC', 'Churn', 'Margin at risk', 'Deflection', 'AI resolution', 'AHT', 'FCR', 'CSAT', 'CES', 'NPS', 'FRT', 'Haircut', 'Contingency', 'NPV', 'IRR', 'ROI', 'Payback', 'Ramp'])
      expect(text).toContain(term);
    expect(text).toContain('Method, in short');
    expect(text).toContain('Discounting: the annual discount rate');
    // Opening it takes the focus to it; Escape closes it, and so does its Close button.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('glossary-heading');
    await page.screenshot({ path: join(ARTIFACTS, 'en-glossary.png') });
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => g.count()).toBe(0);
    await page.getByRole('button', { name: 'Glossary' }).click();
    await g.getByRole('button', { name: 'Close the glossary' }).click();
    await expect.poll(() => g.count()).toBe(0);
  }, 90_000);
});

describe('in Italian', () => {
  let app: RunningApp;
  let page: Page;
  beforeAll(async () => {
    app = await startBrowserApp({ viewport: VIEWPORT, locale: 'it-IT' });
    page = app.page;
    await page.goto(app.server.url);
    await page.getByRole('button', { name: /E-commerce/ }).click();
    await page.getByTestId('results-tiles').waitFor();
  }, 120_000);
  afterAll(async () => app?.stop());

  it('segmenti: margine a rischio, con la sua definizione', async () => {
    await step(page, 'Segmenti prioritari');
    const first = card(page, 'segment-card', 'Clienti fedeli (Mirtillo Plus)');
    // 18.000 × 25% × 620 × 35% = 976.500
    expect(await first.locator('dl.derived').innerText()).toContain('Margine a rischio');
    expect(await first.getByTestId('margin-at-risk').textContent()).toMatch(/976\.500/);
    await first.locator('dl.derived').getByRole('button', { name: 'Definizione' }).click();
    await expect.poll(() => first.getByRole('tooltip').filter({ hasText: 'Clienti × churn annuo × ARPU × margine lordo' }).isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'it-segments-margin-at-risk.png') });
    expect(await inputsWithoutHelp(page)).toEqual([]);
  });

  it('momenti: badge, suggerimento, momenti protetti e totale delle quote', async () => {
    await step(page, 'Momenti chiave');
    const order = card(page, 'moment-card', 'Dov\'è il mio ordine?');
    expect(await order.getByTestId('pill-candidate').textContent()).toContain('Da automatizzare');
    const pre = card(page, 'moment-card', 'Domande prima dell\'acquisto (taglie, disponibilità)');
    expect(await pre.getByTestId('pill-candidate').count()).toBe(0);
    expect(await pre.getByTestId('pill-suggested').textContent()).toContain('Suggerimento: automatizzare?');
    const cancel = card(page, 'moment-card', 'Disdetta di Mirtillo Plus');
    expect(await cancel.getByLabel('Deflessione', { exact: true }).isDisabled()).toBe(true);
    expect(await cancel.getByLabel('Risoluzione AI', { exact: true }).isDisabled()).toBe(true);
    expect(await cancel.innerText()).toContain('Protetto: né deflesso né automatizzato');
    const total = page.getByTestId('shares-total');
    expect(await total.textContent()).toContain('Le quote coprono il 100% dei contatti di base.');
    await typeInto(page, order.getByLabel('Quota di tutti i contatti', { exact: true }), '0');
    await typeInto(page, card(page, 'moment-card', 'Pagamenti e fatture').getByLabel('Quota di tutti i contatti', { exact: true }), '3');
    await expect.poll(() => total.textContent()).toContain('Le quote coprono il 63% dei contatti di base.');
    expect(await total.textContent()).toContain('L’altro 37% non appartiene a nessun momento');
    await total.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'it-moments-shares.png') });
    await typeInto(page, order.getByLabel('Quota di tutti i contatti', { exact: true }), '80');
    await expect.poll(() => total.textContent()).toContain('Le quote sommano al 143%');
    expect(await inputsWithoutHelp(page)).toEqual([]);
  });

  it('ricavi: l’obiettivo di soddisfazione mostra la CSAT del passo 3', async () => {
    await step(page, 'Fonti di ricavo');
    const line = card(page, 'revenue-line', 'Retention: Professionisti più soddisfatti, meno abbandoni');
    const link = line.getByTestId('csat-link');
    expect(await link.textContent()).toContain('la nostra CSAT è 74%, quindi oggi gli insoddisfatti sono il 26%');
    expect(await link.textContent()).toContain('L’obiettivo di CSAT del passo 3, 85%, equivale al 15% di insoddisfatti.');
    await link.getByRole('button', { name: 'Usa la CSAT del passo 3' }).click();
    await expect.poll(() => line.getByLabel('Clienti insoddisfatti oggi', { exact: true }).inputValue()).toBe('26');
    expect(await line.innerText()).toContain('Riduzione dell’abbandono applicata');
    await page.screenshot({ path: join(ARTIFACTS, 'it-revenue-csat.png') });
    await noGreek(page);
  });

  it('benchmark: tempo di prima risposta in ore o minuti', async () => {
    await step(page, 'Benchmark concorrenti');
    const row = page.getByTestId('metric-row').filter({ hasText: 'Tempo di prima risposta' });
    expect(await row.getByTestId('frt-readout').textContent()).toBe('Noi: 20 h');
    await row.getByLabel('Inserisci il tempo di prima risposta in', { exact: true }).selectOption('minutes');
    await expect.poll(() => row.getByLabel('Tempo di prima risposta: Noi', { exact: true }).inputValue()).toBe('1.200');
    await page.screenshot({ path: join(ARTIFACTS, 'it-benchmarks-frt-minutes.png') });
  });

  it('il glossario, con il metodo', async () => {
    await page.getByRole('button', { name: 'Glossario' }).click();
    const g = page.getByTestId('glossary');
    await g.getByRole('heading', { name: 'Glossario' }).waitFor();
    const text = await g.innerText();
    for (const term of ['CLV', 'CAC', 'Churn', 'Margine a rischio', 'Deflessione', 'Risoluzione AI', 'AHT', 'FCR', 'CSAT', 'CES', 'NPS', 'FRT', 'Haircut', 'Contingenza', 'VAN', 'TIR', 'ROI', 'Payback', 'Rampa'])
      expect(text).toContain(term);
    expect(text).toContain('Il metodo, in breve');
    await page.screenshot({ path: join(ARTIFACTS, 'it-glossary.png') });
  });
});
