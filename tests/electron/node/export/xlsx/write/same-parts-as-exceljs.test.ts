/**
 * The fast writer (electron/node/export/xlsx/write) makes the same workbook as exceljs's own
 * writeBuffer: unzipped, both hold the same parts in the same order, each byte for byte the same
 * XML. (exceljs's zip also lists folders as empty entries, e.g. "xl/"; they are not parts and
 * nothing reads them, so only files are compared.) Checked on the shipped samples, a case with
 * every kind of line, an Italian export and the large generated case; and the comparison itself is
 * shown to catch a changed style, formula, cached value or cell type.
 */
import JSZip from 'jszip';
import type { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { composeWorkbook, type XlsxOptions } from '@electron-node/export/xlsx/index';
import { writeXlsx } from '@electron-node/export/xlsx/write/package';
import type { Case } from '@shared/case/schema';
import { generateLargeCase } from '@tests/support/arbitraries';
import { richCase, samples } from '../fixtures';

type Parts = Map<string, string>;

async function parts(bytes: Uint8Array | ArrayBuffer): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Parts = new Map();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out.set(name, await entry.async('string'));
  return out;
}

/** Every difference between two packages: a part only in one, parts in another order, a part whose text differs (where). */
function differences(ref: Parts, ours: Parts): string[] {
  const found: string[] = [];
  const a = [...ref.keys()];
  const b = [...ours.keys()];
  if (a.join('\n') !== b.join('\n')) found.push(`part names or order: exceljs [${a.join(', ')}], ours [${b.join(', ')}]`);
  for (const [name, xml] of ref) {
    const mine = ours.get(name);
    if (mine === undefined || mine === xml) continue;
    let i = 0;
    while (i < xml.length && xml[i] === mine[i]) i++;
    found.push(`${name} differs at ${i}: exceljs …${xml.slice(Math.max(0, i - 80), i + 80)}… ours …${mine.slice(Math.max(0, i - 80), i + 80)}…`);
  }
  return found;
}

const EXCELJS = { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as const;

/**
 * Two workbooks composed alike, one written by each writer. A write prepares the workbook's cell
 * models in place, so each writer gets its own; the first composition only fills the risk cache,
 * so that both report the same risk provenance ("reused from an earlier run").
 */
async function both(c: Case, opts: XlsxOptions, change?: (wb: Workbook) => void): Promise<string[]> {
  const o: XlsxOptions = { riskWorker: null, exportedAt: new Date('2026-03-04T05:06:07Z'), ...opts };
  await composeWorkbook(c, o);
  const ref = await parts(await (await composeWorkbook(c, o)).xlsx.writeBuffer(EXCELJS));
  const wb = await composeWorkbook(c, o);
  change?.(wb);
  return differences(ref, await parts(await writeXlsx(wb)));
}

describe('the fast Excel writer writes what exceljs writes', () => {
  for (const { name, c } of samples())
    it(`the shipped sample ${name}`, async () => {
      expect(await both(c, {})).toEqual([]);
    }, 90_000);

  it('a case with every kind of line, each scenario alone and all together', async () => {
    const c = richCase();
    expect(await both(c, {})).toEqual([]);
    expect(await both(c, { scenarioIds: [c.scenarios[1]?.id ?? ''] })).toEqual([]);
  }, 90_000);

  it('an Italian export', async () => {
    expect(await both(richCase(), { lang: 'it' })).toEqual([]);
  }, 90_000);

  it('the large generated case (3 scenarios, 120 months)', async () => {
    expect(await both(generateLargeCase({ segments: 20, moments: 30, horizon: 120 }), {})).toEqual([]);
  }, 180_000);

  describe('and the comparison catches a difference in one cell', () => {
    // A cash flow cell deep in the monthly table: a formula with a number format and a cached number.
    const cell = (wb: Workbook) => {
      const ws = wb.worksheets.find((w) => w.rowCount > 40 && w.getRow(40).getCell(3).formula);
      if (!ws) throw new Error('no sheet with a formula at C40');
      return ws.getRow(40).getCell(3);
    };
    const changes: [string, (wb: Workbook) => void][] = [
      ['its style', (wb) => (cell(wb).style = { ...cell(wb).style, font: { bold: true } })],
      ['its formula', (wb) => (cell(wb).value = { formula: '1+1', result: cell(wb).result as number })],
      ['its cached value', (wb) => (cell(wb).value = { formula: cell(wb).formula, result: 42.5 })],
      ['its type', (wb) => (cell(wb).value = 42.5)],
    ];
    for (const [what, change] of changes)
      it(what, async () => {
        expect((await both(richCase(), {}, change)).length).toBeGreaterThan(0);
      }, 90_000);
  });
});
