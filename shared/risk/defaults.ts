/**
 * Default ranges (DOMAIN "Risk"): the published range where the benchmark library has one that holds
 * the likely value, else ±20% for rates, volumes and values and −10%/+25% for costs, always clipped
 * to the field's valid range (a probability stays in [0, 1], a haircut below 100%).
 */
import { citation, figure } from '../benchmarks/library';
import type { Assumption } from './assumptions';

export interface DefaultRange {
  low: number;
  high: number;
  /** The published figure the range comes from; null for the rule-of-thumb percentages. */
  figure: Assumption['figure'];
}

const clip = (x: number, a: Assumption) => Math.min(a.max, Math.max(a.min, x));

export function defaultRange(a: Assumption): DefaultRange {
  if (a.figure) {
    const f = figure(a.figure);
    if (f.low !== null && f.high !== null && f.low <= a.value && a.value <= f.high && f.low < f.high)
      return { low: clip(f.low, a), high: clip(f.high, a), figure: a.figure };
  }
  const [down, up] = a.kind === 'cost' ? [0.1, 0.25] : [0.2, 0.2];
  const lo = a.value * (1 - down);
  const hi = a.value * (1 + up);
  return { low: clip(Math.min(lo, hi), a), high: clip(Math.max(lo, hi), a), figure: null };
}

/** The citation of a default range's published figure, in the reader's language. */
export function defaultSource(r: DefaultRange, lang: 'en' | 'it'): string | null {
  return r.figure ? citation(figure(r.figure), lang) : null;
}
