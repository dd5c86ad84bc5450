/**
 * Assumptions: every input of the case, one row each (label, unit, value, source, published range),
 * and a defined name on each value cell. Every other sheet reads the inputs through these names,
 * so changing a value here moves every total.
 */
import type { Worksheet } from 'exceljs';
import { citation, figure, type Figure, type FigureId } from '../../../../../shared/benchmarks/library';
import { monthlyRate } from '../../../../../shared/engine/time';
import { bool, formula, num, text } from '../cells';
import { N, type Ctx, type ScenarioPlan } from '../context';
import type { Labels } from '../labels';

type Unit = 'money' | 'money2' | 'fraction' | 'count' | 'perMonth' | 'perYear' | 'month' | 'months' | 'minutes' | 'flag' | 'choice' | 'score';

interface InputRow {
  item: string;
  label: string;
  unit: Unit;
  value: number | boolean | string | null;
  name: string;
  source?: string;
  figure?: FigureId;
  notes?: string;
}

const COLS = { scenario: 1, item: 2, input: 3, unit: 4, value: 5, source: 6, range: 7, name: 8, notes: 9 } as const;

function shownFigureValue(f: Figure, x: number, lang: 'en' | 'it'): string {
  const dec = lang === 'it' ? ',' : '.';
  const n = (v: number) => String(+v.toFixed(2)).replace('.', dec);
  if (f.unit === 'fraction') return `${n(x * 100)}%`;
  if (f.unit === 'USD') return `$${n(x)}`;
  return n(x);
}

/** "25%–40% (typical 25%–30%) — Seed article 001 (…)"; a headline figure where no range is published. */
export function publishedRange(id: FigureId, lang: 'en' | 'it'): string {
  const f = figure(id);
  const v = (x: number) => shownFigureValue(f, x, lang);
  let s: string;
  if (f.low !== null && f.high !== null) s = `${v(f.low)}–${v(f.high)}`;
  else s = v(f.value);
  if (f.typicalLow !== undefined && f.typicalHigh !== undefined)
    s += lang === 'it' ? ` (tipico ${v(f.typicalLow)}–${v(f.typicalHigh)})` : ` (typical ${v(f.typicalLow)}–${v(f.typicalHigh)})`;
  return `${s} — ${citation(f, lang)}`;
}

function unitText(u: Unit, ctx: Ctx): string {
  const U = ctx.L.units;
  switch (u) {
    case 'money':
    case 'money2':
      return ctx.c.currency;
    case 'fraction':
      return U.fraction;
    case 'count':
      return U.count;
    case 'perMonth':
      return U.perMonth;
    case 'perYear':
      return U.perYear;
    case 'month':
      return U.month;
    case 'months':
      return U.months;
    case 'minutes':
      return U.minutes;
    case 'flag':
      return U.flag;
    case 'choice':
      return U.choice;
    case 'score':
      return U.score;
  }
}

function unitFormat(u: Unit, ctx: Ctx): string | undefined {
  switch (u) {
    case 'money':
      return ctx.f.money;
    case 'money2':
      return ctx.f.money2;
    case 'fraction':
      return ctx.f.pct;
    case 'count':
    case 'perMonth':
    case 'perYear':
    case 'minutes':
      return ctx.f.dec;
    case 'month':
    case 'months':
      return '0';
    default:
      return undefined;
  }
}

function timingRows(A: Labels['assumptions'], item: string, l: { startMonth: number; rampMonths: number; haircut: number; enabled: boolean; source: string }, name: (k: 'Start' | 'Ramp' | 'Haircut' | 'Enabled') => string): InputRow[] {
  return [
    { item, label: A.startMonth, unit: 'month', value: l.startMonth, name: name('Start') },
    { item, label: A.rampMonths, unit: 'months', value: l.rampMonths, name: name('Ramp') },
    { item, label: A.haircut, unit: 'fraction', value: l.haircut, name: name('Haircut'), figure: 'haircut', source: l.source },
    { item, label: A.enabled, unit: 'flag', value: l.enabled, name: name('Enabled') },
  ];
}

function scenarioRows(ctx: Ctx, plan: ScenarioPlan): InputRow[] {
  const { s, p } = plan;
  const A = ctx.L.assumptions;
  const rows: InputRow[] = [];
  const svc = s.service;
  const item = A.service;
  rows.push(
    { item, label: A.assistedCost, unit: 'money2', value: svc.assistedCostPerContact, name: N.svc(p, 'AssistedCost'), figure: 'costPerContactAssisted' },
    { item, label: A.selfServiceCost, unit: 'money2', value: svc.selfServiceCostPerContact, name: N.svc(p, 'SelfServiceCost'), figure: 'costPerContactSelfService' },
    { item, label: A.aiCost, unit: 'money2', value: svc.aiCostPerResolution, name: N.svc(p, 'AiCost') },
    { item, label: A.agentHourCost, unit: 'money2', value: svc.agentHourCost, name: N.svc(p, 'AgentHourCost') },
    { item, label: A.aht, unit: 'minutes', value: svc.averageHandleTimeMinutes, name: N.svc(p, 'AHT') },
    { item, label: A.resolutionRate, unit: 'fraction', value: svc.resolutionRate, name: N.svc(p, 'ResolutionRate') },
    { item, label: A.volumeOverride, unit: 'perMonth', value: svc.volumeOverride, name: N.svc(p, 'VolumeOverride') },
  );
  s.segments.forEach((g, k) => {
    const n = (key: Parameters<typeof N.seg>[2]) => N.seg(p, k, key);
    rows.push(
      { item: g.name, label: ctx.L.segments.tier, unit: 'choice', value: g.tier, name: n('Tier'), notes: g.notes },
      { item: g.name, label: ctx.L.segments.priority, unit: 'flag', value: g.priority, name: n('Priority') },
      { item: g.name, label: A.customers, unit: 'count', value: g.customers, name: n('Customers') },
      { item: g.name, label: A.arpu, unit: 'money', value: g.arpu, name: n('ARPU') },
      { item: g.name, label: A.margin, unit: 'fraction', value: g.grossMargin, name: n('Margin') },
      { item: g.name, label: A.churn, unit: 'fraction', value: g.annualChurn, name: n('Churn') },
      { item: g.name, label: A.cac, unit: 'money', value: g.cac, name: n('CAC') },
      { item: g.name, label: A.contacts, unit: 'perYear', value: g.contactsPerCustomerYear, name: n('Contacts') },
    );
  });
  s.moments.forEach((m, j) => {
    const n = (key: Parameters<typeof N.mom>[2]) => N.mom(p, j, key);
    rows.push(
      { item: m.name, label: ctx.L.moments.intent, unit: 'choice', value: m.intent, name: n('Intent'), notes: m.notes },
      { item: m.name, label: ctx.L.moments.channel, unit: 'choice', value: m.channel, name: n('Channel') },
      { item: m.name, label: A.volumeMode, unit: 'choice', value: m.volumeMode, name: n('Mode') },
      { item: m.name, label: A.volume, unit: m.volumeMode === 'share' ? 'fraction' : 'perMonth', value: m.volume, name: n('Volume') },
      { item: m.name, label: A.automatable, unit: 'flag', value: m.automatable, name: n('Automatable') },
      { item: m.name, label: A.protected, unit: 'flag', value: m.protected, name: n('Protected') },
      { item: m.name, label: A.deflection, unit: 'fraction', value: m.deflectionRate, name: n('Deflection'), figure: 'deflectionRate' },
      { item: m.name, label: A.aiRate, unit: 'fraction', value: m.aiResolutionRate, name: n('AIRate'), figure: 'aiResolutionRate' },
      { item: m.name, label: A.satisfaction, unit: 'fraction', value: m.satisfaction, name: n('Satisfaction') },
    );
  });
  s.revenueLines.forEach((l, i) => {
    const n = (key: Parameters<typeof N.rev>[2]) => N.rev(p, i, key);
    const it = l.label;
    switch (l.kind) {
      case 'retention':
        rows.push(
          { item: it, label: A.churnMode, unit: 'choice', value: l.churnReductionMode, name: n('Mode'), notes: l.notes },
          { item: it, label: A.churnReduction, unit: 'fraction', value: l.churnReduction, name: n('ChurnReduction'), figure: 'churnReduction12m' },
          { item: it, label: A.dissatisfiedNow, unit: 'fraction', value: l.dissatisfiedNow, name: n('DissatisfiedNow') },
          { item: it, label: A.dissatisfiedTarget, unit: 'fraction', value: l.dissatisfiedTarget, name: n('DissatisfiedTarget') },
        );
        break;
      case 'expansion':
        rows.push({ item: it, label: A.uplift, unit: 'fraction', value: l.uplift, name: n('Uplift'), figure: 'expansionUplift', notes: l.notes });
        break;
      case 'acquisition':
        rows.push(
          { item: it, label: A.opportunities, unit: 'perMonth', value: l.opportunitiesPerMonth, name: n('Opportunities'), notes: l.notes },
          { item: it, label: A.conversionUplift, unit: 'fraction', value: l.conversionUplift, name: n('ConversionUplift') },
          { item: it, label: A.firstYearValue, unit: 'money', value: l.firstYearValue, name: n('FirstYearValue') },
          { item: it, label: A.margin, unit: 'fraction', value: l.grossMargin, name: n('Margin') },
        );
        break;
    }
    rows.push(...timingRows(A, it, l, (k) => n(k)));
  });
  s.savingLines.forEach((l, i) => {
    const n = (key: Parameters<typeof N.sav>[2]) => N.sav(p, i, key);
    const it = l.label;
    if (l.kind === 'handleTime') rows.push({ item: it, label: A.ahtReduction, unit: 'minutes', value: l.ahtReductionMinutes, name: n('AHTReduction'), notes: l.notes });
    if (l.kind === 'escalation')
      rows.push(
        { item: it, label: A.escalations, unit: 'perMonth', value: l.escalationsPerMonth, name: n('Escalations'), notes: l.notes },
        { item: it, label: A.handoffs, unit: 'count', value: l.handoffsAvoided, name: n('Handoffs') },
        { item: it, label: A.minutesPerHandoff, unit: 'minutes', value: l.minutesPerHandoff, name: n('MinutesPerHandoff') },
      );
    rows.push(...timingRows(A, it, l, (k) => n(k)));
  });
  s.costLines.forEach((l, i) => {
    const n = (key: Parameters<typeof N.cost>[2]) => N.cost(p, i, key);
    const it = l.label;
    rows.push(
      { item: it, label: ctx.L.lines.category, unit: 'choice', value: l.category, name: n('Category'), notes: l.notes },
      { item: it, label: A.costKind, unit: 'choice', value: l.kind, name: n('Kind') },
      { item: it, label: A.amount, unit: 'money', value: l.amount, name: n('Amount'), source: l.source },
      { item: it, label: A.month, unit: 'month', value: l.month, name: n('Month') },
      { item: it, label: A.contingency, unit: 'fraction', value: l.contingency, name: n('Contingency') },
      { item: it, label: A.enabled, unit: 'flag', value: l.enabled, name: n('Enabled') },
    );
  });
  const competitorIndex = new Map(s.competitors.map((x, k) => [x.id, k]));
  for (const m of s.metrics) {
    const it = ctx.L.benchmarks.names[m.metric];
    rows.push(
      { item: it, label: A.ours, unit: 'score', value: m.ours, name: N.metric(p, m.metric, 'Ours'), source: m.source },
      { item: it, label: A.market, unit: 'score', value: m.market, name: N.metric(p, m.metric, 'Market') },
      { item: it, label: A.target, unit: 'score', value: m.target, name: N.metric(p, m.metric, 'Target') },
    );
    for (const v of m.competitors) {
      const k = competitorIndex.get(v.competitorId);
      const comp = k === undefined ? undefined : s.competitors[k];
      if (k === undefined || !comp) continue;
      rows.push({ item: it, label: comp.name, unit: 'score', value: v.value, name: N.metric(p, m.metric, `Cmp${k + 1}`) });
    }
  }
  return rows;
}

function writeRow(ctx: Ctx, ws: Worksheet, row: number, scenario: string, x: InputRow): void {
  text(ws, row, COLS.scenario, scenario);
  text(ws, row, COLS.item, x.item);
  text(ws, row, COLS.input, x.label);
  text(ws, row, COLS.unit, unitText(x.unit, ctx));
  const fmt = unitFormat(x.unit, ctx);
  if (typeof x.value === 'number') num(ws, row, COLS.value, x.value, fmt);
  else if (typeof x.value === 'boolean') bool(ws, row, COLS.value, x.value);
  else if (typeof x.value === 'string') text(ws, row, COLS.value, x.value);
  else if (fmt) ws.getCell(row, COLS.value).numFmt = fmt;
  ws.getCell(row, COLS.value).font = { color: { argb: 'FF1F4E9A' } };
  if (x.source) text(ws, row, COLS.source, x.source);
  if (x.figure) text(ws, row, COLS.range, publishedRange(x.figure, ctx.lang));
  text(ws, row, COLS.name, x.name);
  if (x.notes) text(ws, row, COLS.notes, x.notes);
  ctx.define(x.name, ws.name, row, COLS.value);
}

export function writeAssumptions(ctx: Ctx): void {
  const ws = ctx.sheet('assumptions');
  const L = ctx.L;
  const C = L.common;
  const head = [C.scenario, C.item, C.input, C.unit, C.value, C.source, C.publishedRange, C.definedName, C.notes];
  head.forEach((h, i) => (text(ws, 1, i + 1, h).font = { bold: true }));
  let row = 2;
  const caseItem = C.case;
  writeRow(ctx, ws, row++, C.case, {
    item: caseItem,
    label: L.assumptions.discountRate,
    unit: 'fraction',
    value: ctx.c.discountRate,
    name: N.discountRate,
    figure: 'discountRate',
  });
  // Derived, not an input: kept here beside the rate it comes from (DOMAIN "Time").
  text(ws, row, COLS.scenario, C.case);
  text(ws, row, COLS.item, caseItem);
  text(ws, row, COLS.input, L.assumptions.monthlyRate);
  text(ws, row, COLS.unit, `${L.units.fraction} (${C.derived})`);
  formula(ws, row, COLS.value, `(1+${N.discountRate})^(1/12)-1`, monthlyRate(ctx.c.discountRate), '0.0000%');
  text(ws, row, COLS.name, N.monthlyRate);
  ctx.define(N.monthlyRate, ws.name, row, COLS.value);
  row++;
  writeRow(ctx, ws, row++, C.case, { item: caseItem, label: L.assumptions.horizon, unit: 'months', value: ctx.c.horizonMonths, name: N.horizon, notes: C.structural });
  for (const plan of ctx.plans) for (const x of scenarioRows(ctx, plan)) writeRow(ctx, ws, row++, plan.s.name, x);
  const widths = [18, 28, 44, 12, 16, 28, 40, 30, 30];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
  // Finance filters by scenario or item to review one part of the case at a time.
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: row - 1, column: head.length } };
}
