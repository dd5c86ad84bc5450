/**
 * The wizard's reading jobs: a file the dialog picked is read from disk, an upload chunk by chunk,
 * both to the same aggregates (the generator's known answers), which pass the contract's schema and
 * carry no ticket text, name or e-mail address. A file with no creation date is "not a ticket
 * export" with its columns listed; a cancelled upload stops taking chunks.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TicketJobStatusSchema, type TicketJobStatus, type TicketOptions } from '@shared/contract/tickets';
import { TicketJobs } from '@electron-node/tickets/jobs';
import { writeCsv, writeXlsx } from '../../../support/tickets/exports';
import { expectedFigures, generateTickets, TOPICS } from '../../../support/tickets/model';

const dir = mkdtempSync(join(tmpdir(), 'cxcase-ticket-jobs-'));
const tickets = generateTickets(31, 3000);
const OPTIONS: TicketOptions = { format: 'auto', map: {}, dateOrder: null, zoneOffsetMinutes: 0, rules: null, valueIntents: {}, customerDomains: [] };

async function settled(jobs: TicketJobs, jobId: string): Promise<TicketJobStatus> {
  for (;;) {
    const s = jobs.status(jobId);
    if (!s.ok) throw new Error(s.error.message);
    expect(TicketJobStatusSchema.safeParse(s.data).success).toBe(true);
    if (s.data.state !== 'running') return s.data;
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function upload(jobs: TicketJobs, name: string, bytes: Uint8Array, chunk: number): Promise<TicketJobStatus> {
  const started = jobs.start({ kind: 'upload', fileName: name, bytes: bytes.length }, OPTIONS);
  if (!started.ok) throw new Error(started.error.message);
  for (let at = 0; at < bytes.length || at === 0; at += chunk) {
    const r = await jobs.push(started.data.jobId, bytes.subarray(at, at + chunk), at + chunk >= bytes.length);
    if (!r.ok) throw new Error(r.error.message);
  }
  return settled(jobs, started.data.jobId);
}

function done(s: TicketJobStatus) {
  if (s.state !== 'done') throw new Error(`not done: ${JSON.stringify(s).slice(0, 300)}`);
  return s.result;
}

describe('ticket reading jobs', () => {
  const w = writeCsv('zendesk', tickets, { badDateEvery: 500 });
  const path = join(dir, 'zendesk export.csv');
  writeFileSync(path, w.bytes);

  it('reads a picked file to the known figures, with its bad rows, and nothing personal in the answer', async () => {
    const jobs = new TicketJobs();
    const picked = jobs.remember(path);
    if (!picked.ok) throw new Error(picked.error.message);
    expect(picked.data).toMatchObject({ fileName: 'zendesk export.csv', bytes: w.bytes.length });
    expect(JSON.stringify(picked.data)).not.toContain(dir);
    const started = jobs.start({ kind: 'picked', fileId: picked.data.fileId }, OPTIONS);
    if (!started.ok) throw new Error(started.error.message);
    const r = done(await settled(jobs, started.data.jobId));
    const expected = expectedFigures(w.good, 6, w.carried);
    expect(r.format).toBe('zendesk');
    expect(r.file).toEqual({ name: 'zendesk export.csv', kind: 'csv', encoding: 'utf-8', delimiter: ',' });
    expect(r.tickets).toBe(w.good.length);
    expect(r.badRowCount).toBe(w.badRows.length);
    expect(r.badRows.map((b) => b.line)).toEqual(w.badRows.map((b) => b.line));
    expect(r.intents.map((i) => [i.intent, i.tickets, i.fcr, i.csat])).toEqual(expected.intents.map((i) => [i.intent, i.tickets, i.fcr, i.csat]));
    expect(r.header).toContain('Group stations');
    expect(r.proposals?.provenance).toEqual({ file: 'zendesk export.csv', from: expect.stringMatching(/^2025-01-/), to: expect.stringMatching(/^2025-06-/), tickets: w.good.length });
    const text = JSON.stringify(r);
    for (const t of TOPICS) expect(text).not.toContain(t.subject.split('\n')[0]);
    expect(text).not.toMatch(/@|person\d|Customer \d/);
  });

  it('reads the same file uploaded in chunks to the same answer', async () => {
    const jobs = new TicketJobs();
    const picked = jobs.remember(path);
    if (!picked.ok) throw new Error(picked.error.message);
    const started = jobs.start({ kind: 'picked', fileId: picked.data.fileId }, OPTIONS);
    if (!started.ok) throw new Error(started.error.message);
    const fromDisk = done(await settled(jobs, started.data.jobId));
    const uploaded = done(await upload(jobs, 'zendesk export.csv', w.bytes, 65_536 + 7));
    expect(uploaded).toEqual(fromDisk);
  });

  it('reads an uploaded workbook', async () => {
    const x = await writeXlsx('freshdesk', generateTickets(32, 600));
    const r = done(await upload(new TicketJobs(), 'freshdesk.xlsx', x.bytes, 10_000));
    expect(r.file.kind).toBe('xlsx');
    expect(r.format).toBe('freshdesk');
    expect(r.tickets).toBe(600);
    expect(r.intents.map((i) => [i.intent, i.tickets])).toEqual(expectedFigures(x.good, 6, x.carried).intents.map((i) => [i.intent, i.tickets]));
  });

  it('says a file with no creation date is not a ticket export, and lists its columns', async () => {
    const s = await upload(new TicketJobs(), 'people.csv', new TextEncoder().encode('name;age\nAda;36\nAlan;41\n'), 1 << 20);
    expect(s).toMatchObject({ state: 'failed', reason: 'notTickets', header: ['name', 'age'] });
  });

  it('reads a file through the columns the user points at', async () => {
    const csv = 'When;Kind;Where\n2025-01-03;Question;Email\n2025-02-10;Incident;Chat\n2025-03-09;Question;Email\n';
    const jobs = new TicketJobs();
    const started = jobs.start({ kind: 'upload', fileName: 'own.csv', bytes: csv.length }, { ...OPTIONS, map: { created: 'When', intent: 'Kind', channel: 'Where' } });
    if (!started.ok) throw new Error(started.error.message);
    await jobs.push(started.data.jobId, new TextEncoder().encode(csv), true);
    const r = done(await settled(jobs, started.data.jobId));
    expect(r.format).toBe('generic');
    expect(r.columns).toMatchObject({ created: 'When', intent: 'Kind', channel: 'Where' });
    expect(r.intentValues).toEqual([
      { value: 'Question', tickets: 2, intent: 'support' },
      { value: 'Incident', tickets: 1, intent: 'bug' },
    ]);
    expect(r.period?.months).toBe(3);
  });

  it('says when no date tells day/month from month/day, and reads with the order the user confirms', async () => {
    const csv = 'Created;Type\n01/02/2025;Question\n03/04/2025;Question\n05/06/2025;Incident\n';
    const readWith = async (dateOrder: 'dmy' | 'mdy' | null) => {
      const jobs = new TicketJobs();
      const started = jobs.start({ kind: 'upload', fileName: 'dates.csv', bytes: csv.length }, { ...OPTIONS, dateOrder });
      if (!started.ok) throw new Error(started.error.message);
      await jobs.push(started.data.jobId, new TextEncoder().encode(csv), true);
      return done(await settled(jobs, started.data.jobId));
    };
    const asDetected = await readWith(null);
    expect(asDetected.dates).toEqual({ used: 'dmy', detected: null, ambiguous: true, conflicting: false, settled: false });
    expect(asDetected.period).toMatchObject({ from: expect.stringMatching(/^2025-02-01/), to: expect.stringMatching(/^2025-06-05/), months: 5 });
    const confirmed = await readWith('mdy');
    expect(confirmed.dates).toMatchObject({ used: 'mdy', settled: true });
    expect(confirmed.period).toMatchObject({ from: expect.stringMatching(/^2025-01-02/), to: expect.stringMatching(/^2025-05-06/), months: 5 });
  });

  it('stops a cancelled upload: no more chunks are taken', async () => {
    const jobs = new TicketJobs();
    const started = jobs.start({ kind: 'upload', fileName: 'zendesk.csv', bytes: w.bytes.length }, OPTIONS);
    if (!started.ok) throw new Error(started.error.message);
    const id = started.data.jobId;
    expect((await jobs.push(id, w.bytes.subarray(0, 50_000), false)).ok).toBe(true);
    jobs.cancel(id);
    expect(jobs.status(id)).toEqual({ ok: true, data: { state: 'cancelled' } });
    const more = await jobs.push(id, w.bytes.subarray(50_000), true);
    expect(more.ok).toBe(false);
    expect(jobs.status(id)).toEqual({ ok: true, data: { state: 'cancelled' } });
  });
});
