/** Monthly series of every benefit and cost line (DOMAIN.md, "Benefit lines" and "Cost lines"). */
import type { CostLine, RevenueLine, SavingLine, Scenario, Segment } from '../case/schema';
import type { Escalation } from './growth';
import { churnReduction } from './segments';
import { rampSeries } from './time';
import type { VolumeSeries } from './volume';

export type LineGroup = 'revenue' | 'saving' | 'cost';
export type LineKind = RevenueLine['kind'] | SavingLine['kind'] | CostLine['kind'];

export interface LineSeries {
  id: string;
  label: string;
  group: LineGroup;
  kind: LineKind;
  /** Before haircut (benefits) or contingency (costs), m = 0..H. */
  raw: number[];
  /** Risk-adjusted: raw × (1 − h) for benefits, raw × (1 + k) for costs. */
  value: number[];
  /** (1 − h) or (1 + k). */
  riskFactor: number;
  /** Revenue lines only: revenue (before margin) generated or protected, risk-adjusted. */
  revenue: number[] | null;
  /** Cost lines only: expensed when paid (opex) or depreciated (capex); null for benefits. */
  accounting?: CostLine['accounting'] | null;
}

/** All ones: growth and inflation at their defaults. */
function ones(horizon: number): number[] {
  return new Array<number>(horizon + 1).fill(1);
}

/** raw × factor, as a plain loop: this runs for every line on every recompute. */
function scaled(raw: readonly number[], factor: number): number[] {
  const out = new Array<number>(raw.length);
  for (let m = 0; m < raw.length; m++) out[m] = (raw[m] ?? 0) * factor;
  return out;
}

/** rev(m) = perMonth × step(m) × ramp(m) and margin(m) = rev(m) × margin, in one pass. */
function rampedRevenue(ramp: readonly number[], perMonth: number, margin: number, step?: readonly number[]): { rev: number[]; raw: number[] } {
  const rev = new Array<number>(ramp.length);
  const raw = new Array<number>(ramp.length);
  for (let m = 0; m < ramp.length; m++) {
    const x = perMonth * (step?.[m] ?? 1) * (ramp[m] ?? 0);
    rev[m] = x;
    raw[m] = x * margin;
  }
  return { rev, raw };
}

function benefit(
  line: { id: string; label: string; haircut: number },
  group: LineGroup,
  kind: LineKind,
  raw: number[],
  revenueRaw: number[] | null,
): LineSeries {
  const f = 1 - line.haircut;
  return { id: line.id, label: line.label, group, kind, raw, value: scaled(raw, f), riskFactor: f, revenue: revenueRaw && scaled(revenueRaw, f) };
}

/** Retention: a stock of saved customers that itself churns (kept(m) = kept(m−1)(1 − churn/12) + saved(m)). */
export function retentionRaw(
  seg: Segment,
  rho: number,
  ramp: readonly number[],
  customerStep: readonly number[] = ones(ramp.length - 1),
): { margin: number[]; revenue: number[]; kept: number[] } {
  const n = ramp.length;
  const kept = new Array<number>(n).fill(0);
  const margin = new Array<number>(n).fill(0);
  const revenue = new Array<number>(n).fill(0);
  const monthlyChurn = seg.annualChurn / 12;
  for (let m = 1; m < n; m++) {
    // saved(m) uses customers_s(m) (DOMAIN "Growth"); the kept stock itself churns as before.
    const saved = seg.customers * (customerStep[m] ?? 1) * monthlyChurn * rho * (ramp[m] ?? 0);
    const k = (kept[m - 1] ?? 0) * (1 - monthlyChurn) + saved;
    kept[m] = k;
    revenue[m] = (k * seg.arpu) / 12;
    margin[m] = ((k * seg.arpu) / 12) * seg.grossMargin;
  }
  return { margin, revenue, kept };
}

export function revenueLineSeries(
  line: RevenueLine,
  segments: ReadonlyMap<string, Segment>,
  horizon: number,
  customerSteps?: ReadonlyMap<string, readonly number[]>,
): LineSeries {
  const ramp = rampSeries(horizon, line.startMonth, line.rampMonths, line.enabled);
  const zero = () => new Array<number>(horizon + 1).fill(0);
  switch (line.kind) {
    case 'retention': {
      const seg = segments.get(line.segmentId);
      if (!seg) return benefit(line, 'revenue', line.kind, zero(), zero());
      const r = retentionRaw(seg, churnReduction(line), ramp, customerSteps?.get(seg.id));
      return benefit(line, 'revenue', line.kind, r.margin, r.revenue);
    }
    case 'expansion': {
      const seg = segments.get(line.segmentId);
      if (!seg) return benefit(line, 'revenue', line.kind, zero(), zero());
      const r = rampedRevenue(ramp, ((seg.customers * seg.arpu) / 12) * line.uplift, seg.grossMargin, customerSteps?.get(seg.id));
      return benefit(line, 'revenue', line.kind, r.raw, r.rev);
    }
    case 'acquisition': {
      const r = rampedRevenue(ramp, line.opportunitiesPerMonth * line.conversionUplift * line.firstYearValue, line.grossMargin);
      return benefit(line, 'revenue', line.kind, r.raw, r.rev);
    }
  }
}

/** Growth and inflation factors of the saving lines; all ones when left out (format 1's model). */
type SavingEscalation = Pick<Escalation, 'volume' | 'wage' | 'cost'>;

/**
 * Wage inflation W(m) escalates the assisted cost per contact and the agent-hour cost; cost
 * inflation P(m) the self-service and AI unit costs; G(m) the escalations a month (D, A and H
 * already carry it).
 */
export function savingLineSeries(line: SavingLine, s: Scenario, vol: VolumeSeries, horizon: number, esc?: SavingEscalation): LineSeries {
  const svc = s.service;
  const W = esc?.wage ?? ones(horizon);
  const P = esc?.cost ?? ones(horizon);
  switch (line.kind) {
    case 'deflection':
      // The ramp is already inside D(m).
      return benefit(
        line,
        'saving',
        line.kind,
        vol.deflected.map((d, m) => d * (svc.assistedCostPerContact * (W[m] ?? 1) - svc.selfServiceCostPerContact * (P[m] ?? 1))),
        null,
      );
    case 'ai':
      return benefit(
        line,
        'saving',
        line.kind,
        vol.aiResolved.map((a, m) => a * (svc.assistedCostPerContact * (W[m] ?? 1) - svc.aiCostPerResolution * (P[m] ?? 1))),
        null,
      );
    case 'handleTime': {
      const ramp = rampSeries(horizon, line.startMonth, line.rampMonths, line.enabled);
      return benefit(
        line,
        'saving',
        line.kind,
        ramp.map((x, m) => (((vol.assisted[m] ?? 0) * line.ahtReductionMinutes) / 60) * (svc.agentHourCost * (W[m] ?? 1)) * x),
        null,
      );
    }
    case 'escalation': {
      const ramp = rampSeries(horizon, line.startMonth, line.rampMonths, line.enabled);
      const G = esc?.volume;
      const perMonth = (line.escalationsPerMonth * line.handoffsAvoided * line.minutesPerHandoff) / 60;
      // Multiplied in format 1's order, so the default factors (exact ones) give its figures bit for bit.
      return benefit(line, 'saving', line.kind, ramp.map((x, m) => perMonth * (G?.[m] ?? 1) * (svc.agentHourCost * (W[m] ?? 1)) * x), null);
    }
  }
}

/** Agent hours an escalation line saves a month: escalations × G(m) × hand-offs avoided × minutes / 60 × ramp. */
export function escalationHours(
  line: Extract<SavingLine, { kind: 'escalation' }>,
  ramp: readonly number[],
  growth?: readonly number[],
): number[] {
  const perMonth = (line.escalationsPerMonth * line.handoffsAvoided * line.minutesPerHandoff) / 60;
  return ramp.map((x, m) => perMonth * (growth?.[m] ?? 1) * x);
}

/**
 * A cost line month by month. Recurring costs rise with cost inflation (amount × P(m)); a one-off
 * is entered at its nominal amount and never escalated (DOMAIN "Inflation").
 */
export function costLineSeries(line: CostLine, horizon: number, costStep?: readonly number[]): LineSeries {
  const raw = new Array<number>(horizon + 1).fill(0);
  if (line.enabled) {
    if (line.kind === 'oneOff') {
      if (line.month <= horizon) raw[line.month] = line.amount;
    } else {
      for (let m = Math.max(1, line.month); m <= horizon; m++) raw[m] = line.amount * (costStep?.[m] ?? 1);
    }
  }
  const f = 1 + line.contingency;
  return { id: line.id, label: line.label, group: 'cost', kind: line.kind, raw, value: scaled(raw, f), riskFactor: f, revenue: null, accounting: line.accounting };
}

/** The ramp of the deflection or AI programme (zeros when the scenario has none, or it is off). */
export function programmeRamp(s: Scenario, kind: 'deflection' | 'ai', horizon: number): number[] {
  const line = s.savingLines.find((l) => l.kind === kind);
  return line ? rampSeries(horizon, line.startMonth, line.rampMonths, line.enabled) : new Array<number>(horizon + 1).fill(0);
}
