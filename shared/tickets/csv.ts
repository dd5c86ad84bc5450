/**
 * A streaming CSV reader over text chunks (RFC 4180 plus what spreadsheets write): any delimiter
 * (sniffed from the header line), quoted fields holding delimiters, quotes ("") and line breaks,
 * CRLF, LF or CR line ends. Each record comes out with the line it starts on, so a bad row can be
 * reported where the user will find it. A file that ends inside a quoted field yields that last
 * record marked as cut.
 */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

/** The delimiter used most often (outside quotes) in the first line; a comma on a tie or none. */
export function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [d, n] of counts)
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  return best;
}

/**
 * Something wrong with a record as text: 'cut' — the file ends inside its quoted field;
 * 'undecodable' — it holds bytes the detected encoding cannot read (decoded as U+FFFD).
 */
export type RecordProblem = 'cut' | 'undecodable' | null;
export type RecordSink = (fields: string[], line: number, problem: RecordProblem) => void;

const REPLACEMENT = '\uFFFD';

const QUOTE = 34;
const LF = 10;
const CR = 13;

export class CsvReader {
  private pending = '';
  /** Line number (1-based) at which `pending` starts. */
  private line = 1;
  private readonly delim: number;

  constructor(delimiter: string) {
    this.delim = delimiter.charCodeAt(0);
  }

  /** Parses every complete record in the text seen so far; keeps an unfinished one for the next chunk. */
  push(chunk: string, sink: RecordSink): void {
    const text = this.pending + chunk;
    const consumed = this.parse(text, sink, false);
    this.pending = text.slice(consumed);
  }

  /** The last record, if the file does not end with a line break. */
  end(sink: RecordSink): void {
    if (this.pending.length > 0) this.parse(this.pending, sink, true);
    this.pending = '';
  }

  /** Returns how many characters were consumed (up to the end of the last complete record). */
  private parse(text: string, sink: RecordSink, final: boolean): number {
    const n = text.length;
    const delimiter = String.fromCharCode(this.delim);
    let pos = 0;
    // Next undecodable character, quote and CR at or after pos (-1: none left), found again only
    // once passed, so a chunk is scanned for each once, not once per line.
    let bad = -2;
    let q = -2;
    let cr = -2;
    while (pos < n) {
      if (bad !== -1 && bad < pos) bad = text.indexOf(REPLACEMENT, pos);
      if (q !== -1 && q < pos) q = text.indexOf('"', pos);
      if (cr !== -1 && cr < pos) cr = text.indexOf('\r', pos);
      const lf = text.indexOf('\n', pos);
      // Fast path: a record on one line (LF or CRLF) with no quote is split natively.
      if (lf >= 0 && (q < 0 || q > lf) && (cr < 0 || cr >= lf - 1)) {
        const end = cr === lf - 1 ? cr : lf;
        const line = this.line++;
        if (end > pos) sink(text.slice(pos, end).split(delimiter), line, bad >= pos && bad < end ? 'undecodable' : null);
        pos = lf + 1;
        continue;
      }
      const r = this.record(text, pos, final);
      if (r === null) return pos;
      const line = this.line;
      this.line += r.lines;
      const problem = r.cut ? 'cut' : bad >= pos && bad < r.end ? 'undecodable' : null;
      pos = r.end;
      // A blank line is no record.
      if (!(r.fields.length === 1 && r.fields[0] === '' && !r.cut)) sink(r.fields, line, problem);
    }
    return pos;
  }

  /**
   * One record from pos, quotes and all: its fields, where it ends (after its line break), how
   * many line breaks it spans, whether the file ended inside a quote. Null if the chunk ends first.
   */
  private record(text: string, pos: number, final: boolean): { fields: string[]; end: number; lines: number; cut: boolean } | null {
    const n = text.length;
    const d = this.delim;
    const fields: string[] = [];
    let lines = 0;
    let i = pos;
    for (;;) {
      if (i < n && text.charCodeAt(i) === QUOTE) {
        // Quoted field: runs to the closing quote; "" is one quote.
        let value = '';
        let j = i + 1;
        let closed = false;
        while (j < n) {
          const q = text.indexOf('"', j);
          if (q < 0) break;
          value += text.slice(j, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            j = q + 2;
          } else if (q + 1 >= n && !final) {
            break; // cannot tell "" from a closing quote yet
          } else {
            j = q + 1;
            closed = true;
            break;
          }
        }
        if (!closed) {
          if (!final) return null;
          fields.push(value + text.slice(j).replace(/"$/, ''));
          return { fields, end: n, lines: lines + countBreaks(text, i, n), cut: true };
        }
        lines += countBreaks(text, i, j);
        // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
        let k = j;
        while (k < n && text.charCodeAt(k) !== d && text.charCodeAt(k) !== LF && text.charCodeAt(k) !== CR) k++;
        fields.push(k > j ? value + text.slice(j, k) : value);
        i = k;
      } else {
        let k = i;
        while (k < n) {
          const c = text.charCodeAt(k);
          if (c === d || c === LF || c === CR) break;
          k++;
        }
        fields.push(text.slice(i, k));
        i = k;
      }
      if (i >= n) return final ? { fields, end: n, lines, cut: false } : null;
      const c = text.charCodeAt(i);
      if (c === d) {
        i++;
        continue;
      }
      // End of record: CRLF, LF or CR; a CR at the chunk's end may be half of a CRLF.
      if (c === CR) {
        if (i + 1 >= n && !final) return null;
        i += text.charCodeAt(i + 1) === LF ? 2 : 1;
      } else i++;
      return { fields, end: i, lines: lines + 1, cut: false };
    }
  }
}

function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) n++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) n++;
  }
  return n;
}
