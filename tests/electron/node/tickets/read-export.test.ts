/**
 * Reading an export from disk: CSV streamed in chunks, XLSX streamed row by row, with progress and
 * cancel; the figures are the generator's known answers; the file is only read.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTicketExport, type ReadProgress } from '@electron-node/tickets/read-export';
import { writeCsv, writeXlsx } from '../../../support/tickets/exports';
import { expectedFigures, generateTickets } from '../../../support/tickets/model';

const dir = mkdtempSync(join(tmpdir(), 'cxcase-tickets-'));
const tickets = generateTickets(21, 4000);

function save(name: string, bytes: Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

describe('readTicketExport', () => {
  it('streams a CSV export, reports progress up to 100%, and leaves the file as it was', async () => {
    const w = writeCsv('zendesk', tickets);
    const file = save('zendesk.csv', w.bytes);
    const progress: ReadProgress[] = [];
    const r = await readTicketExport(file, { onProgress: (p) => progress.push(p) });
    if (!r.ok) throw new Error(r.message);
    expect(r.file).toEqual({ name: 'zendesk.csv', bytes: w.bytes.length, kind: 'csv', csv: { encoding: 'utf-8', bom: false, delimiter: ',' } });
    const expected = expectedFigures(w.good, 6, w.carried);
    expect(r.report.derived.intents.map((i) => [i.intent, i.tickets, i.firstResponseMinutes, i.fcr, i.csat])).toEqual(
      expected.intents.map((i) => [i.intent, i.tickets, i.firstResponseMinutes, i.fcr, i.csat]),
    );
    expect(progress.at(-1)).toEqual({ fraction: 1, rows: tickets.length + 1 });
    expect(Buffer.compare(readFileSync(file), Buffer.from(w.bytes))).toBe(0);
    expect(readdirSync(dir)).toEqual(['zendesk.csv']);
  });

  it('streams an XLSX export (dates as date cells) to the same figures', async () => {
    // exceljs writes and reads about a thousand rows a second here: a smaller file keeps the test quick.
    const w = await writeXlsx('freshdesk', generateTickets(22, 1000));
    const file = save('freshdesk.xlsx', w.bytes);
    const r = await readTicketExport(file);
    if (!r.ok) throw new Error(r.message);
    expect(r.file.kind).toBe('xlsx');
    expect(r.report.format).toBe('freshdesk');
    expect(r.report.badRowCount).toBe(0);
    const expected = expectedFigures(w.good, 6, w.carried);
    expect(r.report.derived.period?.months).toBe(6);
    expect(r.report.derived.intents.map((i) => [i.intent, i.tickets, i.firstResponseMinutes, i.fcr, i.csat])).toEqual(
      expected.intents.map((i) => [i.intent, i.tickets, i.firstResponseMinutes, i.fcr, i.csat]),
    );
    expect(r.report.derived.candidates.map((c) => c.topic)).toEqual(expected.candidates);
  });

  it('stops when cancelled', async () => {
    const file = save('big.csv', writeCsv('intercom', generateTickets(2, 30_000)).bytes);
    const ac = new AbortController();
    const r = await readTicketExport(file, { signal: ac.signal, onProgress: () => ac.abort() });
    expect(r).toEqual({ ok: false, cancelled: true, message: 'Reading was cancelled.' });
  });

  it('a missing file, a folder and a damaged workbook are one clear sentence each', async () => {
    expect(await readTicketExport(join(dir, 'nope.csv'))).toEqual({ ok: false, cancelled: false, message: 'nope.csv cannot be read: it does not exist or is not readable.' });
    expect(await readTicketExport(dir)).toMatchObject({ ok: false, message: expect.stringMatching(/is not a file\.$/) });
    const broken = save('broken.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(await readTicketExport(broken)).toMatchObject({ ok: false, cancelled: false, message: expect.stringMatching(/^broken\.xlsx is not a readable Excel workbook/) });
  });
});
