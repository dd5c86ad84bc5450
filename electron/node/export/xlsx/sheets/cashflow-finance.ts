/**
 * The Cash flow columns Model v2 adds (docs/method.md, "Conventions" and "Results"), as helper columns a reader can follow
 * rather than one long formula per month:
 *   Calendar month  = DATE(YEAR(start), MONTH(start) + m − 1, 1)           (start: Case_StartMonth)
 *   Fiscal year     = YEAR + 1 when the fiscal year starts after January and MONTH ≥ its first month
 *   G(m)            = (1 + volume growth)^(y − 1) with an overridden V, else Σ_s contacts_s × (1 + g_s)^(y − 1) / V
 *   W(m), P(m)      = (1 + wage / cost inflation)^(y − 1)
 *   Depreciation    = capex paid in the last L months (month 0 counts as month 1) ÷ L, within the horizon
 *   Taxable(m)      = B − Opex − Dep;  Tax = T × Taxable (negative = a shield);  Net = B − Opex − Capex − Tax
 *   Discounted cumulative = Σ Net × DF;  hours saved and FTE = hours ÷ productive hours a month.
 * Every cached result is the engine's figure for that month (months past the horizon: zero flows).
 */
import type { Worksheet } from 'exceljs';
import { MAX_HORIZON_MONTHS } from '@shared/case/fields';
import { calendarMonthOf, fiscalYearOf } from '@shared/engine/calendar';
import { escalation } from '@shared/engine/growth';
import { depreciationSeries } from '@shared/engine/tax';
import { colLetter, formula, type FillDown, text } from '../cells';
import { choiceIs } from '../choices';
import { K } from '../constants';
import { N, type Ctx, type ScenarioPlan } from '../context';

/** Excel's serial number of the first day of a calendar month (day 1 = 1900-01-01, with Excel's 1900 leap day). */
export function dateSerial(year: number, month: number): number {
  const EPOCH_OFFSET = 25_569; // 1970-01-01 as an Excel serial
  return Date.UTC(year, month - 1, 1) / 86_400_000 + EPOCH_OFFSET;
}

/** A month's Excel date as the calendar column computes it (month 0 is the month before the start). */
function calendarSerial(start: string, m: number): number {
  const cm = calendarMonthOf(start, m);
  return dateSerial(cm.year, cm.month);
}

export interface FinanceWriter {
  /** Row 3 (start date, first fiscal year) and the new column headings. */
  header(ws: Worksheet, head: (col: number, label: string) => void): void;
  /** Calendar, fiscal year, G, W, P of one month: before the lines, which read them. */
  timeColumns(fill: FillDown, row: number, m: number): void;
  /** Opex, capex, depreciation, taxable result and tax of one month: between the costs and the net. */
  taxBlock(fill: FillDown, row: number, m: number): void;
  /** The net after tax (replaces v1's B − C). */
  netFormula(row: number): string;
  /** Discounted cumulative, its payback flag, hours saved and FTE: after the net. */
  afterNet(fill: FillDown, row: number, m: number): void;
  define(): void;
}

export function financeWriter(ctx: Ctx, plan: ScenarioPlan, ws: Worksheet): FinanceWriter {
  const { s, r, p, cols, firstRow } = plan;
  const F = cols.fin;
  const L = ctx.L.finance;
  const f = ctx.f;
  const H = ctx.c.horizonMonths;
  const nRev = s.revenueLines.length;
  const nSav = s.savingLines.length;
  const esc = escalation({ ...ctx.c, horizonMonths: MAX_HORIZON_MONTHS }, s);
  const cell = (col: number, row: number) => `${colLetter(col)}${row}`;
  const A = (row: number) => `$${colLetter(cols.month)}${row}`;
  const IH = (row: number) => `$${colLetter(cols.inHorizon)}${row}`;
  const Y = (row: number) => cell(cols.year, row);
  /** (1 + rate)^(y(m) − 1), month 0 at 1 as in the engine. */
  const step = (rate: string, row: number) => `(1+${rate})^(MAX(1,${Y(row)})-1)`;
  const startDate = N.cf(p, 'StartDate');
  const firstFy = N.cf(p, 'FirstFiscalYear');
  const fyOf = (date: string) => `YEAR(${date})+IF(AND(${N.fiscalYearStart}>1,MONTH(${date})>=${N.fiscalYearStart}),1,0)`;
  const within = (xs: readonly number[], m: number) => (m <= H ? (xs[m] ?? 0) : 0);
  const costIndex = (ci: number) => nRev + nSav + ci;
  const accounting = (ci: number) => N.cost(p, ci, 'Accounting');
  const dep = s.costLines.map((l, ci) => (l.accounting === 'capex' ? depreciationSeries(r.lines[costIndex(ci)]?.value ?? [], l.lifeMonths, H) : []));
  const flows = r.taxFlows;
  const svc = (k: Parameters<typeof N.svc>[1]) => N.svc(p, k);
  const sumOr0 = (terms: string[]) => (terms.length ? terms.join('+') : '0');

  // G(m) with a derived baseline: each segment's monthly contacts grown by its own rate, over V.
  const grownContacts = (row: number) => sumOr0(s.segments.map((_, k) => `${N.seg(p, k, 'MonthlyContacts')}*${step(N.seg(p, k, 'Growth'), row)}`));

  // Hours saved (a KPI): deflected and AI-resolved contacts at the full handle time, the handle-time
  // lines' minutes on what is still assisted, and the escalation hand-offs avoided (DOMAIN "FTE").
  const hoursTerms = (row: number): string[] => {
    const terms = [`(${cell(cols.deflected, row)}+${cell(cols.aiResolved, row)})*${svc('AHT')}/${K.minutesPerHour}`];
    s.savingLines.forEach((l, i) => {
      const n = (k: Parameters<typeof N.sav>[2]) => N.sav(p, i, k);
      const ramp = cell(cols.ramp.get(nRev + i) ?? 0, row);
      if (l.kind === 'handleTime') terms.push(`${cell(cols.assisted, row)}*${n('AHTReduction')}/${K.minutesPerHour}*${ramp}`);
      if (l.kind === 'escalation') terms.push(`${n('Escalations')}*${n('Handoffs')}*${n('MinutesPerHandoff')}/${K.minutesPerHour}*${cell(F.growth, row)}*${ramp}`);
    });
    return terms;
  };

  return {
    header(ws2, head) {
      const L3 = 3;
      text(ws2, L3, 1, L.startDate);
      ws2.mergeCells(L3, 1, L3, 3);
      const start = calendarMonthOf(ctx.c.startMonth, 1);
      // The start month is text (2027-03): read as the first day of that month.
      formula(ws2, L3, 4, `DATEVALUE(${N.startMonth}&"-01")`, dateSerial(start.year, start.month), L.dateFormat);
      ctx.define(startDate, ws2.name, L3, 4);
      text(ws2, L3, 5, L.firstFiscalYear);
      formula(ws2, L3, 6, fyOf(startDate), fiscalYearOf(start, ctx.c.fiscalYearStartMonth), '0');
      ctx.define(firstFy, ws2.name, L3, 6);
      head(F.calendar, L.calendar);
      head(F.fiscalYear, L.fiscalYear);
      head(F.growth, L.growth);
      head(F.wage, L.wage);
      head(F.price, L.price);
      const cur = ctx.c.currency;
      head(F.opex, `${L.opex} (${cur})`);
      head(F.capex, `${L.capex} (${cur})`);
      s.costLines.forEach((l, ci) => head(F.dep[ci] ?? 0, `${L.depreciationOf} – ${l.label} (${cur})`));
      head(F.depreciation, `${L.depreciation} (${cur})`);
      head(F.taxable, `${L.taxable} (${cur})`);
      head(F.tax, `${L.tax} (${cur})`);
      head(F.discountedCumulative, `${L.discountedCumulative} (${cur})`);
      head(F.discountedPayback, L.discountedPaybackCheck);
      head(F.hours, L.hours);
      head(F.fte, L.fte);
    },

    timeColumns(fill, row, m) {
      const cm = calendarMonthOf(ctx.c.startMonth, m);
      fill.formula(row, F.calendar, `DATE(YEAR(${startDate}),MONTH(${startDate})+${A(row)}-1,1)`, calendarSerial(ctx.c.startMonth, m), L.dateFormat);
      fill.formula(row, F.fiscalYear, `IF(${A(row)}=0,0,${fyOf(cell(F.calendar, row))})`, m === 0 ? 0 : fiscalYearOf(cm, ctx.c.fiscalYearStartMonth), '0');
      const override = svc('VolumeOverride');
      fill.formula(
        row,
        F.growth,
        `IF(ISNUMBER(${override}),${step(svc('VolumeGrowth'), row)},IF(${N.baseline(p)}>0,(${grownContacts(row)})/${N.baseline(p)},1))`,
        esc.volume[m] ?? 1,
        f.df,
      );
      fill.formula(row, F.wage, step(N.wageInflation, row), esc.wage[m] ?? 1, f.df);
      fill.formula(row, F.price, step(N.costInflation, row), esc.cost[m] ?? 1, f.df);
    },

    taxBlock(fill, row, m) {
      const value = (ci: number) => cell(cols.value[costIndex(ci)] ?? 0, row);
      const opex = s.costLines.map((_, ci) => `IF(${choiceIs(accounting(ci), 'accounting', 'capex')},0,${value(ci)})`);
      const capex = s.costLines.map((_, ci) => `IF(${choiceIs(accounting(ci), 'accounting', 'capex')},${value(ci)},0)`);
      fill.formula(row, F.opex, sumOr0(opex), within(flows.opex, m), f.money);
      fill.formula(row, F.capex, sumOr0(capex), within(flows.capex, m), f.money);
      s.costLines.forEach((_, ci) => {
        const vc = colLetter(cols.value[costIndex(ci)] ?? 0);
        const life = N.cost(p, ci, 'Life');
        const col = `${vc}$${firstRow}:${vc}$${plan.lastRow}`;
        // Paid in months m − L + 1 .. m; month 0's payment depreciates from month 1, so it counts while month 1 does.
        const from = `IF(${A(row)}-${life}+1<=1,0,${A(row)}-${life}+1)+1`;
        fill.formula(
          row,
          F.dep[ci] ?? 0,
          `IF(${choiceIs(accounting(ci), 'accounting', 'capex')},IF(${A(row)}>=1,SUM(INDEX(${col},${from}):${vc}${row})/${life},0),IF(${choiceIs(accounting(ci), 'accounting', 'opex')},0,NA()))*${IH(row)}`,
          within(dep[ci] ?? [], m),
          f.money,
        );
      });
      const deps = s.costLines.map((_, ci) => cell(F.dep[ci] ?? 0, row));
      fill.formula(row, F.depreciation, sumOr0(deps), within(flows.depreciation, m), f.money);
      fill.formula(row, F.taxable, `${cell(cols.benefits, row)}-${cell(F.opex, row)}-${cell(F.depreciation, row)}`, within(flows.taxable, m), f.money);
      fill.formula(row, F.tax, `${N.taxRate}*${cell(F.taxable, row)}`, within(flows.tax, m), f.money);
    },

    netFormula(row) {
      return `${cell(cols.benefits, row)}-${cell(cols.costs, row)}-${cell(F.tax, row)}`;
    },

    afterNet(fill, row, m) {
      const dc = r.discountedCumulative[Math.min(m, H)] ?? 0;
      const prev = m === 0 ? '' : `${cell(F.discountedCumulative, row - 1)}+`;
      fill.formula(row, F.discountedCumulative, `${prev}${cell(cols.net, row)}*${cell(cols.df, row)}`, dc, f.money);
      fill.formula(
        row,
        F.discountedPayback,
        `IF(AND(${A(row)}>=1,${IH(row)}=1,${cell(F.discountedCumulative, row)}>=0),1,0)`,
        m >= 1 && m <= H && dc >= 0 ? 1 : 0,
        '0',
      );
      fill.formula(row, F.hours, `(${hoursTerms(row).join('+')})*${IH(row)}`, within(r.fte.hours, m), f.dec);
      fill.formula(row, F.fte, `${cell(F.hours, row)}/${svc('ProductiveHours')}`, within(r.fte.fte, m), f.dec);
    },

    define() {
      const def = (key: Parameters<typeof N.cf>[1], col: number) => ctx.define(N.cf(p, key), ws.name, firstRow, col, plan.lastRow, col);
      def('InHorizon', cols.inHorizon);
      def('FiscalYear', F.fiscalYear);
      def('Growth', F.growth);
      def('Opex', F.opex);
      def('Capex', F.capex);
      def('Depreciation', F.depreciation);
      def('Taxable', F.taxable);
      def('Tax', F.tax);
      def('DiscountedCumulative', F.discountedCumulative);
      def('DiscountedPayback', F.discountedPayback);
      def('Hours', F.hours);
      def('FTE', F.fte);
    },
  };
}
