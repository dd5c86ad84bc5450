/** Summaries of simulated outcomes: percentiles, mean, histogram, S-curve. */

/** Linear interpolation between order statistics (the spreadsheet PERCENTILE.INC rule), p in [0, 1]. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? 0;
  return a + (h - lo) * (b - a);
}

export interface Percentiles {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
}

export function summarise(values: Float64Array): Percentiles {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of values) sum += v;
  return { p10: quantileSorted(sorted, 0.1), p50: quantileSorted(sorted, 0.5), p90: quantileSorted(sorted, 0.9), mean: values.length ? sum / values.length : NaN };
}

export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

export function histogram(sorted: Float64Array, bins = 30): HistogramBin[] {
  const n = sorted.length;
  if (n === 0) return [];
  const min = sorted[0] ?? 0;
  const max = sorted[n - 1] ?? 0;
  if (!(max > min)) return [{ from: min, to: max, count: n }];
  const width = (max - min) / bins;
  const out = Array.from({ length: bins }, (_, i) => ({ from: min + i * width, to: i === bins - 1 ? max : min + (i + 1) * width, count: 0 }));
  for (const v of sorted) {
    const i = Math.min(bins - 1, Math.floor((v - min) / width));
    const bin = out[i];
    if (bin) bin.count++;
  }
  return out;
}

/** The S-curve: the value at each percentile 0, 1, …, 100 (cumulative share on the other axis). */
export function sCurve(sorted: Float64Array): { p: number; value: number }[] {
  if (sorted.length === 0) return [];
  return Array.from({ length: 101 }, (_, i) => ({ p: i / 100, value: quantileSorted(sorted, i / 100) }));
}
