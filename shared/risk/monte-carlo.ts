/**
 * Monte Carlo (DOMAIN "Risk"): every ranged assumption drawn independently from PERT(low, likely,
 * high), one seeded stream read in a fixed order (trial by trial, register order within a trial), so a
 * seed gives the same numbers whether the run is done in one go or in chunks (the app's worker runs
 * chunks to report progress and be cancellable).
 */
import { createPrng, type Prng } from './prng';
import { pert, samplePert, type Pert } from './pert';
import type { RangedAssumption } from './register';
import { histogram, sCurve, summarise, type HistogramBin, type Percentiles } from './stats';
import type { Workspace } from './workspace';

export interface MonteCarloResult {
  seed: number;
  trials: number;
  npv: Percentiles;
  /** Over the trials that have an ROI (none without costs); null when none has. */
  roi: Percentiles | null;
  /** Percentiles with "no payback within the horizon" ranked last: null where a percentile falls there. */
  paybackMonth: { p10: number | null; p50: number | null; p90: number | null; mean: number | null; shareWithin: number };
  probabilityPositive: number;
  histogram: HistogramBin[];
  sCurve: { p: number; value: number }[];
}

export class MonteCarloRun {
  readonly npv: Float64Array;
  private readonly roi: number[] = [];
  private readonly payback: number[] = [];
  private done = 0;
  private readonly rng: Prng;
  private readonly dists: Pert[];

  constructor(
    private readonly ws: Workspace,
    register: readonly RangedAssumption[],
    readonly seed: number,
    readonly trials: number,
  ) {
    this.rng = createPrng(seed);
    this.dists = register.map((a) => pert(a.low, a.value, a.high));
    this.npv = new Float64Array(trials);
  }

  get completed(): number {
    return this.done;
  }

  get finished(): boolean {
    return this.done >= this.trials;
  }

  /** Runs up to n more trials; returns how many are done. */
  step(n: number): number {
    const end = Math.min(this.trials, this.done + n);
    const dists = this.dists;
    for (let t = this.done; t < end; t++) {
      for (let i = 0; i < dists.length; i++) {
        const d = dists[i];
        if (d) this.ws.set(i, samplePert(this.rng, d));
      }
      const o = this.ws.evaluate();
      this.npv[t] = o.npv;
      if (o.roi !== null) this.roi.push(o.roi);
      if (o.paybackMonth !== null) this.payback.push(o.paybackMonth);
    }
    this.done = end;
    if (this.finished) this.ws.resetAll();
    return this.done;
  }

  result(): MonteCarloResult {
    const n = this.done;
    const npv = this.npv.subarray(0, n);
    const sorted = Float64Array.from(npv).sort();
    let positive = 0;
    for (const v of npv) if (v > 0) positive++;
    const pb = Float64Array.from(this.payback).sort();
    // Trials without a payback rank after every month: percentile q exists only if q·(n−1) lands among those that pay back.
    const pbAt = (q: number): number | null => {
      const h = (n - 1) * q;
      const lo = Math.floor(h);
      const hi = Math.ceil(h);
      if (n === 0 || hi >= pb.length) return null;
      return (pb[lo] ?? 0) + (h - lo) * ((pb[hi] ?? 0) - (pb[lo] ?? 0));
    };
    let pbSum = 0;
    for (const v of pb) pbSum += v;
    return {
      seed: this.seed,
      trials: n,
      npv: summarise(npv),
      roi: this.roi.length ? summarise(Float64Array.from(this.roi)) : null,
      paybackMonth: { p10: pbAt(0.1), p50: pbAt(0.5), p90: pbAt(0.9), mean: pb.length ? pbSum / pb.length : null, shareWithin: n ? pb.length / n : 0 },
      probabilityPositive: n ? positive / n : 0,
      histogram: histogram(sorted),
      sCurve: sCurve(sorted),
    };
  }
}

export function monteCarlo(ws: Workspace, register: readonly RangedAssumption[], seed: number, trials: number): MonteCarloResult {
  const run = new MonteCarloRun(ws, register, seed, trials);
  run.step(trials);
  return run.result();
}
