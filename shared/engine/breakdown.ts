/**
 * The benefit and cost breakdown a finance reader asks for before the NPV (TEI tables show it):
 * benefits before and after their haircut, hard savings (cost reductions) apart from revenue-based
 * benefits (contribution margin), and costs before and after contingency — each as a total over
 * the horizon and a present value with the scenario's own discount factors.
 */
import type { ScenarioResult } from './compute';
import { presentValue } from './finance';
import type { LineGroup, LineSeries } from './lines';

export interface Amount {
  total: number;
  pv: number;
}

export interface Adjusted {
  /** Before haircut (benefits) or before contingency (costs). */
  unadjusted: Amount;
  /** After haircut or contingency: what the NPV uses. */
  riskAdjusted: Amount;
}

export interface Breakdown {
  /** Revenue-based benefits: margin on revenue kept, grown or won (step 4). */
  revenue: Adjusted;
  /** Hard savings: costs the service no longer incurs (step 5). */
  savings: Adjusted;
  /** revenue + savings. */
  benefits: Adjusted;
  costs: Adjusted;
}

function sum(xs: readonly number[]): number {
  let t = 0;
  for (const x of xs) t += x;
  return t;
}

function amountOf(lines: readonly LineSeries[], pick: (l: LineSeries) => readonly number[], df: readonly number[]): Amount {
  let total = 0;
  let pv = 0;
  for (const l of lines) {
    const xs = pick(l);
    total += sum(xs);
    pv += presentValue(xs, df);
  }
  return { total, pv };
}

function adjusted(lines: readonly LineSeries[], df: readonly number[]): Adjusted {
  return { unadjusted: amountOf(lines, (l) => l.raw, df), riskAdjusted: amountOf(lines, (l) => l.value, df) };
}

function plus(a: Amount, b: Amount): Amount {
  return { total: a.total + b.total, pv: a.pv + b.pv };
}

export function breakdown(r: ScenarioResult): Breakdown {
  const of = (g: LineGroup) => r.lines.filter((l) => l.group === g);
  const revenue = adjusted(of('revenue'), r.discountFactors);
  const savings = adjusted(of('saving'), r.discountFactors);
  return {
    revenue,
    savings,
    benefits: { unadjusted: plus(revenue.unadjusted, savings.unadjusted), riskAdjusted: plus(revenue.riskAdjusted, savings.riskAdjusted) },
    costs: adjusted(of('cost'), r.discountFactors),
  };
}
