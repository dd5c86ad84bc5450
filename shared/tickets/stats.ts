/**
 * Order statistics over many values, exact, in little memory: values are counted in a histogram
 * (value → count) while they have few distinct values — help desks write whole minutes or seconds,
 * so ten million tickets fit in a few thousand entries — and move to a growing typed array (8 bytes
 * a value, sorted once) only past 100,000 distinct values. Percentiles interpolate between the two
 * nearest ranks (Excel's PERCENTILE.INC): the median of an even count is the mean of the middle two.
 */
const MAX_DISTINCT = 100_000;

export class Values {
  private histogram: Map<number, number> | null = new Map();
  private data = new Float64Array(0);
  private n = 0;

  add(v: number): void {
    const h = this.histogram;
    if (h) {
      h.set(v, (h.get(v) ?? 0) + 1);
      this.n++;
      if (h.size > MAX_DISTINCT) this.spill(h);
      return;
    }
    if (this.n === this.data.length) this.grow(this.n * 2);
    this.data[this.n++] = v;
  }

  get count(): number {
    return this.n;
  }

  /** PERCENTILE.INC; null when there are no values. */
  percentile(p: number): number | null {
    if (this.n === 0) return null;
    const h = (this.n - 1) * p;
    const lo = Math.floor(h);
    const [a, b] = this.histogram ? this.ranksFromHistogram(this.histogram, lo) : this.ranksFromSorted(lo);
    return a + (h - lo) * (b - a);
  }

  private grow(size: number): void {
    const next = new Float64Array(Math.max(1024, size));
    next.set(this.data.subarray(0, this.n));
    this.data = next;
  }

  private spill(h: Map<number, number>): void {
    this.histogram = null;
    this.data = new Float64Array(Math.max(1024, this.n * 2));
    let i = 0;
    for (const [v, k] of h) for (let j = 0; j < k; j++) this.data[i++] = v;
    this.sortedUpTo = -1;
  }

  /** The values at ranks lo and lo + 1 (0-based; the last value if lo is the last rank). */
  private ranksFromHistogram(h: Map<number, number>, lo: number): [number, number] {
    const keys = [...h.keys()].sort((x, y) => x - y);
    let seen = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      seen += h.get(k)!;
      if (seen > lo) {
        // Rank lo is this value; rank lo + 1 is too if more of it remain, else the next value.
        const next = seen > lo + 1 ? k : (keys[i + 1] ?? k);
        return [k, next];
      }
    }
    const last = keys[keys.length - 1]!;
    return [last, last];
  }

  private sortedUpTo = -1;

  private ranksFromSorted(lo: number): [number, number] {
    const s = this.data.subarray(0, this.n);
    if (this.sortedUpTo !== this.n) {
      s.sort();
      this.sortedUpTo = this.n;
    }
    return [s[lo]!, s[Math.min(lo + 1, this.n - 1)]!];
  }
}

/** a ÷ b, or null when b is 0 (no NaN reaches a screen or a file). */
export function ratio(a: number, b: number): number | null {
  return b > 0 ? a / b : null;
}
