/**
 * Figures that hold up: no payback without costs, an IRR marked when it means nothing, and the
 * months where the cumulative net dips below zero again after paying back.
 */
import { describe, expect, it } from 'vitest';
import { computeScenario, headline, irrNoteOf, negativeAfter } from '@shared/engine/compute';
import { caseOf, costLine, escalationLine, scenario } from '../../support/cases';

// 10 escalations × 1 hand-off × 15 min at 40 an hour = 100 a month.
const saving = (o: Parameters<typeof escalationLine>[3] = {}) => escalationLine(10, 1, 15, o);

describe('payback', () => {
  it('is null, with the reason "noCosts", when the scenario has no costs (nothing to pay back)', () => {
    const s = scenario({ savingLines: [saving()] });
    const r = computeScenario(caseOf([s]), s);
    expect(r.cumulative.every((x) => x >= 0)).toBe(true);
    expect(r.paybackMonth).toBeNull();
    expect(r.paybackNote).toBe('noCosts');
    expect(r.negativeAfterPayback).toEqual([]);
    // A cost line that is excluded is no cost either.
    const off = scenario({ savingLines: [saving()], costLines: [costLine('oneOff', 400, 0, 0, { enabled: false })] });
    expect(computeScenario(caseOf([off]), off).paybackNote).toBe('noCosts');
  });

  it('is null, with the reason "notWithinHorizon", when the costs are never recovered', () => {
    const s = scenario({ savingLines: [saving()], costLines: [costLine('oneOff', 5000, 0)] });
    const r = computeScenario(caseOf([s]), s);
    expect(r.paybackMonth).toBeNull();
    expect(r.paybackNote).toBe('notWithinHorizon');
  });

  it('a month, with no note, when the costs are recovered; costs that never push the cumulative below zero pay back in month 1', () => {
    const s = scenario({ savingLines: [saving()], costLines: [costLine('oneOff', 400, 0)] });
    const r = computeScenario(caseOf([s]), s);
    expect([r.paybackMonth, r.paybackNote]).toEqual([4, null]);
    const small = scenario({ savingLines: [saving()], costLines: [costLine('recurring', 10, 1)] });
    expect(computeScenario(caseOf([small]), small).paybackMonth).toBe(1);
  });
});

describe('the cumulative net after payback', () => {
  it('reports the months it is negative again (a second investment in month 8)', () => {
    // −500, then +100 a month: 0 in month 5 (payback); −600 in month 8 → −300, −200, −100, 0 in month 11.
    const s = scenario({ savingLines: [saving()], costLines: [costLine('oneOff', 500, 0), costLine('oneOff', 600, 8)] });
    const r = computeScenario(caseOf([s], { horizonMonths: 14 }), s);
    expect(r.paybackMonth).toBe(5);
    expect(r.cumulative.slice(7, 12).map((x) => Math.round(x))).toEqual([200, -300, -200, -100, 0]);
    expect(r.negativeAfterPayback).toEqual([8, 9, 10]);
    expect(headline(r).negativeAfterPayback).toEqual([8, 9, 10]);
  });

  it('is empty when the cumulative net stays at or above zero, or there is no payback', () => {
    expect(negativeAfter([-5, 0, 1, 2], 1)).toEqual([]);
    expect(negativeAfter([-5, -4, -3], null)).toEqual([]);
    expect(negativeAfter([-5, 1, -1, 2, -2], 1)).toEqual([2, 4]);
  });
});

describe('IRR that means nothing', () => {
  it('above 1,000% a year: the number is kept, marked not meaningful', () => {
    // 50 up front, 100 a month back: about 200% a month, an IRR in the millions of per cent a year.
    const s = scenario({ savingLines: [saving()], costLines: [costLine('oneOff', 50, 0)] });
    const r = computeScenario(caseOf([s]), s);
    expect(r.irr).toBeGreaterThan(10);
    expect(r.irrMeaningful).toBe(false);
    expect(r.irrNote).toBe('above1000');
    expect(headline(r)).toMatchObject({ irrMeaningful: false, irrNote: 'above1000' });
    expect(headline(r).irr).toBe(r.irr);
  });

  it('from an investment under 1% of the benefits in present value, even at a moderate rate', () => {
    // 30 up front, 100 a month from month 60 to 120: a rate near 7% a month, from a tiny investment.
    const s = scenario({ savingLines: [saving({ startMonth: 60 })], costLines: [costLine('oneOff', 30, 0)] });
    const r = computeScenario(caseOf([s], { horizonMonths: 120 }), s);
    expect(r.irr).not.toBeNull();
    expect(r.irr!).toBeLessThan(10);
    expect(r.pvCosts).toBeLessThan(0.01 * r.pvBenefits);
    expect([r.irrMeaningful, r.irrNote]).toEqual([false, 'smallInvestment']);
  });

  it('an ordinary IRR is meaningful; no IRR has no note', () => {
    const s = scenario({ savingLines: [saving()], costLines: [costLine('oneOff', 1000, 0)] });
    const r = computeScenario(caseOf([s]), s);
    expect([r.irrMeaningful, r.irrNote]).toEqual([true, null]);
    const free = scenario({ savingLines: [saving()] });
    const rf = computeScenario(caseOf([free]), free);
    expect([rf.irr, rf.irrMeaningful, rf.irrNote]).toEqual([null, true, null]);
  });

  it('the thresholds: 1,000% a year and 1% of PV benefits', () => {
    expect(irrNoteOf(10, 100, 50)).toBeNull();
    expect(irrNoteOf(10.0001, 100, 50)).toBe('above1000');
    expect(irrNoteOf(0.5, 100, 1)).toBeNull();
    expect(irrNoteOf(0.5, 100, 0.99)).toBe('smallInvestment');
  });
});
