/**
 * Order statistics over many values, exact, in little memory: whole values from 0 to 65,535 (help
 * desks write whole minutes or seconds) are counted in a typed array, others in a histogram (value
 * → count) while they have few distinct values, moving to a growing typed array (8 bytes a value,
 * sorted once) only past 100,000 distinct values — so ten million tickets fit in a few hundred
 * kilobytes. Percentiles interpolate between the two nearest ranks (Excel's PERCENTILE.INC): the
 * median of an even count is the mean of the middle two.
 */
const MAX_DISTINCT = 100_000;
/** Whole values below this are counted in `small`. */
const SMALL = 1 << 16;

export class Values {
  private small: Uint32Array | null = null;
  private histogram: Map<number, number> | null = new Map();
  private data = new Float64Array(0);
  /** All values; those in the histogram or the array. */
  private n = 0;
  private others = 0;

  add(v: number): void {
    this.n++;
    if (v >= 0 && v < SMALL && (v | 0) === v) {
      (this.small ??= new Uint32Array(SMALL))[v]!++;
      return;
    }
    this.sorted = null;
    const h = this.histogram;
    if (h) {
      h.set(v, (h.get(v) ?? 0) + 1);
      this.others++;
      if (h.size > MAX_DISTINCT) this.spill(h);
      return;
    }
    if (this.others === this.data.length) this.grow(this.others * 2);
    this.data[this.others++] = v;
  }

  get count(): number {
    return this.n;
  }

  /** PERCENTILE.INC; null when there are no values. */
  percentile(p: number): number | null {
    if (this.n === 0) return null;
    const h = (this.n - 1) * p;
    const lo = Math.floor(h);
    const a = this.at(lo);
    const b = this.at(Math.min(lo + 1, this.n - 1));
    return a + (h - lo) * (b - a);
  }

  private grow(size: number): void {
    const next = new Float64Array(Math.max(1024, size));
    next.set(this.data.subarray(0, this.others));
    this.data = next;
  }

  private spill(h: Map<number, number>): void {
    this.histogram = null;
    this.data = new Float64Array(Math.max(1024, this.others * 2));
    let i = 0;
    for (const [v, k] of h) for (let j = 0; j < k; j++) this.data[i++] = v;
    this.sorted = null;
  }

  private sorted: { keys: ArrayLike<number>; counts: ArrayLike<number> | null } | null = null;

  /** The values outside `small`, ascending, with their counts (null: one each). */
  private sortedOthers(): { keys: ArrayLike<number>; counts: ArrayLike<number> | null } {
    if (this.sorted) return this.sorted;
    if (this.histogram) {
      const h = this.histogram;
      const keys = [...h.keys()].sort((x, y) => x - y);
      this.sorted = { keys, counts: keys.map((k) => h.get(k)!) };
    } else {
      const s = this.data.subarray(0, this.others);
      s.sort();
      this.sorted = { keys: s, counts: null };
    }
    return this.sorted;
  }

  /** The value at a rank (0-based) of all the values in ascending order: the two stores merged. */
  private at(rank: number): number {
    const { keys, counts } = this.sortedOthers();
    const small = this.small;
    let seen = 0;
    let i = 0;
    let j = 0;
    for (;;) {
      while (small && i < SMALL && small[i] === 0) i++;
      const a = small && i < SMALL ? i : Infinity;
      const b = j < keys.length ? keys[j]! : Infinity;
      if (a === Infinity && b === Infinity) throw new Error(`rank ${rank} of ${this.n} values`);
      if (a <= b) {
        seen += small![i]!;
        if (seen > rank) return a;
        i++;
      } else {
        seen += counts ? counts[j]! : 1;
        if (seen > rank) return b;
        j++;
      }
    }
  }
}

/** a ÷ b, or null when b is 0 (no NaN reaches a screen or a file). */
export function ratio(a: number, b: number): number | null {
  return b > 0 ? a / b : null;
}
