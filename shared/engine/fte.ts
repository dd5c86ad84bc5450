/**
 * FTE equivalent of the agent hours saved (DOMAIN.md, "More outputs"): a KPI, no effect on NPV.
 * hours(m) = (D(m) + A(m)) × AHT / 60 + H(m) × ΔAHT / 60 (each handle-time line, at its ramp)
 * + escalation hours; FTE(m) = hours(m) / productive hours per FTE a month.
 */
import type { Scenario } from '../case/schema';
import { escalationHours } from './lines';
import { rampSeries } from './time';
import type { VolumeSeries } from './volume';

export interface FteFigures {
  /** Agent hours saved, m = 0..H (before haircut: hours the operation no longer spends). */
  hours: number[];
  fte: number[];
  /** FTE in month H: the run-rate the case reaches. */
  atHorizon: number;
  /** Average FTE over the last 12 months of the horizon (or all of it when shorter). */
  lastYearAverage: number;
}

export function fteFigures(s: Scenario, vol: VolumeSeries, growth: readonly number[], horizon: number): FteFigures {
  const aht = s.service.averageHandleTimeMinutes;
  const hours = new Array<number>(horizon + 1).fill(0);
  for (let m = 0; m <= horizon; m++) hours[m] = (((vol.deflected[m] ?? 0) + (vol.aiResolved[m] ?? 0)) * aht) / 60;
  for (const line of s.savingLines) {
    if (line.kind === 'handleTime') {
      const ramp = rampSeries(horizon, line.startMonth, line.rampMonths, line.enabled);
      for (let m = 0; m <= horizon; m++) hours[m] = (hours[m] ?? 0) + (((vol.assisted[m] ?? 0) * line.ahtReductionMinutes) / 60) * (ramp[m] ?? 0);
    } else if (line.kind === 'escalation') {
      const esc = escalationHours(line, rampSeries(horizon, line.startMonth, line.rampMonths, line.enabled), growth);
      for (let m = 0; m <= horizon; m++) hours[m] = (hours[m] ?? 0) + (esc[m] ?? 0);
    }
  }
  const perFte = s.service.productiveHoursPerFte;
  const fte = hours.map((h) => h / perFte);
  const from = Math.max(1, horizon - 11);
  let sum = 0;
  for (let m = from; m <= horizon; m++) sum += fte[m] ?? 0;
  return { hours, fte, atHorizon: fte[horizon] ?? 0, lastYearAverage: sum / (horizon - from + 1) };
}
