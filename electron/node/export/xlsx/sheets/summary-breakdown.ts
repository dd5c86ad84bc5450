/**
 * The Summary's TEI view under each year table: benefits before and after the risk haircut, hard
 * savings apart from revenue-based benefits (margin), and costs before and after contingency — each
 * as a total and a present value, summed from the year table's own line rows, so a reader can trace
 * every figure to a line. The cached results are the engine's breakdown (shared/engine/breakdown).
 */
import type { Worksheet } from 'exceljs';
import { breakdown, type Adjusted } from '@shared/engine/breakdown';
import type { LineGroup } from '@shared/engine/lines';
import { formula, ref, text } from '../cells';
import { N, type Ctx, type ScenarioPlan } from '../context';

export interface YearTableCols {
  total: number;
  pv: number;
  unadjustedTotal: number;
  unadjustedPv: number;
}

/** SUM over the given rows of one column: a range where they are contiguous (they are, group by group). */
function sumRows(rows: readonly number[], col: number): string {
  if (rows.length === 0) return '0';
  const first = rows[0] ?? 0;
  const last = rows[rows.length - 1] ?? 0;
  if (last - first + 1 === rows.length) return `SUM(${ref(first, col)}:${ref(last, col)})`;
  return `SUM(${rows.map((r) => ref(r, col)).join(',')})`;
}

/** Writes the breakdown from `top`; returns the first free row after it. */
export function writeBreakdown(ctx: Ctx, ws: Worksheet, plan: ScenarioPlan, top: number, lineRows: Record<LineGroup, number[]>, cols: YearTableCols): number {
  const B = ctx.L.breakdown;
  const money = ctx.f.money;
  const bd = breakdown(plan.r);
  let row = top;
  text(ws, row++, 1, B.title).font = { bold: true };
  const heads = [`${B.unadjusted}: ${B.total}`, `${B.unadjusted}: ${B.pv}`, `${B.riskAdjusted}: ${B.total}`, `${B.riskAdjusted}: ${B.pv}`];
  heads.forEach((h, i) => {
    const c = text(ws, row, 2 + i, h);
    c.font = { bold: true };
    c.alignment = { horizontal: 'right', wrapText: true };
  });
  row++;
  const rowsOf: Record<'revenue' | 'savings' | 'costs', number> = { revenue: 0, savings: 0, costs: 0 };
  const groupRow = (key: keyof typeof rowsOf, label: string, lines: readonly number[], a: Adjusted) => {
    text(ws, row, 1, label);
    formula(ws, row, 2, sumRows(lines, cols.unadjustedTotal), a.unadjusted.total, money);
    formula(ws, row, 3, sumRows(lines, cols.unadjustedPv), a.unadjusted.pv, money);
    formula(ws, row, 4, sumRows(lines, cols.total), a.riskAdjusted.total, money);
    formula(ws, row, 5, sumRows(lines, cols.pv), a.riskAdjusted.pv, money);
    ctx.define(N.breakdown(plan.p, key === 'revenue' ? 'Revenue' : key === 'savings' ? 'Savings' : 'Costs'), ws.name, row, 2, row, 5);
    rowsOf[key] = row;
    row++;
  };
  groupRow('revenue', B.revenue, lineRows.revenue, bd.revenue);
  groupRow('savings', B.savings, lineRows.saving, bd.savings);
  // Total benefits: revenue-based plus hard savings, column by column.
  text(ws, row, 1, B.benefits).font = { bold: true };
  const both = (col: number) => `${ref(rowsOf.revenue, col)}+${ref(rowsOf.savings, col)}`;
  const b = bd.benefits;
  [b.unadjusted.total, b.unadjusted.pv, b.riskAdjusted.total, b.riskAdjusted.pv].forEach((v, i) => {
    const c = formula(ws, row, 2 + i, both(2 + i), v, money);
    c.font = { bold: true };
    c.border = { top: { style: 'thin' } };
  });
  ctx.define(N.breakdown(plan.p, 'Benefits'), ws.name, row, 2, row, 5);
  row++;
  groupRow('costs', B.costs, lineRows.cost, bd.costs);
  return row + 1;
}
