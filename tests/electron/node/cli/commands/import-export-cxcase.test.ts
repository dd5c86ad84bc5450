import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '@electron-node/cli/main';
import { serializeCxcase, parseCxcaseText } from '@shared/case/cxcase-file';
import { generateCase } from '../../../../support/arbitraries';
import { openOk, sha256, tempDir, unwrap } from '../../storage/helpers';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const APP = { name: 'CX Case', version: '0.1.0' };
const sample = generateCase(9, { scenarios: [2, 2] });

describe('cxcase import', () => {
  it('imports a .cxcase file into the database as a new case, renaming on a name clash', async () => {
    const dir = tempDir();
    const file = join(dir, 'in.cxcase');
    const db = join(dir, 'cases.sqlite3');
    writeFileSync(file, serializeCxcase(sample, APP, '2026-01-05T09:00:00Z'));
    const a = await cli('import', file, '--db', db);
    expect(a).toMatchObject({ code: 0, err: '' });
    expect(a.out).toMatch(new RegExp(`^Imported "${sample.name}" as case case_`));
    const b = await cli('import', file, '--db', db);
    expect(b.out).toContain(`"${sample.name} (imported)"`);
    expect(b.out).toContain('already existed');
    const store = await openOk({ path: db });
    expect(unwrap(store.listCases())).toHaveLength(2);
  });

  it('refuses a bad file with its problems, before the database is even created', async () => {
    const dir = tempDir();
    const file = join(dir, 'bad.cxcase');
    const db = join(dir, 'cases.sqlite3');
    writeFileSync(file, serializeCxcase({ ...sample, discountRate: 7 }, APP, '2026-01-05T09:00:00Z'));
    const r = await cli('import', file, '--db', db);
    expect(r.code).toBe(1);
    expect(r.err).toContain('$.case.discountRate: Must be at most 100%');
    expect(existsSync(db)).toBe(false);
  });

  it('refuses a 50 MB file by its size, leaving an existing database byte for byte unchanged', async () => {
    const dir = tempDir();
    const file = join(dir, 'huge.cxcase');
    const db = join(dir, 'cases.sqlite3');
    (await openOk({ path: db })).close();
    const before = sha256(db);
    writeFileSync(file, Buffer.alloc(50 * 1024 * 1024, 0x7b));
    const r = await cli('import', file, '--db', db);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/huge\.cxcase is larger than 20 MB \(50 MB\), so it cannot be a CX Case file\. Nothing was imported\./);
    expect(sha256(db)).toBe(before);
    expect((await cli('import', join(dir, 'missing.cxcase'), '--db', db)).err).toMatch(/no such file/);
  });
});

describe('cxcase export --cxcase', () => {
  it('exports a case by name or id; never overwrites a file without --force', async () => {
    const dir = tempDir();
    const db = join(dir, 'cases.sqlite3');
    const store = await openOk({ path: db });
    const c = unwrap(store.createCaseFrom(sample));
    store.close();
    const out = join(dir, 'out.cxcase');
    const r = await cli('export', sample.name, '--cxcase', '--db', db, '--out', out);
    expect(r).toMatchObject({ code: 0, err: '' });
    const parsed = parseCxcaseText(readFileSync(out, 'utf8'));
    expect(parsed.ok && parsed.value.case).toEqual(c);

    writeFileSync(out, 'precious');
    const again = await cli('export', c.id, '--cxcase', '--db', db, '--out', out);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already exists');
    expect(readFileSync(out, 'utf8')).toBe('precious');
    expect((await cli('export', c.id, '--cxcase', '--db', db, '--out', out, '--force')).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('"format": "cxcase"');
  });

  it('explains an unknown case, an ambiguous name and a missing database', async () => {
    const dir = tempDir();
    const db = join(dir, 'cases.sqlite3');
    const store = await openOk({ path: db });
    const a = unwrap(store.createCase({ name: 'Twin' }));
    const b = unwrap(store.createCase({ name: 'Other' }));
    unwrap(store.renameCase(b.id, 'twin'));
    store.close();
    expect((await cli('export', 'Nope', '--cxcase', '--db', db)).err).toMatch(/No case with the id or name "Nope"/);
    const amb = await cli('export', 'Twin', '--cxcase', '--db', db);
    expect(amb.err).toContain(a.id);
    expect(amb.err).toContain(b.id);
    expect((await cli('export', 'Twin', '--cxcase', '--db', join(dir, 'none.sqlite3'))).err).toMatch(/no case database/);
    expect(existsSync(join(dir, 'none.sqlite3'))).toBe(false);
  });
});
