/**
 * The byte-level reader (csv-bytes.ts) against the text reader (csv.ts over decoded text), which
 * it replaced for UTF-8 files: on random bytes — quotes, pairs, delimiters, every line end, accented
 * letters, ill-formed UTF-8, a written U+FFFD — cut into random chunks, both give the same records,
 * line numbers and marks; with the Buffer field decoder the app uses, too.
 */
import { describe, expect, it } from 'vitest';
import { CsvReader, type RecordProblem } from '@shared/tickets/csv';
import { ByteCsvReader, fieldsSink, type FieldText } from '@shared/tickets/csv-bytes';
import { chunkDecoder } from '@shared/tickets/encoding';
import { rng } from '../../support/tickets/model';

type Rec = [string[], number, RecordProblem];

const PIECES: number[][] = [
  [0x61], [0x62], [0x31], [0x20], [0x2c], [0x2c], [0x3b], [0x22], [0x22, 0x22], [0x0d], [0x0a], [0x0d, 0x0a],
  [0xc3, 0xa9], // é
  [0xf0, 0x9f, 0x98, 0x80], // an emoji (4 bytes)
  [0xef, 0xbf, 0xbd], // U+FFFD written in the file
  [0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0x80], // ill-formed
];

function randomBytes(r: () => number, pieces: number): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < pieces; i++) out.push(...PIECES[Math.floor(r() * PIECES.length)]!);
  return Uint8Array.from(out);
}

function chunks(bytes: Uint8Array, r: () => number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; ) {
    const n = 1 + Math.floor(r() * 12);
    out.push(bytes.subarray(i, i + n));
    i += n;
  }
  return out;
}

/** The text path: UTF-8 decoded chunk by chunk (characters cut at a chunk's end carried), then CsvReader. */
function byText(parts: Uint8Array[], delimiter: string): Rec[] {
  const out: Rec[] = [];
  const sink = (f: string[], l: number, p: RecordProblem) => out.push([f, l, p]);
  const decoder = chunkDecoder({ encoding: 'utf-8', bom: 0 });
  const reader = new CsvReader(delimiter);
  for (const p of parts) reader.push(decoder.decode(p), sink);
  reader.push(decoder.end(), sink);
  reader.end(sink);
  return out;
}

function byBytes(parts: Uint8Array[], delimiter: string, decode?: FieldText): Rec[] {
  const out: Rec[] = [];
  const reader = new ByteCsvReader(delimiter.charCodeAt(0), fieldsSink((f, l, p) => out.push([f, l, p])), decode);
  for (const p of parts) reader.push(p);
  reader.end();
  return out;
}

const bufferText: FieldText = (b, s, e, ascii) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString(ascii ? 'latin1' : 'utf8', s, e);

describe('ByteCsvReader', () => {
  it('gives the records, line numbers and marks of the text reader on 3,000 random files in random chunks', () => {
    const r = rng(11);
    for (let n = 0; n < 3000; n++) {
      const bytes = randomBytes(r, 1 + Math.floor(r() * 60));
      const delimiter = r() < 0.7 ? ',' : ';';
      const expected = byText(chunks(bytes, r), delimiter);
      expect(byBytes(chunks(bytes, r), delimiter), `file ${n}: ${[...bytes].join(' ')}`).toEqual(expected);
      expect(byBytes([bytes], delimiter, bufferText), `file ${n}, Buffer decoding`).toEqual(expected);
    }
  });

  it('reads the text reader’s own example the same way', () => {
    const text = 'a,b,c\r\n1,"two, with ""quotes""\nand a line",3\r\n\r\n4,5,6\n7,"8"x,9\r"cut';
    const bytes = new TextEncoder().encode(text);
    expect(byBytes(chunks(bytes, rng(3)), ',')).toEqual([
      [['a', 'b', 'c'], 1, null],
      [['1', 'two, with "quotes"\nand a line', '3'], 2, null],
      [['4', '5', '6'], 5, null],
      [['7', '8x', '9'], 6, null],
      [['cut'], 7, 'cut'],
    ]);
  });
});
