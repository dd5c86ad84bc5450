/**
 * One sheet per step of the case: segments, moments, benchmarks, revenue lines, savings and costs.
 * Inputs appear through their defined names (=S1_Seg1_Churn), derived figures as formulas; the
 * Cash flow sheets read the derived names defined here (contacts a month, ρ, moment ranges).
 */
import type { Worksheet } from 'exceljs';
import { isPercentMetric } from '@shared/engine/benchmarks';
import { churnReduction } from '@shared/engine/segments';
import { formula, ref, text } from '../cells';
import { choiceIs, wordOf } from '../choices';
import { K } from '../constants';
import { engineTotals, lineTotals, N, type Ctx, type ScenarioPlan } from '../context';

function header(ws: Worksheet, row: number, labels: readonly string[], widths: readonly number[]): void {
  labels.forEach((h, i) => {
    const c = text(ws, row, i + 1, h);
    c.font = { bold: true };
    c.alignment = { wrapText: true, vertical: 'top' };
  });
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: row }];
}

const yesNo = (ctx: Ctx, b: boolean) => (b ? ctx.L.common.yes : ctx.L.common.no);

export function writeSegments(ctx: Ctx): void {
  const ws = ctx.sheet('segments');
  const S = ctx.L.segments;
  const A = ctx.L.assumptions;
  const f = ctx.f;
  header(
    ws,
    1,
    [ctx.L.common.scenario, S.segment, S.tier, S.priority, A.customers, A.arpu, A.margin, A.churn, A.cac, A.contacts, S.annualRevenue, S.clv, S.clvToCac, S.marginAtRisk, S.monthlyContacts, S.clvPerConversation, S.rank, ctx.L.common.notes],
    [16, 24, 12, 9, 12, 14, 10, 10, 12, 12, 16, 14, 10, 16, 14, 14, 10, 30],
  );
  let row = 2;
  for (const plan of ctx.plans) {
    const { s, p, r } = plan;
    const top = row;
    const bottom = row + s.segments.length - 1;
    s.segments.forEach((g, k) => {
      const fig = r.segments[k];
      if (!fig) return;
      const n = (key: Parameters<typeof N.seg>[2]) => N.seg(p, k, key);
      text(ws, row, 1, s.name);
      text(ws, row, 2, g.name);
      formula(ws, row, 3, n('Tier'), wordOf('tier', g.tier, ctx.lang));
      formula(ws, row, 4, n('Priority'), g.priority);
      formula(ws, row, 5, n('Customers'), g.customers, f.int);
      formula(ws, row, 6, n('ARPU'), g.arpu, f.money);
      formula(ws, row, 7, n('Margin'), g.grossMargin, f.pct);
      formula(ws, row, 8, n('Churn'), g.annualChurn, f.pct);
      formula(ws, row, 9, n('CAC'), g.cac, f.money);
      formula(ws, row, 10, n('Contacts'), g.contactsPerCustomerYear, f.dec);
      formula(ws, row, 11, `${n('Customers')}*${n('ARPU')}`, fig.annualRevenue, f.money);
      const clv = ref(row, 12);
      formula(ws, row, 12, `${n('ARPU')}*${n('Margin')}/${n('Churn')}`, fig.clv, f.money);
      formula(ws, row, 13, `IF(${n('CAC')}=0,"${ctx.L.common.na}",${clv}/${n('CAC')})`, fig.clvToCac ?? ctx.L.common.na, f.ratio);
      formula(ws, row, 14, `${n('Customers')}*${n('Churn')}*${n('ARPU')}*${n('Margin')}`, fig.marginAtRisk, f.money);
      formula(ws, row, 15, `${n('Customers')}*${n('Contacts')}/${K.monthsPerYear}`, fig.monthlyContacts, f.dec);
      ctx.define(n('MonthlyContacts'), ws.name, row, 15);
      formula(
        ws,
        row,
        16,
        `IF(${n('Contacts')}/${n('Churn')}>0,${clv}/(${n('Contacts')}/${n('Churn')}),"${ctx.L.common.na}")`,
        fig.clvPerConversation ?? ctx.L.common.na,
        f.money2,
      );
      // Rank by margin at risk, largest first; ties keep the order of the list (as the engine does).
      // RANK gives tied segments the same rank; each equal value above this row moves it one down.
      const varRange = `${ref(top, 14, 'both')}:${ref(bottom, 14, 'both')}`;
      const above = row > top ? `+COUNTIF(${ref(top, 14, 'both')}:${ref(row - 1, 14, 'col')},${ref(row, 14)})` : '';
      formula(ws, row, 17, `RANK(${ref(row, 14)},${varRange},0)${above}`, fig.rank, '0');
      if (g.notes) text(ws, row, 18, g.notes);
      row++;
    });
  }
}

export function writeMoments(ctx: Ctx): void {
  const ws = ctx.sheet('moments');
  const M = ctx.L.moments;
  const V = ctx.L.momentVolumes;
  const A = ctx.L.assumptions;
  const f = ctx.f;
  header(
    ws,
    1,
    [ctx.L.common.scenario, M.moment, M.intent, M.channel, A.volumeMode, A.volume, M.monthlyVolume, A.automatable, A.protected, M.inScope, A.deflection, A.aiRate, V.deflectable, V.aiResolvable, V.aiOnDeflected, A.satisfaction, M.candidate, ctx.L.common.notes],
    [16, 26, 14, 12, 12, 12, 14, 12, 11, 14, 12, 12, 16, 16, 16, 12, 14, 30],
  );
  let row = 2;
  for (const plan of ctx.plans) {
    const { s, p, r } = plan;
    if (s.moments.length === 0) continue;
    const top = row;
    s.moments.forEach((m, j) => {
      const fig = r.moments[j];
      if (!fig) return;
      const n = (key: Parameters<typeof N.mom>[2]) => N.mom(p, j, key);
      text(ws, row, 1, s.name);
      text(ws, row, 2, m.name);
      formula(ws, row, 3, n('Intent'), wordOf('intent', m.intent, ctx.lang));
      formula(ws, row, 4, n('Channel'), wordOf('channel', m.channel, ctx.lang));
      formula(ws, row, 5, n('Mode'), wordOf('volumeMode', m.volumeMode, ctx.lang));
      formula(ws, row, 6, n('Volume'), m.volume, m.volumeMode === 'share' ? f.pct : f.dec);
      // An unknown mode (pasted past the cell's validation) gives #N/A, never a silent "absolute".
      formula(ws, row, 7, `IF(${choiceIs(n('Mode'), 'volumeMode', 'share')},${n('Volume')}*${N.baseline(p)},IF(${choiceIs(n('Mode'), 'volumeMode', 'absolute')},${n('Volume')},NA()))`, fig.monthlyVolume, f.dec);
      formula(ws, row, 8, n('Automatable'), m.automatable);
      formula(ws, row, 9, n('Protected'), m.protected);
      formula(ws, row, 10, `IF(AND(${n('Automatable')},NOT(${n('Protected')})),1,0)`, fig.inScope ? 1 : 0, '0');
      formula(ws, row, 11, n('Deflection'), m.deflectionRate, f.pct);
      formula(ws, row, 12, n('AIRate'), m.aiResolutionRate, f.pct);
      // The volumes the Cash flow ramps: what deflection and AI can reach at full effect, in scope only.
      const scoped = fig.inScope ? fig.monthlyVolume : 0;
      formula(ws, row, 13, `${ref(row, 7)}*${ref(row, 11)}*${ref(row, 10)}`, scoped * m.deflectionRate, f.dec);
      formula(ws, row, 14, `${ref(row, 7)}*${ref(row, 12)}*${ref(row, 10)}`, scoped * m.aiResolutionRate, f.dec);
      formula(ws, row, 15, `${ref(row, 13)}*${ref(row, 12)}`, scoped * m.deflectionRate * m.aiResolutionRate, f.dec);
      formula(ws, row, 16, `IF(ISBLANK(${n('Satisfaction')}),"",${n('Satisfaction')})`, m.satisfaction ?? '', f.pct);
      formula(
        ws,
        row,
        17,
        `IF(AND(NOT(${n('Protected')}),${ref(row, 7)}>${K.automationThreshold}),"${ctx.L.common.yes}","${ctx.L.common.no}")`,
        yesNo(ctx, fig.automationCandidate),
      );
      if (m.notes) text(ws, row, 18, m.notes);
      row++;
    });
    const bottom = row - 1;
    // The Cash flow sums D(m) and A(m) over these ranges with SUMPRODUCT.
    ctx.define(N.momRange(p, 'Vol'), ws.name, top, 7, bottom, 7);
    ctx.define(N.momRange(p, 'Scope'), ws.name, top, 10, bottom, 10);
    ctx.define(N.momRange(p, 'Defl'), ws.name, top, 11, bottom, 11);
    ctx.define(N.momRange(p, 'AI'), ws.name, top, 12, bottom, 12);
    ctx.define(N.momRange(p, 'VD'), ws.name, top, 13, bottom, 13);
    ctx.define(N.momRange(p, 'VA'), ws.name, top, 14, bottom, 14);
    ctx.define(N.momRange(p, 'VDA'), ws.name, top, 15, bottom, 15);
  }
}

export function writeBenchmarks(ctx: Ctx): void {
  const ws = ctx.sheet('benchmarks');
  const B = ctx.L.benchmarks;
  const A = ctx.L.assumptions;
  let row = 1;
  let widest = 0;
  for (const plan of ctx.plans) {
    const { s, p } = plan;
    const heads = [ctx.L.common.scenario, B.metric, A.ours, A.market, A.target, ...s.competitors.map((x) => x.name), ctx.L.common.source];
    heads.forEach((h, i) => (text(ws, row, i + 1, h).font = { bold: true }));
    widest = Math.max(widest, heads.length);
    row++;
    const competitorIndex = new Map(s.competitors.map((x, k) => [x.id, k]));
    for (const m of s.metrics) {
      text(ws, row, 1, s.name);
      text(ws, row, 2, `${B.names[m.metric]} (${ctx.L.metricUnits[m.metric]})`);
      const fmt = isPercentMetric(m.metric) ? ctx.f.pct : '0.0';
      const show = (col: number, name: string, v: number | null) => formula(ws, row, col, `IF(ISBLANK(${name}),"",${name})`, v ?? '', fmt);
      show(3, N.metric(p, m.metric, 'Ours'), m.ours);
      show(4, N.metric(p, m.metric, 'Market'), m.market);
      show(5, N.metric(p, m.metric, 'Target'), m.target);
      for (const v of m.competitors) {
        const k = competitorIndex.get(v.competitorId);
        if (k !== undefined) show(6 + k, N.metric(p, m.metric, `Cmp${k + 1}`), v.value);
      }
      if (m.source) text(ws, row, 6 + s.competitors.length, m.source);
      row++;
    }
    row++;
  }
  for (let i = 1; i <= Math.max(widest, 6); i++) ws.getColumn(i).width = i <= 2 ? 24 : 14;
}

function timingCells(ws: Worksheet, ctx: Ctx, row: number, col: number, name: (k: 'Enabled' | 'Start' | 'Ramp' | 'Haircut') => string, l: { enabled: boolean; startMonth: number; rampMonths: number; haircut: number }): void {
  formula(ws, row, col, name('Enabled'), l.enabled);
  formula(ws, row, col + 1, name('Start'), l.startMonth, '0');
  formula(ws, row, col + 2, name('Ramp'), l.rampMonths, '0');
  formula(ws, row, col + 3, name('Haircut'), l.haircut, ctx.f.pct);
}

function totalCells(ws: Worksheet, ctx: Ctx, row: number, col: number, plan: ScenarioPlan, lineIndex: number): void {
  const f = lineTotals(plan, lineIndex);
  const v = engineTotals(plan, lineIndex);
  formula(ws, row, col, f.total, v.total, ctx.f.money);
  formula(ws, row, col + 1, f.pv, v.pv, ctx.f.money);
}

export function writeRevenue(ctx: Ctx): void {
  const ws = ctx.sheet('revenue');
  const Ln = ctx.L.lines;
  const A = ctx.L.assumptions;
  header(
    ws,
    1,
    [ctx.L.common.scenario, Ln.line, Ln.kind, Ln.segment, A.enabled, A.startMonth, A.rampMonths, A.haircut, Ln.rho, A.uplift, A.opportunities, A.conversionUplift, A.firstYearValue, A.margin, Ln.totalUndiscounted, Ln.pv, ctx.L.common.source],
    [16, 28, 14, 20, 9, 9, 9, 10, 12, 10, 12, 12, 14, 10, 16, 16, 28],
  );
  let row = 2;
  for (const plan of ctx.plans) {
    const { s, p } = plan;
    const segName = new Map(s.segments.map((g) => [g.id, g.name]));
    s.revenueLines.forEach((l, i) => {
      const n = (key: Parameters<typeof N.rev>[2]) => N.rev(p, i, key);
      text(ws, row, 1, s.name);
      text(ws, row, 2, l.label);
      text(ws, row, 3, ctx.L.kinds[l.kind]);
      if (l.kind !== 'acquisition') text(ws, row, 4, segName.get(l.segmentId) ?? '');
      timingCells(ws, ctx, row, 5, (k) => n(k), l);
      if (l.kind === 'retention') {
        // ρ: entered, or the 5× rule (dissatisfied customers are five times as likely to leave; clamped at 0, as the engine does); #N/A for an unknown mode.
        formula(
          ws,
          row,
          9,
          `IF(${choiceIs(n('Mode'), 'churnMode', 'satisfaction')},MAX(0,1-(1+(${K.churnMultiple}-1)*${n('DissatisfiedTarget')})/(1+(${K.churnMultiple}-1)*${n('DissatisfiedNow')})),IF(${choiceIs(n('Mode'), 'churnMode', 'entered')},${n('ChurnReduction')},NA()))`,
          churnReduction(l),
          ctx.f.pct,
        );
        ctx.define(n('Rho'), ws.name, row, 9);
      }
      if (l.kind === 'expansion') formula(ws, row, 10, n('Uplift'), l.uplift, ctx.f.pct);
      if (l.kind === 'acquisition') {
        formula(ws, row, 11, n('Opportunities'), l.opportunitiesPerMonth, ctx.f.dec);
        formula(ws, row, 12, n('ConversionUplift'), l.conversionUplift, ctx.f.pct);
        formula(ws, row, 13, n('FirstYearValue'), l.firstYearValue, ctx.f.money);
        formula(ws, row, 14, n('Margin'), l.grossMargin, ctx.f.pct);
      }
      totalCells(ws, ctx, row, 15, plan, i);
      if (l.source) text(ws, row, 17, l.source);
      row++;
    });
  }
}

export function writeSavings(ctx: Ctx): void {
  const ws = ctx.sheet('savings');
  const Ln = ctx.L.lines;
  const A = ctx.L.assumptions;
  header(
    ws,
    1,
    [ctx.L.common.scenario, Ln.line, Ln.kind, A.enabled, A.startMonth, A.rampMonths, A.haircut, A.ahtReduction, A.escalations, A.handoffs, A.minutesPerHandoff, Ln.totalUndiscounted, Ln.pv, ctx.L.common.source],
    [16, 28, 16, 9, 9, 9, 10, 14, 12, 12, 12, 16, 16, 28],
  );
  let row = 2;
  for (const plan of ctx.plans) {
    const { s, p } = plan;
    const nRev = s.revenueLines.length;
    s.savingLines.forEach((l, i) => {
      const n = (key: Parameters<typeof N.sav>[2]) => N.sav(p, i, key);
      text(ws, row, 1, s.name);
      text(ws, row, 2, l.label);
      text(ws, row, 3, ctx.L.kinds[l.kind]);
      timingCells(ws, ctx, row, 4, (k) => n(k), l);
      if (l.kind === 'handleTime') formula(ws, row, 8, n('AHTReduction'), l.ahtReductionMinutes, ctx.f.dec);
      if (l.kind === 'escalation') {
        formula(ws, row, 9, n('Escalations'), l.escalationsPerMonth, ctx.f.dec);
        formula(ws, row, 10, n('Handoffs'), l.handoffsAvoided, ctx.f.dec);
        formula(ws, row, 11, n('MinutesPerHandoff'), l.minutesPerHandoff, ctx.f.dec);
      }
      totalCells(ws, ctx, row, 12, plan, nRev + i);
      if (l.source) text(ws, row, 14, l.source);
      row++;
    });
  }
}

export function writeCosts(ctx: Ctx): void {
  const ws = ctx.sheet('costs');
  const Ln = ctx.L.lines;
  const A = ctx.L.assumptions;
  const Hc = ctx.L.costHelpers;
  header(
    ws,
    1,
    [ctx.L.common.scenario, Ln.line, Ln.category, A.costKind, A.amount, A.month, A.contingency, A.enabled, Hc.first, Hc.last, Hc.monthly, Ln.totalUndiscounted, Ln.pv, ctx.L.common.source],
    [16, 28, 14, 14, 14, 10, 12, 9, 16, 16, 16, 16, 16, 28],
  );
  const H = ctx.c.horizonMonths;
  let row = 2;
  for (const plan of ctx.plans) {
    const { s, p } = plan;
    const offset = s.revenueLines.length + s.savingLines.length;
    s.costLines.forEach((l, i) => {
      const n = (key: Parameters<typeof N.cost>[2]) => N.cost(p, i, key);
      text(ws, row, 1, s.name);
      text(ws, row, 2, l.label);
      formula(ws, row, 3, n('Category'), wordOf('category', l.category, ctx.lang));
      formula(ws, row, 4, n('Kind'), wordOf('costKind', l.kind, ctx.lang));
      formula(ws, row, 5, n('Amount'), l.amount, ctx.f.money);
      formula(ws, row, 6, n('Month'), l.month, '0');
      formula(ws, row, 7, n('Contingency'), l.contingency, ctx.f.pct);
      formula(ws, row, 8, n('Enabled'), l.enabled);
      // The kind decides the months paid; a word the formulas do not know gives #N/A, never a silent one-off.
      const oneOff = l.kind === 'oneOff';
      formula(ws, row, 9, `IF(${choiceIs(n('Kind'), 'costKind', 'oneOff')},${n('Month')},IF(${choiceIs(n('Kind'), 'costKind', 'recurring')},MAX(1,${n('Month')}),NA()))`, oneOff ? l.month : Math.max(1, l.month), '0');
      formula(ws, row, 10, `IF(${choiceIs(n('Kind'), 'costKind', 'oneOff')},${n('Month')},IF(${choiceIs(n('Kind'), 'costKind', 'recurring')},${N.horizon},NA()))`, oneOff ? l.month : H, '0');
      formula(ws, row, 11, `IF(${n('Enabled')},${n('Amount')}*(1+${n('Contingency')}),0)`, l.enabled ? l.amount * (1 + l.contingency) : 0, ctx.f.money);
      ctx.define(n('First'), ws.name, row, 9);
      ctx.define(n('Last'), ws.name, row, 10);
      ctx.define(n('Monthly'), ws.name, row, 11);
      totalCells(ws, ctx, row, 12, plan, offset + i);
      if (l.source) text(ws, row, 14, l.source);
      row++;
    });
  }
}
