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
  /** First month ≥ 1 whose cumulative net is ≥ 0; null when it never is, or when there are no costs. */
  paybackMonth: number | null;
  /** Why there is no payback month: nothing to pay back, or not within the horizon; null when there is one. */
  paybackNote: 'noCosts' | 'notWithinHorizon' | null;
  /** Months after the payback month whose cumulative net is below zero again (empty when it holds). */
  negativeAfterPayback: number[];
  /** Annualised; null when none exists. */
  irr: number | null;
  monthlyIrr: number | null;
  /**
   * False when the IRR exists but means nothing as a rate of return: above 1,000% a year, or from
   * an investment under 1% of the benefits in present value. Views show "not meaningful" then.
   */
  irrMeaningful: boolean;
  /** Why the IRR is not meaningful; null when it is (or there is none). */
  irrNote: 'above1000' | 'smallInvestment' | null;
  years: YearTable;
  kpis: Kpis;
  /** Step 3: each metric against the best competitor and the target. */
  benchmarks: MetricGap[];
  flags: CredibilityFlag[];
}

/** Above this annual IRR, or from an investment under this share of PV benefits, an IRR means nothing. */
export const IRR_MEANINGFUL_MAX = 10;
export const IRR_MIN_INVESTMENT_SHARE = 0.01;

export function irrNoteOf(irr: number, pvBenefits: number, pvCosts: number): ScenarioResult['irrNote'] {
  if (irr > IRR_MEANINGFUL_MAX) return 'above1000';
  if (pvBenefits > 0 && pvCosts < IRR_MIN_INVESTMENT_SHARE * pvBenefits) return 'smallInvestment';
  return null;
}

/** The months after the payback month whose cumulative net is below zero. */
export function negativeAfter(cumulative: readonly number[], payback: number | null): number[] {
  if (payback === null) return [];
  const out: number[] = [];
  for (let m = payback + 1; m < cumulative.length; m++) if ((cumulative[m] ?? 0) < 0) out.push(m);
  return out;
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
  // Nothing to pay back without a cost: no payback month (DOMAIN "Outputs"), whatever the benefits.
  const hasCosts = costs.some((x) => x !== 0);
  const payback = hasCosts ? paybackMonth(cumulative) : null;
  // The IRR search is the costliest step of a recompute: run it once, annualise the result.
  const irrMonthly = monthlyIrr(net);
  const irrAnnual = irrMonthly === null ? null : annualise(irrMonthly);
  const irrNote = irrAnnual === null ? null : irrNoteOf(irrAnnual, pvBenefits, pvCosts);

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
    paybackNote: payback !== null ? null : hasCosts ? 'notWithinHorizon' : 'noCosts',
    negativeAfterPayback: negativeAfter(cumulative, payback),
    irr: irrAnnual,
    monthlyIrr: irrMonthly,
    irrMeaningful: irrNote === null,
    irrNote,
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
    /** 'noCosts' (nothing to pay back) or 'notWithinHorizon' when paybackMonth is null. */
    paybackNote: r.paybackNote,
    /** Months after payback where the cumulative net is below zero again. */
    negativeAfterPayback: r.negativeAfterPayback,
    irr: r.irr,
    /** False when the IRR is above 1,000% a year or comes from an investment under 1% of PV benefits. */
    irrMeaningful: r.irrMeaningful,
    irrNote: r.irrNote,
    /** Assumptions outside the published ranges, each with its sentence (figure, value, limit, source). */
    flags: r.flags.map((f) => ({ ...f, message: describeFlag(f) })),
    months: r.months,
  };
}
