/**
 * What every sheet writer shares: the workbook, the case, labels and formats, the defined names
 * (one per input, unique per scenario: S1_Seg2_Churn) and each scenario's plan (where its Cash
 * flow sheet puts every series), laid out before any sheet is written so sheets can refer to one
 * another in any order.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { Case, Scenario } from '@shared/case/schema';
import type { ScenarioResult } from '@shared/engine/compute';
import { ExportError, quoteSheet, ref } from './cells';
import type { Formats } from './formats';
import type { Labels, Lang } from './labels';

export interface CashFlowColumns {
  month: number;
  year: number;
  df: number;
  /** 1 for the months of the horizon, 0 past it: every value column is multiplied by it. */
  inHorizon: number;
  /** Model v2 helper columns (calendar, fiscal year, growth, inflation, tax, FTE): see FinanceColumns. */
  fin: FinanceColumns;
  deflected: number;
  aiResolved: number;
  assisted: number;
  /** Ramp column per benefit line, by position in r.lines (revenue, then saving lines). */
  ramp: Map<number, number>;
  /** Customers-kept column per retention line, by position in r.lines. */
  kept: Map<number, number>;
  /** Value column per line, by position in r.lines. */
  value: number[];
  benefits: number;
  costs: number;
  net: number;
  cumulative: number;
  payback: number;
  last: number;
}

/** The Cash flow columns Model v2 adds (DOMAIN "Model v2"), each a helper a reader can follow. */
export interface FinanceColumns {
  /** Calendar month of the row (a date shown "Mar 2027"). */
  calendar: number;
  /** Fiscal year the month falls in (0 for month 0). */
  fiscalYear: number;
  /** G(m) = V(m) / V(1). */
  growth: number;
  /** Wage inflation factor W(m) = (1 + wage inflation)^(y(m) − 1). */
  wage: number;
  /** Cost inflation factor P(m) = (1 + cost inflation)^(y(m) − 1). */
  price: number;
  opex: number;
  capex: number;
  /** Depreciation column per cost line (zero for opex lines), by position in s.costLines. */
  dep: number[];
  depreciation: number;
  taxable: number;
  tax: number;
  discountedCumulative: number;
  discountedPayback: number;
  hours: number;
  fte: number;
}

export interface ScenarioPlan {
  s: Scenario;
  r: ScenarioResult;
  /** The same scenario computed over the longest horizon (the months past the case's horizon). */
  full: ScenarioResult;
  /** Position in the case (names use it, so one scenario keeps its names whatever else is exported). */
  index: number;
  /** Name prefix: S1, S2… */
  p: string;
  cfSheet: string;
  /** Rows of months 0..120 on the Cash flow sheet (the longest horizon, whatever the case's). */
  firstRow: number;
  lastRow: number;
  cols: CashFlowColumns;
}

export interface Ctx {
  wb: Workbook;
  c: Case;
  lang: Lang;
  L: Labels;
  f: Formats;
  plans: ScenarioPlan[];
  sheet: (key: keyof Labels['sheets']) => Worksheet;
  define: (name: string, sheet: string, row: number, col: number, bottom?: number, right?: number) => void;
  /** Where a defined name's (top-left) cell is, for sheets that format another sheet's cell by name. */
  locate: (name: string) => { sheet: string; row: number; col: number } | undefined;
}

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Registers defined names, refusing an invalid or duplicate one (a silent clash would break formulas).
 *
 * exceljs keeps each name as a sparse cell matrix and rebuilds every range from it when it writes,
 * which costs O(names × rows): a third of a large export. Our names are plain cells and column
 * ranges known up front, so the registry keeps the finished list and serves it as the workbook's
 * defined-names model instead (the same shape exceljs writes: { name, ranges }).
 */
export function nameRegistry(wb: Workbook): Pick<Ctx, 'define' | 'locate'> {
  const seen = new Map<string, { sheet: string; row: number; col: number }>();
  const list: { name: string; ranges: string[] }[] = [];
  Object.defineProperty(wb.definedNames, 'model', { get: () => list, configurable: true });
  const define: Ctx['define'] = (name, sheet, row, col, bottom, right) => {
    if (!NAME_RE.test(name)) throw new ExportError(`Internal: invalid defined name ${name}`);
    const key = name.toLowerCase();
    if (seen.has(key)) throw new ExportError(`Internal: defined name ${name} used twice`);
    seen.set(key, { sheet, row, col });
    const tl = ref(row, col, 'both');
    const loc = bottom === undefined && right === undefined ? tl : `${tl}:${ref(bottom ?? row, right ?? col, 'both')}`;
    list.push({ name, ranges: [`${quoteSheet(sheet)}!${loc}`] });
  };
  return { define, locate: (name) => seen.get(name.toLowerCase()) };
}

// ---- the names every sheet agrees on ----

export const N = {
  discountRate: 'Case_DiscountRate',
  monthlyRate: 'Case_MonthlyRate',
  horizon: 'Case_Horizon',
  svc: (p: string, key: ServiceKey) => `${p}_Svc_${key}`,
  seg: (p: string, k: number, key: SegmentKey | 'MonthlyContacts') => `${p}_Seg${k + 1}_${key}`,
  mom: (p: string, j: number, key: MomentKey) => `${p}_Mom${j + 1}_${key}`,
  momRange: (p: string, key: 'Vol' | 'Defl' | 'AI' | 'Scope' | 'VD' | 'VA' | 'VDA') => `${p}_Mom_${key}`,
  rev: (p: string, i: number, key: RevenueKey | 'Rho') => `${p}_Rev${i + 1}_${key}`,
  sav: (p: string, i: number, key: SavingKey) => `${p}_Sav${i + 1}_${key}`,
  cost: (p: string, i: number, key: CostKey) => `${p}_Cost${i + 1}_${key}`,
  metric: (p: string, metric: string, key: string) => `${p}_Bm_${metric}_${key}`,
  baseline: (p: string) => `${p}_V`,
  cf: (p: string, key: 'Month' | 'Year' | 'DF' | 'Benefits' | 'Costs' | 'Net' | 'Cumulative' | 'Payback' | FinanceCfKey) => `${p}_CF_${key}`,
  headline: (p: string, key: 'NPV' | 'PVBenefits' | 'PVCosts' | 'ROI' | 'Payback' | 'IRRMonthly' | 'IRR' | 'IRRShown' | FinanceHeadlineKey) => `${p}_${key}`,
  yearRow: (p: string, key: string) => `${p}_YT_${key}`,
  /** A row of the fiscal-year table (beside the case-year table on the Summary). */
  fiscalRow: (p: string, key: string) => `${p}_FY_${key}`,
  // Model v2's case-wide inputs (DOMAIN "Model v2").
  startMonth: 'Case_StartMonth',
  fiscalYearStart: 'Case_FiscalYearStart',
  taxRate: 'Case_TaxRate',
  discounting: 'Case_Discounting',
  wageInflation: 'Case_WageInflation',
  costInflation: 'Case_CostInflation',
  /** The Summary's breakdown rows: unadjusted total, unadjusted PV, risk-adjusted total, risk-adjusted PV. */
  breakdown: (p: string, key: 'Revenue' | 'Savings' | 'Benefits' | 'Costs') => `${p}_BD_${key}`,
  /** A credibility check's status cell on the Checks sheet (TRUE when flagged). */
  check: (p: string, k: number) => `${p}_Chk${k + 1}`,
};

export type FinanceCfKey =
  | 'InHorizon'
  | 'StartDate'
  | 'FirstFiscalYear'
  | 'FiscalYear'
  | 'Growth'
  | 'Opex'
  | 'Capex'
  | 'Depreciation'
  | 'Taxable'
  | 'Tax'
  | 'DiscountedCumulative'
  | 'DiscountedPayback'
  | 'Hours'
  | 'FTE';
export type FinanceHeadlineKey = 'DiscountedPayback' | 'PeakFunding' | 'FTEAtHorizon' | 'FTELastYear';
export type ServiceKey = 'AssistedCost' | 'SelfServiceCost' | 'AiCost' | 'AgentHourCost' | 'AHT' | 'ResolutionRate' | 'VolumeOverride' | 'VolumeGrowth' | 'ProductiveHours';
export type SegmentKey = 'Tier' | 'Priority' | 'Customers' | 'ARPU' | 'Margin' | 'Churn' | 'CAC' | 'Contacts' | 'Growth';
export type MomentKey = 'Intent' | 'Channel' | 'Mode' | 'Volume' | 'Satisfaction' | 'Automatable' | 'Protected' | 'Deflection' | 'AIRate';
export type TimingKey = 'Start' | 'Ramp' | 'Haircut' | 'Enabled';
export type RevenueKey =
  | TimingKey
  | 'Mode'
  | 'ChurnReduction'
  | 'DissatisfiedNow'
  | 'DissatisfiedTarget'
  | 'Uplift'
  | 'Opportunities'
  | 'ConversionUplift'
  | 'FirstYearValue'
  | 'Margin';
export type SavingKey = TimingKey | 'AHTReduction' | 'Escalations' | 'Handoffs' | 'MinutesPerHandoff';
export type CostKey = 'Category' | 'Kind' | 'Amount' | 'Month' | 'Contingency' | 'Enabled' | 'First' | 'Last' | 'Monthly' | 'Accounting' | 'Life';

/** Total and present value of a line's Cash flow column (revenue, saving and cost sheets show them). */
export function lineTotals(plan: ScenarioPlan, lineIndex: number): { total: string; pv: string } {
  const col = plan.cols.value[lineIndex];
  if (col === undefined) throw new ExportError('Internal: line without a Cash flow column');
  const range = `${quoteSheet(plan.cfSheet)}!${ref(plan.firstRow, col, 'both')}:${ref(plan.lastRow, col, 'both')}`;
  return { total: `SUM(${range})`, pv: `SUMPRODUCT(${range},${N.cf(plan.p, 'DF')})` };
}

/** The engine's Total and PV of a line, from its TEI year row. */
export function engineTotals(plan: ScenarioPlan, lineIndex: number): { total: number; pv: number } {
  const row = plan.r.years.lines[lineIndex]?.values ?? [];
  const n = row.length;
  return { total: row[n - 2] ?? 0, pv: row[n - 1] ?? 0 };
}
