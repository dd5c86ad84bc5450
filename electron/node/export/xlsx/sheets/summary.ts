/**
 * Summary: the headline figures and the TEI-style year table of each exported scenario, all
 * formulas over its Cash flow sheet (NPV = SUMPRODUCT(net, DF), year columns by SUMIFS on the
 * year column). Scenarios: the headline figures side by side when several are exported.
 */
import type { Worksheet } from 'exceljs';
import { MAX_HORIZON_MONTHS } from '@shared/case/fields';
import { columnRange, formula, num, ref, text } from '../cells';
import { K } from '../constants';
import { N, type Ctx, type ScenarioPlan } from '../context';
import { presentValue } from '@shared/engine/finance';
import type { LineGroup } from '@shared/engine/lines';
import { GREY } from './cashflow';
import { writeBreakdown } from './summary-breakdown';
import { financeHeadlines, fiscalTable, fiscalTableRight } from './summary-fiscal';

const HEADLINE_ROWS = 12;
/** Year columns of every year table: the longest horizon's, whatever the case's (later years compute to zero). */
export const YEARS = Math.ceil(MAX_HORIZON_MONTHS / 12);
/** The fiscal-year table's first column: right of the case-year table and its two unadjusted columns, one blank between. */
const FISCAL_LEFT = 8 + YEARS;

function sum(xs: readonly number[]): number {
  let t = 0;
  for (const x of xs) t += x;
  return t;
}

/** A row of the engine's year table [initial, years…, total, PV] widened to every year of the longest horizon. */
export function padYears(values: readonly number[]): number[] {
  const n = values.length - 3;
  const out = values.slice(0, n + 1);
  while (out.length < YEARS + 1) out.push(0);
  return [...out, values[n + 1] ?? 0, values[n + 2] ?? 0];
}

/** "not meaningful (> 1,000%)" and the like, or the annual IRR, as the engine says. */
function irrShownCached(ctx: Ctx, r: ScenarioPlan['r']): number | string {
  if (r.irr === null) return ctx.L.common.na;
  if (r.irrNote === 'above1000') return ctx.L.irrAbove;
  if (r.irrNote === 'smallInvestment') return ctx.L.irrSmall;
  return r.irr;
}

/** The payback cell's cached value, as the formula computes it: a month, "no costs to pay back" or "never". */
function paybackCached(ctx: Ctx, r: ScenarioPlan['r']): number | string {
  return r.paybackMonth ?? (r.paybackNote === 'noCosts' ? ctx.L.common.noCosts : ctx.L.common.never);
}

function writeScenarioBlock(ctx: Ctx, ws: Worksheet, plan: ScenarioPlan, top: number): number {
  const { p, r, s, cols } = plan;
  const nRev = s.revenueLines.length;
  const nSav = s.savingLines.length;
  const S = ctx.L.summary;
  const na = ctx.L.common.na;
  const f = ctx.f;
  text(ws, top, 1, s.name).font = { bold: true, size: 13 };
  let row = top + 1;
  const headline = (key: Parameters<typeof N.headline>[1], label: string, fx: string, v: number | string, fmt: string) => {
    text(ws, row, 1, label);
    formula(ws, row, 2, fx, v, fmt).font = { bold: key === 'NPV' };
    ctx.define(N.headline(p, key), ws.name, row, 2);
    row++;
  };
  const cf = (k: Parameters<typeof N.cf>[1]) => N.cf(p, k);
  const h = (k: Parameters<typeof N.headline>[1]) => N.headline(p, k);
  headline('NPV', S.npv, `SUMPRODUCT(${cf('Net')},${cf('DF')})`, r.npv, f.money);
  headline('PVBenefits', S.pvBenefits, `SUMPRODUCT(${cf('Benefits')},${cf('DF')})`, r.pvBenefits, f.money);
  headline('PVCosts', S.pvCosts, `SUMPRODUCT(${cf('Costs')},${cf('DF')})`, r.pvCosts, f.money);
  // ROI = NPV / PV(costs) (DOMAIN "Capex, opex, tax"): with no tax, the TEI (PVB − PVC) / PVC.
  headline('ROI', S.roi, `IF(${h('PVCosts')}>0,${h('NPV')}/${h('PVCosts')},"${na}")`, r.roi ?? na, f.pct);
  // No cost in any month: nothing to pay back, as the app says ("—"), not "month 1".
  headline(
    'Payback',
    S.payback,
    `IF(COUNTIF(${cf('Costs')},"<>0")=0,"${ctx.L.common.noCosts}",IF(SUM(${cf('Payback')})=0,"${ctx.L.common.never}",INDEX(${cf('Month')},MATCH(1,${cf('Payback')},0))))`,
    paybackCached(ctx, r),
    '0',
  );
  // IRR searched from 0 first, as the engine walks outward from 0 to the root nearest it; larger
  // guesses only where Newton's method from 0 finds nothing (very short paybacks: hundreds of % a month).
  const irr = (guess: string, orElse: string) => `IFERROR(IRR(${cf('Net')},${guess}),${orElse})`;
  headline('IRRMonthly', S.irrMonthly, irr(K.irrGuessFirst, irr(K.irrGuessSecond, irr(K.irrGuessThird, `"${na}"`))), r.monthlyIrr ?? na, '0.00%');
  headline('IRR', S.irr, `IF(ISNUMBER(${h('IRRMonthly')}),(1+${h('IRRMonthly')})^${K.monthsPerYear}-1,"${na}")`, r.irr ?? na, f.pct);
  // What readers are shown: an IRR above 1,000% a year, or from an investment under 1% of the
  // benefits, says nothing about a rate of return (DOMAIN "More outputs"); the app says so, and so does this cell.
  headline(
    'IRRShown',
    ctx.L.irrShown,
    `IF(NOT(ISNUMBER(${h('IRR')})),"${na}",IF(${h('IRR')}>${K.irrMeaningfulMax},"${ctx.L.irrAbove}",IF(AND(${h('PVBenefits')}>0,${h('PVCosts')}<${K.irrMinInvestmentShare}*${h('PVBenefits')}),"${ctx.L.irrSmall}",${h('IRR')})))`,
    irrShownCached(ctx, r),
    f.pct,
  );
  for (const [key, label, fx, v, fmt] of financeHeadlines(ctx, plan)) headline(key, label, fx, v, fmt);
  if (row !== top + 1 + HEADLINE_ROWS) throw new Error('unreachable');

  // ---- the year table ----
  row++;
  text(ws, row, 1, `${S.yearTable}, ${ctx.c.currency}`).font = { bold: true };
  row++;
  const years = YEARS;
  // Year headings are numbers shown as "Year 3": the SUMIFS below read their year from them.
  const headRow = row;
  const headCell = (col: number, c: ReturnType<typeof text>) => {
    c.font = { bold: true };
    c.alignment = { horizontal: 'right' };
    return col;
  };
  headCell(2, text(ws, row, 2, S.initial));
  for (let y = 1; y <= years; y++) headCell(2 + y, num(ws, row, 2 + y, y, `"${S.year} "0`));
  headCell(3 + years, text(ws, row, 3 + years, S.total));
  headCell(4 + years, text(ws, row, 4 + years, S.pv));
  const B = ctx.L.breakdown;
  headCell(5 + years, text(ws, row, 5 + years, `${B.unadjusted}: ${B.total}`));
  headCell(6 + years, text(ws, row, 6 + years, `${B.unadjusted}: ${B.pv}`));
  // The same rows by fiscal year, beside (one blank column between).
  const fiscal = fiscalTable(ctx, ws, plan, headRow, FISCAL_LEFT);
  row++;
  const lineRows: Record<LineGroup, number[]> = { revenue: [], saving: [], cost: [] };
  /** A line's total and PV before its haircut (benefits) or contingency (costs): what the risk adjustment took off. */
  const unadjusted = (i: number) => {
    const line = r.lines[i];
    if (!line) throw new Error('unreachable');
    const factor =
      line.group === 'cost' ? `(1+${N.cost(p, i - nRev - nSav, 'Contingency')})` : line.group === 'revenue' ? `(1-${N.rev(p, i, 'Haircut')})` : `(1-${N.sav(p, i - nRev, 'Haircut')})`;
    formula(ws, row, 5 + years, `${ref(row, 3 + years)}/${factor}`, sum(line.raw), f.money);
    formula(ws, row, 6 + years, `${ref(row, 4 + years)}/${factor}`, presentValue(line.raw, r.discountFactors), f.money);
    lineRows[line.group].push(row);
  };
  const fy = r.fiscalYears;
  /** The engine's fiscal-year row for a table row's key (Rev1, Sav2, Cost3, Benefits, Costs, Tax, Net). */
  const fiscalEngine = (key: string): readonly number[] => {
    const totals: Record<string, number[]> = { Benefits: fy.benefits, Costs: fy.costs, Tax: fy.tax, Net: fy.net };
    const total = totals[key];
    if (total) return total;
    const m = /^(Rev|Sav|Cost)(\d+)$/.exec(key);
    const offset = m?.[1] === 'Rev' ? 0 : m?.[1] === 'Sav' ? nRev : nRev + nSav;
    return fy.lines[offset + Number(m?.[2] ?? 0) - 1]?.values ?? [];
  };
  const tableRow = (label: string, range: string, engine: readonly number[], nameKey: string, bold = false, indent = false) => {
    const values = padYears(engine);
    const head = text(ws, row, 1, label);
    head.font = { bold };
    if (indent) head.alignment = { indent: 1 };
    formula(ws, row, 2, `SUMIFS(${range},${cf('Year')},0)`, values[0] ?? 0, f.money);
    for (let y = 1; y <= years; y++) formula(ws, row, 2 + y, `SUMIFS(${range},${cf('Year')},${ref(headRow, 2 + y, 'row')})`, values[y] ?? 0, f.money);
    formula(ws, row, 3 + years, `SUM(${range})`, values[years + 1] ?? 0, f.money).font = { bold };
    formula(ws, row, 4 + years, `SUMPRODUCT(${range},${cf('DF')})`, values[years + 2] ?? 0, f.money).font = { bold };
    if (bold) for (let col = 1; col <= 4 + years; col++) ws.getCell(row, col).border = { top: { style: 'thin' } };
    ctx.define(N.yearRow(p, nameKey), ws.name, row, 2, row, 4 + years);
    fiscal.row(row, range, fiscalEngine(nameKey), nameKey, bold);
    row++;
  };
  const lineRange = (i: number) => columnRange(plan.cfSheet, cols.value[i] ?? 0, plan.firstRow, plan.lastRow);
  const group = (label: string) => {
    text(ws, row, 1, label).font = { italic: true };
    row++;
  };
  group(S.benefits);
  r.years.lines.forEach((l, i) => {
    if (l.group === 'cost') return;
    unadjusted(i);
    tableRow(l.label, lineRange(i), l.values, i < nRev ? `Rev${i + 1}` : `Sav${i - nRev + 1}`, false, true);
  });
  tableRow(S.totalBenefits, cf('Benefits'), r.years.benefits, 'Benefits', true);
  group(S.costs);
  r.years.lines.forEach((l, i) => {
    if (l.group !== 'cost') return;
    unadjusted(i);
    tableRow(l.label, lineRange(i), l.values, `Cost${i - nRev - nSav + 1}`, false, true);
  });
  tableRow(S.totalCosts, cf('Costs'), r.years.costs, 'Costs', true);
  // Net after tax = benefits − costs − tax; the tax row is zero in a pre-tax case.
  tableRow(ctx.L.finance.taxRow, cf('Tax'), r.years.tax, 'Tax');
  tableRow(S.net, cf('Net'), r.years.net, 'Net', true);
  fiscal.finish(row - 1);
  // Years past the horizon are zero by formula: greyed, as on the Cash flow sheet.
  ws.addConditionalFormatting({
    ref: `${ref(headRow, 3)}:${ref(row - 1, 2 + years)}`,
    rules: [{ type: 'expression', priority: 1, formulae: [`(${ref(headRow, 3, 'row')}-1)*${K.monthsPerYear}>=${N.horizon}`], style: GREY }],
  });
  return writeBreakdown(ctx, ws, plan, row + 1, lineRows, { total: 3 + years, pv: 4 + years, unadjustedTotal: 5 + years, unadjustedPv: 6 + years });
}

export function writeSummary(ctx: Ctx): void {
  const ws = ctx.sheet('summary');
  const S = ctx.L.summary;
  const c = ctx.c;
  text(ws, 1, 1, c.name).font = { bold: true, size: 16 };
  const facts: [string, () => void][] = [
    [S.client, () => text(ws, 2, 2, c.client)],
    [S.author, () => text(ws, 3, 2, c.author)],
    [S.currency, () => text(ws, 4, 2, c.currency)],
    [S.horizon, () => formula(ws, 5, 2, N.horizon, c.horizonMonths, '0')],
    [S.discountRate, () => formula(ws, 6, 2, N.discountRate, c.discountRate, ctx.f.pct)],
  ];
  facts.forEach(([label, write], i) => {
    text(ws, 2 + i, 1, label);
    write();
  });
  text(ws, 7, 1, S.recalcNote).font = { italic: true };
  let row = 9;
  for (const plan of ctx.plans) row = writeScenarioBlock(ctx, ws, plan, row);
  ws.getColumn(1).width = 52;
  for (let col = 2; col <= fiscalTableRight(FISCAL_LEFT); col++) ws.getColumn(col).width = 15;
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 0 }];
}

export function writeScenarios(ctx: Ctx): void {
  const ws = ctx.sheet('scenarios');
  const S = ctx.L.summary;
  text(ws, 1, 1, ctx.L.scenarios.title).font = { bold: true, size: 13 };
  ctx.plans.forEach((plan, k) => {
    const c = text(ws, 2, 2 + k, plan.s.name);
    c.font = { bold: true };
    c.alignment = { horizontal: 'right', wrapText: true };
  });
  const na = ctx.L.common.na;
  const rows: [string, (plan: ScenarioPlan) => [string, number | string], string][] = [
    [S.npv, (pl) => [N.headline(pl.p, 'NPV'), pl.r.npv], ctx.f.money],
    [S.pvBenefits, (pl) => [N.headline(pl.p, 'PVBenefits'), pl.r.pvBenefits], ctx.f.money],
    [S.pvCosts, (pl) => [N.headline(pl.p, 'PVCosts'), pl.r.pvCosts], ctx.f.money],
    [S.roi, (pl) => [N.headline(pl.p, 'ROI'), pl.r.roi ?? na], ctx.f.pct],
    [S.payback, (pl) => [N.headline(pl.p, 'Payback'), paybackCached(ctx, pl.r)], '0'],
    [ctx.L.finance.discountedPayback, (pl) => [N.headline(pl.p, 'DiscountedPayback'), pl.r.discountedPaybackMonth ?? (pl.r.paybackNote === 'noCosts' ? ctx.L.common.noCosts : ctx.L.common.never)], '0'],
    [ctx.L.finance.peakFunding, (pl) => [N.headline(pl.p, 'PeakFunding'), pl.r.peakFunding], ctx.f.money],
    [S.irr, (pl) => [N.headline(pl.p, 'IRRShown'), irrShownCached(ctx, pl.r)], ctx.f.pct],
    [S.totalBenefits, (pl) => [`INDEX(${N.yearRow(pl.p, 'Benefits')},1,COLUMNS(${N.yearRow(pl.p, 'Benefits')})-1)`, pl.r.years.benefits[pl.r.years.columns.length - 2] ?? 0], ctx.f.money],
    [S.totalCosts, (pl) => [`INDEX(${N.yearRow(pl.p, 'Costs')},1,COLUMNS(${N.yearRow(pl.p, 'Costs')})-1)`, pl.r.years.costs[pl.r.years.columns.length - 2] ?? 0], ctx.f.money],
  ];
  rows.forEach(([label, get, fmt], i) => {
    text(ws, 3 + i, 1, label);
    ctx.plans.forEach((plan, k) => {
      const [fx, v] = get(plan);
      formula(ws, 3 + i, 2 + k, fx, v, fmt);
    });
  });
  ws.getColumn(1).width = 52;
  ctx.plans.forEach((_, k) => (ws.getColumn(2 + k).width = 18));
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 2 }];
}
