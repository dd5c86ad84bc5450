/**
 * The CSV reader of csv.ts over UTF-8 bytes instead of decoded text, for the big files: a record is
 * split where its delimiters, quotes and line breaks are (all ASCII, so never inside a character)
 * and handed over as a view of byte ranges, so a field nobody reads is never decoded and a number
 * is read from its digits. Same records, same line numbers, same 'cut' and 'undecodable' marks as
 * CsvReader over the decoded text (tests/shared/tickets/csv-bytes.test.ts holds them to it).
 */
import type { RecordProblem, RecordSink } from './csv';
import { decodesToReplacement } from './utf8';

/** A field's text from its bytes; `ascii` tells that every byte is below 0x80. */
export type FieldText = (bytes: Uint8Array, start: number, end: number, ascii: boolean) => string;

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
export const decodeField: FieldText = (b, s, e) => utf8.decode(b.subarray(s, e));

/** Field flags. */
export const HIGH = 1; // a byte >= 0x80 (not plain ASCII)
export const QUOTED = 2;
export const PAIRS = 4; // "" inside the quotes, to be read as one quote

const QUOTE = 34;
const LF = 10;
const CR = 13;
const EMPTY = new Uint8Array(0);

/**
 * One record, valid only during the sink's call (the next record reuses it). For a quoted field,
 * start–end is the text between the quotes, and end + 1 to tailEnd what follows the closing quote
 * (kept, as spreadsheets do); for a plain field tailEnd is end.
 */
export class CsvRecordView {
  bytes: Uint8Array = EMPTY;
  length = 0;
  start = new Int32Array(64);
  end = new Int32Array(64);
  tailEnd = new Int32Array(64);
  flags = new Uint8Array(64);

  constructor(readonly decode: FieldText = decodeField) {}

  /** The field's text as CsvReader gives it ('' past the last field). */
  text(i: number): string {
    if (i < 0 || i >= this.length) return '';
    const f = this.flags[i]!;
    const ascii = (f & HIGH) === 0;
    const s = this.start[i]!;
    const e = this.end[i]!;
    let t = this.decode(this.bytes, s, e, ascii);
    if (f & PAIRS) t = t.replaceAll('""', '"');
    const tail = this.tailEnd[i]!;
    if (f & QUOTED && tail > e + 1) t += this.decode(this.bytes, e + 1, tail, ascii);
    return t;
  }

  /** Every field's text. */
  fields(): string[] {
    const out = new Array<string>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.text(i);
    return out;
  }

  /** The field's text is its bytes start–end decoded: nothing after a closing quote, no "" pair. */
  isExact(i: number): boolean {
    if (i < 0 || i >= this.length) return false;
    const f = this.flags[i]!;
    return (f & PAIRS) === 0 && (!(f & QUOTED) || this.tailEnd[i]! <= this.end[i]! + 1);
  }

  /**
   * The field's words are those of its bytes start–end read as ASCII: no byte >= 0x80 and nothing
   * after a closing quote ("" pairs may stay: a quote separates words as one does).
   */
  hasAsciiWords(i: number): boolean {
    if (i < 0 || i >= this.length) return false;
    const f = this.flags[i]!;
    return (f & HIGH) === 0 && (!(f & QUOTED) || this.tailEnd[i]! <= this.end[i]! + 1);
  }

  /** A field of 1 to 15 ASCII digits and nothing else, as its value; -1 for any other field. */
  digits(i: number): number {
    if (i < 0 || i >= this.length || this.flags[i] !== 0) return -1;
    const s = this.start[i]!;
    const e = this.end[i]!;
    if (e === s || e - s > 15) return -1;
    const b = this.bytes;
    let v = 0;
    for (let k = s; k < e; k++) {
      const d = b[k]! - 48;
      if (d < 0 || d > 9) return -1;
      v = v * 10 + d;
    }
    return v;
  }

  grow(): void {
    const n = this.start.length * 2;
    const g = <T extends Int32Array | Uint8Array>(a: T, next: T): T => {
      next.set(a);
      return next;
    };
    this.start = g(this.start, new Int32Array(n));
    this.end = g(this.end, new Int32Array(n));
    this.tailEnd = g(this.tailEnd, new Int32Array(n));
    this.flags = g(this.flags, new Uint8Array(n));
  }
}

export type RecordViewSink = (record: CsvRecordView, line: number, problem: RecordProblem) => void;

/** Records of UTF-8 bytes (no byte-order mark) to a view sink, chunk by chunk. */
export class ByteCsvReader {
  private pending: Uint8Array = EMPTY;
  private scratch: Uint8Array = EMPTY;
  /** Line number (1-based) at which `pending` starts. */
  private line = 1;
  readonly view: CsvRecordView;

  /** `delimiter` is an ASCII character code. */
  constructor(
    private readonly delimiter: number,
    private readonly sink: RecordViewSink,
    decode: FieldText = decodeField,
  ) {
    this.view = new CsvRecordView(decode);
  }

  /**
   * Parses the records complete in what has come so far. The chunk is not kept: the caller may
   * reuse its buffer for the next one.
   */
  push(chunk: Uint8Array): void {
    // Always a plain Uint8Array (never a Buffer): the parser's byte reads stay monomorphic.
    let b = chunk.constructor === Uint8Array ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.pending.length > 0) {
      // The unfinished record and the chunk, joined in a buffer reused from chunk to chunk.
      const n = this.pending.length + chunk.length;
      if (this.scratch.length < n) this.scratch = new Uint8Array(n + (n >> 2));
      this.scratch.set(this.pending);
      this.scratch.set(chunk, this.pending.length);
      b = this.scratch.subarray(0, n);
    }
    const used = this.parse(b, false);
    // A copy, not a view: the unfinished record must not keep the whole chunk alive.
    this.pending = used < b.length ? Uint8Array.prototype.slice.call(b, used) : EMPTY;
  }

  end(): void {
    if (this.pending.length > 0) this.parse(this.pending, true);
    this.pending = EMPTY;
  }

  /** Returns how many bytes were consumed (up to the end of the last complete record). */
  private parse(b: Uint8Array, final: boolean): number {
    const n = b.length;
    const d = this.delimiter;
    const v = this.view;
    v.bytes = b;
    let pos = 0;
    while (pos < n) {
      let i = pos;
      let count = 0;
      let lines = 0;
      let high = 0;
      let cut = false;
      let recordEnd = -1;
      while (recordEnd < 0) {
        if (count === v.start.length) v.grow();
        let fieldHigh = 0;
        if (i < n && b[i] === QUOTE) {
          // Quoted field: runs to the closing quote; "" is one quote; line breaks are part of it.
          let j = i + 1;
          let flags = QUOTED;
          let close = -1;
          while (j < n) {
            const c = b[j]!;
            if (c === QUOTE) {
              if (j + 1 < n && b[j + 1] === QUOTE) {
                flags |= PAIRS;
                j += 2;
                continue;
              }
              if (j + 1 >= n && !final) return pos; // cannot tell "" from a closing quote yet
              close = j;
              break;
            }
            if (c === LF || (c === CR && !(j + 1 < n && b[j + 1] === LF))) lines++;
            fieldHigh |= c;
            j++;
          }
          if (close < 0) {
            if (!final) return pos;
            // The file ends inside the quotes: the record is cut there.
            v.start[count] = i + 1;
            v.end[count] = n;
            v.tailEnd[count] = n;
            v.flags[count] = flags | (fieldHigh & 0x80 ? HIGH : 0);
            high |= fieldHigh;
            count++;
            cut = true;
            recordEnd = n;
            break;
          }
          // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
          let k = close + 1;
          while (k < n) {
            const c = b[k]!;
            if (c === d || c === LF || c === CR) break;
            fieldHigh |= c;
            k++;
          }
          v.start[count] = i + 1;
          v.end[count] = close;
          v.tailEnd[count] = k;
          v.flags[count] = flags | (fieldHigh & 0x80 ? HIGH : 0);
          i = k;
        } else {
          let k = i;
          while (k < n) {
            const c = b[k]!;
            if (c === d || c === LF || c === CR) break;
            fieldHigh |= c;
            k++;
          }
          v.start[count] = i;
          v.end[count] = k;
          v.tailEnd[count] = k;
          v.flags[count] = fieldHigh & 0x80 ? HIGH : 0;
          i = k;
        }
        high |= fieldHigh;
        count++;
        if (i >= n) {
          if (!final) return pos;
          recordEnd = n;
          break;
        }
        const c = b[i]!;
        if (c === d) {
          i++;
          continue;
        }
        // End of record: CRLF, LF or CR; a CR at the chunk's end may be half of a CRLF.
        if (c === CR) {
          if (i + 1 >= n && !final) return pos;
          i += i + 1 < n && b[i + 1] === LF ? 2 : 1;
        } else i++;
        lines++;
        recordEnd = i;
      }
      v.length = count;
      const line = this.line;
      this.line += lines;
      const start = pos;
      pos = recordEnd;
      // A blank line is no record.
      if (!cut && count === 1 && v.end[0] === v.start[0] && v.tailEnd[0]! <= v.end[0]! + (v.flags[0]! & QUOTED ? 1 : 0)) continue;
      const problem: RecordProblem = cut ? 'cut' : high & 0x80 && decodesToReplacement(b, start, recordEnd) ? 'undecodable' : null;
      this.sink(v, line, problem);
    }
    return pos;
  }
}

/** A view sink that hands every record on as an array of its fields' texts. */
export function fieldsSink(sink: RecordSink): RecordViewSink {
  return (r, line, problem) => sink(r.fields(), line, problem);
}
