/**
 * Break-even (DOMAIN "Risk"): the value of one assumption at which NPV = 0 with all else at likely,
 * found by root search on the engine's figures (the trial path, equal to it to 1e-9), within the
 * field's valid range; null when NPV does not cross zero there. Of several crossings, the one nearest
 * the likely value: that is the margin of safety the case has.
 */
import type { Workspace } from './workspace';

/** Outward steps from the likely value to each bound: fine near it, doubling away from it. */
function gridTowards(likely: number, bound: number): number[] {
  const out: number[] = [];
  const dist = Math.abs(bound - likely);
  if (!(dist > 0)) return out;
  let step = Math.max(Math.abs(likely), Math.min(dist, 1)) * 0.01;
  let d = step;
  while (d < dist) {
    out.push(likely + Math.sign(bound - likely) * d);
    step *= 1.6;
    d += step;
  }
  out.push(bound);
  return out;
}

/** Illinois false position on a bracket [a, b] with f(a), f(b) of opposite signs. */
function refine(f: (x: number) => number, a0: number, fa0: number, b0: number, fb0: number): number {
  let a = a0;
  let fa = fa0;
  let b = b0;
  let fb = fb0;
  let side = 0;
  for (let i = 0; i < 200; i++) {
    const x = (a * fb - b * fa) / (fb - fa);
    const mid = Number.isFinite(x) && x > Math.min(a, b) && x < Math.max(a, b) ? x : (a + b) / 2;
    const fx = f(mid);
    if (fx === 0 || mid === a || mid === b) return mid;
    if (Math.sign(fx) === Math.sign(fb)) {
      b = mid;
      fb = fx;
      if (side === -1) fa /= 2;
      side = -1;
    } else {
      a = mid;
      fa = fx;
      if (side === 1) fb /= 2;
      side = 1;
    }
    if (Math.abs(b - a) <= 4 * Number.EPSILON * Math.max(1, Math.abs(a), Math.abs(b))) break;
  }
  return Math.abs(fa) < Math.abs(fb) ? a : b;
}

export function breakEven(ws: Workspace, index: number, likely: number, min: number, max: number): number | null {
  const f = (x: number) => ws.withOne(index, x).npv;
  const f0 = f(likely);
  if (f0 === 0) return likely;
  const sides = [gridTowards(likely, max), gridTowards(likely, min)];
  let best: number | null = null;
  for (const grid of sides) {
    let prev = likely;
    let fPrev = f0;
    for (const x of grid) {
      const fx = f(x);
      if (fx === 0 || Math.sign(fx) !== Math.sign(fPrev)) {
        const root = fx === 0 ? x : refine(f, prev, fPrev, x, fx);
        if (best === null || Math.abs(root - likely) < Math.abs(best - likely)) best = root;
        break;
      }
      prev = x;
      fPrev = fx;
    }
  }
  return best;
}
