/**
 * The engine: a validated case in, every figure the app, the CLI and the exports show out.
 * Pure and deterministic; no I/O, no clocks, no randomness.
 */
import type { Case, Scenario, Segment } from '../case/schema';
import { benchmarkGaps, type MetricGap } from './benchmarks';
import { fiscalPeriods, periodRow, type FiscalPeriod } from './calendar';
import { credibilityFlags, describeFlag, type CredibilityFlag } from './flags';
import { annualise, cumulativeSum, discountedPayback, monthlyIrr, paybackMonth, peakFunding, presentValue, yearCount, yearRow } from './finance';
import { fteFigures, type FteFigures } from './fte';
import { escalation } from './growth';
import { computeKpis, type Kpis } from './kpis';
import { costLineSeries, programmeRamp, revenueLineSeries, savingLineSeries, type LineSeries } from './lines';
import { ratio, segmentFigures, type SegmentFigures } from './segments';
import { taxFlows, type TaxFlows } from './tax';
import { discountFactorsFor, monthlyRate } from './time';
import { baselineVolume, grownVolume, momentFigures, volumeSeries, type MomentFigures, type VolumeSeries } from './volume';

export interface MonthRow {
  month: number;
  benefits: number;
  /** Opex + capex as paid, before tax. */
  costs: number;
  /** After tax when the case has a tax rate. */
  net: number;
  cumulative: number;
  /** Only when the case has a tax rate: the tax of the month (negative = a shield). */
  tax?: number;
}

export interface YearTable {
  /** Column headings: 'initial', 'y1'..'yn', 'total', 'pv'. */
  columns: string[];
  benefits: number[];
  costs: number[];
  net: number[];
  /** Tax (zeros in a pre-tax case); net = benefits − costs − tax. */
  tax: number[];
  /** One row per line, same columns. */
  lines: { id: string; label: string; group: LineSeries['group']; values: number[] }[];
}

/** The year table by fiscal year: columns 'initial', one per fiscal period, 'total', 'pv'. */
export interface FiscalYearTable extends YearTable {
  periods: FiscalPeriod[];
}

export interface ScenarioResult {
  scenarioId: string;
  scenarioName: string;
  horizon: number;
  monthlyRate: number;
  /** The convention the factors follow (DOMAIN "Discounting convention"). */
  discounting: Case['discounting'];
  /** The factor used for each month 0..H. */
  discountFactors: number[];
  volume: VolumeSeries;
  segments: SegmentFigures[];
  moments: MomentFigures[];
  lines: LineSeries[];
  benefits: number[];
  /** Opex + capex as paid, before tax. */
  costs: number[];
  /** After tax: B − Opex − Capex − Tax (format 1's B − C when the tax rate is 0). */
  net: number[];
  cumulative: number[];
  /** Σ Net(k) × DF(k) for k = 0..m. */
  discountedCumulative: number[];
  months: MonthRow[];
  /** Opex/capex split, depreciation, taxable result and tax, m = 0..H. */
  taxFlows: TaxFlows;
  taxRate: number;
  npv: number;
  /** Before tax. */
  pvBenefits: number;
  /** Opex + capex before tax. */
  pvCosts: number;
  /** NPV / PV costs (with no tax, the TEI (PVB − PVC) / PVC); null when there are no costs. */
  roi: number | null;
  /** First month ≥ 1 whose cumulative net is ≥ 0; null when it never is, or when there are no costs. */
  paybackMonth: number | null;
  /** Why there is no payback month: nothing to pay back, or not within the horizon; null when there is one. */
  paybackNote: 'noCosts' | 'notWithinHorizon' | null;
  /** Months after the payback month whose cumulative net is below zero again (empty when it holds). */
  negativeAfterPayback: number[];
  /** First month ≥ 1 whose discounted cumulative net is ≥ 0; null as paybackMonth is. */
  discountedPaybackMonth: number | null;
  /** The deepest the cumulative net goes below zero, as a positive amount: −min(0, min cumulative). */
  peakFunding: number;
  /** Agent hours saved as full-time equivalents (a KPI). */
  fte: FteFigures;
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
  /** The same table by fiscal year (calendar start month and fiscal-year start of the case). */
  fiscalYears: FiscalYearTable;
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
  const df = discountFactorsFor(c.discounting, c.discountRate, H);
  const V = baselineVolume(s);
  const esc = escalation(c, s);
  const vol = grownVolume(volumeSeries(s.moments, V, programmeRamp(s, 'deflection', H), programmeRamp(s, 'ai', H)), esc.volume);
  const segs = new Map<string, Segment>(s.segments.map((g) => [g.id, g]));

  const costSeries = s.costLines.map((l) => costLineSeries(l, H, esc.cost));
  const lines: LineSeries[] = [
    ...s.revenueLines.map((l) => revenueLineSeries(l, segs, H, esc.customers)),
    ...s.savingLines.map((l) => savingLineSeries(l, s, vol, H, esc)),
    ...costSeries,
  ];

  const benefits = new Array<number>(H + 1).fill(0);
  const costs = new Array<number>(H + 1).fill(0);
  for (const l of lines) addInto(l.group === 'cost' ? costs : benefits, l.value);
  const flows = taxFlows(benefits, s.costLines, costSeries, c.taxRate, H);
  // B − C − Tax: with no tax, format 1's B − C exactly (x − 0 is x).
  const net = benefits.map((b, m) => b - (costs[m] ?? 0) - (flows.tax[m] ?? 0));
  const cumulative = cumulativeSum(net);
  const discountedCumulative = cumulativeSum(net.map((x, m) => x * (df[m] ?? 0)));

  const pvBenefits = presentValue(benefits, df);
  const pvCosts = presentValue(costs, df);
  const npv = presentValue(net, df);
  // Nothing to pay back without a cost: no payback month (DOMAIN "Outputs"), whatever the benefits.
  const hasCosts = costs.some((x) => x !== 0);
  const payback = hasCosts ? paybackMonth(cumulative) : null;
  const periods = fiscalPeriods(c.startMonth, c.fiscalYearStartMonth, H);
  const taxed = c.taxRate !== 0;
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
    discounting: c.discounting,
    discountFactors: df,
    volume: vol,
    segments: segmentFigures(s.segments),
    moments: momentFigures(s.moments, V),
    lines,
    benefits,
    costs,
    net,
    cumulative,
    discountedCumulative,
    months: net.map((n, m) => ({
      month: m,
      benefits: benefits[m] ?? 0,
      costs: costs[m] ?? 0,
      net: n,
      cumulative: cumulative[m] ?? 0,
      ...(taxed ? { tax: flows.tax[m] ?? 0 } : {}),
    })),
    taxFlows: flows,
    taxRate: c.taxRate,
    npv,
    pvBenefits,
    pvCosts,
    // ratio(): null rather than Infinity when the costs are vanishingly small. NPV / PV(costs) is
    // format 1's (PVB − PVC) / PVC when there is no tax (DOMAIN "Capex, opex, tax").
    roi: pvCosts > 0 ? ratio(npv, pvCosts) : null,
    paybackMonth: payback,
    paybackNote: payback !== null ? null : hasCosts ? 'notWithinHorizon' : 'noCosts',
    negativeAfterPayback: negativeAfter(cumulative, payback),
    discountedPaybackMonth: hasCosts ? discountedPayback(discountedCumulative) : null,
    peakFunding: peakFunding(cumulative),
    fte: fteFigures(s, vol, esc.volume, H),
    irr: irrAnnual,
    monthlyIrr: irrMonthly,
    irrMeaningful: irrNote === null,
    irrNote,
    years: {
      columns,
      benefits: yearRow(benefits, df),
      costs: yearRow(costs, df),
      net: yearRow(net, df),
      tax: yearRow(flows.tax, df),
      lines: lines.map((l) => ({ id: l.id, label: l.label, group: l.group, values: yearRow(l.value, df) })),
    },
    fiscalYears: {
      periods,
      columns: ['initial', ...periods.map((p) => `fy${p.fiscalYear}`), 'total', 'pv'],
      benefits: periodRow(benefits, df, periods),
      costs: periodRow(costs, df, periods),
      net: periodRow(net, df, periods),
      tax: periodRow(flows.tax, df, periods),
      lines: lines.map((l) => ({ id: l.id, label: l.label, group: l.group, values: periodRow(l.value, df, periods) })),
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
    /** First month whose discounted cumulative net is ≥ 0; null if never (or no costs). */
    discountedPaybackMonth: r.discountedPaybackMonth,
    /** The most the cumulative net goes below zero: the funding the case needs at its worst. */
    peakFunding: r.peakFunding,
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
