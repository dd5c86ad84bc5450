/** Monthly series of every benefit and cost line (DOMAIN.md, "Benefit lines" and "Cost lines"). */
import type { CostLine, RevenueLine, SavingLine, Scenario, Segment } from '@shared/case/schema';
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
}

/** raw × factor, as a plain loop: this runs for every line on every recompute. */
function scaled(raw: readonly number[], factor: number): number[] {
  const out = new Array<number>(raw.length);
  for (let m = 0; m < raw.length; m++) out[m] = (raw[m] ?? 0) * factor;
  return out;
}

/** rev(m) = perMonth × ramp(m) and margin(m) = rev(m) × margin, in one pass. */
function rampedRevenue(ramp: readonly number[], perMonth: number, margin: number): { rev: number[]; raw: number[] } {
  const rev = new Array<number>(ramp.length);
  const raw = new Array<number>(ramp.length);
  for (let m = 0; m < ramp.length; m++) {
    const x = perMonth * (ramp[m] ?? 0);
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
export function retentionRaw(seg: Segment, rho: number, ramp: readonly number[]): { margin: number[]; revenue: number[]; kept: number[] } {
  const n = ramp.length;
  const kept = new Array<number>(n).fill(0);
  const margin = new Array<number>(n).fill(0);
  const revenue = new Array<number>(n).fill(0);
  const monthlyChurn = seg.annualChurn / 12;
  for (let m = 1; m < n; m++) {
    const saved = seg.customers * monthlyChurn * rho * (ramp[m] ?? 0);
    const k = (kept[m - 1] ?? 0) * (1 - monthlyChurn) + saved;
    kept[m] = k;
    revenue[m] = (k * seg.arpu) / 12;
    margin[m] = ((k * seg.arpu) / 12) * seg.grossMargin;
  }
  return { margin, revenue, kept };
}

export function revenueLineSeries(line: RevenueLine, segments: ReadonlyMap<string, Segment>, horizon: number): LineSeries {
  const ramp = rampSeries(horizon, line.startMonth, line.rampMonths, line.enabled);
  const zero = () => new Array<number>(horizon + 1).fill(0);
  switch (line.kind) {
    case 'retention': {
      const seg = segments.get(line.segmentId);
      if (!seg) return benefit(line, 'revenue', line.kind, zero(), zero());
      const r = retentionRaw(seg, churnReduction(line), ramp);
      return benefit(line, 'revenue', line.kind, r.margin, r.revenue);
    }
    case 'expansion': {
      const seg = segments.get(line.segmentId);
      if (!seg) return benefit(line, 'revenue', line.kind, zero(), zero());
      const r = rampedRevenue(ramp, ((seg.customers * seg.arpu) / 12) * line.uplift, seg.grossMargin);
      return benefit(line, 'revenue', line.kind, r.raw, r.rev);
    }
    case 'acquisition': {
      const r = rampedRevenue(ramp, line.opportunitiesPerMonth * line.conversionUplift * line.firstYearValue, line.grossMargin);
      return benefit(line, 'revenue', line.kind, r.raw, r.rev);
    }
  }
}

export function savingLineSeries(line: SavingLine, s: Scenario, vol: VolumeSeries, horizon: number): LineSeries {
  const svc = s.service;
  switch (line.kind) {
    case 'deflection':
      // The ramp is already inside D(m).
      return benefit(line, 'saving', line.kind, vol.deflected.map((d) => d * (svc.assistedCostPerContact - svc.selfServiceCostPerContact)), null);
    case 'ai':
      return benefit(line, 'saving', line.kind, vol.aiResolved.map((a) => a * (svc.assistedCostPerContact - svc.aiCostPerResolution)), null);
    case 'handleTime': {
      const ramp = rampSeries(horizon, line.startMonth, line.rampMonths, line.enabled);
      return benefit(
        line,
        'saving',
        line.kind,
        ramp.map((x, m) => (((vol.assisted[m] ?? 0) * line.ahtReductionMinutes) / 60) * svc.agentHourCost * x),
        null,
      );
    }
    case 'escalation': {
      const ramp = rampSeries(horizon, line.startMonth, line.rampMonths, line.enabled);
      const perMonth = ((line.escalationsPerMonth * line.handoffsAvoided * line.minutesPerHandoff) / 60) * svc.agentHourCost;
      return benefit(line, 'saving', line.kind, ramp.map((x) => perMonth * x), null);
    }
  }
}

export function costLineSeries(line: CostLine, horizon: number): LineSeries {
  const raw = new Array<number>(horizon + 1).fill(0);
  if (line.enabled) {
    if (line.kind === 'oneOff') {
      if (line.month <= horizon) raw[line.month] = line.amount;
    } else {
      for (let m = Math.max(1, line.month); m <= horizon; m++) raw[m] = line.amount;
    }
  }
  const f = 1 + line.contingency;
  return { id: line.id, label: line.label, group: 'cost', kind: line.kind, raw, value: scaled(raw, f), riskFactor: f, revenue: null };
}

/** The ramp of the deflection or AI programme (zeros when the scenario has none, or it is off). */
export function programmeRamp(s: Scenario, kind: 'deflection' | 'ai', horizon: number): number[] {
  const line = s.savingLines.find((l) => l.kind === kind);
  return line ? rampSeries(horizon, line.startMonth, line.rampMonths, line.enabled) : new Array<number>(horizon + 1).fill(0);
}
