/**
 * The risk page of the printed report, read back with pdftotext: P10/P50/P90 and mean of NPV and the
 * probability of a positive NPV are those `analyseRisk` (what `cxcase risk` prints) gives in Node with
 * the case's stored seed and trials, formatted as the report formats them, in English and Italian; the
 * decision page states the P10 beside the base NPV.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '@shared/case/schema';
import type { Language } from '@shared/contract/api';
import { computeCase } from '@shared/engine/compute';
import { analyseRisk } from '@shared/risk/analyse';
import { riskOf } from '@shared/risk/stored';
import { createChromiumPrinter, type ChromiumPrinter } from '@electron-node/export/pdf';
import { formatMoney, formatNumber, formatPercent } from '@renderer/src/format/numbers';
import { reportLocale } from '@renderer/src/views/report/locale';
import { PdfFile } from './pdf-tools';
import { DICT, npvRow, pagesOf, riskPageOf, sample, squash } from './risk-tools';

/** The sample with its implementation cost raised so the base NPV is near zero: P(NPV > 0) is neither 0 nor 1. */
function marginal(): Case {
  const c = sample('b2b-software');
  const npv = computeCase(c)[0]!.npv;
  const s = c.scenarios[0]!;
  const costLines = s.costLines.map((l) => (l.id === 'cost_impl' ? { ...l, amount: Math.round(l.amount + npv / (1 + l.contingency)) } : l));
  return { ...c, scenarios: [{ ...s, costLines }, ...c.scenarios.slice(1)] };
}

let printer: ChromiumPrinter;
const files: PdfFile[] = [];
beforeAll(() => {
  printer = createChromiumPrinter();
});
afterAll(async () => {
  await printer.close();
  for (const f of files) f.dispose();
});

async function printed(c: Case, lang: Language): Promise<{ risk: string; decision: string }> {
  const pdf = new PdfFile((await printer.print(c, { scenarioId: null, scenarios: 'all', lang })).bytes);
  files.push(pdf);
  const pages = pagesOf(pdf);
  return { risk: riskPageOf(pages, lang), decision: pages[1] ?? '' };
}

describe('the report’s risk page', () => {
  for (const [name, make] of [['the b2b sample', () => sample('b2b-software')], ['a case whose base NPV is near zero', marginal]] as const) {
    for (const lang of ['en', 'it'] as const) {
      it(`shows the Monte Carlo of ${name} as analyseRisk gives it with the stored seed (${lang})`, async () => {
        const c = make();
        const stored = riskOf(c);
        const a = analyseRisk(c, 0, stored);
        expect(a.seed).toBe(stored.seed);
        expect(a.trials).toBe(stored.trials);
        const locale = reportLocale(lang, c.locale);
        const money = (x: number) => squash(formatMoney(x, c.currency, locale));
        const { risk, decision } = await printed(c, lang);
        expect(risk).not.toBe('');
        expect(risk).toMatch(npvRow(c, a, lang));
        const p = squash(formatPercent(a.probabilityPositive, locale, 0));
        expect(risk).toContain(squash(DICT[lang].risk.report.probability.replace('{{p}}', p)));
        expect(risk).toContain(squash(formatNumber(a.trials, locale)));
        expect(risk).toContain(String(a.seed));
        // The three assumptions the case rests on: the top of the tornado, with their swings.
        for (const b of a.tornado.slice(0, 3)) expect(risk).toContain(money(b.swing));
        // The decision page: the downside (P10) beside the base NPV.
        const base = computeCase(c)[0]!;
        expect(decision).toContain(money(base.npv));
        expect(decision).toContain(money(a.npv.p10));
        expect(decision).toContain(p);
        if (name !== 'the b2b sample') {
          expect(a.probabilityPositive).toBeGreaterThan(0.05);
          expect(a.probabilityPositive).toBeLessThan(0.95);
        }
      }, 60_000);
    }
  }
});
