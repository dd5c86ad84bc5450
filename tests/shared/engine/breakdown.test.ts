/** The breakdown a finance reader asks for: before/after haircut, hard savings apart from revenue. */
import { describe, expect, it } from 'vitest';
import { breakdown } from '@shared/engine/breakdown';
import { computeScenario } from '@shared/engine/compute';
import { acquisitionLine, caseOf, costLine, escalationLine, scenario } from '../../support/cases';

describe('breakdown', () => {
  // Escalation: 10 × 1 hand-off × 15 min at 40 an hour = 100 a month, haircut 20% → 80.
  // Acquisition: 1 opportunity × 10% × 1,200 × 50% margin = 60 a month, haircut 50% → 30.
  // Cost: 500 up front, contingency 10% → 550.
  const s = scenario({
    savingLines: [escalationLine(10, 1, 15, { haircut: 0.2 })],
    revenueLines: [acquisitionLine(1, 0.1, 1200, 0.5, { haircut: 0.5 })],
    costLines: [costLine('oneOff', 500, 0, 0.1)],
  });

  it('splits totals over 12 months into hard savings and revenue, before and after haircut', () => {
    const b = breakdown(computeScenario(caseOf([s], { discountRate: 0 }), s));
    expect(b.savings.unadjusted.total).toBeCloseTo(1200, 9);
    expect(b.savings.riskAdjusted.total).toBeCloseTo(960, 9);
    expect(b.revenue.unadjusted.total).toBeCloseTo(720, 9);
    expect(b.revenue.riskAdjusted.total).toBeCloseTo(360, 9);
    expect(b.benefits.unadjusted.total).toBeCloseTo(1920, 9);
    expect(b.benefits.riskAdjusted.total).toBeCloseTo(1320, 9);
    expect(b.costs.unadjusted.total).toBeCloseTo(500, 9);
    expect(b.costs.riskAdjusted.total).toBeCloseTo(550, 9);
    // With no discounting, present values equal totals.
    expect(b.benefits.riskAdjusted.pv).toBeCloseTo(1320, 9);
  });

  it('discounts with the scenario’s own factors, and its risk-adjusted PVs are the headline PVs', () => {
    const r = computeScenario(caseOf([s], { discountRate: 0.1 }), s);
    const b = breakdown(r);
    expect(b.benefits.riskAdjusted.pv).toBeCloseTo(r.pvBenefits, 9);
    expect(b.costs.riskAdjusted.pv).toBeCloseTo(r.pvCosts, 9);
    // Month 0 is undiscounted: the cost's PV is its amount.
    expect(b.costs.unadjusted.pv).toBeCloseTo(500, 9);
    // 100 a month for months 1..12 at (1.1)^(1/12) − 1 a month.
    const rm = Math.pow(1.1, 1 / 12) - 1;
    let pv = 0;
    for (let m = 1; m <= 12; m++) pv += 100 / Math.pow(1 + rm, m);
    expect(b.savings.unadjusted.pv).toBeCloseTo(pv, 9);
    expect(b.savings.riskAdjusted.pv).toBeCloseTo(0.8 * pv, 9);
  });
});
