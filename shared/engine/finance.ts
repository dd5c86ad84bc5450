/** Cash-flow measures over monthly series indexed 0..H (DOMAIN.md, "Outputs"). */

/** Σ x(m) × DF(m) for m = 0..H; DF(0) = 1, so month 0 is undiscounted. */
export function presentValue(series: readonly number[], df: readonly number[]): number {
  let pv = 0;
  for (let m = 0; m < series.length; m++) pv += (series[m] ?? 0) * (df[m] ?? 0);
  return pv;
}

export function cumulativeSum(series: readonly number[]): number[] {
  const out = new Array<number>(series.length);
  let acc = 0;
  for (let m = 0; m < series.length; m++) {
    acc += series[m] ?? 0;
    out[m] = acc;
  }
  return out;
}

/** First month m ≥ 1 whose undiscounted cumulative net is ≥ 0; null if it never is. */
export function paybackMonth(cumulative: readonly number[]): number | null {
  for (let m = 1; m < cumulative.length; m++) if ((cumulative[m] ?? -1) >= 0) return m;
  return null;
}

/** First month m ≥ 1 whose discounted cumulative net Σ Net(k)·DF(k), k ≤ m, is ≥ 0; null if never. */
export function discountedPayback(discountedCumulative: readonly number[]): number | null {
  return paybackMonth(discountedCumulative);
}

/** Peak funding need: −min(0, min over m of the cumulative net), a positive amount (0 if it never dips). */
export function peakFunding(cumulative: readonly number[]): number {
  let low = 0;
  for (const x of cumulative) if (x < low) low = x;
  return low < 0 ? -low : 0;
}

function npvAt(rate: number, flows: readonly number[]): number {
  let v = 0;
  let f = 1;
  const k = 1 / (1 + rate);
  for (let m = 0; m < flows.length; m++) {
    v += (flows[m] ?? 0) * f;
    f *= k;
  }
  return v;
}

/**
 * Candidate rates for bracketing a root, ordered by distance from 0 (0.5%, ×1.35 each step, up to
 * +1000% and down to −99% a month). Built once: the IRR runs on every recompute.
 */
const IRR_GRID: readonly number[] = (() => {
  const out = new Set<number>();
  for (let r = 0.005; r < 10; r *= 1.35) {
    out.add(r);
    out.add(-Math.min(r, 0.99));
  }
  return [...out].sort((a, b) => Math.abs(a) - Math.abs(b) || a - b);
})();

/**
 * Monthly IRR: the rate where the NPV of the flows is zero. Null when the flows do not change
 * sign (no IRR exists) or no root lies in (−99%, +1000%) a month. Where several roots exist
 * (several sign changes), the one nearest zero is returned, as spreadsheets find from a small guess.
 *
 * The grid, walked outwards from 0 on both sides at once, finds the bracket nearest zero; the
 * Illinois variant of false position then converges on the root in a few steps (bisection needs ~50).
 */
export function monthlyIrr(flows: readonly number[]): number | null {
  let pos = false;
  let neg = false;
  for (const x of flows) {
    if (x > 0) pos = true;
    else if (x < 0) neg = true;
  }
  if (!pos || !neg) return null;
  const f0 = npvAt(0, flows);
  if (f0 === 0) return 0;
  let lo = 0;
  let hi = 0;
  let flo = f0;
  let fhi = f0;
  let found = false;
  // Last point seen on each side (positive rates, negative rates); a side stops at a non-finite NPV.
  let prevPos = 0;
  let fPrevPos = f0;
  let prevNeg = 0;
  let fPrevNeg = f0;
  let posOpen = true;
  let negOpen = true;
  for (const r of IRR_GRID) {
    const positive = r > 0;
    if (positive ? !posOpen : !negOpen) continue;
    const f = npvAt(r, flows);
    if (!Number.isFinite(f)) {
      if (positive) posOpen = false;
      else negOpen = false;
      continue;
    }
    const prevR = positive ? prevPos : prevNeg;
    const prevF = positive ? fPrevPos : fPrevNeg;
    if ((prevF < 0 && f >= 0) || (prevF > 0 && f <= 0)) {
      if (f === 0) return r;
      lo = prevR;
      flo = prevF;
      hi = r;
      fhi = f;
      found = true;
      break;
    }
    if (positive) {
      prevPos = r;
      fPrevPos = f;
    } else {
      prevNeg = r;
      fPrevNeg = f;
    }
  }
  if (!found) return null;
  // Illinois: false position that halves the stale end's value when the same end is kept twice.
  let side = 0;
  let x = lo;
  for (let i = 0; i < 200; i++) {
    const next = (lo * fhi - hi * flo) / (fhi - flo);
    if (!Number.isFinite(next)) break;
    const step = Math.abs(next - x);
    x = next;
    const fx = npvAt(x, flows);
    if (fx === 0 || step <= 1e-15 + 1e-14 * Math.abs(x)) return x;
    if ((fx < 0) === (fhi < 0)) {
      hi = x;
      fhi = fx;
      if (side === -1) flo /= 2;
      side = -1;
    } else {
      lo = x;
      flo = fx;
      if (side === 1) fhi /= 2;
      side = 1;
    }
  }
  // Not converged (pathological flows): bisect what is left of the bracket.
  for (let i = 0; i < 200 && Math.abs(hi - lo) > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    const fm = npvAt(mid, flows);
    if (fm === 0) return mid;
    if ((fm < 0) === (flo < 0)) {
      lo = mid;
      flo = fm;
    } else hi = mid;
  }
  return (lo + hi) / 2;
}

/** A monthly rate as an annual one: (1 + r)^12 − 1. */
export function annualise(monthly: number): number {
  return Math.pow(1 + monthly, 12) - 1;
}

/** Annualised IRR: (1 + irr)^12 − 1, or null. */
export function annualIrr(flows: readonly number[]): number | null {
  const m = monthlyIrr(flows);
  return m === null ? null : annualise(m);
}

/** Number of TEI years for a horizon: Year k covers months 12(k−1)+1 .. min(12k, H). */
export function yearCount(horizon: number): number {
  return Math.ceil(horizon / 12);
}

/**
 * A TEI cash-flow row: [Initial (month 0), Year 1..n, Total, Present value].
 * Total is the undiscounted sum over 0..H; PV discounts month by month.
 */
export function yearRow(series: readonly number[], df: readonly number[]): number[] {
  const horizon = series.length - 1;
  const years = yearCount(horizon);
  const row = new Array<number>(years + 3);
  const first = series[0] ?? 0;
  row[0] = first;
  let total = first;
  let pv = first * (df[0] ?? 0);
  // Year by year rather than Math.ceil(m / 12) per month: this runs for every line on every recompute.
  for (let y = 1, m = 1; y <= years; y++) {
    let sum = 0;
    const end = Math.min(12 * y, horizon);
    for (; m <= end; m++) {
      const v = series[m] ?? 0;
      sum += v;
      pv += v * (df[m] ?? 0);
    }
    row[y] = sum;
    total += sum;
  }
  row[years + 1] = total;
  row[years + 2] = pv;
  return row;
}
