/**
 * Capex, opex and tax (DOMAIN.md, "Capex, opex, tax"). Costs before tax stay what format 1 called
 * costs (opex + capex as paid); capex reaches the taxable result only through its depreciation.
 */
import type { CostLine } from '../case/schema';
import type { LineSeries } from './lines';

/**
 * Straight-line depreciation of a capex line: the risk-adjusted amount K paid in month p gives
 * K / L in each month max(1, p) .. max(1, p) + L − 1 that lies within 1..H (what falls after the
 * horizon is simply not in the case).
 */
export function depreciationSeries(paid: readonly number[], lifeMonths: number, horizon: number): number[] {
  const out = new Array<number>(horizon + 1).fill(0);
  for (let p = 0; p <= horizon; p++) {
    const k = paid[p] ?? 0;
    if (k === 0) continue;
    const share = k / lifeMonths;
    const first = Math.max(1, p);
    const last = Math.min(horizon, first + lifeMonths - 1);
    for (let m = first; m <= last; m++) out[m] = (out[m] ?? 0) + share;
  }
  return out;
}

export interface TaxFlows {
  /** Costs expensed when paid, risk-adjusted. */
  opex: number[];
  /** Capital spend as paid, risk-adjusted (before depreciation). */
  capex: number[];
  depreciation: number[];
  /** B(m) − Opex(m) − Dep(m); month 0: −Opex(0). */
  taxable: number[];
  /** T × taxable; negative = a shield (the business has other profits to offset). */
  tax: number[];
}

/** Splits the cost lines (in the scenario's order, as `series`) and taxes the result at rate T. */
export function taxFlows(benefits: readonly number[], costLines: readonly CostLine[], series: readonly LineSeries[], taxRate: number, horizon: number): TaxFlows {
  const n = horizon + 1;
  const opex = new Array<number>(n).fill(0);
  const capex = new Array<number>(n).fill(0);
  const depreciation = new Array<number>(n).fill(0);
  costLines.forEach((line, i) => {
    const value = series[i]?.value;
    if (!value) return;
    const into = line.accounting === 'capex' ? capex : opex;
    for (let m = 0; m < n; m++) into[m] = (into[m] ?? 0) + (value[m] ?? 0);
    if (line.accounting === 'capex') {
      const dep = depreciationSeries(value, line.lifeMonths, horizon);
      for (let m = 1; m < n; m++) depreciation[m] = (depreciation[m] ?? 0) + (dep[m] ?? 0);
    }
  });
  const taxable = new Array<number>(n);
  const tax = new Array<number>(n);
  taxable[0] = -(opex[0] ?? 0);
  for (let m = 1; m < n; m++) taxable[m] = (benefits[m] ?? 0) - (opex[m] ?? 0) - (depreciation[m] ?? 0);
  // A pre-tax case (T = 0, format 1's) pays exactly nothing: +0, never −0 from 0 × a negative.
  for (let m = 0; m < n; m++) tax[m] = taxRate === 0 ? 0 : taxRate * (taxable[m] ?? 0);
  return { opex, capex, depreciation, taxable, tax };
}
