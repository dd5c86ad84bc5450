/**
 * One risk analysis of one scenario — register, tornado, break-evens of the top drivers, Monte Carlo —
 * as the CLI prints it and the workbook stamps it. The app runs the same pieces in a worker, in chunks.
 */
import type { Case } from '../case/schema';
import { breakEven } from './break-even';
import { labelEn } from './labels';
import { monteCarlo, type MonteCarloResult } from './monte-carlo';
import { buildRegister, type RangedAssumption } from './register';
import type { Risk } from './schema';
import { tornado, type TornadoBar } from './tornado';
import { Workspace } from './workspace';

/** Break-evens are searched for the top drivers only (each search runs the engine ~100 times). */
export const BREAK_EVEN_COUNT = 10;

export interface BreakEven {
  key: string;
  path: string;
  label: string;
  likely: number;
  /** The value where NPV = 0 with all else at likely; null when there is none in the field's valid range. */
  value: number | null;
  /** value − likely (null with no value). */
  distance: number | null;
}

export function breakEvens(ws: Workspace, register: readonly RangedAssumption[], bars: readonly TornadoBar[], count = BREAK_EVEN_COUNT): BreakEven[] {
  return bars.slice(0, count).flatMap((b) => {
    const a = register[b.index];
    if (!a) return [];
    const value = breakEven(ws, b.index, a.value, a.min, a.max);
    return [{ key: a.key, path: a.path, label: labelEn(a), likely: a.value, value, distance: value === null ? null : value - a.value }];
  });
}

export interface RiskAnalysis {
  seed: number;
  trials: number;
  npv: MonteCarloResult['npv'];
  roi: MonteCarloResult['roi'];
  paybackMonth: MonteCarloResult['paybackMonth'];
  probabilityPositive: number;
  tornado: (Omit<TornadoBar, 'index'> & { label: string })[];
  breakEven: BreakEven[];
  histogram: MonteCarloResult['histogram'];
  sCurve: MonteCarloResult['sCurve'];
}

/**
 * The analysis from its pieces, as analyseRisk joins them: the app's worker computes the same pieces
 * in chunks (renderer/src/views/risk), and the Report step's preview joins them here, so the preview
 * and the printed report show one analysis.
 */
export function assembleAnalysis(register: readonly RangedAssumption[], bars: readonly TornadoBar[], be: BreakEven[], mc: MonteCarloResult): RiskAnalysis {
  return {
    seed: mc.seed,
    trials: mc.trials,
    npv: mc.npv,
    roi: mc.roi,
    paybackMonth: mc.paybackMonth,
    probabilityPositive: mc.probabilityPositive,
    tornado: bars.map(({ index, ...b }) => ({ ...b, label: labelEn(register[index] ?? { itemName: null, field: b.key }) })),
    breakEven: be,
    histogram: mc.histogram,
    sCurve: mc.sCurve,
  };
}

export function analyseRisk(c: Case, scenarioIndex: number, risk: Pick<Risk, 'seed' | 'trials' | 'ranges'>): RiskAnalysis {
  const register = buildRegister(c, scenarioIndex, risk.ranges);
  const ws = new Workspace(c, scenarioIndex, register);
  const bars = tornado(ws, register);
  const be = breakEvens(ws, register, bars);
  return assembleAnalysis(register, bars, be, monteCarlo(ws, register, risk.seed, risk.trials));
}
