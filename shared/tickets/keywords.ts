/**
 * Finding keywords and phrases in short texts, fast enough for millions of tickets: the text is
 * cut into words once, and each run of up to N words is looked up in a map — one pass, whatever
 * the number of rules (a regular expression per rule was the slowest part of reading an export).
 * Whole words only: "bug" is not found in "debugger"; accented letters are letters.
 * Text that is plain ASCII can be scanned as bytes (scanAscii): its words are walked through a
 * trie of the keywords, character by character, without making a string — the same finds, in the
 * same order, as scan over words().
 */
import type { AsciiText } from './cells';

const NON_WORD = /[^a-z0-9\u00c0-\u024f]+/;

export function words(text: string): string[] {
  return text.toLowerCase().split(NON_WORD).filter((w) => w !== '');
}

export class KeywordIndex<T> {
  private readonly map = new Map<string, T>();
  private readonly longest: number;
  private readonly trie = new AsciiTrie<T>();

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
    // A keyword with a letter beyond ASCII cannot be in ASCII text: the trie leaves it out.
    for (const [k, v] of this.map) if (/^[a-z0-9 ]+$/.test(k)) this.trie.add(k, v);
  }

  /** scan over the words of the ASCII byte ranges (read as if joined by a space). */
  scanAscii(text: AsciiText, visit: (value: T, keyword: string) => void): void {
    const b = text.bytes;
    const r = text.ranges;
    let n = 0;
    let ws: Int32Array = this.wordBounds;
    for (let p = 0; p < r.length; p += 2) {
      let start = -1;
      const end = r[p + 1]!;
      for (let k = r[p]!; k <= end; k++) {
        const word = k < end && charCode(b[k]!) >= 0;
        if (word && start < 0) start = k;
        else if (!word && start >= 0) {
          if (n * 2 + 2 > ws.length) ws = this.growWords();
          ws[n * 2] = start;
          ws[n * 2 + 1] = k;
          n++;
          start = -1;
        }
      }
    }
    const t = this.trie;
    for (let i = 0; i < n; i++) {
      let node = 0;
      for (let w = 0; w < this.longest && i + w < n; w++) {
        if (w > 0 && (node = t.child(node, SPACE)) === 0) break;
        const end = ws[(i + w) * 2 + 1]!;
        for (let k = ws[(i + w) * 2]!; k < end; k++) if ((node = t.child(node, charCode(b[k]!))) === 0) break;
        if (node === 0) break;
        const v = t.values[node];
        if (v !== undefined) visit(v, t.keys[node]!);
      }
    }
  }

  private wordBounds: Int32Array = new Int32Array(256);

  private growWords(): Int32Array {
    const next = new Int32Array(this.wordBounds.length * 2);
    next.set(this.wordBounds);
    return (this.wordBounds = next);
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

const SPACE = 36;

/** a–z → 0–25, A–Z as a–z, 0–9 → 26–35; -1 for a byte that is no word character. */
function charCode(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 48 && c <= 57) return c - 22;
  return -1;
}

/** Keywords (lower-case ASCII words, one space between) by character; node 0 is the root. */
class AsciiTrie<T> {
  private next = new Int32Array(37 * 64);
  private nodes = 1;
  readonly values: (T | undefined)[] = [undefined];
  readonly keys: (string | undefined)[] = [undefined];

  /** The child of a node by character code; 0 when there is none. */
  child(node: number, code: number): number {
    return this.next[node * 37 + code]!;
  }

  add(key: string, value: T): void {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      const code = c === 32 ? SPACE : charCode(c);
      let to = this.next[node * 37 + code]!;
      if (to === 0) {
        to = this.nodes++;
        if (this.nodes * 37 > this.next.length) {
          const grown = new Int32Array(this.next.length * 2);
          grown.set(this.next);
          this.next = grown;
        }
        this.next[node * 37 + code] = to;
        this.values.push(undefined);
        this.keys.push(undefined);
      }
      node = to;
    }
    this.values[node] = value;
    this.keys[node] = key;
  }
}
