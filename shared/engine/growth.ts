/**
 * Growth and inflation as monthly factors (DOMAIN.md, "Growth" and "Inflation"): each an annual
 * rate stepped once a year, (1 + rate)^(y(m) − 1). Every series is indexed 0..H and is all ones at
 * the defaults, so the lines multiply by exact ones and keep their format-1 values.
 */
import type { Case, Scenario } from '../case/schema';
import { yearlyStep } from './calendar';

export interface Escalation {
  /** customers_s(m) / customers_s per segment id. */
  customers: ReadonlyMap<string, readonly number[]>;
  /** G(m) = V(m) / V(1): scales every moment's volume and the escalations a month. */
  volume: readonly number[];
  /** Wage inflation: the assisted cost per contact and the agent-hour cost. */
  wage: readonly number[];
  /** Cost inflation: self-service and AI unit costs, recurring cost lines. */
  cost: readonly number[];
}

/**
 * G(m). With an overridden baseline: (1 + volumeGrowth)^(y(m)−1). Derived: V(m) / V(1) with
 * V(m) = Σ customers_s(m) × contacts a year / 12. No volume at all (V(1) = 0): ones, not 0/0.
 */
export function volumeGrowthFactors(s: Scenario, customers: ReadonlyMap<string, readonly number[]>, horizon: number): number[] {
  if (s.service.volumeOverride !== null) return yearlyStep(s.service.volumeGrowth, horizon);
  const ones = new Array<number>(horizon + 1).fill(1);
  if (s.segments.every((g) => g.customerGrowth === 0)) return ones;
  // One V per case year is enough: the factors only change once a year.
  const years = Math.ceil(horizon / 12);
  const perYear: number[] = [];
  for (let y = 1; y <= years; y++) {
    let v = 0;
    for (const g of s.segments) v += (g.customers * (customers.get(g.id)?.[12 * (y - 1) + 1] ?? 1) * g.contactsPerCustomerYear) / 12;
    perYear.push(v);
  }
  const v1 = perYear[0] ?? 0;
  if (!(v1 > 0)) return ones;
  for (let m = 1; m <= horizon; m++) ones[m] = (perYear[Math.ceil(m / 12) - 1] ?? v1) / v1;
  return ones;
}

export function escalation(c: Case, s: Scenario): Escalation {
  const H = c.horizonMonths;
  const customers = new Map<string, number[]>(s.segments.map((g) => [g.id, yearlyStep(g.customerGrowth, H)]));
  return {
    customers,
    volume: volumeGrowthFactors(s, customers, H),
    wage: yearlyStep(c.wageInflation, H),
    cost: yearlyStep(c.costInflation, H),
  };
}
