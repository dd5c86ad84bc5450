/**
 * The small case of the worked risk examples: one segment (100 customers, ARPU 1,200, margin 50%), one
 * expansion line (uplift 10%: 100 × 1,200/12 × 10% × 50% = 500 a month, 6,000 over 12 months), one
 * up-front cost of 4,000, discount rate 0: NPV = 6,000 − 4,000 = 2,000. NPV(uplift u) = 60,000·u − 4,000.
 */
import type { Case } from '@shared/case/schema';
import type { RiskRange } from '@shared/risk/schema';
import { caseOf, costLine, expansionLine, scenario, segment } from '../../support/cases';

export function smallCase(discountRate = 0): Case {
  return caseOf(
    [
      scenario({
        segments: [segment({ customers: 100, arpu: 1200, grossMargin: 0.5 })],
        revenueLines: [expansionLine(0.1)],
        costLines: [costLine('oneOff', 4000, 0)],
      }),
    ],
    { horizonMonths: 12, discountRate },
  );
}

export function range(key: string, low: number, high: number): RiskRange {
  return { scenarioId: 'scn_base', key, low, high, owner: '', confidence: null, sourceUrl: '', sourceDate: '' };
}
