/**
 * Checks: the engine's credibility flags (shared/engine/flags.ts) recomputed by formulas from the
 * inputs, one row per assumption the engine checks — its value, the published range and the end
 * crossed, the source, why it matters, and a status (TRUE = flagged). A finance user who edits an
 * input sees the flag appear or disappear here, and the flagged input is highlighted on the
 * Assumptions sheet (conditional format on its cell). A last check per cost line catches what the
 * cell validation cannot stop once pasted over: a recurring cost set to start in month 0.
 *
 * Each status cell has a defined name saying what it checks (S1_Chk_Mom2_Deflection,
 * Case_Chk_DiscountRate…), so tests and readers can find a check without counting rows.
 */
import { citation, figure } from '@shared/benchmarks/library';
import type { FlagPath } from '@shared/engine/flags';
import { churnReduction } from '@shared/engine/segments';
import { formula, ref, text } from '../cells';
import { choiceIs } from '../choices';
import { checkedEnd, K } from '../constants';
import { N, type Ctx, type ScenarioPlan } from '../context';
import { publishedSpan } from './assumption-units';

type Checked = Parameters<typeof checkedEnd>[0];

interface Check {
  /** Defined name of the status cell. */
  name: string;
  /** The engine flag's path, from the scenario (or the case root for the discount rate). */
  path: FlagPath;
  assumption: string;
  about: string;
  value: { f: string; v: number | string; fmt: string };
  range: string;
  limit: { f: string; v: number } | null;
  source: string;
  why: string;
  /** TRUE when flagged. */
  condition: string;
  /** Input cells highlighted while the check is flagged. */
  highlight: string[];
  /** False for the workbook's own checks, which the engine never raises (the schema refuses the value). */
  fromEngine: boolean;
}

export const FLAG_FILL = {
  font: { color: { argb: 'FF9C0006' }, bold: true },
  fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } },
} as const;

function rangeCheck(ctx: Ctx, id: Checked, name: string, path: FlagPath, about: string, value: Check['value'], guard: string[], highlight: string[]): Check {
  const f = figure(id);
  const e = checkedEnd(id);
  const C = ctx.L.checks;
  const cross = e.end === 'High' ? `${value.f}>${e.name}+${K.tolerance}` : `${value.f}<${e.name}-${K.tolerance}`;
  return {
    name,
    path,
    assumption: f.label[ctx.lang],
    about,
    value,
    range: publishedSpan(id, ctx.lang),
    limit: { f: e.name, v: e.value },
    source: citation(f, ctx.lang),
    why: e.end === 'High' ? C.whyAbove : C.whyBelow,
    condition: guard.length ? `AND(${[...guard, cross].join(',')})` : cross,
    highlight,
    fromEngine: true,
  };
}

function scenarioChecks(ctx: Ctx, plan: ScenarioPlan): Check[] {
  const { s, p } = plan;
  const C = ctx.L.checks;
  const pct = ctx.f.pct;
  const about = (kind: keyof typeof C.subjects, name: string) => (name ? `${C.subjects[kind]} “${name}”` : C.subjects[kind]);
  const out: Check[] = [];
  s.moments.forEach((m, j) => {
    const n = (k: Parameters<typeof N.mom>[2]) => N.mom(p, j, k);
    const scope = [n('Automatable'), `NOT(${n('Protected')})`];
    const a = about('moment', m.name);
    out.push(
      rangeCheck(ctx, 'deflectionRate', `${p}_Chk_Mom${j + 1}_Deflection`, ['moments', j, 'deflectionRate'], a, { f: n('Deflection'), v: m.deflectionRate, fmt: pct }, scope, [n('Deflection')]),
      rangeCheck(ctx, 'aiResolutionRate', `${p}_Chk_Mom${j + 1}_AI`, ['moments', j, 'aiResolutionRate'], a, { f: n('AIRate'), v: m.aiResolutionRate, fmt: pct }, scope, [n('AIRate')]),
    );
  });
  s.revenueLines.forEach((l, i) => {
    const n = (k: Parameters<typeof N.rev>[2]) => N.rev(p, i, k);
    const a = about('revenueLine', l.label);
    out.push(rangeCheck(ctx, 'haircut', `${p}_Chk_Rev${i + 1}_Haircut`, ['revenueLines', i, 'haircut'], a, { f: n('Haircut'), v: l.haircut, fmt: pct }, [n('Enabled')], [n('Haircut')]));
    if (l.kind === 'retention') {
      const key = l.churnReductionMode === 'entered' ? 'churnReduction' : 'dissatisfiedTarget';
      out.push(
        rangeCheck(ctx, 'churnReduction12m', `${p}_Chk_Rev${i + 1}_Rho`, ['revenueLines', i, key], a, { f: n('Rho'), v: churnReduction(l), fmt: pct }, [n('Enabled')], [n('ChurnReduction'), n('DissatisfiedTarget')]),
      );
    }
    if (l.kind === 'expansion')
      out.push(rangeCheck(ctx, 'expansionUplift', `${p}_Chk_Rev${i + 1}_Uplift`, ['revenueLines', i, 'uplift'], a, { f: n('Uplift'), v: l.uplift, fmt: pct }, [n('Enabled')], [n('Uplift')]));
  });
  s.savingLines.forEach((l, i) => {
    const n = (k: Parameters<typeof N.sav>[2]) => N.sav(p, i, k);
    out.push(rangeCheck(ctx, 'haircut', `${p}_Chk_Sav${i + 1}_Haircut`, ['savingLines', i, 'haircut'], about('savingLine', l.label), { f: n('Haircut'), v: l.haircut, fmt: pct }, [n('Enabled')], [n('Haircut')]));
  });
  // A cheaper channel dearer than an assisted contact: flagged while any line of that kind counts.
  const svc = s.service;
  const cheaper = (kind: 'deflection' | 'ai', key: 'SelfServiceCost' | 'AiCost', v: number, label: string, figureId: 'costPerContactSelfService' | 'costPerContactAssisted') => {
    const lines = s.savingLines.flatMap((l, i) => (l.kind === kind ? [{ l, i }] : []));
    const first = lines[0];
    if (!first) return;
    const enabled = lines.map(({ i }) => N.sav(p, i, 'Enabled'));
    const assisted = N.svc(p, 'AssistedCost');
    out.push({
      name: `${p}_Chk_Svc_${key}`,
      path: ['service', key === 'AiCost' ? 'aiCostPerResolution' : 'selfServiceCostPerContact'],
      assumption: label,
      about: about('savingLine', first.l.label),
      value: { f: N.svc(p, key), v, fmt: ctx.f.money2 },
      range: `≤ ${C.assistedAbove}`,
      limit: { f: assisted, v: svc.assistedCostPerContact },
      source: citation(figure(figureId), ctx.lang),
      why: C.whyCheaper,
      condition: `AND(OR(${enabled.join(',')}),${N.svc(p, key)}>${assisted})`,
      highlight: [N.svc(p, key)],
      fromEngine: true,
    });
  };
  cheaper('deflection', 'SelfServiceCost', svc.selfServiceCostPerContact, C.selfServiceCost, 'costPerContactSelfService');
  cheaper('ai', 'AiCost', svc.aiCostPerResolution, C.aiCost, 'costPerContactAssisted');
  // A payback is only "too early" after an investment: some month before it had a cumulative net below zero (as the engine).
  const payback = N.headline(p, 'Payback');
  out.push(
    rangeCheck(ctx, 'paybackMonth', `${p}_Chk_Payback`, ['result', 'paybackMonth'], about('scenario', ''), { f: payback, v: plan.r.paybackMonth ?? (plan.r.paybackNote === 'noCosts' ? ctx.L.common.noCosts : ctx.L.common.never), fmt: '0' }, [`ISNUMBER(${payback})`, `COUNTIFS(${N.cf(p, 'Cumulative')},"<0",${N.cf(p, 'Month')},"<"&${payback})>0`], []),
  );
  // Not an engine flag: the schema refuses this pair, but a paste can put it in the workbook.
  s.costLines.forEach((l, i) => {
    const n = (k: Parameters<typeof N.cost>[2]) => N.cost(p, i, k);
    out.push({
      name: `${p}_Chk_Cost${i + 1}_Month`,
      path: ['costLines', i, 'month'],
      assumption: C.costPair,
      about: about('costLine', l.label),
      value: { f: n('Month'), v: l.month, fmt: '0' },
      range: '',
      limit: null,
      source: '',
      why: C.whyRecurring,
      condition: `AND(${choiceIs(n('Kind'), 'costKind', 'recurring')},${n('Month')}<1)`,
      highlight: [n('Kind'), n('Month')],
      fromEngine: false,
    });
  });
  return out;
}

const COL = { scenario: 1, assumption: 2, about: 3, value: 4, range: 5, limit: 6, source: 7, why: 8, status: 9 } as const;

export function writeChecks(ctx: Ctx): void {
  const ws = ctx.sheet('checks');
  const C = ctx.L.checks;
  text(ws, 1, 1, C.title).font = { bold: true, size: 13 };
  text(ws, 2, 1, C.note).font = { italic: true };
  const headRow = 5;
  [ctx.L.common.scenario, C.assumption, C.about, C.value, C.range, C.limit, ctx.L.common.source, C.why, C.status].forEach((h, i) => {
    const c = text(ws, headRow, i + 1, h);
    c.font = { bold: true };
    c.alignment = { wrapText: true, vertical: 'top' };
  });
  let row = headRow + 1;
  let raised = 0;
  const write = (scenario: string, x: Check, flagged: boolean) => {
    text(ws, row, COL.scenario, scenario);
    text(ws, row, COL.assumption, x.assumption);
    text(ws, row, COL.about, x.about);
    formula(ws, row, COL.value, x.value.f, x.value.v, x.value.fmt);
    if (x.range) text(ws, row, COL.range, x.range);
    if (x.limit) formula(ws, row, COL.limit, x.limit.f, x.limit.v, x.value.fmt);
    if (x.source) text(ws, row, COL.source, x.source).alignment = { wrapText: true, vertical: 'top' };
    text(ws, row, COL.why, x.why).alignment = { wrapText: true, vertical: 'top' };
    // Sources and reasons wrap on two lines: spreadsheets do not grow rows for a library's wrapped text.
    ws.getRow(row).height = 30;
    formula(ws, row, COL.status, x.condition, flagged);
    ctx.define(x.name, ws.name, row, COL.status);
    // The flagged input, highlighted where finance edits it.
    for (const input of x.highlight) {
      const at = ctx.locate(input);
      if (!at) continue;
      ctx.sheet('assumptions').addConditionalFormatting({ ref: ref(at.row, at.col), rules: [{ type: 'expression', priority: 1, formulae: [x.name], style: FLAG_FILL }] });
    }
    if (flagged) raised++;
    row++;
  };
  // The discount rate is the case's: checked once, flagged when any scenario's engine run flags it.
  const pathKey = (path: FlagPath) => path.join('.');
  const discountFlagged = ctx.plans.some((pl) => pl.r.flags.some((f) => pathKey(f.path) === 'discountRate'));
  write(ctx.L.common.case, rangeCheck(ctx, 'discountRate', 'Case_Chk_DiscountRate', ['discountRate'], ctx.L.checks.subjects.case, { f: N.discountRate, v: ctx.c.discountRate, fmt: ctx.f.pct }, [], [N.discountRate]), discountFlagged);
  for (const plan of ctx.plans) {
    const flagged = new Set(plan.r.flags.map((f) => pathKey(f.path.slice(2))));
    for (const x of scenarioChecks(ctx, plan)) write(plan.s.name, x, x.fromEngine && flagged.has(pathKey(x.path)));
  }
  const last = row - 1;
  const statuses = `${ref(headRow + 1, COL.status, 'both')}:${ref(last, COL.status, 'both')}`;
  text(ws, 3, 1, C.raised).font = { bold: true };
  formula(ws, 3, 2, `COUNTIF(${statuses},TRUE)`, raised, '0').font = { bold: true };
  ws.addConditionalFormatting({
    ref: `${ref(headRow + 1, 1)}:${ref(last, COL.status)}`,
    rules: [{ type: 'expression', priority: 1, formulae: [`${ref(headRow + 1, COL.status, 'col')}=TRUE`], style: FLAG_FILL }],
  });
  [16, 34, 32, 12, 26, 12, 50, 60, 10].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headRow }];
}
