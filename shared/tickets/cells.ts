/**
 * A record's cells as the row reader asks for them: as text, or — when the record is a byte view
 * of a UTF-8 file — as a number read from its digits, the same string each time for a value that
 * repeats (a status, a channel, a tag list), or its words as ASCII bytes. Each shortcut answers
 * only when its answer equals what the text would give; otherwise the reader reads the text.
 */
import type { CsvRecordView } from './csv-bytes';

/** Tags and subject as ASCII bytes, for the keyword scan (valid only while the record is read). */
export interface AsciiText {
  bytes: Uint8Array;
  /** Start and end of each range of words: [tagsStart, tagsEnd, subjectStart, subjectEnd]. */
  ranges: Int32Array;
}

export interface RowCells {
  readonly length: number;
  /** The cell's text ('' past the last cell or for index -1). */
  text(i: number): string;
  /** A cell of 1 to 15 ASCII digits and nothing else, as its value; -1 when it is anything else. */
  digits(i: number): number;
  /** The cell's text; for a value that repeats, the same string object as last time. */
  repeated(i: number): string;
  /** Both cells' words as ASCII bytes (-1: no such cell), or null when they are not plain ASCII. */
  asciiWords(tags: number, subject: number): AsciiText | null;
}

/** Cells from an array of texts (XLSX rows, UTF-16 and Windows-1252 files): no shortcut. */
export class ArrayCells implements RowCells {
  fields: readonly string[] = [];

  get length(): number {
    return this.fields.length;
  }

  text(i: number): string {
    return i < 0 ? '' : (this.fields[i] ?? '');
  }

  digits(): number {
    return -1;
  }

  repeated(i: number): string {
    return this.text(i);
  }

  asciiWords(): null {
    return null;
  }
}

/** Distinct values remembered per column; past it, texts are made afresh. */
const MAX_INTERNED = 1024;

/** Strings by their bytes: open addressing on an FNV-1a hash, never more than MAX_INTERNED. */
class ByteInterner {
  private readonly keys: (Uint8Array | undefined)[] = new Array(MAX_INTERNED * 2);
  private readonly strings: string[] = new Array(MAX_INTERNED * 2);
  private size = 0;

  get(b: Uint8Array, s: number, e: number, make: () => string): string {
    let h = 0x811c9dc5;
    for (let k = s; k < e; k++) h = Math.imul(h ^ b[k]!, 0x01000193);
    const mask = MAX_INTERNED * 2 - 1;
    const len = e - s;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot];
      if (key === undefined) {
        const text = make();
        if (this.size < MAX_INTERNED) {
          this.keys[slot] = b.slice(s, e);
          this.strings[slot] = text;
          this.size++;
        }
        return text;
      }
      if (key.length !== len) continue;
      let same = true;
      for (let k = 0; k < len; k++)
        if (key[k] !== b[s + k]) {
          same = false;
          break;
        }
      if (same) return this.strings[slot]!;
    }
  }
}

/** Cells of a CSV record view (one object reused for every record). */
export class ViewCells implements RowCells {
  view!: CsvRecordView;
  private readonly interners: ByteInterner[] = [];
  private readonly words: AsciiText = { bytes: new Uint8Array(0), ranges: new Int32Array(4) };

  get length(): number {
    return this.view.length;
  }

  text(i: number): string {
    return this.view.text(i);
  }

  digits(i: number): number {
    return this.view.digits(i);
  }

  repeated(i: number): string {
    const v = this.view;
    if (!v.isExact(i)) return v.text(i);
    const interner = (this.interners[i] ??= new ByteInterner());
    return interner.get(v.bytes, v.start[i]!, v.end[i]!, () => v.text(i));
  }

  asciiWords(tags: number, subject: number): AsciiText | null {
    const v = this.view;
    if ((tags >= 0 && !v.hasAsciiWords(tags)) || (subject >= 0 && !v.hasAsciiWords(subject))) return null;
    const w = this.words;
    w.bytes = v.bytes;
    w.ranges[0] = tags >= 0 ? v.start[tags]! : 0;
    w.ranges[1] = tags >= 0 ? v.end[tags]! : 0;
    w.ranges[2] = subject >= 0 ? v.start[subject]! : 0;
    w.ranges[3] = subject >= 0 ? v.end[subject]! : 0;
    return w;
  }
}
