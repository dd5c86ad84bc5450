/** `cxcase tickets <file>`: the JSON fields, the mapping step, clear errors, and no heavy module for a CSV. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '@electron-node/cli/main';
import { writeCsv } from '../../../../support/tickets/exports';
import { CUSTOMER_DOMAINS, expectedFigures, generateTickets } from '../../../../support/tickets/model';

const root = join(__dirname, '..', '..', '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'cxcase-cli-tickets-'));
const tickets = generateTickets(9, 2500);

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

function save(name: string, bytes: Uint8Array | string): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

describe('cxcase tickets --json', () => {
  const w = writeCsv('hubspot', tickets, { badDateEvery: 499 });
  const file = save('hubspot.csv', w.bytes);
  const expected = expectedFigures(w.good, 6, w.carried);

  it('prints the issue’s fields with the known answers', async () => {
    const r = await cli('tickets', file, '--json', '--customers', CUSTOMER_DOMAINS.join(','));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    for (const k of ['rows', 'badRowCount', 'badRows', 'period', 'intents', 'topics', 'candidates', 'preSales', 'unclassified']) expect(j).toHaveProperty(k);
    expect(j.format).toBe('hubspot');
    expect(j.rows).toBe(2500);
    expect(j.badRowCount).toBe(5);
    expect(j.badRows.map((b: { line: number }) => b.line)).toEqual(w.badRows.map((b) => b.line));
    expect(j.period).toMatchObject({ from: '2025-01-01T08:00:00+00:00', to: '2025-06-30T18:00:00+00:00', months: 6 });
    expect(j.intents.map((i: Record<string, unknown>) => ({ intent: i.intent, tickets: i.tickets, monthlyVolume: i.monthlyVolume, firstResponseMinutes: i.firstResponseMinutes, fcr: i.fcr, csat: i.csat, multiGroupShare: i.multiGroupShare }))).toEqual(expected.intents);
    expect(j.candidates.map((c: { topic: string }) => c.topic)).toEqual(expected.candidates);
    expect(j.preSales.tickets).toBe(expected.preSalesWithDomains);
    expect(j.unclassified).toBe(expected.unclassified);
    expect(j.proposals.provenance).toEqual({ file: 'hubspot.csv', from: '2025-01-01', to: '2025-06-30', tickets: 2495 });
    expect(j.proposals.moments.map((m: { intent: string; monthlyVolume: number }) => [m.intent, m.monthlyVolume])).toEqual(expected.intents.map((i) => [i.intent, i.monthlyVolume]));
    // Aggregates only: no subject, name or address leaves the reader.
    expect(r.out).not.toMatch(/@|person\d|Agent Smith|How can I reset/);
  });

  it('reads any CSV through --map, with the date order confirmed', async () => {
    const csv = 'Ref;Opened on;Reason;Mins to reply\nA1;03/01/2025;Billing issue;30\nA2;04/02/2025;Billing issue;90\nA3;05/02/2025;question;60\n';
    const f = save('own.csv', csv);
    const r = await cli('tickets', f, '--json', '--format', 'generic', '--map', 'created=Opened on', '--map', 'intent=Reason', '--map', 'firstResponse=Mins to reply', '--dates', 'mdy');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.dates).toMatchObject({ order: 'mdy', ambiguous: true });
    expect(j.period).toMatchObject({ from: '2025-03-01T00:00:00+00:00', months: 3 });
    expect(j.intents).toMatchObject([
      { intent: 'billing', tickets: 2, firstResponseMinutes: { median: 60, p90: 84 } },
      { intent: 'support', tickets: 1 },
    ]);
  });

  it('says when the date order needs confirming', async () => {
    const f = save('ambiguous.csv', 'Id,Created at\n1,03/01/2025\n2,04/02/2025\n');
    const r = await cli('tickets', f, '--format', 'generic');
    expect(r.code).toBe(0);
    expect(r.out).toContain('dates: day and month cannot be told apart; read as dd/mm/yyyy (confirm with --dates dmy or --dates mdy)');
  });
});

describe('cxcase tickets: bad input', () => {
  it('a file that is not a ticket export is one clear message, exit 1', async () => {
    const f = save('prices.csv', 'name,price\nchair,40\n');
    const r = await cli('tickets', f);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^cxcase: This file does not look like a ticket export: no column gives the date each ticket was created\. Its columns: "name", "price"\./);
  });

  it('a bad --map, --format, --dates or --tz is named', async () => {
    const f = save('z.csv', writeCsv('zendesk', tickets.slice(0, 10)).bytes);
    expect((await cli('tickets', f, '--map', 'colour=Id')).err).toMatch(/--map colour=Id: expected FIELD=COLUMN/);
    expect((await cli('tickets', f, '--map', 'created=Nope')).err).toMatch(/The file has no column named "Nope"/);
    expect((await cli('tickets', f, '--format', 'jira')).err).toMatch(/--format jira: expected one of auto, zendesk/);
    expect((await cli('tickets', f, '--dates', 'ymd')).err).toMatch(/--dates ymd: expected dmy or mdy/);
    expect((await cli('tickets', f, '--tz', 'Rome')).err).toMatch(/--tz Rome: expected an offset/);
  });

  it('as a real process, a CSV export loads none of exceljs, better-sqlite3 or playwright-core', () => {
    const f = save('z2.csv', writeCsv('zendesk', tickets.slice(0, 50)).bytes);
    const hook = save(
      'trace.cjs',
      `const M = require('module'); const load = M._load;
M._load = function (req, ...rest) { if (!req.startsWith('.') && !req.startsWith('node:')) process.stderr.write('REQUIRE ' + req + '\\n'); return load.call(this, req, ...rest); };`,
    );
    const r = spawnSync(process.execPath, ['-r', hook, join(root, 'bin', 'cxcase.js'), 'tickets', f], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/zendesk layout, 50 rows, 50 tickets read, 0 bad rows/);
    expect(r.stderr.split('\n').filter((l) => /REQUIRE (exceljs|better-sqlite3|playwright-core)$/.test(l))).toEqual([]);
  });
});
