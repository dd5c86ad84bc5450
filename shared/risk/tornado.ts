/**
 * Tornado (DOMAIN "Risk"): each ranged assumption at its low and at its high, all else at likely;
 * sorted by NPV swing |NPV_high − NPV_low| (or by payback swing, switchable). Ties keep the register's
 * order, so the same case always draws the same chart.
 */
import type { RangedAssumption } from './register';
import type { Workspace } from './workspace';

export interface TornadoBar {
  /** Index into the register. */
  index: number;
  key: string;
  path: string;
  low: number;
  likely: number;
  high: number;
  npvLow: number;
  npvHigh: number;
  swing: number;
  paybackLow: number | null;
  paybackHigh: number | null;
  /** Payback swing in months; a payback beyond the horizon counts as horizon + 1. */
  paybackSwing: number;
}

export type TornadoMeasure = 'npv' | 'payback';

export function tornado(ws: Workspace, register: readonly RangedAssumption[]): TornadoBar[] {
  const beyond = ws.case.horizonMonths + 1;
  const bars = register.map((a, index): TornadoBar => {
    const lo = ws.withOne(index, a.low);
    const hi = ws.withOne(index, a.high);
    return {
      index,
      key: a.key,
      path: a.path,
      low: a.low,
      likely: a.value,
      high: a.high,
      npvLow: lo.npv,
      npvHigh: hi.npv,
      swing: Math.abs(hi.npv - lo.npv),
      paybackLow: lo.paybackMonth,
      paybackHigh: hi.paybackMonth,
      paybackSwing: Math.abs((hi.paybackMonth ?? beyond) - (lo.paybackMonth ?? beyond)),
    };
  });
  return sortBars(bars, 'npv');
}

export function sortBars(bars: readonly TornadoBar[], by: TornadoMeasure): TornadoBar[] {
  const swing = (b: TornadoBar) => (by === 'npv' ? b.swing : b.paybackSwing);
  return [...bars].sort((a, b) => swing(b) - swing(a) || a.index - b.index);
}
