/**
 * The format-1 engine's cash flow, frozen as it was released (the files beside this one are copies
 * of shared/engine/{finance,lines,segments,time,volume}.ts before Model v2). It is the oracle for
 * "every v2 field at its default gives the v1 figures": the live engine must match it to 1e-9 on
 * the samples as format 1 wrote them and on generated cases. Only the cash-flow figures are kept:
 * KPIs, flags and benchmarks did not change with v2.
 */
import type { Case, Scenario, Segment } from '@shared/case/schema';
import { annualise, cumulativeSum, monthlyIrr, paybackMonth, presentValue, yearRow } from './finance';
import { costLineSeries, programmeRamp, revenueLineSeries, savingLineSeries } from './lines';
import { discountFactors } from './time';
import { baselineVolume, volumeSeries } from './volume';

export interface V1Figures {
  benefits: number[];
  costs: number[];
  net: number[];
  cumulative: number[];
  npv: number;
  pvBenefits: number;
  pvCosts: number;
  roi: number | null;
  paybackMonth: number | null;
  irr: number | null;
  yearNet: number[];
  lineValues: number[][];
}

export function computeV1(c: Case, s: Scenario): V1Figures {
  const H = c.horizonMonths;
  const df = discountFactors(c.discountRate, H);
  const V = baselineVolume(s);
  const vol = volumeSeries(s.moments, V, programmeRamp(s, 'deflection', H), programmeRamp(s, 'ai', H));
  const segs = new Map<string, Segment>(s.segments.map((g) => [g.id, g]));
  const lines = [
    ...s.revenueLines.map((l) => revenueLineSeries(l, segs, H)),
    ...s.savingLines.map((l) => savingLineSeries(l, s, vol, H)),
    ...s.costLines.map((l) => costLineSeries(l, H)),
  ];
  const benefits = new Array<number>(H + 1).fill(0);
  const costs = new Array<number>(H + 1).fill(0);
  for (const l of lines) {
    const acc = l.group === 'cost' ? costs : benefits;
    for (let m = 0; m <= H; m++) acc[m] = (acc[m] ?? 0) + (l.value[m] ?? 0);
  }
  const net = benefits.map((b, m) => b - (costs[m] ?? 0));
  const cumulative = cumulativeSum(net);
  const pvBenefits = presentValue(benefits, df);
  const pvCosts = presentValue(costs, df);
  const hasCosts = costs.some((x) => x !== 0);
  const irrMonthly = monthlyIrr(net);
  return {
    benefits,
    costs,
    net,
    cumulative,
    npv: presentValue(net, df),
    pvBenefits,
    pvCosts,
    roi: pvCosts > 0 && Number.isFinite((pvBenefits - pvCosts) / pvCosts) ? (pvBenefits - pvCosts) / pvCosts : null,
    paybackMonth: hasCosts ? paybackMonth(cumulative) : null,
    irr: irrMonthly === null ? null : annualise(irrMonthly),
    yearNet: yearRow(net, df),
    lineValues: lines.map((l) => l.value),
  };
}
