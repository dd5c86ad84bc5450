/**
 * Real exports are messy: other delimiters and encodings, ragged rows, impossible dates, a stray
 * byte of another encoding, a cut last line. Every bad row is counted and listed with its line and
 * reason; the good rows still give exactly the known figures; nothing is dropped silently.
 */
import { describe, expect, it } from 'vitest';
import { writeCsv, type TextEncoding } from '../../support/tickets/exports';
import { expectedFigures, generateTickets } from '../../support/tickets/model';
import { analyseBytes } from './analyse';

const tickets = generateTickets(11, 1200);

function figuresOf(r: ReturnType<typeof analyseBytes>['result']) {
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('encodings and delimiters', () => {
  it.each<[TextEncoding, string, string]>([
    ['utf-8', 'utf-8', ','],
    ['utf-8-bom', 'utf-8', ';'],
    ['utf-16le', 'utf-16le', '\t'],
    ['windows-1252', 'windows-1252', ';'],
  ])('a %s file with "%s" is detected and read with its accents intact', (encoding, detected, delimiter) => {
    const w = writeCsv('zendesk', tickets, { encoding, delimiter });
    const { result, format } = analyseBytes(w.bytes, {}, 1000);
    const r = figuresOf(result);
    expect(format?.encoding).toBe(detected);
    expect(format?.bom).toBe(encoding === 'utf-8-bom' || encoding === 'utf-16le');
    expect(format?.delimiter).toBe(delimiter);
    expect(r.badRowCount).toBe(0);
    const expected = expectedFigures(w.good, 6, w.carried);
    // "Funzionalità richiesta" only reaches the feature-request rule if "à" was decoded right.
    expect(r.derived.intents.find((i) => i.intent === 'feature_request')?.tickets).toBe(expected.intents.find((i) => i.intent === 'feature_request')?.tickets);
    expect(r.derived.unclassified).toBe(expected.unclassified);
  });
});

describe('bad rows', () => {
  it('lists ragged rows and bad dates with their line and reason, and still derives the good rows exactly', () => {
    const w = writeCsv('zendesk', tickets, { raggedEvery: 97, badDateEvery: 41 });
    const r = figuresOf(analyseBytes(w.bytes).result);
    expect(r.rows).toBe(tickets.length);
    expect(r.badRowCount).toBe(w.badRows.length);
    expect(r.badRows.map((b) => b.line)).toEqual(w.badRows.map((b) => b.line).slice(0, 100));
    for (const [i, b] of r.badRows.entries()) {
      const kind = w.badRows[i]!.kind;
      expect(b.reason).toMatch(kind === 'ragged' ? /20 fields where the header has 21/ : /unreadable date "(yesterday|31\/02\/2025 10:00)" in column "Created at"/);
    }
    const expected = expectedFigures(w.good, 6, w.carried);
    expect(r.derived.tickets).toBe(expected.tickets);
    expect(r.derived.intents.map((i) => [i.intent, i.tickets, i.firstResponseMinutes.median, i.fcr])).toEqual(expected.intents.map((i) => [i.intent, i.tickets, i.firstResponseMinutes.median, i.fcr]));
  });

  it('reports a last line cut inside a quoted field', () => {
    const w = writeCsv('freshdesk', tickets, { truncateLast: true });
    const r = figuresOf(analyseBytes(w.bytes).result);
    expect(r.badRowCount).toBe(1);
    expect(r.badRows).toEqual([{ line: w.badRows[0]!.line, reason: 'the file ends inside a quoted field (the last line is cut)' }]);
    expect(r.derived.tickets).toBe(tickets.length - 1);
  });

  it('reports a row with a byte the detected encoding cannot read (found after the sniffed start)', () => {
    const many = generateTickets(3, 9000);
    const w = writeCsv('zendesk', many, { strayByteAtRow: 8500 });
    const { result, format } = analyseBytes(w.bytes, {}, 65536);
    const r = figuresOf(result);
    expect(w.bytes.length).toBeGreaterThan(1 << 20);
    expect(format?.encoding).toBe('utf-8');
    expect(r.badRows).toEqual([{ line: w.badRows[0]!.line, reason: 'characters that are not readable in the detected encoding' }]);
  });

  it('lists at most 100 bad rows but counts them all', () => {
    const w = writeCsv('intercom', tickets, { badDateEvery: 5 });
    const r = figuresOf(analyseBytes(w.bytes).result);
    expect(r.badRowCount).toBe(240);
    expect(r.badRows).toHaveLength(100);
  });
});

describe('files that are not ticket exports', () => {
  it('say so in one sentence that names the columns found', () => {
    const r = analyseBytes(new TextEncoder().encode('name,price,colour\nchair,40,red\n')).result;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^This file does not look like a ticket export: no column gives the date each ticket was created\. Its columns: "name", "price", "colour"\./);
  });

  it('an empty file is named as such', () => {
    const r = analyseBytes(new Uint8Array()).result;
    expect(r).toEqual({ ok: false, message: 'The file is empty: it has no header and no tickets.' });
  });
});
