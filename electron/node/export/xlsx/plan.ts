/**
 * Lays out each exported scenario's Cash flow sheet before anything is written. Every Cash flow sheet
 * has a row for each month up to the longest horizon the app allows (120), whatever the case's own
 * horizon: the horizon is an input cell, and months beyond it compute to zero, so finance can type
 * any horizon from 12 to 120 and every result follows.
 */
import { MAX_HORIZON_MONTHS } from '@shared/case/fields';
import type { Case, Scenario } from '@shared/case/schema';
import { computeScenario } from '@shared/engine/compute';
import type { CashFlowColumns, FinanceColumns, ScenarioPlan } from './context';

/** Header rows above the monthly table: title, V, blank, column headings. */
export const CF_HEADER_ROW = 4;

/** `cfSheet`: the scenario's Cash flow tab (tabs.ts names them all together, so they can be told apart). */
export function planScenario(c: Case, s: Scenario, index: number, cfSheet: string): ScenarioPlan {
  const r = computeScenario(c, s, index);
  // The same scenario over the longest horizon: the cached results of the months past the case's
  // horizon (ramps, volumes, customers kept), which the formulas compute there too.
  const full = c.horizonMonths === MAX_HORIZON_MONTHS ? r : computeScenario({ ...c, horizonMonths: MAX_HORIZON_MONTHS }, s, index);
  let col = 1;
  const next = () => col++;
  const month = next();
  const calendar = next();
  const year = next();
  const fiscalYear = next();
  const df = next();
  const inHorizon = next();
  const growth = next();
  const wage = next();
  const price = next();
  const ramp = new Map<number, number>();
  const kept = new Map<number, number>();
  const nRev = s.revenueLines.length;
  const nSav = s.savingLines.length;
  // One ramp column per benefit line (revenue, then saving lines), as the engine ramps each line.
  for (let i = 0; i < nRev + nSav; i++) ramp.set(i, next());
  const deflected = next();
  const aiResolved = next();
  const assisted = next();
  s.revenueLines.forEach((l, i) => {
    if (l.kind === 'retention') kept.set(i, next());
  });
  const value: number[] = [];
  for (let i = 0; i < r.lines.length; i++) value.push(next());
  const benefits = next();
  const costs = next();
  // The Tax block: opex, capex, each line's depreciation, taxable result, tax; then the net after tax.
  const opex = next();
  const capex = next();
  const dep = s.costLines.map(() => next());
  const depreciation = next();
  const taxable = next();
  const tax = next();
  const net = next();
  const cumulative = next();
  const payback = next();
  const fin: FinanceColumns = {
    calendar,
    fiscalYear,
    growth,
    wage,
    price,
    opex,
    capex,
    dep,
    depreciation,
    taxable,
    tax,
    discountedCumulative: next(),
    discountedPayback: next(),
    hours: next(),
    fte: next(),
  };
  const cols: CashFlowColumns = {
    month,
    year,
    df,
    inHorizon,
    fin,
    deflected,
    aiResolved,
    assisted,
    ramp,
    kept,
    value,
    benefits,
    costs,
    net,
    cumulative,
    payback,
    last: col - 1,
  };
  const firstRow = CF_HEADER_ROW + 1;
  return {
    s,
    r,
    full,
    index,
    p: `S${index + 1}`,
    cfSheet,
    firstRow,
    lastRow: firstRow + MAX_HORIZON_MONTHS,
    cols,
  };
}
