/**
 * The Summary's Model v2 parts (docs/method.md, "Results"):
 * - the fiscal-year table beside the case-year table, row for row: Initial (month 0), one column per
 *   fiscal year (named by the year it ends in, from the fiscal-year-start and start-month inputs;
 *   a partial first or last fiscal year is marked), Total and PV, each by SUMIFS over the Cash flow
 *   sheet's fiscal-year column;
 * - the headline figures v2 adds: discounted payback, peak funding need, FTE equivalent.
 */
import type { Worksheet } from 'exceljs';
import { MAX_HORIZON_MONTHS } from '@shared/case/fields';
import { formula, ref, text } from '../cells';
import { K } from '../constants';
import { N, type Ctx, type ScenarioPlan } from '../context';
import { GREY } from './cashflow';

/** Fiscal-year columns: 120 months starting mid fiscal year span 11 fiscal years. */
export const FISCAL_YEARS = Math.ceil(MAX_HORIZON_MONTHS / 12) + 1;

/** An engine fiscal row [initial, periods…, total, PV] widened to every fiscal column (later ones hold zero). */
export function padFiscal(values: readonly number[]): number[] {
  const n = values.length - 3;
  const out = values.slice(0, n + 1);
  while (out.length < FISCAL_YEARS + 1) out.push(0);
  return [...out, values[n + 1] ?? 0, values[n + 2] ?? 0];
}

export interface FiscalTable {
  /** Writes the fiscal cells of one table row (same row as its case-year cells). */
  row(row: number, range: string, engine: readonly number[], nameKey: string, bold: boolean): void;
  /** Greys the fiscal years with no month in the horizon, once every row is written. */
  finish(lastRow: number): void;
}

/** Heading cells of the fiscal table, right of the case-year table starting at column `left`. */
export function fiscalTable(ctx: Ctx, ws: Worksheet, plan: ScenarioPlan, headRow: number, left: number): FiscalTable {
  const { p, r } = plan;
  const F = ctx.L.finance;
  const S = ctx.L.summary;
  const f = ctx.f;
  const cf = (k: Parameters<typeof N.cf>[1]) => N.cf(p, k);
  const periods = r.fiscalYears.periods;
  const first = periods[0]?.fiscalYear ?? 0;
  const col = (k: number) => left + k; // k = 0: Initial; 1..FISCAL_YEARS; then Total, PV
  const bold = (c: ReturnType<typeof text>) => {
    c.font = { bold: true };
    c.alignment = { horizontal: 'right' };
  };
  text(ws, headRow - 1, left, F.fiscalTable).font = { bold: true };
  bold(text(ws, headRow, col(0), S.initial));
  const monthsIn = (k: number) => `COUNTIFS(${cf('FiscalYear')},${ref(headRow, col(k), 'row')},${cf('InHorizon')},1)`;
  for (let k = 1; k <= FISCAL_YEARS; k++) {
    // Each heading is the year before it + 1, from the first fiscal year the Cash flow sheet works out.
    const fx = k === 1 ? cf('FirstFiscalYear') : `${ref(headRow, col(k - 1))}+1`;
    bold(formula(ws, headRow, col(k), fx, first + k - 1, F.fiscalYearFormat));
    const period = periods[k - 1];
    formula(
      ws,
      headRow - 1,
      col(k),
      `IF(AND(${monthsIn(k)}>0,${monthsIn(k)}<${K.monthsPerYear}),"${F.partial}","")`,
      period?.partial ? F.partial : '',
    ).alignment = { horizontal: 'right' };
  }
  bold(text(ws, headRow, col(FISCAL_YEARS + 1), S.total));
  bold(text(ws, headRow, col(FISCAL_YEARS + 2), S.pv));
  return {
    row(row, range, engine, nameKey, isBold) {
      const values = padFiscal(engine);
      formula(ws, row, col(0), `SUMIFS(${range},${cf('FiscalYear')},0)`, values[0] ?? 0, f.money);
      for (let k = 1; k <= FISCAL_YEARS; k++) formula(ws, row, col(k), `SUMIFS(${range},${cf('FiscalYear')},${ref(headRow, col(k), 'row')})`, values[k] ?? 0, f.money);
      formula(ws, row, col(FISCAL_YEARS + 1), `SUM(${range})`, values[FISCAL_YEARS + 1] ?? 0, f.money).font = { bold: isBold };
      formula(ws, row, col(FISCAL_YEARS + 2), `SUMPRODUCT(${range},${cf('DF')})`, values[FISCAL_YEARS + 2] ?? 0, f.money).font = { bold: isBold };
      ctx.define(N.fiscalRow(p, nameKey), ws.name, row, col(0), row, col(FISCAL_YEARS + 2));
    },
    finish(lastRow) {
      ws.addConditionalFormatting({
        ref: `${ref(headRow, col(1))}:${ref(lastRow, col(FISCAL_YEARS))}`,
        rules: [{ type: 'expression', priority: 1, formulae: [`${monthsIn(1)}=0`], style: GREY }],
      });
    },
  };
}

/** The last column the fiscal table uses, for column widths. */
export function fiscalTableRight(left: number): number {
  return left + FISCAL_YEARS + 2;
}

/** "never" / "no costs to pay back" / the month, as the payback cells show. */
function paybackShown(ctx: Ctx, month: number | null, note: ScenarioPlan['r']['paybackNote']): number | string {
  return month ?? (note === 'noCosts' ? ctx.L.common.noCosts : ctx.L.common.never);
}

/** The headline rows v2 adds, after the IRR: [key, label, formula, engine value, format]. */
export function financeHeadlines(ctx: Ctx, plan: ScenarioPlan): [Parameters<typeof N.headline>[1], string, string, number | string, string][] {
  const { p, r } = plan;
  const F = ctx.L.finance;
  const cf = (k: Parameters<typeof N.cf>[1]) => N.cf(p, k);
  const H = N.horizon;
  const from = `MAX(1,${H}-${K.monthsPerYear}+1)`;
  return [
    [
      'DiscountedPayback',
      F.discountedPayback,
      `IF(COUNTIF(${cf('Costs')},"<>0")=0,"${ctx.L.common.noCosts}",IF(SUM(${cf('DiscountedPayback')})=0,"${ctx.L.common.never}",INDEX(${cf('Month')},MATCH(1,${cf('DiscountedPayback')},0))))`,
      paybackShown(ctx, r.discountedPaybackMonth, r.paybackNote),
      '0',
    ],
    // The cumulative net past the horizon stays at its last value, so the minimum is the horizon's.
    ['PeakFunding', F.peakFunding, `MAX(0,-MIN(${cf('Cumulative')}))`, r.peakFunding, ctx.f.money],
    ['FTEAtHorizon', F.fteAtHorizon, `INDEX(${cf('FTE')},${H}+1)`, r.fte.atHorizon, ctx.f.dec],
    [
      'FTELastYear',
      F.fteLastYear,
      `SUMPRODUCT((${cf('Month')}>=${from})*(${cf('Month')}<=${H}),${cf('FTE')})/(${H}-${from}+1)`,
      r.fte.lastYearAverage,
      ctx.f.dec,
    ],
  ];
}
