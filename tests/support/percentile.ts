/**
 * The percentile the tickets' statistics promise (linear interpolation between closest ranks),
 * computed the plain way — sort a copy, interpolate — for tests to hold the fast stores to.
 */
export function percentileByHand(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return s[lo]! + (h - lo) * (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!);
}
