/**
 * The engine: a validated case in, every figure the app, the CLI and the exports show out.
 * Pure and deterministic; no I/O, no clocks, no randomness.
 */
import type { Case, Scenario, Segment } from '../case/schema';
import { benchmarkGaps, type MetricGap } from './benchmarks';
import { credibilityFlags, describeFlag, type CredibilityFlag } from './flags';
import { annualise, cumulativeSum, monthlyIrr, paybackMonth, presentValue, yearCount, yearRow } from './finance';
import { computeKpis, type Kpis } from './kpis';
import { costLineSeries, programmeRamp, revenueLineSeries, savingLineSeries, type LineSeries } from './lines';
import { ratio, segmentFigures, type SegmentFigures } from './segments';
import { discountFactors, monthlyRate } from './time';
import { baselineVolume, momentFigures, volumeSeries, type MomentFigures, type VolumeSeries } from './volume';

export interface MonthRow {
  month: number;
  benefits: number;
  costs: number;
  net: number;
  cumulative: number;
}

export interface YearTable {
  /** Column headings: 'initial', 'y1'..'yn', 'total', 'pv'. */
  columns: string[];
  benefits: number[];
  costs: number[];
  net: number[];
  /** One row per line, same columns. */
  lines: { id: string; label: string; group: LineSeries['group']; values: number[] }[];
}

export interface ScenarioResult {
  scenarioId: string;
  scenarioName: string;
  horizon: number;
  monthlyRate: number;
  discountFactors: number[];
  volume: VolumeSeries;
  segments: SegmentFigures[];
  moments: MomentFigures[];
  lines: LineSeries[];
  benefits: number[];
  costs: number[];
  net: number[];
  cumulative: number[];
  months: MonthRow[];
  npv: number;
  pvBenefits: number;
  pvCosts: number;
  /** (PV benefits − PV costs) / PV costs; null when there are no costs. */
  roi: number | null;
  paybackMonth: number | null;
  /** Annualised; null when none exists. */
  irr: number | null;
  monthlyIrr: number | null;
  years: YearTable;
  kpis: Kpis;
  /** Step 3: each metric against the best competitor and the target. */
  benchmarks: MetricGap[];
  flags: CredibilityFlag[];
}

function addInto(acc: number[], xs: readonly number[]): void {
  for (let m = 0; m < acc.length; m++) acc[m] = (acc[m] ?? 0) + (xs[m] ?? 0);
}

/** Where a scenario sits in its case (flag paths start there): by identity, else by id (a copy). */
function indexOfScenario(c: Case, s: Scenario): number {
  const i = c.scenarios.indexOf(s);
  return i >= 0 ? i : Math.max(0, c.scenarios.findIndex((x) => x.id === s.id));
}

export function computeScenario(c: Case, s: Scenario, scenarioIndex = indexOfScenario(c, s)): ScenarioResult {
  const H = c.horizonMonths;
  const df = discountFactors(c.discountRate, H);
  const V = baselineVolume(s);
  const vol = volumeSeries(s.moments, V, programmeRamp(s, 'deflection', H), programmeRamp(s, 'ai', H));
  const segs = new Map<string, Segment>(s.segments.map((g) => [g.id, g]));

  const lines: LineSeries[] = [
    ...s.revenueLines.map((l) => revenueLineSeries(l, segs, H)),
    ...s.savingLines.map((l) => savingLineSeries(l, s, vol, H)),
    ...s.costLines.map((l) => costLineSeries(l, H)),
  ];

  const benefits = new Array<number>(H + 1).fill(0);
  const costs = new Array<number>(H + 1).fill(0);
  for (const l of lines) addInto(l.group === 'cost' ? costs : benefits, l.value);
  const net = benefits.map((b, m) => b - (costs[m] ?? 0));
  const cumulative = cumulativeSum(net);

  const pvBenefits = presentValue(benefits, df);
  const pvCosts = presentValue(costs, df);
  const npv = presentValue(net, df);
  const payback = paybackMonth(cumulative);
  // The IRR search is the costliest step of a recompute: run it once, annualise the result.
  const irrMonthly = monthlyIrr(net);

  const years = yearCount(H);
  const columns = ['initial', ...Array.from({ length: years }, (_, i) => `y${i + 1}`), 'total', 'pv'];

  return {
    scenarioId: s.id,
    scenarioName: s.name,
    horizon: H,
    monthlyRate: monthlyRate(c.discountRate),
    discountFactors: df,
    volume: vol,
    segments: segmentFigures(s.segments),
    moments: momentFigures(s.moments, V),
    lines,
    benefits,
    costs,
    net,
    cumulative,
    months: net.map((n, m) => ({ month: m, benefits: benefits[m] ?? 0, costs: costs[m] ?? 0, net: n, cumulative: cumulative[m] ?? 0 })),
    npv,
    pvBenefits,
    pvCosts,
    // ratio(): null rather than Infinity when the costs are vanishingly small.
    roi: pvCosts > 0 ? ratio(pvBenefits - pvCosts, pvCosts) : null,
    paybackMonth: payback,
    irr: irrMonthly === null ? null : annualise(irrMonthly),
    monthlyIrr: irrMonthly,
    years: {
      columns,
      benefits: yearRow(benefits, df),
      costs: yearRow(costs, df),
      net: yearRow(net, df),
      lines: lines.map((l) => ({ id: l.id, label: l.label, group: l.group, values: yearRow(l.value, df) })),
    },
    kpis: computeKpis(s, vol, lines, H),
    benchmarks: benchmarkGaps(s),
    // A payback is only 'too early' when there was an investment to pay back: a scenario whose
    // cumulative net never dips below zero (no costs yet) "pays back" in month 1 and is not flagged.
    flags: credibilityFlags(c, s, scenarioIndex, payback !== null && cumulative.slice(0, payback).some((x) => x < 0) ? payback : null),
  };
}

export function computeCase(c: Case): ScenarioResult[] {
  return c.scenarios.map((s, i) => computeScenario(c, s, i));
}

/** The headline figures the CLI prints and the results panel shows. */
export function headline(r: ScenarioResult) {
  return {
    scenario: r.scenarioName,
    npv: r.npv,
    pvBenefits: r.pvBenefits,
    pvCosts: r.pvCosts,
    roi: r.roi,
    paybackMonth: r.paybackMonth,
    irr: r.irr,
    /** Assumptions outside the published ranges, each with its sentence (figure, value, limit, source). */
    flags: r.flags.map((f) => ({ ...f, message: describeFlag(f) })),
    months: r.months,
  };
}
