/**
 * Cash flow, one sheet per scenario: a row per month 0..120 (the longest horizon; months past the
 * case's horizon compute to zero and are greyed), a column per engine quantity, each cell a formula
 * over the Assumptions names that reproduces the reference model (docs/method.md):
 *   ramp(m)   = 0 before the start month (and in month 0), then min(1, (m − s + 1)/R), or 1 when R = 0
 *   D(m)      = Σ in-scope v·δ × ramp_deflection(m)
 *   A(m)      = (Σ in-scope v·α − ramp_deflection(m) × Σ in-scope v·δ·α) × ramp_ai(m)
 *   (the three sums are columns of the Moments sheet)
 *   H(m)      = max(0, V − D(m) − A(m))
 *   kept(m)   = kept(m−1)·(1 − churn/12) + customers·churn/12·ρ·ramp(m)
 *   each line × (1 − haircut) × in-horizon, each cost × (1 + contingency) × in-horizon;
 *   B, C, N = B − C − Tax, cumulative.
 * Model v2 (cashflow-finance.ts): volumes and escalations × G(m); customers × (1 + g)^(y − 1);
 * assisted costs and agent hours × W(m), self-service, AI and recurring costs × P(m); the Tax block.
 * Costs: each line is paid from its first to its last month (worked out on the Costs sheet).
 * The cached result of every cell is the engine's own figure for that month.
 */
import type { Worksheet } from 'exceljs';
import { MAX_HORIZON_MONTHS } from '@shared/case/fields';
import { yearlyStep } from '@shared/engine/calendar';
import { rampSeries } from '@shared/engine/time';
import { retentionRaw } from '@shared/engine/lines';
import { churnReduction } from '@shared/engine/segments';
import { colLetter, FillDown, formula, num, ref, text } from '../cells';
import { choiceIs } from '../choices';
import { K } from '../constants';
import { N, type Ctx, type ScenarioPlan } from '../context';
import { CF_HEADER_ROW } from '../plan';
import { financeWriter } from './cashflow-finance';

/** The look of a month or year past the horizon (conditional format). */
export const GREY = {
  font: { color: { argb: 'FFA6A6A6' } },
  fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFF2F2F2' } },
} as const;

export function writeCashFlow(ctx: Ctx, plan: ScenarioPlan, ws: Worksheet): void {
  const { s, r, full, p, cols, firstRow } = plan;
  const L = ctx.L.cashFlow;
  const f = ctx.f;
  const H = ctx.c.horizonMonths;
  const MAX = MAX_HORIZON_MONTHS;
  const nRev = s.revenueLines.length;
  const nSav = s.savingLines.length;
  const segIndex = new Map(s.segments.map((g, k) => [g.id, k]));

  // ---- header: title and V ----
  text(ws, 1, 1, `${L.title} – ${s.name}`).font = { bold: true, size: 13 };
  text(ws, 2, 1, L.baseline);
  ws.mergeCells(2, 1, 2, 3);
  const contacts = s.segments.map((_, k) => N.seg(p, k, 'MonthlyContacts'));
  const sumContacts = contacts.length ? contacts.join('+') : '0';
  formula(ws, 2, 4, `IF(ISNUMBER(${N.svc(p, 'VolumeOverride')}),${N.svc(p, 'VolumeOverride')},${sumContacts})`, r.volume.baseline, f.dec);
  ctx.define(N.baseline(p), ws.name, 2, 4);

  // ---- column headings ----
  const hr = CF_HEADER_ROW;
  // Money columns name their currency; costs are positive amounts, subtracted once, in the net.
  const cur = ctx.c.currency;
  const head = (col: number, label: string) => {
    const c = text(ws, hr, col, label);
    c.font = { bold: true };
    c.alignment = { wrapText: true, vertical: 'top' };
  };
  head(cols.month, L.month);
  head(cols.year, L.year);
  head(cols.df, L.df);
  head(cols.inHorizon, ctx.L.horizonCol);
  const fin = financeWriter(ctx, plan, ws);
  fin.header(ws, head);
  const F = cols.fin;
  r.lines.forEach((l, i) => {
    const rc = cols.ramp.get(i);
    if (rc !== undefined) head(rc, `${L.ramp} – ${l.label}`);
    const kc = cols.kept.get(i);
    if (kc !== undefined) head(kc, `${L.kept} – ${l.label}`);
    const vc = cols.value[i];
    if (vc !== undefined) head(vc, `${l.label} (${cur})`);
  });
  head(cols.deflected, L.deflected);
  head(cols.aiResolved, L.aiResolved);
  head(cols.assisted, L.assisted);
  head(cols.benefits, `${L.benefits} (${cur})`);
  head(cols.costs, `${L.costs} (${cur})`);
  head(cols.net, `${L.net} (${cur})`);
  head(cols.cumulative, `${L.cumulative} (${cur})`);
  head(cols.payback, L.paybackCheck);

  // ---- per-line formula pieces (the same for every month but the row) ----
  const A = (row: number) => `$${colLetter(cols.month)}${row}`;
  const cell = (col: number, row: number) => `${colLetter(col)}${row}`;
  const rampFormula = (name: (k: 'Enabled' | 'Start' | 'Ramp') => string) => (row: number) =>
    `IF(AND(${name('Enabled')},${A(row)}>=1,${A(row)}>=${name('Start')}),IF(${name('Ramp')}>0,MIN(1,(${A(row)}-${name('Start')}+1)/${name('Ramp')}),1),0)`;
  const benefitLines = [
    ...s.revenueLines.map((l, i) => ({ i, name: (k: 'Enabled' | 'Start' | 'Ramp') => N.rev(p, i, k), timing: l })),
    ...s.savingLines.map((l, i) => ({ i: nRev + i, name: (k: 'Enabled' | 'Start' | 'Ramp') => N.sav(p, i, k), timing: l })),
  ];
  const ramps = benefitLines.map((b) => ({
    col: cols.ramp.get(b.i) ?? 0,
    f: rampFormula(b.name),
    values: rampSeries(MAX, b.timing.startMonth, b.timing.rampMonths, b.timing.enabled),
  }));
  const rampCol = (lineIndex: number) => cols.ramp.get(lineIndex) ?? 0;
  const deflIndex = s.savingLines.findIndex((l) => l.kind === 'deflection');
  const aiIndex = s.savingLines.findIndex((l) => l.kind === 'ai');
  const hasMoments = s.moments.length > 0;
  const vd = N.momRange(p, 'VD');
  const va = N.momRange(p, 'VA');
  const vda = N.momRange(p, 'VDA');
  const svc = (k: Parameters<typeof N.svc>[1]) => N.svc(p, k);

  // Retention stocks: the engine's kept(m) as cached values.
  const kept = new Map<number, number[]>();
  s.revenueLines.forEach((l, i) => {
    if (l.kind !== 'retention') return;
    const seg = s.segments.find((g) => g.id === l.segmentId);
    if (seg) kept.set(i, retentionRaw(seg, churnReduction(l), rampSeries(MAX, l.startMonth, l.rampMonths, l.enabled), yearlyStep(seg.customerGrowth, MAX)).kept);
  });

  const IH = (row: number) => `$${colLetter(cols.inHorizon)}${row}`;
  const G = (row: number) => cell(F.growth, row);
  const W = (row: number) => cell(F.wage, row);
  const P = (row: number) => cell(F.price, row);
  /** customers_s(m) = customers × (1 + g_s)^(y(m) − 1) (DOMAIN "Growth"). */
  const customersAt = (k: number, row: number) => `${N.seg(p, k, 'Customers')}*(1+${N.seg(p, k, 'Growth')})^(MAX(1,${cell(cols.year, row)})-1)`;
  const valueFormula: ((row: number) => string)[] = r.lines.map((_, i) => {
    const f = lineFormula(i);
    // Past the horizon every line is zero: the in-horizon column (1 or 0) multiplies it.
    return (row) => `${f(row)}*${IH(row)}`;
  });
  function lineFormula(i: number): (row: number) => string {
    const h = (name: string) => `*(1-${name})`;
    if (i < nRev) {
      const l = s.revenueLines[i];
      if (!l) throw new Error('unreachable');
      const n = (k: Parameters<typeof N.rev>[2]) => N.rev(p, i, k);
      const rc = rampCol(i);
      if (l.kind === 'acquisition')
        return (row) => `${n('Opportunities')}*${n('ConversionUplift')}*${n('FirstYearValue')}*${cell(rc, row)}*${n('Margin')}${h(n('Haircut'))}`;
      const k = segIndex.get(l.segmentId) ?? 0;
      const g = (key: Parameters<typeof N.seg>[2]) => N.seg(p, k, key);
      if (l.kind === 'expansion')
        return (row) => `${customersAt(k, row)}*${g('ARPU')}/${K.monthsPerYear}*${n('Uplift')}*${cell(rc, row)}*${g('Margin')}${h(n('Haircut'))}`;
      const kc = cols.kept.get(i) ?? 0;
      return (row) => `${cell(kc, row)}*${g('ARPU')}/${K.monthsPerYear}*${g('Margin')}${h(n('Haircut'))}`;
    }
    if (i < nRev + nSav) {
      const si = i - nRev;
      const l = s.savingLines[si];
      if (!l) throw new Error('unreachable');
      const n = (k: Parameters<typeof N.sav>[2]) => N.sav(p, si, k);
      const rc = rampCol(i);
      switch (l.kind) {
        case 'deflection':
          return (row) => `${cell(cols.deflected, row)}*(${svc('AssistedCost')}*${W(row)}-${svc('SelfServiceCost')}*${P(row)})${h(n('Haircut'))}`;
        case 'ai':
          return (row) => `${cell(cols.aiResolved, row)}*(${svc('AssistedCost')}*${W(row)}-${svc('AiCost')}*${P(row)})${h(n('Haircut'))}`;
        case 'handleTime':
          return (row) => `${cell(cols.assisted, row)}*${n('AHTReduction')}/${K.minutesPerHour}*${svc('AgentHourCost')}*${W(row)}*${cell(rc, row)}${h(n('Haircut'))}`;
        case 'escalation':
          return (row) =>
            `${n('Escalations')}*${n('Handoffs')}*${n('MinutesPerHandoff')}/${K.minutesPerHour}*${G(row)}*${svc('AgentHourCost')}*${W(row)}*${cell(rc, row)}${h(n('Haircut'))}`;
      }
    }
    const ci = i - nRev - nSav;
    const n = (k: Parameters<typeof N.cost>[2]) => N.cost(p, ci, k);
    // Paid in every month from its first to its last (the Costs sheet works both out from the kind);
    // a recurring cost rises with cost inflation, a one-off is entered at its nominal amount.
    return (row) => `IF(AND(${A(row)}>=${n('First')},${A(row)}<=${n('Last')}),${n('Monthly')}*IF(${choiceIs(n('Kind'), 'costKind', 'recurring')},${P(row)},1),0)`;
  }

  const benefitCols = r.lines.flatMap((l, i) => (l.group === 'cost' ? [] : [cols.value[i] ?? 0]));
  const costCols = r.lines.flatMap((l, i) => (l.group === 'cost' ? [cols.value[i] ?? 0] : []));
  const sumOf = (cs: number[], row: number) => {
    const first = cs[0];
    const last = cs[cs.length - 1];
    return first === undefined || last === undefined ? null : `SUM(${cell(first, row)}:${cell(last, row)})`;
  };
  const dRamp = deflIndex >= 0 ? rampCol(nRev + deflIndex) : 0;
  const aRamp = aiIndex >= 0 ? rampCol(nRev + aiIndex) : 0;

  // ---- months ----
  // Every monthly formula is its column's first one copied down; FillDown stores it once per column.
  const fill = new FillDown(ws);
  for (let m = 0; m <= MAX; m++) {
    const row = firstRow + m;
    const inH = m <= H;
    num(ws, row, cols.month, m, '0', true);
    fill.formula(row, cols.year, `IF(${A(row)}=0,0,ROUNDUP(${A(row)}/${K.monthsPerYear},0))`, m === 0 ? 0 : Math.ceil(m / 12), '0');
    // Monthly (v1): (1 + rm)^−m; year-end (TEI): (1 + r)^−y, month 0 (year 0) at 1.
    fill.formula(
      row,
      cols.df,
      `IF(${choiceIs(N.discounting, 'discounting', 'yearEnd')},(1+${N.discountRate})^(-${cell(cols.year, row)}),IF(${choiceIs(N.discounting, 'discounting', 'monthly')},(1+${N.monthlyRate})^(-${A(row)}),NA()))`,
      full.discountFactors[m] ?? 0,
      f.df,
    );
    fill.formula(row, cols.inHorizon, `IF(${A(row)}<=${N.horizon},1,0)`, inH ? 1 : 0, '0');
    fin.timeColumns(fill, row, m);
    for (const rp of ramps) fill.formula(row, rp.col, rp.f(row), rp.values[m] ?? 0, f.pct);

    // D(m), A(m): only in-scope moments count (the Scope column is 1 or 0).
    if (hasMoments && deflIndex >= 0)
      fill.formula(row, cols.deflected, `SUM(${vd})*${cell(dRamp, row)}*${G(row)}`, full.volume.deflected[m] ?? 0, f.dec);
    else num(ws, row, cols.deflected, 0, f.dec, true);
    if (hasMoments && aiIndex >= 0) {
      // AI resolves what deflection left: v·α, less v·δ·α for the share deflection already reaches.
      const minusDeflected = deflIndex >= 0 ? `-${cell(dRamp, row)}*SUM(${vda})` : '';
      fill.formula(row, cols.aiResolved, `(SUM(${va})${minusDeflected})*${cell(aRamp, row)}*${G(row)}`, full.volume.aiResolved[m] ?? 0, f.dec);
    } else num(ws, row, cols.aiResolved, 0, f.dec, true);
    // V(m) = V × G(m); D and A already carry G.
    fill.formula(row, cols.assisted, `MAX(0,${N.baseline(p)}*${G(row)}-${cell(cols.deflected, row)}-${cell(cols.aiResolved, row)})`, full.volume.assisted[m] ?? 0, f.dec);

    for (const [i, kc] of cols.kept) {
      const l = s.revenueLines[i];
      if (!l || l.kind !== 'retention') continue;
      const k = segIndex.get(l.segmentId) ?? 0;
      const g = (key: Parameters<typeof N.seg>[2]) => N.seg(p, k, key);
      const v = kept.get(i)?.[m] ?? 0;
      // kept(0) = 0: nobody is saved before the programme starts.
      if (m === 0) num(ws, row, kc, 0, f.int, true);
      else
        fill.formula(
          row,
          kc,
          `${cell(kc, row - 1)}*(1-${g('Churn')}/${K.monthsPerYear})+${customersAt(k, row)}*(${g('Churn')}/${K.monthsPerYear})*${N.rev(p, i, 'Rho')}*${cell(rampCol(i), row)}`,
          v,
          f.int,
        );
    }
    r.lines.forEach((l, i) => {
      const vc = cols.value[i];
      const vf = valueFormula[i];
      if (vc !== undefined && vf) fill.formula(row, vc, vf(row), inH ? (l.value[m] ?? 0) : 0, f.money);
    });
    const b = sumOf(benefitCols, row);
    if (b) fill.formula(row, cols.benefits, b, r.benefits[m] ?? 0, f.money);
    else num(ws, row, cols.benefits, 0, f.money, true);
    const c = sumOf(costCols, row);
    if (c) fill.formula(row, cols.costs, c, r.costs[m] ?? 0, f.money);
    else num(ws, row, cols.costs, 0, f.money, true);
    fin.taxBlock(fill, row, m);
    fill.formula(row, cols.net, fin.netFormula(row), r.net[m] ?? 0, f.money);
    const cum = r.cumulative[Math.min(m, H)] ?? 0;
    fill.formula(row, cols.cumulative, m === 0 ? cell(cols.net, row) : `${cell(cols.cumulative, row - 1)}+${cell(cols.net, row)}`, cum, f.money);
    // 1 where the cumulative net is at or above zero within the horizon: the Summary takes the first such month.
    fill.formula(row, cols.payback, `IF(AND(${A(row)}>=1,${IH(row)}=1,${cell(cols.cumulative, row)}>=0),1,0)`, m >= 1 && inH && cum >= 0 ? 1 : 0, '0');
    fin.afterNet(fill, row, m);
  }

  const last = plan.lastRow;
  const def = (key: Parameters<typeof N.cf>[1], col: number) => ctx.define(N.cf(p, key), ws.name, firstRow, col, last, col);
  def('Month', cols.month);
  def('Year', cols.year);
  def('DF', cols.df);
  def('Benefits', cols.benefits);
  def('Costs', cols.costs);
  def('Net', cols.net);
  def('Cumulative', cols.cumulative);
  def('Payback', cols.payback);
  fin.define();

  // Months past the horizon are zero by formula; grey them so nobody reads them as part of the case.
  ws.addConditionalFormatting({
    ref: `${ref(firstRow, 1)}:${ref(last, cols.last)}`,
    rules: [{ type: 'expression', priority: 1, formulae: [`${A(firstRow)}>${N.horizon}`], style: GREY }],
  });

  ws.getColumn(cols.month).width = 8;
  ws.getColumn(cols.year).width = 6;
  ws.getColumn(cols.df).width = 11;
  for (let col = cols.df + 1; col <= cols.last; col++) ws.getColumn(col).width = 14;
  ws.getRow(hr).height = 45;
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: hr }];
}
