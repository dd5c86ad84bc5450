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
 * Monthly IRR: the rate where the NPV of the flows is zero. Null when the flows do not change
 * sign (no IRR exists) or no root lies in (−99%, +1000%) a month. Where several roots exist
 * (several sign changes), the one nearest zero is returned, as spreadsheets find from a small guess.
 */
export function monthlyIrr(flows: readonly number[]): number | null {
  let pos = false;
  let neg = false;
  for (const x of flows) {
    if (x > 0) pos = true;
    else if (x < 0) neg = true;
  }
  if (!pos || !neg) return null;
  // Scan outward from 0 for the first bracket with a sign change, then bisect.
  const grid: number[] = [0];
  for (let r = 0.005; r < 10; r *= 1.35) grid.push(r, -Math.min(r, 0.99));
  grid.sort((a, b) => Math.abs(a) - Math.abs(b) || a - b);
  const f0 = npvAt(0, flows);
  if (f0 === 0) return 0;
  let best: [number, number] | null = null;
  // Walk positive and negative sides separately, take the bracket nearest zero.
  for (const side of [1, -1]) {
    const pts = [0, ...grid.filter((r) => Math.sign(r) === side)];
    let prevR = 0;
    let prevF = f0;
    for (const r of pts.slice(1)) {
      const f = npvAt(r, flows);
      if (!Number.isFinite(f)) break;
      if ((prevF < 0 && f >= 0) || (prevF > 0 && f <= 0)) {
        if (!best || Math.abs(prevR) < Math.abs(best[0]) || (Math.abs(prevR) === Math.abs(best[0]) && Math.abs(r) < Math.abs(best[1])))
          best = [prevR, r];
        break;
      }
      prevR = r;
      prevF = f;
    }
  }
  if (!best) return null;
  let [lo, hi] = best;
  let flo = npvAt(lo, flows);
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    const fm = npvAt(mid, flows);
    if (fm === 0 || Math.abs(hi - lo) < 1e-15) return mid;
    if ((flo < 0 && fm < 0) || (flo > 0 && fm > 0)) {
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
  const row = new Array<number>(years + 3).fill(0);
  row[0] = series[0] ?? 0;
  let total = row[0];
  for (let m = 1; m <= horizon; m++) {
    const y = Math.ceil(m / 12);
    const v = series[m] ?? 0;
    row[y] = (row[y] ?? 0) + v;
    total += v;
  }
  row[years + 1] = total;
  row[years + 2] = presentValue(series, df);
  return row;
}
