/**
 * Finding keywords and phrases in short texts, fast enough for millions of tickets: the text is
 * cut into words once, and each run of up to N words is looked up in a map — one pass, whatever
 * the number of rules (a regular expression per rule was the slowest part of reading an export).
 * Whole words only: "bug" is not found in "debugger"; accented letters are letters.
 */
const NON_WORD = /[^a-z0-9\u00c0-\u024f]+/;

export function words(text: string): string[] {
  return text.toLowerCase().split(NON_WORD).filter((w) => w !== '');
}

export class KeywordIndex<T> {
  private readonly map = new Map<string, T>();
  private readonly longest: number;

  /** Entries earlier in the list win when two give the same keyword. */
  constructor(entries: readonly (readonly [string, T])[]) {
    let longest = 1;
    for (const [k, v] of entries) {
      const w = words(k);
      if (w.length === 0) continue;
      const key = w.join(' ');
      if (!this.map.has(key)) this.map.set(key, v);
      longest = Math.max(longest, w.length);
    }
    this.longest = longest;
  }

  /** Calls visit for every keyword found in the words, in order; stops when visit returns true. */
  scan(ws: readonly string[], visit: (value: T, keyword: string) => boolean | void): void {
    for (let i = 0; i < ws.length; i++) {
      let gram = ws[i]!;
      for (let n = 1; n <= this.longest && i + n <= ws.length; n++) {
        if (n > 1) gram += ' ' + ws[i + n - 1];
        const v = this.map.get(gram);
        if (v !== undefined && visit(v, gram) === true) return;
      }
    }
  }
}
