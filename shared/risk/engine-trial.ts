/**
 * The trial path for cases that use Model v2's finance depth (tax, capex, growth, inflation, year-end
 * discounting): computeScenario's cash flows through the engine's own functions, in the same order,
 * without what a trial does not need (IRR, KPIs, flags, year and fiscal tables, FTE). Slower than the
 * compiled path (fast-model.ts), which covers the v1 model a case has while those settings are at
 * their defaults. tests/shared/risk/fast-model.test.ts proves both equal to computeScenario.
 */
import type { Case, Scenario, Segment } from '../case/schema';
import { cumulativeSum, paybackMonth, presentValue } from '../engine/finance';
import { escalation } from '../engine/growth';
import { costLineSeries, programmeRamp, revenueLineSeries, savingLineSeries, type LineSeries } from '../engine/lines';
import { ratio } from '../engine/segments';
import { taxFlows } from '../engine/tax';
import { discountFactorsFor } from '../engine/time';
import { baselineVolume, grownVolume, volumeSeries } from '../engine/volume';
import type { TrialOutcome } from './fast-model';

/** True when the case or scenario uses a Model v2 setting the compiled path does not model. */
export function usesFinanceDepth(c: Case, s: Scenario): boolean {
  return (
    c.taxRate !== 0 ||
    c.discounting !== 'monthly' ||
    c.wageInflation !== 0 ||
    c.costInflation !== 0 ||
    s.service.volumeGrowth !== 0 ||
    s.segments.some((g) => g.customerGrowth !== 0) ||
    s.costLines.some((l) => l.accounting !== 'opex')
  );
}

function addInto(acc: number[], xs: readonly number[]): void {
  for (let m = 0; m < acc.length; m++) acc[m] = (acc[m] ?? 0) + (xs[m] ?? 0);
}

export function engineTrial(c: Case, s: Scenario): TrialOutcome {
  const H = c.horizonMonths;
  const df = discountFactorsFor(c.discounting, c.discountRate, H);
  const esc = escalation(c, s);
  const vol = grownVolume(volumeSeries(s.moments, baselineVolume(s), programmeRamp(s, 'deflection', H), programmeRamp(s, 'ai', H)), esc.volume);
  const segs = new Map<string, Segment>(s.segments.map((g) => [g.id, g]));
  const costSeries = s.costLines.map((l) => costLineSeries(l, H, esc.cost));
  const lines: LineSeries[] = [...s.revenueLines.map((l) => revenueLineSeries(l, segs, H, esc.customers)), ...s.savingLines.map((l) => savingLineSeries(l, s, vol, H, esc)), ...costSeries];
  const benefits = new Array<number>(H + 1).fill(0);
  const costs = new Array<number>(H + 1).fill(0);
  for (const l of lines) addInto(l.group === 'cost' ? costs : benefits, l.value);
  const flows = taxFlows(benefits, s.costLines, costSeries, c.taxRate, H);
  const net = benefits.map((b, m) => b - (costs[m] ?? 0) - (flows.tax[m] ?? 0));
  const pvCosts = presentValue(costs, df);
  const npv = presentValue(net, df);
  const hasCosts = costs.some((x) => x !== 0);
  return { npv, roi: pvCosts > 0 ? ratio(npv, pvCosts) : null, paybackMonth: hasCosts ? paybackMonth(cumulativeSum(net)) : null };
}
