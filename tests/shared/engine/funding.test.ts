/** The funding ask (how much, when) and the downside case of the report's decision page. */
import { describe, expect, it } from 'vitest';
import { computeScenario } from '@shared/engine/compute';
import { downsideIndex, fundingAsk } from '@shared/engine/funding';
import { caseOf, costLine, scenario } from '../../support/cases';

describe('the funding ask', () => {
  it('splits the costs into month 0, months 1–12 and the rest, summing to the total', () => {
    expect(fundingAsk({ costs: [100, 10, 0, 5, ...new Array<number>(8).fill(0), 7, 3, 4] })).toEqual({ upfront: 100, firstYear: 22, later: 7, total: 129 });
  });

  it('reads the engine’s costs after contingency: 1,000 at month 0 with 10% and 50 a month from month 1', () => {
    const s = scenario({ costLines: [costLine('oneOff', 1000, 0, 0.1), costLine('recurring', 50, 1, 0, { id: 'c2' })] });
    const c = caseOf([s], { horizonMonths: 36 });
    const r = computeScenario(c, s);
    const a = fundingAsk(r);
    expect(a.upfront).toBeCloseTo(1100, 9);
    expect(a.firstYear).toBeCloseTo(600, 9);
    expect(a.later).toBeCloseTo(1200, 9);
    expect(a.total).toBeCloseTo(2900, 9);
  });
});

describe('the downside case', () => {
  it('is the scenario with the lowest NPV, the first of equals', () => {
    expect(downsideIndex([{ npv: 5 }, { npv: -2 }, { npv: 3 }])).toBe(1);
    expect(downsideIndex([{ npv: 1 }, { npv: 1 }])).toBe(0);
  });

  it('does not exist with a single scenario', () => {
    expect(downsideIndex([{ npv: 5 }])).toBeNull();
    expect(downsideIndex([])).toBeNull();
  });
});
