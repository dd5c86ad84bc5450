/**
 * PERT(low, likely, high) with shape λ = 4 (DOMAIN "Risk"): a Beta(α, β) stretched over [low, high],
 * α = 1 + λ(likely − low)/(high − low), β = 1 + λ(high − likely)/(high − low); mean (low + 4·likely + high)/6.
 *
 * Draws are by inverse transform: u from the seeded generator, x = F⁻¹(u) read from a table of the
 * Beta's quantiles at 4,096 equal steps of u, interpolated linearly. The quantiles come from the CDF
 * tabulated on 4,096 equal steps of x (trapezoid rule on a density that is bounded, since α, β ≥ 1).
 * One uniform per draw keeps the stream simple to reproduce, and a draw costs one table read instead
 * of two Gamma draws: the Monte Carlo draws millions. The tables' error is far below the sampling
 * error of any run (tests/shared/risk/pert.test.ts checks mean and quantiles on 100,000 draws).
 */
import type { Prng } from './prng';

export const PERT_LAMBDA = 4;
const STEPS = 4096;

export interface Pert {
  low: number;
  likely: number;
  high: number;
  alpha: number;
  beta: number;
  /** Quantile of the Beta at j/STEPS, j = 0..STEPS; null for a zero-width range. */
  quantiles: Float64Array | null;
}

/** Tables by shape: most defaults share a few (α = β = 3 for every symmetric ±20% range). */
const tables = new Map<string, Float64Array>();
const MAX_TABLES = 1024;

function betaQuantileTable(alpha: number, beta: number): Float64Array {
  const key = `${alpha}|${beta}`;
  const hit = tables.get(key);
  if (hit) return hit;
  const pdf = (x: number) => Math.pow(x, alpha - 1) * Math.pow(1 - x, beta - 1);
  const cdf = new Float64Array(STEPS + 1);
  let prev = pdf(0);
  for (let i = 1; i <= STEPS; i++) {
    const y = pdf(i / STEPS);
    cdf[i] = (cdf[i - 1] ?? 0) + (prev + y) / 2;
    prev = y;
  }
  const total = cdf[STEPS] ?? 1;
  for (let i = 1; i <= STEPS; i++) cdf[i] = (cdf[i] ?? 0) / total;
  cdf[STEPS] = 1;
  // Sweep u = j/STEPS up the CDF, interpolating x within the step that holds u.
  const q = new Float64Array(STEPS + 1);
  let i = 0;
  for (let j = 1; j < STEPS; j++) {
    const u = j / STEPS;
    while (i < STEPS - 1 && (cdf[i + 1] ?? 1) <= u) i++;
    const a = cdf[i] ?? 0;
    const b = cdf[i + 1] ?? 1;
    q[j] = (i + (b > a ? (u - a) / (b - a) : 0.5)) / STEPS;
  }
  q[STEPS] = 1;
  if (tables.size >= MAX_TABLES) tables.clear();
  tables.set(key, q);
  return q;
}

export function pert(low: number, likely: number, high: number, lambda = PERT_LAMBDA): Pert {
  const width = high - low;
  if (!(width > 0)) return { low, likely, high, alpha: 1, beta: 1, quantiles: null };
  const alpha = 1 + (lambda * (likely - low)) / width;
  const beta = 1 + (lambda * (high - likely)) / width;
  return { low, likely, high, alpha, beta, quantiles: betaQuantileTable(alpha, beta) };
}

export function pertMean(p: Pick<Pert, 'low' | 'likely' | 'high'>): number {
  return (p.low + PERT_LAMBDA * p.likely + p.high) / (PERT_LAMBDA + 2);
}

/** One draw; a zero-width range returns its one value without touching the generator. */
export function samplePert(rng: Prng, p: Pert): number {
  const q = p.quantiles;
  if (q === null) return p.likely;
  const h = rng.next() * STEPS;
  const j = Math.floor(h);
  const a = q[j] ?? 0;
  const x = a + (h - j) * ((q[j + 1] ?? 1) - a);
  return Math.min(p.high, Math.max(p.low, p.low + x * (p.high - p.low)));
}
