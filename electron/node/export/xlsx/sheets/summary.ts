/**
 * Summary: the headline figures and the TEI-style year table of each exported scenario, all
 * formulas over its Cash flow sheet (NPV = SUMPRODUCT(net, DF), year columns by SUMIFS on the
 * year column). Scenarios: the headline figures side by side when several are exported.
 */
import type { Worksheet } from 'exceljs';
import { columnRange, formula, text } from '../cells';
import { N, type Ctx, type ScenarioPlan } from '../context';

const HEADLINE_ROWS = 7;

/** The payback cell's cached value, as the formula computes it: a month, "no costs to pay back" or "never". */
function paybackCached(ctx: Ctx, r: ScenarioPlan['r']): number | string {
  return r.paybackMonth ?? (r.paybackNote === 'noCosts' ? ctx.L.common.noCosts : ctx.L.common.never);
}

function writeScenarioBlock(ctx: Ctx, ws: Worksheet, plan: ScenarioPlan, top: number): number {
  const { p, r, s, cols } = plan;
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
  headline('ROI', S.roi, `IF(${h('PVCosts')}>0,(${h('PVBenefits')}-${h('PVCosts')})/${h('PVCosts')},"${na}")`, r.roi ?? na, f.pct);
  // No cost in any month: nothing to pay back, as the app says ("—"), not "month 1".
  headline(
    'Payback',
    S.payback,
    `IF(COUNTIF(${cf('Costs')},"<>0")=0,"${ctx.L.common.noCosts}",IF(COUNT(${cf('Payback')})=0,"${ctx.L.common.never}",MIN(${cf('Payback')})))`,
    paybackCached(ctx, r),
    '0',
  );
  // IRR searched from 0 first, as the engine walks outward from 0 to the root nearest it; larger
  // guesses only where Newton's method from 0 finds nothing (very short paybacks: hundreds of % a month).
  const irr = (guess: string, orElse: string) => `IFERROR(IRR(${cf('Net')},${guess}),${orElse})`;
  headline('IRRMonthly', S.irrMonthly, irr('0', irr('1', irr('5', `"${na}"`))), r.monthlyIrr ?? na, '0.00%');
  headline('IRR', S.irr, `IF(ISNUMBER(${h('IRRMonthly')}),(1+${h('IRRMonthly')})^12-1,"${na}")`, r.irr ?? na, f.pct);
  if (row !== top + 1 + HEADLINE_ROWS) throw new Error('unreachable');

  // ---- the year table ----
  row++;
  text(ws, row, 1, S.yearTable).font = { bold: true };
  row++;
  const years = r.years.columns.length - 3;
  const heads = [S.initial, ...Array.from({ length: years }, (_, i) => `${S.year} ${i + 1}`), S.total, S.pv];
  heads.forEach((hd, i) => {
    const c = text(ws, row, 2 + i, hd);
    c.font = { bold: true };
    c.alignment = { horizontal: 'right' };
  });
  row++;
  const tableRow = (label: string, range: string, values: readonly number[], nameKey: string, bold = false, indent = false) => {
    const head = text(ws, row, 1, label);
    head.font = { bold };
    if (indent) head.alignment = { indent: 1 };
    formula(ws, row, 2, `SUMIFS(${range},${cf('Year')},0)`, values[0] ?? 0, f.money);
    for (let y = 1; y <= years; y++) formula(ws, row, 2 + y, `SUMIFS(${range},${cf('Year')},${y})`, values[y] ?? 0, f.money);
    formula(ws, row, 3 + years, `SUM(${range})`, values[years + 1] ?? 0, f.money).font = { bold };
    formula(ws, row, 4 + years, `SUMPRODUCT(${range},${cf('DF')})`, values[years + 2] ?? 0, f.money).font = { bold };
    if (bold) for (let col = 1; col <= 4 + years; col++) ws.getCell(row, col).border = { top: { style: 'thin' } };
    ctx.define(N.yearRow(p, nameKey), ws.name, row, 2, row, 4 + years);
    row++;
  };
  const lineRange = (i: number) => columnRange(plan.cfSheet, cols.value[i] ?? 0, plan.firstRow, plan.lastRow);
  const group = (label: string) => {
    text(ws, row, 1, label).font = { italic: true };
    row++;
  };
  const nRev = s.revenueLines.length;
  const nSav = s.savingLines.length;
  group(S.benefits);
  r.years.lines.forEach((l, i) => {
    if (l.group === 'cost') return;
    tableRow(l.label, lineRange(i), l.values, i < nRev ? `Rev${i + 1}` : `Sav${i - nRev + 1}`, false, true);
  });
  tableRow(S.totalBenefits, cf('Benefits'), r.years.benefits, 'Benefits', true);
  group(S.costs);
  r.years.lines.forEach((l, i) => {
    if (l.group !== 'cost') return;
    tableRow(l.label, lineRange(i), l.values, `Cost${i - nRev - nSav + 1}`, false, true);
  });
  tableRow(S.totalCosts, cf('Costs'), r.years.costs, 'Costs', true);
  tableRow(S.net, cf('Net'), r.years.net, 'Net', true);
  return row + 1;
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
  const years = Math.ceil(c.horizonMonths / 12);
  for (let col = 2; col <= 4 + years; col++) ws.getColumn(col).width = 15;
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
    [S.irr, (pl) => [N.headline(pl.p, 'IRR'), pl.r.irr ?? na], ctx.f.pct],
    [S.totalBenefits, (pl) => [`INDEX(${N.yearRow(pl.p, 'Benefits')},1,${pl.r.years.columns.length - 1})`, pl.r.years.benefits[pl.r.years.columns.length - 2] ?? 0], ctx.f.money],
    [S.totalCosts, (pl) => [`INDEX(${N.yearRow(pl.p, 'Costs')},1,${pl.r.years.columns.length - 1})`, pl.r.years.costs[pl.r.years.columns.length - 2] ?? 0], ctx.f.money],
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
