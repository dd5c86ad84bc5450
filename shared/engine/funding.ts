/**
 * The funding ask a CFO reads first: how much the case spends (risk-adjusted, after contingency)
 * and when — up front (month 0), in the first year (months 1–12), and after — and, of several
 * scenarios, which is the downside case (the lowest NPV).
 */
import type { ScenarioResult } from './compute';

export interface FundingAsk {
  /** Month 0: spent before any benefit. */
  upfront: number;
  /** Months 1–12. */
  firstYear: number;
  /** Months 13 to the horizon. */
  later: number;
  /** Every month, undiscounted. */
  total: number;
}

const FIRST_YEAR_END = 12;

export function fundingAsk(r: Pick<ScenarioResult, 'costs'>): FundingAsk {
  let upfront = 0;
  let firstYear = 0;
  let later = 0;
  r.costs.forEach((x, m) => {
    if (m === 0) upfront += x;
    else if (m <= FIRST_YEAR_END) firstYear += x;
    else later += x;
  });
  return { upfront, firstYear, later, total: upfront + firstYear + later };
}

/** The scenario with the lowest NPV (the first of equals); null with fewer than two scenarios. */
export function downsideIndex(results: readonly Pick<ScenarioResult, 'npv'>[]): number | null {
  if (results.length < 2) return null;
  let low = 0;
  results.forEach((r, i) => {
    if (r.npv < (results[low]?.npv ?? Infinity)) low = i;
  });
  return low;
}
