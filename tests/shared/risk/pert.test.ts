import { describe, expect, it } from 'vitest';
import { createPrng } from '@shared/risk/prng';
import { pert, pertMean, samplePert } from '@shared/risk/pert';
import { betaCdf } from './beta-reference';

const N = 100_000;

function draws(low: number, likely: number, high: number, seed: number): Float64Array {
  const rng = createPrng(seed);
  const p = pert(low, likely, high);
  const out = new Float64Array(N);
  for (let i = 0; i < N; i++) out[i] = samplePert(rng, p);
  return out;
}

describe('PERT sampling', () => {
  // PERT(2, 3, 10), λ = 4: α = 1 + 4·1/8 = 1.5, β = 1 + 4·7/8 = 4.5, mean (2 + 12 + 10)/6 = 4,
  // variance (mean − low)(high − mean)/7 = 2·6/7 ≈ 1.714 (sd ≈ 1.309).
  const low = 2;
  const likely = 3;
  const high = 10;
  const xs = draws(low, likely, high, 12345);

  it('has the shape parameters and mean worked out by hand', () => {
    const p = pert(low, likely, high);
    expect(p.alpha).toBeCloseTo(1.5, 12);
    expect(p.beta).toBeCloseTo(4.5, 12);
    expect(pertMean(p)).toBe(4);
  });

  it('matches the mean within 5 standard errors over 100,000 draws', () => {
    let sum = 0;
    for (const x of xs) sum += x;
    const se = Math.sqrt((2 * 6) / 7 / N); // ≈ 0.0041
    expect(Math.abs(sum / N - 4)).toBeLessThan(5 * se);
  });

  it('matches the P10, P50 and P90 within 5 standard errors of the empirical CDF', () => {
    const sorted = Float64Array.from(xs).sort();
    for (const p of [0.1, 0.5, 0.9]) {
      const q = sorted[Math.floor(p * N)] ?? NaN;
      // The analytic CDF at the empirical quantile is p ± sqrt(p(1 − p)/N) (≈ 0.00095 at P10).
      const F = betaCdf(1.5, 4.5, (q - low) / (high - low));
      expect(Math.abs(F - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / N));
    }
  });

  it('stays within [low, high] and gives the likely value for a zero-width range', () => {
    let min = Infinity;
    let max = -Infinity;
    for (const x of xs) {
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    expect(min).toBeGreaterThanOrEqual(low);
    expect(max).toBeLessThanOrEqual(high);
    expect(samplePert(createPrng(1), pert(7, 7, 7))).toBe(7);
  });

  it('matches a symmetric PERT (α = β = 3) whose CDF is 10x³ − 15x⁴ + 6x⁵', () => {
    const ys = draws(0, 0.5, 1, 99);
    const sorted = Float64Array.from(ys).sort();
    for (const p of [0.1, 0.25, 0.5, 0.75, 0.9]) {
      const x = sorted[Math.floor(p * N)] ?? NaN;
      const F = 10 * x ** 3 - 15 * x ** 4 + 6 * x ** 5;
      expect(Math.abs(F - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / N));
    }
  });
});

describe('seeded generator', () => {
  it('gives the same stream for the same seed and a different one for another seed', () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const c = createPrng(43);
    const sa = Array.from({ length: 1000 }, () => a.next());
    const sb = Array.from({ length: 1000 }, () => b.next());
    const sc = Array.from({ length: 1000 }, () => c.next());
    expect(sb).toEqual(sa);
    expect(sc).not.toEqual(sa);
  });

  it('draws in the open interval (0, 1) with mean 1/2 within 5 standard errors', () => {
    const r = createPrng(7);
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < N; i++) {
      const u = r.next();
      if (!(u > 0 && u < 1)) outside++;
      sum += u;
    }
    expect(outside).toBe(0);
    expect(Math.abs(sum / N - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / N));
  });
});
