/**
 * Order statistics over many values without keeping objects: values go into a growing typed array
 * (8 bytes each), sorted once at the end. Percentiles interpolate between the two nearest ranks
 * (Excel's PERCENTILE.INC), so the median of an even count is the mean of the middle two.
 */
export class Values {
  private data = new Float64Array(1024);
  private n = 0;

  add(v: number): void {
    if (this.n === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.n++] = v;
  }

  get count(): number {
    return this.n;
  }

  /** The sorted values (sorts in place once). */
  sorted(): Float64Array {
    const s = this.data.subarray(0, this.n);
    s.sort();
    return s;
  }
}

/** PERCENTILE.INC of sorted values; null when there are none. */
export function percentile(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  const b = sorted[Math.min(lo + 1, n - 1)]!;
  return a + (h - lo) * (b - a);
}

/** a ÷ b, or null when b is 0 (no NaN reaches a screen or a file). */
export function ratio(a: number, b: number): number | null {
  return b > 0 ? a / b : null;
}
