/** The CSV reader and the decoder, however the file is cut into chunks. */
import { describe, expect, it } from 'vitest';
import { CsvReader, sniffDelimiter, type RecordProblem } from '@shared/tickets/csv';
import { chunkDecoder, sniffEncoding } from '@shared/tickets/encoding';

function records(text: string, chunk: number, delimiter = ',') {
  const out: [string[], number, RecordProblem][] = [];
  const r = new CsvReader(delimiter);
  for (let i = 0; i < text.length; i += chunk) r.push(text.slice(i, i + chunk), (f, l, p) => out.push([f, l, p]));
  r.end((f, l, p) => out.push([f, l, p]));
  return out;
}

describe('CsvReader', () => {
  const text = 'a,b,c\r\n1,"two, with ""quotes""\nand a line",3\r\n\r\n4,5,6\n7,"8"x,9\r"cut';
  const expected: [string[], number, RecordProblem][] = [
    [['a', 'b', 'c'], 1, null],
    [['1', 'two, with "quotes"\nand a line', '3'], 2, null],
    [['4', '5', '6'], 5, null],
    [['7', '8x', '9'], 6, null],
    [['cut'], 7, 'cut'],
  ];

  it.each([1, 2, 3, 7, 1000])('gives the same records and line numbers in chunks of %i characters', (chunk) => {
    expect(records(text, chunk)).toEqual(expected);
  });

  it('marks a record holding an undecodable character', () => {
    expect(records('a,b\n1,x\uFFFDy\n2,"q\uFFFD"\n3,z\n', 4)).toEqual([
      [['a', 'b'], 1, null],
      [['1', 'x\uFFFDy'], 2, 'undecodable'],
      [['2', 'q\uFFFD'], 3, 'undecodable'],
      [['3', 'z'], 4, null],
    ]);
  });

  it('sniffs the delimiter from the header line, ignoring quoted ones', () => {
    expect(sniffDelimiter('"a;b",c,d\n1;2;3;4;5')).toBe(',');
    expect(sniffDelimiter('a;b;c\n')).toBe(';');
    expect(sniffDelimiter('a\tb\tc')).toBe('\t');
    expect(sniffDelimiter('single')).toBe(',');
  });
});

describe('chunkDecoder', () => {
  const text = 'Perché è già così? 10 € — 𝄞 ok';
  it.each(['utf-8', 'utf-16le'] as const)('%s: a character split across chunks is kept whole', (enc) => {
    const utf16 = (s: string) => Uint8Array.from(Array.from({ length: s.length }, (_, i) => [s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8]).flat());
    const bytes = enc === 'utf-8' ? new TextEncoder().encode(text) : utf16(text);
    const d = chunkDecoder({ encoding: enc, bom: 0 });
    let out = '';
    for (const b of bytes) out += d.decode(Uint8Array.of(b));
    out += d.end();
    expect(out).toBe(text);
  });

  it('skips the byte-order mark and tells UTF-8 from Windows-1252', () => {
    const bom = Uint8Array.of(0xef, 0xbb, 0xbf, 0x61);
    expect(sniffEncoding(bom)).toEqual({ encoding: 'utf-8', bom: 3 });
    const d = chunkDecoder(sniffEncoding(bom));
    expect(d.decode(bom) + d.end()).toBe('a');
    expect(sniffEncoding(Uint8Array.of(0x70, 0x65, 0x72, 0x63, 0x68, 0xe9, 0x20))).toEqual({ encoding: 'windows-1252', bom: 0 });
  });
});
