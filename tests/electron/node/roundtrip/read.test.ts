/**
 * Reading a workbook back, edited here with exceljs (fast; the LibreOffice suite edits with
 * LibreOffice itself): its identity and format, a case changed in the app since the export, and
 * the CLI's JSON.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { labels } from '@electron-node/export/xlsx/labels';
import { ROUNDTRIP_SHEET } from '@electron-node/export/xlsx/sheets/roundtrip';
import { readRoundTrip } from '@electron-node/roundtrip/index';
import { serializeCxcase } from '@shared/case/cxcase-file';
import { newSegment } from '@shared/case/factory';
import { RoundTripReportSchema } from '@shared/roundtrip/schema';
import { richCase } from '../export/xlsx/fixtures';
import { editWorkbook, exported } from './helpers';

const root = join(__dirname, '../../../..');
const dir = mkdtempSync(join(tmpdir(), 'cxcase-rt-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function withoutRoundTripSheet(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  wb.removeWorksheet(wb.getWorksheet(ROUNDTRIP_SHEET)!.id);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readRoundTrip: identity and format', () => {
  it('carries the case id, scenario ids and format in the properties, on the Summary and in the hidden sheet', async () => {
    const c = richCase();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await exported(c, { lang: 'it' })).buffer);
    expect(wb.keywords).toBe(`CX Case export; round-trip format 1; case ${c.id}`);
    const line = String(wb.getWorksheet(labels('it').sheets.summary)!.getCell('A8').value);
    // And on the Read me sheet, the first a reader opens.
    const readMe: string[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((cell) => readMe.push(String(cell.value))));
    expect(readMe).toContain(c.id);
    for (const s of c.scenarios) expect(readMe).toContain(s.id);
    expect(line).toContain(c.id);
    for (const s of c.scenarios) expect(line).toContain(s.id);
    expect(line).toMatch(/^Esportato da CX Case/);
    const hidden = wb.getWorksheet(ROUNDTRIP_SHEET)!;
    expect(hidden.state).toBe('veryHidden');
    expect([hidden.getCell('B2').value, hidden.getCell('B3').value, hidden.getCell('B5').value, hidden.getCell('B6').value]).toEqual(['1', c.id, JSON.stringify(c.scenarios.map((s) => s.id)), 'it']);
  });

  it('refuses a workbook exported before the round trip existed, saying why', async () => {
    const c = richCase();
    await expect(readRoundTrip(c, await withoutRoundTripSheet(await exported(c)))).rejects.toThrow(/earlier version of CX Case.*Export the case again/);
  });

  it('refuses a newer round-trip format, and a hidden sheet someone changed', async () => {
    const c = richCase();
    const newer = await editWorkbook(await exported(c), (wb) => (wb.getWorksheet(ROUNDTRIP_SHEET)!.getCell('B2').value = '99'));
    await expect(readRoundTrip(c, newer)).rejects.toThrow(/newer version of CX Case \(round-trip format 99\)/);
    const broken = await editWorkbook(await exported(c), (wb) => (wb.getWorksheet(ROUNDTRIP_SHEET)!.getCell('B10').value = 'not json'));
    await expect(readRoundTrip(c, broken)).rejects.toThrow(/hidden CX Case sheet was changed at row 10/);
  });

  it('refuses a file that is not a workbook', async () => {
    await expect(readRoundTrip(richCase(), new TextEncoder().encode('not a zip'))).rejects.toThrow(/could not be read as an Excel workbook/);
  });

  it('still finds each input by item id after segments were added and reordered in the app', async () => {
    const c = richCase();
    const bytes = await editWorkbook(await exported(c), (_wb, cell) => (cell('S1_Seg2_Churn').value = 0.33));
    const later = structuredClone(c);
    later.scenarios[0]!.segments = [newSegment('Added later'), ...later.scenarios[0]!.segments.reverse()];
    const r = await readRoundTrip(later, bytes);
    expect(r.changes.map((ch) => [ch.path, ch.item, ch.to])).toEqual([['$.scenarios[0].segments[1].annualChurn', 'SMB', 0.33]]);
    expect(r.notImportable).toEqual([{ where: 'workbook', what: expect.stringMatching(/could not be checked/) }]);
  });
});

describe('cxcase diff-xlsx', () => {
  it('prints changes, refused, not importable and overwritten formulas as JSON', async () => {
    const c = richCase();
    const caseFile = join(dir, 'rich.cxcase');
    writeFileSync(caseFile, serializeCxcase(c, { name: 'CX Case', version: 'test' }, c.updatedAt));
    const book = join(dir, 'back.xlsx');
    writeFileSync(
      book,
      await editWorkbook(await exported(c), (_wb, cell) => {
        cell('S1_Seg1_Churn').value = '20%';
        cell('S1_Seg1_Margin').value = 2;
      }),
    );
    const r = spawnSync(process.execPath, [join(root, 'bin', 'cxcase.js'), 'diff-xlsx', caseFile, book, '--json'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = RoundTripReportSchema.parse(JSON.parse(r.stdout));
    expect(json.changes.map((ch) => ({ path: ch.path, from: ch.from, to: ch.to }))).toEqual([{ path: '$.scenarios[0].segments[0].annualChurn', from: 0.12, to: 0.2 }]);
    expect(Number.isFinite(json.changes[0]!.npvEffect)).toBe(true);
    expect(json.refused).toEqual([{ path: '$.scenarios[0].segments[0].grossMargin', name: 'S1_Seg1_Margin', cell: expect.stringMatching(/^Assumptions!D\d+$/), value: '2', reason: 'Must be at most 100%' }]);
    expect(json.notImportable).toEqual([]);
    expect(json.overwrittenFormulas).toEqual([]);
    const text = spawnSync(process.execPath, [join(root, 'bin', 'cxcase.js'), 'diff-xlsx', caseFile, book], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(text.stdout).toMatch(/1 change\n {2}\$\.scenarios\[0\]\.segments\[0\]\.annualChurn .* 0\.12 → 0\.2 {2}NPV [+−]/);
    expect(text.stdout).toMatch(/Refused \(1\):\n.*Must be at most 100%/);
  }, 180_000);
});
