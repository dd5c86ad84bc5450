/** The results cache recomputes a scenario whenever a case-wide input its figures depend on changes. */
import { describe, expect, it } from 'vitest';
import { resultsOf } from '@renderer/src/state/results';
import type { Case } from '@shared/case/schema';
import { computeScenario } from '@shared/engine/compute';
import { caseOf, costLine, escalationLine, scenario } from '../../support/cases';

const base = caseOf([scenario({ savingLines: [escalationLine(150, 1, 1)], costLines: [costLine('recurring', 50, 1, 0, { accounting: 'capex' }), costLine('oneOff', 500, 0)] })], { horizonMonths: 24 });

describe('resultsOf', () => {
  it('reuses an unchanged scenario result for an unchanged case', () => {
    const a = resultsOf(base)[0];
    expect(resultsOf({ ...base })[0]).toBe(a);
  });

  const edits: [string, Partial<Case>][] = [
    ['tax rate', { taxRate: 0.3 }],
    ['discounting convention', { discounting: 'yearEnd' }],
    ['wage inflation', { wageInflation: 0.05 }],
    ['cost inflation', { costInflation: 0.05 }],
    ['start month', { startMonth: '2027-07' }],
    ['fiscal-year start', { fiscalYearStartMonth: 4 }],
  ];
  for (const [what, edit] of edits)
    it(`recomputes every scenario when the ${what} changes`, () => {
      const before = resultsOf(base)[0]!;
      const doc = { ...base, ...edit };
      const after = resultsOf(doc)[0]!;
      expect(after).not.toBe(before);
      expect(after).toEqual(computeScenario(doc, doc.scenarios[0]!, 0));
    });
});
