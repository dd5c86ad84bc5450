/**
 * A UTF-8 export read as bytes (records as byte views, cells read in place: digits, ISO dates,
 * repeated values, ASCII keyword scans) gives the very analysis it gave when read as text (decoded,
 * split into arrays of strings, every cell parsed from its text) — on each vendor's generated
 * export, broken ones included, and on files whose cells are drawn at random from awkward values
 * (numbers with spaces or commas, durations as hh:mm, dates with zones or spaces, quoted cells with
 * text after the quote, accented words, capitals, empty tags…), cut into random chunks.
 */
import { describe, expect, it } from 'vitest';
import { TicketAnalysis, type AnalysisOptions } from '@shared/tickets/analysis';
import { CsvReader, sniffDelimiter } from '@shared/tickets/csv';
import { ByteCsvReader, type FieldText } from '@shared/tickets/csv-bytes';
import { chunkDecoder, sniffEncoding } from '@shared/tickets/encoding';
import { VENDORS, writeCsv, type ExportOptions, type Vendor } from '../../support/tickets/exports';
import { CUSTOMER_DOMAINS, generateTickets, rng } from '../../support/tickets/model';

/** The encoding is told from the start (as the stream does from its first megabyte): a stray byte further on is read as UTF-8. */
const sniff = (bytes: Uint8Array) => sniffEncoding(bytes.subarray(0, 65536));

function chunked(bytes: Uint8Array, r: () => number, most: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; ) {
    const n = 1 + Math.floor(r() * most);
    out.push(bytes.subarray(i, i + n));
    i += n;
  }
  return out;
}

/** As the reader did before the byte path: decoded text, CsvReader, records as arrays of strings. */
function asText(bytes: Uint8Array, o: AnalysisOptions, r: () => number) {
  const sniffed = sniff(bytes);
  const text = chunkDecoder(sniffed).decode(bytes);
  const a = new TicketAnalysis(o);
  const reader = new CsvReader(sniffDelimiter(text));
  const sink = (f: string[], line: number, p: Parameters<TicketAnalysis['record']>[2]) => a.record(f, line, p);
  const decoder = chunkDecoder(sniffed);
  for (const c of chunked(bytes, r, 5000)) reader.push(decoder.decode(c), sink);
  reader.push(decoder.end(), sink);
  reader.end(sink);
  return a.finish();
}

const bufferText: FieldText = (b, s, e, ascii) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString(ascii ? 'latin1' : 'utf8', s, e);

/** As read-export.ts reads a UTF-8 file now. */
function asBytes(bytes: Uint8Array, o: AnalysisOptions, r: () => number) {
  const sniffed = sniff(bytes);
  expect(sniffed.encoding).toBe('utf-8');
  const body = bytes.subarray(sniffed.bom);
  const delimiter = sniffDelimiter(new TextDecoder().decode(body));
  const a = new TicketAnalysis(o);
  const reader = new ByteCsvReader(delimiter.charCodeAt(0), (v, line, p) => a.recordView(v, line, p), bufferText);
  for (const c of chunked(body, r, 5000)) reader.push(c);
  reader.end();
  return a.finish();
}

describe('reading a UTF-8 export as bytes', () => {
  // More than the 5,000 records held back to detect the date order: the rest are read in place.
  const tickets = generateTickets(31, 9000);
  const variants: [Vendor, ExportOptions][] = [
    ['zendesk', {}],
    ['zendesk', { encoding: 'utf-8-bom', raggedEvery: 97, badDateEvery: 53, truncateLast: true }],
    ['zendesk', { strayByteAtRow: 8000, delimiter: ';', dateStyle: 'iso-z' }],
    ['freshdesk', { badDateEvery: 41 }],
    ['freshdesk', { dateStyle: 'iso-offset', zoneOffsetMinutes: 60 }],
    ['intercom', { raggedEvery: 31 }],
    ['hubspot', { dateStyle: 'mdy-ampm', truncateLast: true }],
    ['hubspot', { dateStyle: 'dmy', delimiter: '\t' }],
  ];
  it.each(variants)('%s %j: the same analysis as read as text', (vendor, options) => {
    const bytes = writeCsv(vendor, tickets, options).bytes;
    const r = rng(bytes.length);
    for (const o of [{}, { customerDomains: CUSTOMER_DOMAINS }] as AnalysisOptions[]) expect(asBytes(bytes, o, r)).toEqual(asText(bytes, o, r));
  });

  const pools: Record<string, string[]> = {
    created: ['2025-01-05 08:00:00', '2025-02-05T08:00:00Z', '2025-02-05T08:00:00z', ' 2025-02-01 10:00:00', '2025-13-01 10:00:00', '2025-02-30', '2025-03-01', '2025-1-5 8:00:00', '1736064000', 'yesterday', '2025-03-04T05:06:07+01:00', '2025-03-01 24:00:00', '2025-04-01T10:00:00.123Z', '05/02/2025 10:00'],
    count: ['0', '1', '2', '03', '', ' 1', '1 234', '12,5', '1.5', '-1', 'x', '0000000000000001', '12345678901234567'],
    duration: ['390', '1:30', '01:30:00', '12.5', '', 'abc', '65535', '65536', '70000', '0.5', '1,5', '00390'],
    status: ['Solved', 'solved', 'Open', 'Pending', 'Closed', ' closed ', 'Weird', ''],
    via: ['Chat', 'Email', 'Twitter', 'Web form', 'Phone', '', 'API', 'X', 'Voice', 'Sportello'],
    type: ['Question', 'Incident', 'Problem', 'Task', '', ' question ', 'Domanda', 'Feature Request'],
    satisfaction: ['Good', 'Bad', 'Offered', 'Unoffered', '', 'good with comment', '5', '2'],
    tags: ['preventivo chat_queue', 'Billing,Refund', 'ORDER-STATUS', '', ' ', ',,', 'modalità-scura', 'how;to', 'demo trial', 'how'],
    subject: ['How can I reset my password', 'Order status: where is it?', 'Funzionalità richiesta', 'Richiesta preventivo', 'I want to CANCEL', 'Setup of the "API" key,\nsecond step', 'Do you support SSO?', 'prova gratuita', 'debugger broken', 'hello', 'to order status', 'İnvoice', ''],
    domain: ['acme.example', '', 'ACME.example', 'not a domain', 'globex.example'],
    email: ['person@acme.example', '', 'x@foo.com', 'nobody'],
    other: ['', 'Agent Smith', 'Normal', '12'],
  };
  const poolOf = (column: string): string[] => {
    const c = column.toLowerCase();
    if (c === 'created at') return pools.created!;
    if (/stations|reopens|replies/.test(c)) return pools.count!;
    if (/time in minutes/.test(c)) return pools.duration!;
    if (c === 'status') return pools.status!;
    if (c === 'via') return pools.via!;
    if (c === 'ticket type') return pools.type!;
    if (c === 'satisfaction score') return pools.satisfaction!;
    if (c === 'tags') return pools.tags!;
    if (c === 'subject') return pools.subject!;
    if (c === 'requester domain') return pools.domain!;
    if (c === 'requester email') return pools.email!;
    return pools.other!;
  };

  it.each([1, 2, 3, 4])('awkward cells, file %i: the same analysis as read as text', (seed) => {
    const r = rng(100 + seed);
    const columns = VENDORS.zendesk.columns;
    const lines = [columns.join(',')];
    for (let i = 0; i < 8000; i++) {
      const cells = columns.map((c) => {
        // The first and last dates only after the rows held back (read as text either way), so
        // that the period's ends come from rows read in place.
        const pool = c === 'Created at' && i > 6000 ? [...pools.created!, '2025-06-30 23:00:00', '2024-12-31 22:00:00'] : poolOf(c);
        const v = pool[Math.floor(r() * pool.length)]!;
        const quoted = /[",\r\n]/.test(v) || r() < 0.1 ? `"${v.replace(/"/g, '""')}"` : v;
        // Text after a closing quote is kept as spreadsheets do.
        return quoted.startsWith('"') && r() < 0.1 ? `${quoted}x` : quoted;
      });
      lines.push((r() < 0.01 ? cells.slice(1) : cells).join(','));
    }
    const bytes = new TextEncoder().encode(lines.join(r() < 0.5 ? '\r\n' : '\n'));
    for (const o of [{}, { customerDomains: ['acme.example'] }, { dateOrder: 'mdy', zoneOffsetMinutes: -300 }] as AnalysisOptions[]) {
      const got = asBytes(bytes, o, r);
      expect(got.ok).toBe(true);
      expect(got).toEqual(asText(bytes, o, r));
    }
  });
});
