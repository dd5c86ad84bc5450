/** A whole scenario worked by hand: NPV, PV, ROI, payback, IRR and the TEI year table. */
import { describe, expect, it } from 'vitest';
import { computeCase, computeScenario, headline } from '@shared/engine/compute';
import { caseOf, costLine, escalationLine, scenario } from '../../support/cases';
import { expectAllClose, expectClose } from '../../support/close';

// One benefit: 10 escalations × 1 hand-off × 15 minutes / 60 × 40 an hour = 100 a month from month 1.
// One cost: 1,000 up front. Horizon 12 months, discount rate 10% a year.
const s = scenario({ savingLines: [escalationLine(10, 1, 15)], costLines: [costLine('oneOff', 1000, 0)] });
const c = caseOf([s], { horizonMonths: 12, discountRate: 0.1 });
const r = computeScenario(c, s);
const annuity = Array.from({ length: 12 }, (_, i) => Math.pow(1.1, -(i + 1) / 12)).reduce((a, x) => a + x, 0); // Σ DF(m), m = 1..12

describe('a scenario worked by hand', () => {
  it('monthly rows: benefits, costs, net and cumulative net', () => {
    expect(r.months).toHaveLength(13);
    expect(r.months[0]).toEqual({ month: 0, benefits: 0, costs: 1000, net: -1000, cumulative: -1000 });
    expectAllClose(r.net, [-1000, ...new Array(12).fill(100)]);
    expectAllClose(r.cumulative, [-1000, -900, -800, -700, -600, -500, -400, -300, -200, -100, 0, 100, 200]);
  });

  it('PV of benefits = 100 × Σ 1.1^(−m/12); PV of costs = 1,000; NPV = PV benefits − PV costs', () => {
    expectClose(r.pvBenefits, 100 * annuity);
    expectClose(r.pvCosts, 1000);
    expectClose(r.npv, 100 * annuity - 1000);
  });

  it('ROI = (PV benefits − PV costs) / PV costs', () => {
    expectClose(r.roi, (100 * annuity - 1000) / 1000);
  });

  it('pays back in month 10, when the cumulative net reaches 0', () => {
    expect(r.paybackMonth).toBe(10);
  });

  it('IRR: the monthly rate at which the NPV is zero, annualised as (1 + irr)^12 − 1', () => {
    const m = r.monthlyIrr ?? NaN;
    let npv = -1000;
    for (let k = 1; k <= 12; k++) npv += 100 / Math.pow(1 + m, k);
    expect(Math.abs(npv)).toBeLessThan(1e-9);
    expectClose(r.irr, Math.pow(1 + m, 12) - 1);
    // Twelve payments of 100 for 1,000 is about 2.92% a month.
    expect(m).toBeGreaterThan(0.029);
    expect(m).toBeLessThan(0.0293);
  });

  it('the TEI year table: Initial, Year 1, Total, PV', () => {
    expect(r.years.columns).toEqual(['initial', 'y1', 'total', 'pv']);
    expectAllClose(r.years.benefits, [0, 1200, 1200, 100 * annuity]);
    expectAllClose(r.years.costs, [1000, 0, 1000, 1000]);
    expectAllClose(r.years.net, [-1000, 1200, 200, 100 * annuity - 1000]);
    expect(r.years.lines.map((l) => l.id)).toEqual(['sav_esc', 'cost_oneOff_0']);
  });

  it('the year table over 30 months has a partial third year', () => {
    const c30 = { ...c, horizonMonths: 30 };
    const y = computeScenario(c30, s).years;
    expect(y.columns).toEqual(['initial', 'y1', 'y2', 'y3', 'total', 'pv']);
    expectAllClose(y.net.slice(0, 5), [-1000, 1200, 1200, 600, 2000]);
  });

  it('a recurring cost and a contingency move every figure', () => {
    const s2 = { ...s, costLines: [...s.costLines, costLine('recurring', 20, 1, 0.5)] };
    const r2 = computeScenario(c, s2);
    // Net = 100 − 20 × 1.5 = 70 a month; cumulative reaches 0 at month ⌈1000/70⌉ = 15 > 12: no payback.
    expectAllClose(r2.net.slice(1), new Array(12).fill(70));
    expect(r2.paybackMonth).toBeNull();
    expectClose(r2.pvCosts, 1000 + 30 * annuity);
    expectClose(r2.npv, 70 * annuity - 1000);
    expect(r2.irr).toBeLessThan(0);
  });

  it('ROI is null without costs, and no IRR exists without an investment', () => {
    const free = scenario({ savingLines: [escalationLine(10, 1, 15)] });
    const rf = computeScenario(caseOf([free]), free);
    expect(rf.roi).toBeNull();
    expect(rf.irr).toBeNull();
    expect(rf.monthlyIrr).toBeNull();
  });

  it('computeCase computes every scenario; headline carries the figures the CLI prints', () => {
    const other = { ...s, id: 'scn_other', name: 'Other', costLines: [costLine('oneOff', 500, 0)] };
    const results = computeCase(caseOf([s, other]));
    expect(results.map((x) => x.scenarioName)).toEqual(['Base', 'Other']);
    expectClose(results[1]?.npv, 100 * annuity - 500);
    expect(Object.keys(headline(r)).sort()).toEqual(['discountedPaybackMonth', 'flags', 'irr', 'irrMeaningful', 'irrNote', 'months', 'negativeAfterPayback', 'npv', 'paybackMonth', 'paybackNote', 'peakFunding', 'pvBenefits', 'pvCosts', 'roi', 'scenario']);
    // The hand example has no haircut (below TEI practice, 10–20%) and pays back in month 10 (within 9–12).
    expect(headline(r).flags.map((f) => f.figureId)).toEqual(['haircut']);
    const quick = { ...s, costLines: [costLine('oneOff', 400, 0)] };
    expect(headline(computeScenario(c, quick)).flags.find((f) => f.figureId === 'paybackMonth')).toEqual({
      figureId: 'paybackMonth',
      path: ['scenarios', 0, 'result', 'paybackMonth'],
      subject: { kind: 'scenario', name: '' },
      value: 4,
      direction: 'below',
      limit: 9,
      range: [9, 12],
      message:
        'Month ROI turns positive, this scenario: month 4 is below the lowest published figure, month 9 (source: Reesonance, “Ripensare il customer service a partire dalla generazione di valore”, 29 Oct 2025)',
    });
  });

  it('flag paths point at the scenario even when computed from a copy of it', () => {
    const hot = { ...s, id: 'scn_hot', name: 'Hot', savingLines: [escalationLine(10, 1, 15, { haircut: 0.02 })] };
    const cc = caseOf([s, hot]);
    const flags = computeScenario(cc, structuredClone(hot)).flags;
    expect(flags.find((f) => f.figureId === 'haircut')?.path).toEqual(['scenarios', 1, 'savingLines', 0, 'haircut']);
  });
});
