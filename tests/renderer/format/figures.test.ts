/**
 * The words the app and the report put on the engine's structured figures: flags in the reader's
 * language (month words included), "—" with a reason for a payback that does not exist, an IRR
 * that means nothing, the months negative again after payback, and USD figures in a EUR case.
 */
import { describe, expect, it } from 'vitest';
import { computeScenario } from '@shared/engine/compute';
import { benchmarkHintText } from '@renderer/src/components/BenchmarkHint';
import { dipsSentence, flagSentence, irrShown, monthList, paybackShown, withReason } from '@renderer/src/format/figures';
import { buildNarrative, dictionaryT } from '@renderer/src/views/report/narrative';
import { caseOf, costLine, escalationLine, moment, scenario } from '../../support/cases';

const en = dictionaryT('en');
const it_ = dictionaryT('it');

// 85 a month of savings (10 escalations × 15 min at 40 an hour, less a 15% haircut).
const saving = () => escalationLine(10, 1, 15, { haircut: 0.15 });

describe('flags in words', () => {
  const s = scenario({ savingLines: [saving()], costLines: [costLine('oneOff', 350, 0)], moments: [moment({ name: 'Password reset', deflectionRate: 0.55 })] });
  const c = caseOf([s], { locale: 'it-IT' });
  const r = computeScenario(c, s);
  const payback = r.flags.find((f) => f.figureId === 'paybackMonth')!;
  const deflection = r.flags.find((f) => f.figureId === 'deflectionRate')!;

  it('the payback flag in Italian has Italian month words and numbers, and names the scenario', () => {
    const text = flagSentence(it_, payback, { lang: 'it', locale: 'it-IT', currency: 'EUR' });
    expect(text).toBe(
      'Mese in cui il ROI diventa positivo, questo scenario: mese 5 è sotto il valore più basso pubblicato, mese 9 (Reesonance, “Ripensare il customer service a partire dalla generazione di valore”, 29 ottobre 2025).',
    );
    expect(text).not.toMatch(/\bmonth\b/);
  });

  it('names the moment; the number follows the case locale; without the subject where a column already says it', () => {
    expect(flagSentence(it_, deflection, { lang: 'it', locale: 'it-IT', currency: 'EUR' })).toMatch(/^Ticket evitati grazie alla knowledge base, momento “Password reset”: 55% supera il valore più alto pubblicato, 40% \(/);
    expect(flagSentence(en, deflection, { lang: 'en', locale: 'en-GB', currency: 'EUR', withSubject: false })).toMatch(/^Ticket deflection from a knowledge base: 55% is above the highest published figure, 40% \(Practitioners’ reports/);
  });
});

describe('payback, IRR and dips in words', () => {
  it('no costs: "—" with the reason "no costs to pay back", in both languages', () => {
    const s = scenario({ savingLines: [saving()] });
    const r = computeScenario(caseOf([s]), s);
    expect(paybackShown(en, r)).toEqual({ value: '—', reason: 'no costs to pay back' });
    expect(withReason(paybackShown(it_, r))).toBe('— (nessun costo da ripagare)');
  });

  it('never recovered: "—", not within the horizon; recovered: the month', () => {
    expect(paybackShown(en, { paybackMonth: null, paybackNote: 'notWithinHorizon' })).toEqual({ value: '—', reason: 'not within the horizon' });
    expect(paybackShown(it_, { paybackMonth: 7, paybackNote: null })).toEqual({ value: 'mese 7', reason: null });
  });

  it('an IRR over 1,000% is "not meaningful (> 1,000%)" with its reason, never the raw percentage', () => {
    const s = scenario({ savingLines: [saving()], costLines: [costLine('oneOff', 50, 0)] });
    const r = computeScenario(caseOf([s]), s);
    expect(irrShown(en, r, 'en-GB')).toEqual({ value: 'not meaningful (> 1,000%)', reason: 'the IRR is above 1,000% a year' });
    expect(irrShown(it_, { irr: 2, irrNote: 'smallInvestment' }, 'it-IT')).toEqual({
      value: 'non significativo (> 1.000%)',
      reason: 'l’investimento è sotto l’1% del valore attuale dei benefici',
    });
    expect(irrShown(en, { irr: 0.42, irrNote: null }, 'en-GB')).toEqual({ value: '42%', reason: null });
    const narrative = buildNarrative({ doc: caseOf([s]), result: r, lang: 'en' }).join(' ');
    expect(narrative).toContain('The internal rate of return is not meaningful (> 1,000%): the IRR is above 1,000% a year.');
    expect(narrative).not.toMatch(/\d{5,}%/);
  });

  it('the months negative again after payback, as ranges, in the reader’s language', () => {
    expect(monthList(en, [8])).toBe('month 8');
    expect(monthList(en, [8, 9, 10, 14])).toBe('months 8–10 and 14');
    expect(monthList(it_, [3, 5, 6, 9])).toBe('mesi 3, 5–6 e 9');
    const s = scenario({ savingLines: [saving()], costLines: [costLine('oneOff', 500, 0), costLine('oneOff', 600, 8)] });
    const r = computeScenario(caseOf([s], { horizonMonths: 14 }), s);
    // The result carries the case's calendar (start January 2026): months 8–12 are August to December 2026.
    expect(dipsSentence(en, r)).toBe('After paying back, the cumulative net cash flow is negative again in Aug 2026–Dec 2026.');
    expect(dipsSentence(it_, r)).toBe('Dopo il payback, il flusso di cassa netto cumulato torna negativo: ago 2026–dic 2026.');
    expect(dipsSentence(en, { negativeAfterPayback: r.negativeAfterPayback })).toBe('After paying back, the cumulative net cash flow is negative again in months 8–12.');
    expect(monthList(en, [11, 12, 13, 20], '2026-03')).toBe('Jan 2027–Mar 2027 and Oct 2027');
    expect(paybackShown(en, { paybackMonth: 7, paybackNote: null, startMonth: '2027-03' })).toEqual({ value: 'Sep 2027', reason: null });
    expect(paybackShown(it_, { paybackMonth: 7, paybackNote: null, startMonth: '2027-03' })).toEqual({ value: 'set 2027', reason: null });
    expect(dipsSentence(en, { negativeAfterPayback: [] })).toBeNull();
  });
});

describe('published money figures and the case currency', () => {
  it('a EUR case sees the Gartner USD figure as USD, not converted, never as euros', () => {
    const text = benchmarkHintText(en, 'costPerContactAssisted', 'en-GB', 'en', 'EUR');
    expect(text).toBe('Published: USD 13.50 (Gartner (2024), “Benchmarks to Assess Your Customer Service Costs”), not converted to EUR');
    expect(text).not.toContain('€');
    expect(benchmarkHintText(it_, 'costPerContactSelfService', 'it-IT', 'it', 'EUR')).toBe(
      'Pubblicato: USD 1,84 (Gartner (2024), “Benchmarks to Assess Your Customer Service Costs”), non convertito in EUR',
    );
  });

  it('a USD case sees the figure as it is', () => {
    expect(benchmarkHintText(en, 'costPerContactAssisted', 'en-US', 'en', 'USD')).toBe('Published: $13.50 — Gartner (2024), “Benchmarks to Assess Your Customer Service Costs”');
  });
});
