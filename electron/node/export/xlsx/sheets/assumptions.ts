/**
 * Assumptions: every input of the case, one row per assumption with one value column per scenario
 * (the layout: assumptions-side.ts), its unit, source and published range, and a defined name on
 * each value cell. Every other sheet reads the inputs through these names,
 * so changing a value here moves every total.
 *
 * Two kinds of value cell, told apart by colour (the legend beside the table says which):
 * - inputs, which formulas use: blue on pale yellow;
 * - descriptive values (tier, intent, channel, …, the horizon), which no total uses: grey italic,
 *   with the reason in the Notes column, so finance does not edit them expecting a total to move.
 * Every value cell carries a data validation that refuses what the app's schema refuses.
 */
import {
  AcquisitionLineSchema,
  CaseSchema,
  BenchmarkMetricSchema,
  CostLineSchema,
  EscalationLineSchema,
  ExpansionLineSchema,
  HandleTimeLineSchema,
  MetricValueSchema,
  MomentSchema,
  RetentionLineSchema,
  SegmentSchema,
  ServiceSchema,
} from '@shared/case/schema';
import { isPercentMetric } from '@shared/engine/benchmarks';
import { monthlyRate } from '@shared/engine/time';
import { formula, text } from '../cells';
import { K } from '../constants';
import { N, type Ctx, type ScenarioPlan } from '../context';
import type { InputRow } from './assumption-units';
import { caseFinanceRows, costFinanceRows, segmentFinanceRow, serviceFinanceRows } from './assumptions-finance';
import type { Labels } from '../labels';
import { choiceRule, numberRule } from '../validation';
import { mergeRows, sideCols, wrapTexts, writeLegend, writeSideRow } from './assumptions-side';

export { STYLES } from './assumption-units';

const timing = RetentionLineSchema.shape;

function timingRows(A: Labels['assumptions'], item: string, l: { startMonth: number; rampMonths: number; haircut: number; enabled: boolean; source: string }, name: (k: 'Start' | 'Ramp' | 'Haircut' | 'Enabled') => string): InputRow[] {
  return [
    { item, label: A.startMonth, unit: 'month', value: l.startMonth, name: name('Start') },
    { item, label: A.rampMonths, unit: 'months', value: l.rampMonths, name: name('Ramp') },
    { item, label: A.haircut, unit: 'fraction', value: l.haircut, name: name('Haircut'), figure: 'haircut', rule: numberRule(timing.haircut, { percent: true }) },
    { item, label: A.enabled, unit: 'flag', value: l.enabled, name: name('Enabled') },
  ];
}

/**
 * A line's source goes beside the value it supports: the named row, or the line's first row (its
 * main value: the uplift, the opportunities, the minutes saved…; the start month for lines whose
 * rates sit on the moments) — never on the haircut row, which has the haircut's own published range.
 */
function sourceBeside(block: InputRow[], source: string, supported: string | null): void {
  const row = (supported === null ? undefined : block.find((x) => x.name === supported)) ?? block[0];
  if (row && source) row.source = source;
}

/** The field part of a defined name (S1_Seg2_Churn → Churn): with the item's id, the row's key across scenarios. */
const field = (name: string) => name.slice(name.lastIndexOf('_') + 1);

/**
 * Keys the rows from `top` on that have none yet: `${kind}:${id}:${field}`, and, for scenarios made
 * apart rather than copied (their items' ids differ), the fallback `${kind}~${item name}:${field}`.
 */
function tag(rows: InputRow[], top: number, kind: string, id?: string): void {
  for (const x of rows.slice(top)) {
    x.key ??= id === undefined ? `${kind}:${field(x.name)}` : `${kind}:${id}:${field(x.name)}`;
    if (id !== undefined) x.alt ??= `${kind}~${x.item}:${field(x.name)}`;
  }
}

/** A scenario's rows, in the order of the case, each keyed by its item's id and field. */
export function scenarioRows(ctx: Ctx, plan: ScenarioPlan): InputRow[] {
  const { s, p } = plan;
  const A = ctx.L.assumptions;
  const D = ctx.L.descriptive;
  const shownOn = (key: keyof Labels['sheets']) => D.shownOn(ctx.L.sheets[key]);
  const rows: InputRow[] = [];
  const svc = s.service;
  const svcShape = ServiceSchema.shape;
  const item = A.service;
  rows.push(
    { item, label: A.assistedCost, unit: 'money2', value: svc.assistedCostPerContact, name: N.svc(p, 'AssistedCost'), figure: 'costPerContactAssisted' },
    { item, label: A.selfServiceCost, unit: 'money2', value: svc.selfServiceCostPerContact, name: N.svc(p, 'SelfServiceCost'), figure: 'costPerContactSelfService' },
    { item, label: A.aiCost, unit: 'money2', value: svc.aiCostPerResolution, name: N.svc(p, 'AiCost') },
    { item, label: A.agentHourCost, unit: 'money2', value: svc.agentHourCost, name: N.svc(p, 'AgentHourCost') },
    // Used by the hours saved and FTE equivalent columns of the Cash flow sheet (a KPI, no effect on NPV).
    { item, label: A.aht, unit: 'minutes', value: svc.averageHandleTimeMinutes, name: N.svc(p, 'AHT'), notes: ctx.L.finance.notes.aht },
    {
      item,
      label: A.resolutionRate,
      unit: 'fraction',
      value: svc.resolutionRate,
      name: N.svc(p, 'ResolutionRate'),
      rule: numberRule(svcShape.resolutionRate, { percent: true }),
      descriptive: D.kpi,
    },
    { item, label: A.volumeOverride, unit: 'perMonth', value: svc.volumeOverride, name: N.svc(p, 'VolumeOverride'), rule: numberRule(svcShape.volumeOverride), source: svc.volumeSource || undefined },
    ...serviceFinanceRows(ctx, p, item, svc),
  );
  tag(rows, 0, 'svc');
  s.segments.forEach((g, k) => {
    const n = (key: Parameters<typeof N.seg>[2]) => N.seg(p, k, key);
    const top = rows.length;
    rows.push(
      { item: g.name, label: ctx.L.segments.tier, unit: 'choice', value: g.tier, name: n('Tier'), notes: g.notes, rule: choiceRule(SegmentSchema.shape.tier), descriptive: shownOn('segments') },
      { item: g.name, label: ctx.L.segments.priority, unit: 'flag', value: g.priority, name: n('Priority'), descriptive: shownOn('segments') },
      { item: g.name, label: A.customers, unit: 'count', value: g.customers, name: n('Customers'), format: ctx.f.int },
      { item: g.name, label: A.arpu, unit: 'money', value: g.arpu, name: n('ARPU') },
      { item: g.name, label: A.margin, unit: 'fraction', value: g.grossMargin, name: n('Margin') },
      { item: g.name, label: A.churn, unit: 'fraction', value: g.annualChurn, name: n('Churn'), rule: numberRule(SegmentSchema.shape.annualChurn, { percent: true }) },
      { item: g.name, label: A.cac, unit: 'money', value: g.cac, name: n('CAC') },
      { item: g.name, label: A.contacts, unit: 'perYear', value: g.contactsPerCustomerYear, name: n('Contacts') },
      segmentFinanceRow(ctx, p, k, g),
    );
    tag(rows, top, 'seg', g.id);
  });
  s.moments.forEach((m, j) => {
    const n = (key: Parameters<typeof N.mom>[2]) => N.mom(p, j, key);
    const top = rows.length;
    rows.push(
      { item: m.name, label: ctx.L.moments.intent, unit: 'choice', value: m.intent, name: n('Intent'), notes: m.notes, rule: choiceRule(MomentSchema.shape.intent), descriptive: shownOn('moments') },
      { item: m.name, label: ctx.L.moments.channel, unit: 'choice', value: m.channel, name: n('Channel'), rule: choiceRule(MomentSchema.shape.channel), descriptive: shownOn('moments') },
      { item: m.name, label: A.volumeMode, unit: 'choice', value: m.volumeMode, name: n('Mode'), rule: choiceRule(MomentSchema.shape.volumeMode) },
      // The schema bounds the volume as a count whatever the mode (a share above 100% is allowed).
      { item: m.name, label: A.volume, unit: m.volumeMode === 'share' ? 'fraction' : 'perMonth', value: m.volume, name: n('Volume'), rule: numberRule(MomentSchema.shape.volume), source: m.source || undefined },
      { item: m.name, label: A.automatable, unit: 'flag', value: m.automatable, name: n('Automatable') },
      { item: m.name, label: A.protected, unit: 'flag', value: m.protected, name: n('Protected') },
      { item: m.name, label: A.deflection, unit: 'fraction', value: m.deflectionRate, name: n('Deflection'), figure: 'deflectionRate' },
      { item: m.name, label: A.aiRate, unit: 'fraction', value: m.aiResolutionRate, name: n('AIRate'), figure: 'aiResolutionRate' },
      {
        item: m.name,
        label: A.satisfaction,
        unit: 'fraction',
        value: m.satisfaction,
        name: n('Satisfaction'),
        rule: numberRule(MomentSchema.shape.satisfaction, { percent: true }),
        descriptive: shownOn('moments'),
      },
    );
    tag(rows, top, 'mom', m.id);
  });
  s.revenueLines.forEach((l, i) => {
    const n = (key: Parameters<typeof N.rev>[2]) => N.rev(p, i, key);
    const it = l.label;
    const top = rows.length;
    switch (l.kind) {
      case 'retention':
        rows.push(
          { item: it, label: A.churnMode, unit: 'choice', value: l.churnReductionMode, name: n('Mode'), notes: l.notes, rule: choiceRule(RetentionLineSchema.shape.churnReductionMode) },
          { item: it, label: A.churnReduction, unit: 'fraction', value: l.churnReduction, name: n('ChurnReduction'), figure: 'churnReduction12m' },
          { item: it, label: A.dissatisfiedNow, unit: 'fraction', value: l.dissatisfiedNow, name: n('DissatisfiedNow') },
          { item: it, label: A.dissatisfiedTarget, unit: 'fraction', value: l.dissatisfiedTarget, name: n('DissatisfiedTarget') },
        );
        break;
      case 'expansion':
        rows.push({
          item: it,
          label: A.uplift,
          unit: 'fraction',
          value: l.uplift,
          name: n('Uplift'),
          figure: 'expansionUplift',
          notes: l.notes,
          rule: numberRule(ExpansionLineSchema.shape.uplift, { percent: true }),
        });
        break;
      case 'acquisition':
        rows.push(
          { item: it, label: A.opportunities, unit: 'perMonth', value: l.opportunitiesPerMonth, name: n('Opportunities'), notes: l.notes, rule: numberRule(AcquisitionLineSchema.shape.opportunitiesPerMonth) },
          { item: it, label: A.conversionUplift, unit: 'fraction', value: l.conversionUplift, name: n('ConversionUplift') },
          { item: it, label: A.firstYearValue, unit: 'money', value: l.firstYearValue, name: n('FirstYearValue'), rule: numberRule(AcquisitionLineSchema.shape.firstYearValue) },
          { item: it, label: A.margin, unit: 'fraction', value: l.grossMargin, name: n('Margin') },
        );
        break;
    }
    rows.push(...timingRows(A, it, l, (k) => n(k)));
    const supported = l.kind === 'retention' ? n(l.churnReductionMode === 'entered' ? 'ChurnReduction' : 'DissatisfiedNow') : null;
    sourceBeside(rows.slice(top), l.source, supported);
    tag(rows, top, 'rev', l.id);
  });
  s.savingLines.forEach((l, i) => {
    const n = (key: Parameters<typeof N.sav>[2]) => N.sav(p, i, key);
    const it = l.label;
    const top = rows.length;
    if (l.kind === 'handleTime')
      rows.push({ item: it, label: A.ahtReduction, unit: 'minutes', value: l.ahtReductionMinutes, name: n('AHTReduction'), notes: l.notes, rule: numberRule(HandleTimeLineSchema.shape.ahtReductionMinutes) });
    if (l.kind === 'escalation') {
      const e = EscalationLineSchema.shape;
      rows.push(
        { item: it, label: A.escalations, unit: 'perMonth', value: l.escalationsPerMonth, name: n('Escalations'), notes: l.notes, rule: numberRule(e.escalationsPerMonth) },
        { item: it, label: A.handoffs, unit: 'count', value: l.handoffsAvoided, name: n('Handoffs'), rule: numberRule(e.handoffsAvoided) },
        { item: it, label: A.minutesPerHandoff, unit: 'minutes', value: l.minutesPerHandoff, name: n('MinutesPerHandoff'), rule: numberRule(e.minutesPerHandoff) },
      );
    }
    rows.push(...timingRows(A, it, l, (k) => n(k)));
    sourceBeside(rows.slice(top), l.source, null);
    tag(rows, top, 'sav', l.id);
  });
  s.costLines.forEach((l, i) => {
    const n = (key: Parameters<typeof N.cost>[2]) => N.cost(p, i, key);
    const it = l.label;
    const c = CostLineSchema.shape;
    const top = rows.length;
    rows.push(
      { item: it, label: ctx.L.lines.category, unit: 'choice', value: l.category, name: n('Category'), notes: l.notes, rule: choiceRule(c.category), descriptive: shownOn('costs') },
      { item: it, label: A.costKind, unit: 'choice', value: l.kind, name: n('Kind'), rule: choiceRule(c.kind) },
      { item: it, label: A.amount, unit: 'money', value: l.amount, name: n('Amount'), source: l.source, rule: numberRule(c.amount) },
      { item: it, label: A.month, unit: 'month', value: l.month, name: n('Month'), rule: numberRule(c.month, { recurringKind: n('Kind') }) },
      { item: it, label: A.contingency, unit: 'fraction', value: l.contingency, name: n('Contingency'), rule: numberRule(c.contingency, { percent: true }) },
      { item: it, label: A.enabled, unit: 'flag', value: l.enabled, name: n('Enabled') },
      ...costFinanceRows(ctx, p, i, l),
    );
    tag(rows, top, 'cost', l.id);
  });
  const competitorIndex = new Map(s.competitors.map((x, k) => [x.id, k]));
  for (const m of s.metrics) {
    const it = ctx.L.benchmarks.names[m.metric];
    const top = rows.length;
    // CSAT and FCR are fractions shown as percentages; the other metrics in their own unit (points, hours…).
    const score = {
      unit: isPercentMetric(m.metric) ? 'fraction' : 'score',
      unitLabel: ctx.L.metricUnits[m.metric],
      rule: numberRule(BenchmarkMetricSchema.shape.ours),
      descriptive: shownOn('benchmarks'),
    } as const;
    rows.push(
      { ...score, item: it, label: A.ours, value: m.ours, name: N.metric(p, m.metric, 'Ours'), source: m.source },
      { ...score, item: it, label: A.market, value: m.market, name: N.metric(p, m.metric, 'Market') },
      { ...score, item: it, label: A.target, value: m.target, name: N.metric(p, m.metric, 'Target') },
    );
    for (const v of m.competitors) {
      const k = competitorIndex.get(v.competitorId);
      const comp = k === undefined ? undefined : s.competitors[k];
      if (k === undefined || !comp) continue;
      const key = `bm:${m.metric}:cmp:${comp.id}`;
      const alt = `bm:${m.metric}:cmp~${comp.name}`;
      rows.push({ ...score, rule: numberRule(MetricValueSchema.shape.value), item: it, label: comp.name, value: v.value, name: N.metric(p, m.metric, `Cmp${k + 1}`), key, alt });
    }
    tag(rows, top, `bm:${m.metric}`);
  }
  return rows;
}

export function writeAssumptions(ctx: Ctx): void {
  const ws = ctx.sheet('assumptions');
  const L = ctx.L;
  const C = L.common;
  const cols = sideCols(ctx.plans.length);
  const head: [number, string][] = [
    [cols.item, C.item],
    [cols.input, C.input],
    [cols.unit, C.unit],
    ...ctx.plans.map((plan, k): [number, string] => [cols.value(k), plan.s.name]),
    [cols.source, C.source],
    [cols.range, C.publishedRange],
    [cols.notes, C.notes],
    ...ctx.plans.map((plan, k): [number, string] => [cols.name(k), L.side.nameOf(plan.s.name)]),
  ];
  for (const [col, h] of head) text(ws, 1, col, h).font = { bold: true };
  let row = 2;
  // Case-wide inputs once, at the top: one value for every scenario, in the first scenario's column.
  const caseItem = L.side.caseAll;
  const caseRow = (x: InputRow) => writeSideRow(ctx, ws, row++, cols, { key: x.name, cells: [x] });
  caseRow({ item: caseItem, label: L.assumptions.discountRate, unit: 'fraction', value: ctx.c.discountRate, name: N.discountRate, figure: 'discountRate' });
  // Derived, not an input: kept here beside the rate it comes from (DOMAIN "Time").
  text(ws, row, cols.item, caseItem);
  text(ws, row, cols.input, L.assumptions.monthlyRate);
  text(ws, row, cols.unit, `${L.units.fraction} (${C.derived})`);
  formula(ws, row, cols.value(0), `(1+${N.discountRate})^(1/${K.monthsPerYear})-1`, monthlyRate(ctx.c.discountRate), '0.0000%');
  text(ws, row, cols.name(0), N.monthlyRate);
  ctx.define(N.monthlyRate, ws.name, row, cols.value(0));
  row++;
  caseRow({
    item: caseItem,
    label: L.assumptions.horizon,
    unit: 'months',
    value: ctx.c.horizonMonths,
    name: N.horizon,
    // An input: the Cash flow sheets run to 120 months and zero every month past this one.
    rule: numberRule(CaseSchema.shape.horizonMonths),
  });
  for (const x of caseFinanceRows(ctx, caseItem)) caseRow(x);
  for (const r of mergeRows(ctx.plans.map((plan) => scenarioRows(ctx, plan)))) writeSideRow(ctx, ws, row++, cols, r);
  // Texts wrap within these widths (wrapTexts): wide enough that most fit one or two lines.
  const widths: [number, number][] = [
    [cols.item, 26],
    [cols.input, 38],
    [cols.unit, 16],
    ...ctx.plans.map((_, k): [number, number] => [cols.value(k), 16]),
    [cols.source, 36],
    [cols.range, 36],
    [cols.notes, 44],
    ...ctx.plans.map((_, k): [number, number] => [cols.name(k), 26]),
  ];
  for (const [col, w] of widths) ws.getColumn(col).width = w;
  wrapTexts(ws, cols, row - 1);
  writeLegend(ctx, ws, cols);
  // Printed: the table without the legend beside it (the Read me explains the colours), label columns repeated.
  // exceljs prefixes each end with "$" (the column); the row gets its own, so the range is absolute.
  ws.pageSetup.printArea = `A$1:${ws.getColumn(cols.last).letter}$${row - 1}`;
  // The labels stay in view while the scenarios' columns scroll, and the heading row while the rows do.
  ws.views = [{ state: 'frozen', xSplit: cols.unit, ySplit: 1 }];
  // Finance filters by item to review one part of the case at a time.
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: row - 1, column: cols.last } };
}
