/** Time value and ramps (DOMAIN.md, "Time" and "Ramp"). */

/** Monthly rate equivalent to an annual rate r: (1 + r)^(1/12) − 1. */
export function monthlyRate(annualRate: number): number {
  return Math.pow(1 + annualRate, 1 / 12) - 1;
}

/** Discount factors DF(m) = (1 + rm)^(−m) for m = 0..H. */
export function discountFactors(annualRate: number, horizon: number): number[] {
  const rm = monthlyRate(annualRate);
  const out = new Array<number>(horizon + 1);
  for (let m = 0; m <= horizon; m++) out[m] = Math.pow(1 + rm, -m);
  return out;
}

/** ramp(m) = 0 before the start month; then linear over R months to 1; immediate when R = 0. */
export function rampAt(m: number, start: number, rampMonths: number): number {
  if (m < start) return 0;
  if (rampMonths > 0) return Math.min(1, (m - start + 1) / rampMonths);
  return 1;
}

/** The ramp for m = 0..H; all zeros for a disabled line. */
export function rampSeries(horizon: number, start: number, rampMonths: number, enabled = true): number[] {
  const out = new Array<number>(horizon + 1).fill(0);
  if (!enabled) return out;
  for (let m = 1; m <= horizon; m++) out[m] = rampAt(m, start, rampMonths);
  return out;
}
