/** `cxcase export <file> --xlsx out.xlsx`: writes the workbook, never overwrites without --force, clear errors. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '@electron-node/cli/main';
import { richCase } from '../../export/xlsx/fixtures';
import { readBook } from '../../export/xlsx/read';

let dir: string;
let caseFile: string;

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cxcase-cli-xlsx-'));
  caseFile = join(dir, 'acme.json');
  writeFileSync(caseFile, JSON.stringify(richCase()));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('cxcase export --xlsx', () => {
  it('writes a workbook with every scenario', async () => {
    const out = join(dir, 'acme.xlsx');
    const r = await cli('export', caseFile, '--xlsx', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Exported 2 scenarios of "Acme support case" to .*acme\.xlsx/);
    const book = await readBook(out);
    expect(book.names.has('S1_NPV') && book.names.has('S2_NPV')).toBe(true);
  });

  it('exports one scenario with --scenario, by name', async () => {
    const out = join(dir, 'one.xlsx');
    const r = await cli('export', caseFile, '--xlsx', out, '--scenario', 'Optimistic', '--lang', 'it');
    expect(r.code).toBe(0);
    const book = await readBook(out);
    expect(book.names.has('S1_NPV')).toBe(false);
    expect(book.names.has('S2_NPV')).toBe(true);
    expect(book.wb.worksheets.slice(0, 2).map((w) => w.name)).toEqual(['Leggimi', 'Sintesi']);
  });

  it('refuses to overwrite an existing file unless --force', async () => {
    const out = join(dir, 'taken.xlsx');
    writeFileSync(out, 'keep me');
    const r = await cli('export', caseFile, '--xlsx', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/already exists; it was not overwritten \(use --force/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await cli('export', caseFile, '--xlsx', out, '--force');
    expect(forced.code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(10_000);
    expect(readdirPartials()).toEqual([]);
  });

  it('names the problem: unknown scenario, bad language, not .xlsx, the case file itself, an invalid case', async () => {
    const out = join(dir, 'x.xlsx');
    expect((await cli('export', caseFile, '--xlsx', out, '--scenario', 'Nope')).err).toMatch(/No scenario named "Nope". Scenarios in this case: "Base", "Optimistic"/);
    expect((await cli('export', caseFile, '--xlsx', out, '--lang', 'fr')).err).toMatch(/--lang must be "en" or "it"/);
    expect((await cli('export', caseFile, '--xlsx', join(dir, 'x.csv'))).err).toMatch(/must end in \.xlsx/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...richCase(), discountRate: 'ten' }));
    const r = await cli('export', bad, '--xlsx', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\$\.discountRate: Must be a number/);
    expect(existsSync(out)).toBe(false);
    expect((await cli('export', caseFile)).err).toMatch(/Choose the format to export: --cxcase or --xlsx <file>/);
    expect((await cli('export', caseFile, '--cxcase', '--xlsx', out)).err).toMatch(/one format at a time/);
  });
});

function readdirPartials(): string[] {
  return readdirSync(dir).filter((f) => f.includes('.partial-'));
}
