/** Benefit and cost lines, each worked by hand (DOMAIN.md, "Benefit lines" and "Cost lines"). */
import { describe, expect, it } from 'vitest';
import { computeScenario } from '@shared/engine/compute';
import { costLineSeries, retentionRaw, revenueLineSeries } from '@shared/engine/lines';
import { churnReduction, satisfactionChurnReduction } from '@shared/engine/segments';
import { rampSeries } from '@shared/engine/time';
import { acquisitionLine, caseOf, costLine, expansionLine, retentionLine, scenario, segment } from '../../support/cases';
import { expectAllClose, expectClose } from '../../support/close';

const seg = segment(); // 1,200 customers, ARPU 2,400 a year, margin 50%, churn 12% a year (1% a month)
const segs = new Map([[seg.id, seg]]);

describe('retention: a stock of saved customers that itself churns', () => {
  it('saves customers × churn/12 × ρ a month and keeps kept(m−1) × (1 − churn/12) of the stock', () => {
    // saved = 1,200 × 0.01 × 0.25 = 3 a month.
    // kept(1) = 3; kept(2) = 3 × 0.99 + 3 = 5.97; kept(3) = 5.97 × 0.99 + 3 = 8.9103
    // margin = kept × 2,400/12 × 0.5 = kept × 100
    const r = retentionRaw(seg, 0.25, rampSeries(3, 1, 0));
    expectAllClose(r.kept, [0, 3, 5.97, 8.9103]);
    expectAllClose(r.margin, [0, 300, 597, 891.03]);
    expectAllClose(r.revenue, [0, 600, 1194, 1782.06]);
  });

  it('ramps the saves, not the stock: ramp 1/2, 1, 1 → saved 1.5, 3, 3', () => {
    // kept(1) = 1.5; kept(2) = 1.5 × 0.99 + 3 = 4.485; kept(3) = 4.485 × 0.99 + 3 = 7.44015
    const r = retentionRaw(seg, 0.25, rampSeries(3, 1, 2));
    expectAllClose(r.kept, [0, 1.5, 4.485, 7.44015]);
  });

  it('as a line: haircut 20% leaves 80% of the margin; the line is the margin, its revenue is tracked aside', () => {
    const l = revenueLineSeries(retentionLine({ haircut: 0.2 }), segs, 3);
    expectAllClose(l.raw, [0, 300, 597, 891.03]);
    expectAllClose(l.value, [0, 240, 477.6, 712.824]);
    expectAllClose(l.revenue ?? [], [0, 480, 955.2, 1425.648]);
    expect(l.riskFactor).toBe(0.8);
  });

  it('starts in its start month and is all zeros when disabled', () => {
    const late = revenueLineSeries(retentionLine({ startMonth: 3 }), segs, 4);
    expectAllClose(late.raw, [0, 0, 0, 300, 597]);
    const off = revenueLineSeries(retentionLine({ enabled: false }), segs, 4);
    expect(off.value.every((x) => x === 0)).toBe(true);
  });
});

describe('the 5× rule: churn reduction from a satisfaction target', () => {
  it('ρ = 1 − (1 + 4p′)/(1 + 4p): 20% → 10% dissatisfied cuts churn by 1 − 1.4/1.8 = 2/9', () => {
    expectClose(satisfactionChurnReduction(0.2, 0.1), 1 - 1.4 / 1.8);
    expectClose(satisfactionChurnReduction(0.2, 0.1), 2 / 9);
    // All dissatisfied → none: 1 − 1/5 = 80%, the most the rule can give.
    expectClose(satisfactionChurnReduction(1, 0), 0.8);
  });

  it('gives no reduction for an unchanged or worse target (never a negative benefit)', () => {
    expect(satisfactionChurnReduction(0.2, 0.2)).toBe(0);
    expect(satisfactionChurnReduction(0.1, 0.3)).toBe(0);
  });

  it('feeds the retention stock: saved = 1,200 × 0.01 × 2/9 a month', () => {
    const line = retentionLine({ churnReductionMode: 'satisfaction', churnReduction: 0.9, dissatisfiedNow: 0.2, dissatisfiedTarget: 0.1 });
    expectClose(churnReduction(line), 2 / 9);
    const l = revenueLineSeries(line, segs, 2);
    const saved = 1200 * 0.01 * (2 / 9);
    expectAllClose(l.raw, [0, saved * 100, (saved * 0.99 + saved) * 100]);
  });
});

describe('expansion and acquisition', () => {
  it('expansion: customers × ARPU/12 × uplift × margin × ramp = 1,200 × 200 × 5% × 50% = 6,000 a month', () => {
    const l = revenueLineSeries(expansionLine(0.05, { rampMonths: 2 }), segs, 3);
    expectAllClose(l.raw, [0, 3000, 6000, 6000]);
    expectAllClose(l.revenue ?? [], [0, 6000, 12000, 12000]);
  });

  it('acquisition: opportunities × conversion uplift × first-year value × margin = 200 × 2% × 5,000 × 40% = 8,000', () => {
    const l = revenueLineSeries(acquisitionLine(200, 0.02, 5000, 0.4, { haircut: 0.1 }), segs, 2);
    expectAllClose(l.raw, [0, 8000, 8000]);
    expectAllClose(l.value, [0, 7200, 7200]);
    expectAllClose(l.revenue ?? [], [0, 18000, 18000]);
  });
});

describe('cost lines with contingency', () => {
  it('one-off at month 0: 10,000 + 10% contingency = 11,000, undiscounted', () => {
    const l = costLineSeries(costLine('oneOff', 10_000, 0, 0.1), 3);
    expectAllClose(l.value, [11_000, 0, 0, 0]);
    expect(l.raw).toEqual([10_000, 0, 0, 0]);
  });

  it('one-off later in the horizon lands in its month; beyond the horizon it is not paid', () => {
    expect(costLineSeries(costLine('oneOff', 500, 2), 3).value).toEqual([0, 0, 500, 0]);
    expect(costLineSeries(costLine('oneOff', 500, 13), 12).value.every((x) => x === 0)).toBe(true);
  });

  it('recurring from its start month: 500 + 20% = 600 a month from month 3', () => {
    expectAllClose(costLineSeries(costLine('recurring', 500, 3, 0.2), 5).value, [0, 0, 0, 600, 600, 600]);
  });

  it('is zero when disabled', () => {
    expect(costLineSeries(costLine('recurring', 500, 1, 0, { enabled: false }), 3).value).toEqual([0, 0, 0, 0]);
  });
});

describe('benefit and cost totals in a scenario', () => {
  it('adds risk-adjusted benefits and costs month by month', () => {
    const s = scenario({
      segments: [seg],
      revenueLines: [expansionLine(0.05, { haircut: 0.1 }), acquisitionLine(200, 0.02, 5000, 0.4, { haircut: 0.2 })],
      costLines: [costLine('oneOff', 10_000, 0, 0.1), costLine('recurring', 1_000, 1, 0.05)],
    });
    const r = computeScenario(caseOf([s], { horizonMonths: 12 }), s);
    // benefits: 6,000 × 0.9 + 8,000 × 0.8 = 5,400 + 6,400 = 11,800 a month; costs: 11,000 at 0, 1,050 a month.
    expectClose(r.benefits[1], 11_800);
    expectClose(r.costs[0], 11_000);
    expectClose(r.costs[1], 1_050);
    expectClose(r.net[1], 10_750);
  });
});
