/**
 * Order statistics over many values, exact, in little memory: whole values from 0 to 65,535 (help
 * desks write whole minutes or seconds) are counted in a typed array, others in a histogram (value
 * → count) while they have few distinct values; past 100,000 distinct values they move to sorted
 * runs (value, count) in typed arrays, new values gathering in a buffer merged into the runs each
 * time it fills — so memory follows the distinct values (16 bytes each), never the ticket count.
 * Percentiles interpolate between the two nearest ranks (Excel's PERCENTILE.INC): the median of an
 * even count is the mean of the middle two.
 */
const MAX_DISTINCT = 100_000;
/** Whole values below this are counted in `small`. */
const SMALL = 1 << 16;

interface Runs {
  keys: Float64Array;
  counts: Float64Array;
  n: number;
}

export class Values {
  private small: Uint32Array | null = null;
  private histogram: Map<number, number> | null = new Map();
  private runs: Runs = { keys: new Float64Array(0), counts: new Float64Array(0), n: 0 };
  private buffer = new Float64Array(0);
  private buffered = 0;
  /** All values. */
  private n = 0;

  /** `bufferSize`: values gathered before they are merged into the runs (smaller in tests). */
  constructor(private readonly bufferSize = 1 << 20) {}

  add(v: number): void {
    this.n++;
    if (v >= 0 && v < SMALL && (v | 0) === v) {
      (this.small ??= new Uint32Array(SMALL))[v]!++;
      return;
    }
    const h = this.histogram;
    if (h) {
      h.set(v, (h.get(v) ?? 0) + 1);
      if (h.size > MAX_DISTINCT) this.spill(h);
      return;
    }
    if (this.buffered === this.buffer.length) {
      if (this.buffer.length < this.bufferSize) {
        const next = new Float64Array(Math.min(this.bufferSize, Math.max(1024, this.buffer.length * 2)));
        next.set(this.buffer);
        this.buffer = next;
      } else this.mergeBuffer();
    }
    this.buffer[this.buffered++] = v;
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

  private spill(h: Map<number, number>): void {
    this.histogram = null;
    const keys = Float64Array.from(h.keys()).sort();
    this.runs = { keys, counts: Float64Array.from(keys, (k) => h.get(k)!), n: keys.length };
  }

  /** The buffered values sorted, counted and merged into the runs. */
  private mergeBuffer(): void {
    if (this.buffered === 0) return;
    const s = this.buffer.subarray(0, this.buffered).sort();
    const r = this.runs;
    const keys = new Float64Array(r.n + this.buffered);
    const counts = new Float64Array(r.n + this.buffered);
    let n = 0;
    let i = 0;
    let j = 0;
    const put = (k: number, c: number) => {
      if (n > 0 && keys[n - 1] === k) counts[n - 1]! += c;
      else {
        keys[n] = k;
        counts[n++] = c;
      }
    };
    while (i < r.n || j < s.length) {
      if (j >= s.length || (i < r.n && r.keys[i]! <= s[j]!)) {
        put(r.keys[i]!, r.counts[i]!);
        i++;
      } else put(s[j++]!, 1);
    }
    // Trimmed to the distinct values: the runs hold 16 bytes a distinct value, whatever the count.
    this.runs = { keys: keys.slice(0, n), counts: counts.slice(0, n), n };
    this.buffered = 0;
  }

  /** The values outside `small`, ascending, with their counts. */
  private sortedOthers(): { keys: ArrayLike<number>; counts: ArrayLike<number> } {
    if (this.histogram) {
      const h = this.histogram;
      const keys = [...h.keys()].sort((x, y) => x - y);
      return { keys, counts: keys.map((k) => h.get(k)!) };
    }
    this.mergeBuffer();
    return { keys: this.runs.keys, counts: this.runs.counts };
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
        seen += counts[j]!;
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
