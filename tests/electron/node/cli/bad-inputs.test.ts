/**
 * The audit's 40 bad inputs (issue 14), run through the built CLI as a user would: `cxcase import
 * FILE --db DB` and `cxcase validate FILE`. Each must be refused with a clear message, exit 1, no
 * stack trace or internal error name, and leave the database holding a case byte for byte as it was
 * (its sha256, and no new file beside it: no WAL, no backup). Devices and a FIFO are real (Linux).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '@electron-node/storage/open';
import { serializeCxcase } from '@shared/case/cxcase-file';
import type { Case } from '@shared/case/schema';
import { generateCase } from '../../../support/arbitraries';

const root = join(__dirname, '..', '..', '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'cxcase-bad-inputs-'));
const dbDir = join(tmp, 'db');
const db = join(dbDir, 'cases.sqlite3');
const APP = { name: 'CX Case', version: '0.1.0' };
const good = generateCase(21, { scenarios: [2, 2], segments: [2, 2], revenueLines: [1, 2] });

const sha256 = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const clone = (): Case => structuredClone(good);
/** A .cxcase file of the good case after `edit`. */
const edited = (edit: (c: Case & Record<string, unknown>) => void) => {
  const c = clone() as Case & Record<string, unknown>;
  edit(c);
  return serializeCxcase(c, APP, '2026-01-05T09:00:00Z');
};
const envelope = serializeCxcase(good, APP, '2026-01-05T09:00:00Z');
const s0 = (c: Case) => c.scenarios[0]!;

function file(name: string, content: string | Buffer): string {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
}

type Bad = { name: string; path: () => string; message: RegExp };

const BAD: Bad[] = [
  // ---- not a regular file, or not a readable one
  { name: '/dev/zero', path: () => '/dev/zero', message: /\/dev\/zero is not a regular file/ },
  { name: '/dev/urandom', path: () => '/dev/urandom', message: /\/dev\/urandom is not a regular file/ },
  {
    name: 'a FIFO with no writer',
    path: () => {
      const p = join(tmp, 'pipe.cxcase');
      if (spawnSync('mkfifo', [p]).status !== 0) throw new Error('mkfifo failed');
      return p;
    },
    message: /pipe\.cxcase is not a regular file/,
  },
  {
    name: 'a folder',
    path: () => {
      const p = join(tmp, 'folder.cxcase');
      mkdirSync(p);
      return p;
    },
    message: /folder\.cxcase is not a regular file \(it is a folder\)/,
  },
  { name: 'a missing file', path: () => join(tmp, 'missing.cxcase'), message: /missing\.cxcase: no such file/ },
  { name: 'a 25 MB file', path: () => file('huge.cxcase', Buffer.alloc(25 * 1024 * 1024, 0x20)), message: /huge\.cxcase is larger than 20 MB/ },
  // ---- not UTF-8 text
  {
    name: 'invalid UTF-8 in a name',
    path: () => {
      const at = envelope.indexOf(good.name);
      return file('bad-utf8.cxcase', Buffer.concat([Buffer.from(envelope.slice(0, at)), Buffer.from([0xc3, 0x28]), Buffer.from(envelope.slice(at + good.name.length))]));
    },
    message: /bad-utf8\.cxcase is not valid UTF-8/,
  },
  { name: 'Latin-1 text', path: () => file('latin1.cxcase', Buffer.from(edited((c) => (c.name = 'Café crème')), 'latin1')), message: /latin1\.cxcase is not valid UTF-8/ },
  { name: 'a UTF-8-encoded surrogate (CESU-8)', path: () => file('cesu.cxcase', Buffer.concat([Buffer.from('{"name": "'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')])), message: /cesu\.cxcase is not valid UTF-8/ },
  { name: 'UTF-16 with a byte-order mark', path: () => file('utf16.cxcase', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(envelope, 'utf16le')])), message: /utf16\.cxcase is UTF-16 text, not UTF-8/ },
  { name: 'a PNG renamed .cxcase', path: () => file('image.cxcase', Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')), message: /image\.cxcase is not valid UTF-8/ },
  { name: 'an .xlsx (zip) renamed .cxcase', path: () => file('workbook.cxcase', Buffer.from('504b0304140000000800a3b1c2d4e5f60718293a4b5c6d7e8f90a1b2c3', 'hex')), message: /workbook\.cxcase is not valid UTF-8/ },
  // ---- text that is not text
  { name: 'a NUL in the case name', path: () => file('nul.cxcase', edited((c) => (c.name = 'Case\u0000name'))), message: /control character \(U\+0000\)/ },
  { name: 'a terminal escape in a segment name', path: () => file('ansi.cxcase', edited((c) => (s0(c).segments[0]!.name = '\u001b[2J\u001b[31mred'))), message: /control character \(U\+001B\)/ },
  { name: 'a right-to-left override in the case name', path: () => file('rlo.cxcase', edited((c) => (c.name = 'Invoice \u202Efdp.exe'))), message: /invisible text-direction character \(U\+202E\)/ },
  { name: 'a bidi isolate in a revenue line label', path: () => file('isolate.cxcase', edited((c) => (s0(c).revenueLines[0]!.label = 'Renewals \u2066x\u2069'))), message: /invisible text-direction character \(U\+2066\)/ },
  { name: 'a lone surrogate in the scenario name', path: () => file('surrogate.cxcase', envelope.replace(`"name": "${s0(good).name}"`, `"name": "Base \\ud800"`)), message: /lone UTF-16 surrogate/ },
  { name: 'a line break in the case name', path: () => file('newline.cxcase', edited((c) => (c.name = 'Two\nlines'))), message: /Must be a single line/ },
  // ---- not JSON, or not an object
  { name: 'an empty file', path: () => file('empty.cxcase', ''), message: /not valid JSON/ },
  { name: 'plain text', path: () => file('text.cxcase', 'Dear team, here is the case.\n'), message: /not valid JSON/ },
  { name: 'truncated JSON', path: () => file('truncated.cxcase', envelope.slice(0, envelope.length / 2)), message: /not valid JSON/ },
  { name: 'a JSON array', path: () => file('array.cxcase', '[1, 2, 3]'), message: /does not hold a JSON object/ },
  { name: 'a JSON number', path: () => file('number.cxcase', '42'), message: /does not hold a JSON object/ },
  { name: 'JSON null', path: () => file('null.cxcase', 'null'), message: /does not hold a JSON object/ },
  { name: '100,000 nested arrays', path: () => file('deep.cxcase', `{"format":"cxcase","case":${'['.repeat(100_000)}${']'.repeat(100_000)}}`), message: /nested more than 64 levels/i },
  // ---- not a CX Case file, or one of another version
  { name: 'a case without schemaVersion', path: () => file('no-version.json', JSON.stringify({ ...clone(), schemaVersion: undefined })), message: /missing schemaVersion: this is not a CX Case file/ },
  { name: 'schemaVersion as text', path: () => file('version-text.json', JSON.stringify({ ...clone(), schemaVersion: '1' })), message: /schemaVersion is missing or not a positive whole number/ },
  { name: 'a future schemaVersion', path: () => file('version-99.cxcase', edited((c) => (c.schemaVersion = 99 as never))), message: /newer version of CX Case/ },
  { name: 'a future file format', path: () => file('format-2.cxcase', envelope.replace('"formatVersion": 1', '"formatVersion": 2')), message: /newer version of CX Case/ },
  { name: 'another format', path: () => file('other-format.cxcase', envelope.replace('"format": "cxcase"', '"format": "xlsx"')), message: /not a CX Case file/i },
  // ---- a case with wrong values
  { name: 'duplicate ids', path: () => file('dup.cxcase', edited((c) => (s0(c).segments[1]!.id = s0(c).segments[0]!.id))), message: /segments\[1\]\.id: Duplicate id/ },
  { name: 'a line pointing at a missing segment', path: () => file('dangling.cxcase', edited((c) => (s0(c).revenueLines.push({ ...structuredClone(s0(c).revenueLines.find((l) => l.kind !== 'acquisition') ?? { kind: 'retention', id: 'x', label: 'x', segmentId: 'x', churnReductionMode: 'entered', churnReduction: 0.1, dissatisfiedNow: 0.2, dissatisfiedTarget: 0.1, startMonth: 1, rampMonths: 0, haircut: 0, enabled: true, source: '', notes: '' }), id: 'rev_dangling', segmentId: 'seg_nowhere' } as never)))), message: /Refers to a segment that does not exist/ },
  { name: 'a negative customer count', path: () => file('negative.cxcase', edited((c) => (s0(c).segments[0]!.customers = -5))), message: /customers: Must be 0 or more/ },
  { name: '"NaN" as a number', path: () => file('nan.cxcase', edited((c) => ((s0(c).segments[0] as unknown as Record<string, unknown>)['arpu'] = 'NaN'))), message: /arpu: Must be a number/ },
  { name: 'a margin of 250%', path: () => file('percent.cxcase', edited((c) => (s0(c).segments[0]!.grossMargin = 2.5))), message: /grossMargin: Must be at most 100%/ },
  { name: 'a number of 1e400', path: () => file('huge-number.cxcase', envelope.replace(/"cac": [0-9.e+-]+/, '"cac": 1e400')), message: /cac: Must be a number/ },
  { name: 'a __proto__ key', path: () => file('proto.cxcase', envelope.replace('"case": {', '"case": {"__proto__": {"polluted": true},')), message: /The key "__proto__" is not allowed/ },
  { name: 'an unknown field', path: () => file('unknown.cxcase', edited((c) => (c['colour'] = 'red'))), message: /\.colour: Unknown field/ },
  { name: 'text where a list belongs', path: () => file('wrong-type.cxcase', edited((c) => ((c as Record<string, unknown>)['scenarios'] = 'three'))), message: /scenarios: Must be a list/ },
  { name: 'a name of 10,000 characters', path: () => file('long-name.cxcase', edited((c) => (c.name = 'N'.repeat(10_000)))), message: /name: At most 200 characters/ },
];

/** The built CLI; a timeout kills it, so a read that hangs (a FIFO) fails the test instead of stalling the suite. */
function cxcase(...args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'cxcase.js'), ...args], { cwd: tmp, timeout: 20_000 });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out, err }));
  });
}

let before = '';
let listing: string[] = [];

beforeAll(async () => {
  mkdirSync(dbDir);
  const opened = await openStore({ path: db, rollingBackup: false });
  if (!opened.ok) throw new Error(opened.error.message);
  const created = opened.store.createCaseFrom(good);
  opened.store.close();
  if (!created.ok) throw new Error(created.error.message);
  before = sha256(db);
  listing = readdirSync(dbDir).sort();
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('40 bad inputs: refused, clearly, with the database unchanged', () => {
  it('the table has the audit\'s 40 inputs', () => {
    expect(BAD).toHaveLength(40);
    expect(new Set(BAD.map((b) => b.name)).size).toBe(40);
  });

  it.each(BAD)('$name', async ({ path, message }) => {
    const p = path();
    const runs = [['import', p, '--db', db], ['validate', p]];
    const results = await Promise.all(runs.map((args) => cxcase(...args)));
    results.forEach((r, i) => {
      const what = `cxcase ${runs[i]![0]}: ${r.err}`;
      expect(r.signal, what).toBeNull();
      expect(r.code, what).toBe(1);
      expect(r.out, what).toBe('');
      expect(r.err, what).toMatch(message);
      // No stack trace, no internal error names, nothing but readable lines.
      expect(r.err, what).not.toMatch(/^\s+at .+[(:]\d+/m);
      expect(r.err, what).not.toMatch(/\b(Error|TypeError|RangeError|SyntaxError|URIError):|std::|bad_alloc|unexpected error/);
      expect(r.err.split('\n').length, what).toBeLessThan(110);
      // Nothing the file held reaches the terminal raw: no control or text-direction characters.
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      expect(r.err, what).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
    });
    expect(sha256(db)).toBe(before);
    expect(readdirSync(dbDir).sort()).toEqual(listing);
  });
});
