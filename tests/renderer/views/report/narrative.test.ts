import { describe, expect, it } from 'vitest';
import type { Case } from '@shared/case/schema';
import { computeScenario } from '@shared/engine/compute';
import { formatMoney } from '@renderer/src/format/numbers';
import { benefitShares, buildNarrative, fill, FLAGS_NAMED, paybackReading } from '@renderer/src/views/report/narrative';
import { acquisitionLine, caseOf, costLine, expansionLine, moment, scenario, segment } from '../../../support/cases';

const R = { haircut: 0.15 };

/**
 * Expansion: 1,200 customers × 2,400 / 12 × 10% × 50% margin × 85% = 10,200 a month.
 * Acquisition: 10 opportunities × 10% × 1,000 × 50% × 85% = 425 a month.
 * Investment: 85,000 up front. Cumulative: −85,000 + 10,625 m ≥ 0 first at m = 8.
 */
function worked(o: Partial<Case> = {}, costs = [costLine('oneOff', 85_000, 0)]): Case {
  return caseOf([scenario({ segments: [segment()], revenueLines: [expansionLine(0.1, R), acquisitionLine(10, 0.1, 1000, 0.5, R)], costLines: costs })], o);
}

function narrative(c: Case, lang: 'en' | 'it' = 'en') {
  const s = c.scenarios[0];
  if (!s) throw new Error('no scenario');
  const result = computeScenario(c, s);
  return { result, text: buildNarrative({ doc: c, result, lang }) };
}

describe('fill', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{{a}} and {{b}}', { a: 1 })).toBe('1 and {{b}}');
  });
});

describe('paybackReading against the published 9–12 months', () => {
  it.each([
    [8, 'earlier'],
    [9, 'within'],
    [12, 'within'],
    [13, 'later'],
    [null, 'none'],
  ] as const)('month %s is %s', (m, reading) => {
    expect(paybackReading(m)).toBe(reading);
  });
});

describe('benefitShares', () => {
  it('ranks benefit lines by present value with their share, leaving costs out', () => {
    const { result } = narrative(worked());
    const shares = benefitShares(result);
    expect(shares.map((x) => x.label)).toEqual(['Expansion', 'Acquisition']);
    // Same timing for both lines, so the PV shares equal the monthly shares: 10,200 / 10,625 and 425 / 10,625.
    expect(shares[0]?.share).toBeCloseTo(10_200 / 10_625, 10);
    expect(shares[1]?.share).toBeCloseTo(425 / 10_625, 10);
  });
});

describe('buildNarrative', () => {
  it('states NPV, ROI and IRR, the two lines that carry the case, and an early payback as needing justification', () => {
    const c = worked();
    const { result, text } = narrative(c);
    expect(result.paybackMonth).toBe(8);
    expect(text[0]).toContain(`net present value of ${formatMoney(result.npv, 'EUR', 'en-GB')}`);
    expect(text[0]).toContain('“Base” scenario');
    expect(text[0]).toContain('The internal rate of return is');
    expect(text[1]).toBe('Two lines carry the case: “Expansion” (96% of the benefits in present value) and “Acquisition” (4%).');
    expect(text[2]).toBe('The investment pays back in month 8, earlier than the 9–12 months published for comparable programmes (Reesonance, “Ripensare il customer service a partire dalla generazione di valore”, 29 Oct 2025): the timing needs a justification.');
    // The early payback is itself a flag.
    expect(result.flags).toHaveLength(1);
    expect(text[3]).toBe(
      `One assumption is outside its published range and needs a justification: Month ROI turns positive, this scenario: month 8 is below the lowest published figure, month 9 (${'Reesonance, “Ripensare il customer service a partire dalla generazione di valore”, 29 Oct 2025'}).`,
    );
  });

  it('writes Italian text with Italian numbers, whatever the case locale', () => {
    const en = worked();
    const it = worked({ locale: 'it-IT' });
    const { result, text } = narrative(it, 'it');
    expect(text[0]).toContain(`valore attuale netto di ${formatMoney(result.npv, 'EUR', 'it-IT')}`);
    expect(formatMoney(result.npv, 'EUR', 'it-IT')).toMatch(/^\d{1,3}(\.\d{3})*[\s\u00a0]€$/);
    expect(text[1]).toBe('Due voci reggono il caso: “Expansion” (96% dei benefici in valore attuale) e “Acquisition” (4%).');
    expect(text[2]).toContain('si ripaga al mese 8, prima dei 9–12 mesi');
    // The flag in Italian words, months included: no English left in it.
    expect(text[3]).toContain('Mese in cui il ROI diventa positivo, questo scenario: mese 8 è sotto il valore più basso pubblicato, mese 9 (Reesonance,');
    expect(text[3]).not.toMatch(/\bmonth\b/);
    // Numbers follow the report's language (issue 10): an en-GB case's Italian summary writes Italian numbers.
    const mixed = narrative(en, 'it');
    expect(mixed.text[0]).toContain(`valore attuale netto di ${formatMoney(mixed.result.npv, 'EUR', 'it-IT')}`);
    expect(mixed.text[0]).not.toContain(formatMoney(mixed.result.npv, 'EUR', 'en-GB'));
    expect(mixed.text[0]).toContain('Nell’orizzonte di 12 mesi');
    // …and its English summary keeps the case's own English locale.
    expect(narrative(en, 'en').text[0]).toContain(formatMoney(mixed.result.npv, 'EUR', 'en-GB'));
    // An Italian case's English summary writes English numbers, in euros.
    const itEn = narrative(it, 'en');
    expect(itEn.text[0]).toContain(formatMoney(itEn.result.npv, 'EUR', 'en-US'));
    expect(formatMoney(itEn.result.npv, 'EUR', 'en-US')).toMatch(/^€\d{1,3}(,\d{3})*$/);
  });

  it('says when the case does not pay for itself and never pays back', () => {
    const { result, text } = narrative(worked({}, [costLine('oneOff', 5_000_000, 0)]));
    expect(result.npv).toBeLessThan(0);
    expect(text[0]).toContain('does not pay for itself');
    expect(text[0]).toContain(formatMoney(result.npv, 'EUR', 'en-GB'));
    expect(text[2]).toBe('The cumulative cash flow does not turn positive within the 12 months: the investment does not pay back in this scenario.');
  });

  it('pays back within the published range with a larger investment', () => {
    // −106,250 + 10,625 m ≥ 0 first at m = 10.
    const { result, text } = narrative(worked({}, [costLine('oneOff', 106_250, 0)]));
    expect(result.paybackMonth).toBe(10);
    expect(text[2]).toBe('The investment pays back in month 10, within the 9–12 months published for comparable programmes (Reesonance, “Ripensare il customer service a partire dalla generazione di valore”, 29 Oct 2025).');
    expect(text[3]).toBe('Every assumption checked against the published figures is within its range.');
  });

  it('names the first flagged assumptions and points to the appendix for the rest', () => {
    const moments = [0, 1, 2].map((i) => moment({ id: `m${i}`, name: `M${i}`, deflectionRate: 0.55, aiResolutionRate: 0.9 }));
    const c = caseOf([scenario({ segments: [segment()], moments, revenueLines: [expansionLine(0.1, R)], costLines: [costLine('oneOff', 1000, 0)] })]);
    const { result, text } = narrative(c);
    expect(result.flags.length).toBeGreaterThan(FLAGS_NAMED);
    const last = text[text.length - 1] ?? '';
    expect(last.startsWith(`${result.flags.length} assumptions are outside their published ranges`)).toBe(true);
    for (const f of result.flags.slice(0, FLAGS_NAMED)) expect(last).toContain(`moment “${f.subject.name}”: `);
    expect(last).toContain('Ticket deflection from a knowledge base, moment “M0”: 55% is above the highest published figure, 40% (Practitioners’ reports');
    expect(last).toContain(`and ${result.flags.length - FLAGS_NAMED} more (see the appendix)`);
  });

  it('handles a case with one line and no costs, and one with no benefits', () => {
    const one = narrative(caseOf([scenario({ segments: [segment()], revenueLines: [expansionLine(0.1, R)] })]));
    expect(one.result.roi).toBeNull();
    expect(one.text[0]).toContain('no costs entered yet');
    expect(one.text[1]).toBe('One line carries the case: “Expansion”, with 100% of the benefits in present value.');
    expect(one.text.join(' ')).not.toContain('pays back');
    const none = narrative(caseOf([scenario({ costLines: [costLine('recurring', 100, 1)] })]));
    expect(none.text[1]).toBe('No benefit line contributes yet: the case rests on costs alone.');
    for (const p of [...one.text, ...none.text]) expect(p).not.toMatch(/NaN|Infinity|undefined|\{\{/);
  });
});
