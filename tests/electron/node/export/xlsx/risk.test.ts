/**
 * The Risk sheet: its stamped Monte Carlo percentiles equal a Monte Carlo run of shared/risk with the
 * case's seed and trials, its tornado lists the assumptions in shared/risk's order, the seed, trials,
 * the time of the computation and whether this export made it (or reused an earlier run of the same
 * inputs) are stamped, the register's likely values are formulas on the input names, and the
 * register's inputs carry their validation. The note is in the workbook's language.
 */
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '@electron-node/export/xlsx/index';
import { labels } from '@electron-node/export/xlsx/labels';
import { riskLabels } from '@electron-node/export/xlsx/labels-risk';
import { analysisCache } from '@electron-node/risk/cache';
import type { Case } from '@shared/case/schema';
import { monteCarlo } from '@shared/risk/monte-carlo';
import { buildRegister } from '@shared/risk/register';
import { tornado } from '@shared/risk/tornado';
import { Workspace } from '@shared/risk/workspace';
import { richCase } from './fixtures';
import { readBook, type ReadBook } from './read';

const AT = new Date('2026-03-04T05:06:00Z');

function riskCase(): { c: Case; key: string } {
  const c = richCase();
  const key = buildRegister(c, 0, []).find((a) => a.field === 'deflectionRate')?.key;
  if (!key) throw new Error('fixture has no deflection rate');
  c.risk = {
    seed: 4242,
    trials: 400,
    ranges: [{ scenarioId: c.scenarios[0]!.id, key, low: 0.01, high: 0.6, owner: 'Ops lead', confidence: 'medium', sourceUrl: 'https://example.org/study', sourceDate: '2025-06-30' }],
  };
  return { c, key };
}

/** Rows under the heading row whose first cell is `head`, until an empty row: the values of column `col`. */
function column(ws: ExcelJS.Worksheet, head: string, col: number, from = 1): unknown[] {
  let r = from;
  while (r <= ws.rowCount && ws.getRow(r).getCell(1).value !== head) r++;
  if (r > ws.rowCount) throw new Error(`no heading ${head}`);
  const out: unknown[] = [];
  for (r++; ws.getRow(r).getCell(1).value !== null && r <= ws.rowCount; r++) out.push(ws.getRow(r).getCell(col).value);
  return out;
}

describe('Excel export: Risk sheet', () => {
  let book: ReadBook;
  const { c, key } = riskCase();

  it('stamps the Monte Carlo percentiles of a run with the case seed and trials, and the stamp itself', async () => {
    analysisCache.clear();
    const before = Date.now();
    book = await readBook(await buildWorkbook(c, { lang: 'en', exportedAt: AT }));
    const after = Date.now();
    expect(book.value('S1_Risk_Seed')).toBe(4242);
    expect(book.value('S1_Risk_Trials')).toBe(400);
    // Computed by this export, during it (not the export time passed in, which is the Read me's).
    const at = new Date(book.value('S1_Risk_At') as unknown as Date).getTime();
    expect(at).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(at).toBeLessThanOrEqual(after + 1000);
    expect(book.value('S1_Risk_By')).toBe(riskLabels('en').byThisExport);
    for (const [k, s] of c.scenarios.entries()) {
      const register = buildRegister(c, k, c.risk.ranges);
      const mc = monteCarlo(new Workspace(c, k, register), register, c.risk.seed, c.risk.trials);
      const p = `S${k + 1}`;
      expect(mc.npv.p10, s.name).not.toBe(mc.npv.p90);
      expect(book.value(`${p}_Risk_NPV_P10`)).toBe(mc.npv.p10);
      expect(book.value(`${p}_Risk_NPV_P50`)).toBe(mc.npv.p50);
      expect(book.value(`${p}_Risk_NPV_P90`)).toBe(mc.npv.p90);
      expect(book.value(`${p}_Risk_NPV_Mean`)).toBe(mc.npv.mean);
      expect(book.value(`${p}_Risk_ROI_P50`)).toBe(mc.roi?.p50);
      expect(book.value(`${p}_Risk_ROI_Mean`)).toBe(mc.roi?.mean);
      const pb = book.value(`${p}_Risk_Payback_P50`);
      expect(typeof pb === 'number' ? pb : null).toBe(mc.paybackMonth.p50);
      expect(book.value(`${p}_Risk_PPositive`)).toBe(mc.probabilityPositive);
    }
  });

  it('lists the tornado in shared/risk order, and the register as inputs with validation', async () => {
    book ??= await readBook(await buildWorkbook(c, { lang: 'en', exportedAt: AT }));
    const ws = book.wb.getWorksheet(labels('en').sheets.risk)!;
    const R = riskLabels('en');
    const register = buildRegister(c, 0, c.risk.ranges);
    const bars = tornado(new Workspace(c, 0, register), register);
    expect(bars.length).toBeGreaterThan(3);
    expect(column(ws, R.rank, 3)).toEqual(bars.map((b) => b.path));
    expect(column(ws, R.rank, 9)).toEqual(bars.map((b) => b.swing));
    const swings = column(ws, R.rank, 9) as number[];
    expect([...swings].sort((x, y) => y - x)).toEqual(swings);

    // Register: one row per ranged assumption; the stored range's owner, confidence and source.
    expect(column(ws, R.assumption, 2)).toEqual(register.map((a) => a.path));
    let row = 1;
    const mine = register.find((a) => a.key === key)!;
    while (!(ws.getRow(row).getCell(2).value === mine.path && ws.getRow(row).getCell(6).value === 'Ops lead')) row++;
    const r = ws.getRow(row);
    expect(r.getCell(4).value).toBe(0.01);
    expect(r.getCell(5).value).toBe(0.6);
    expect(r.getCell(7).value).toBe('medium');
    expect(r.getCell(8).value).toBe('https://example.org/study');
    expect(r.getCell(9).value).toBe('2025-06-30');
    // Likely: a formula on the input's defined name, with the case's value cached.
    const likely = r.getCell(3);
    expect(likely.formula).toMatch(/^S1_Mom\d+_Deflection$/);
    expect(likely.result).toBe(mine.value);
    expect(book.value(likely.formula)).toBe(mine.value);
    expect(r.getCell(4).dataValidation.formulae).toEqual([`D${row}<=C${row}`]);
    expect(r.getCell(5).dataValidation.formulae).toEqual([`E${row}>=C${row}`]);
    expect(r.getCell(7).dataValidation).toMatchObject({ type: 'list', formulae: ['"low,medium,high"'] });
    expect(r.getCell(10).formula).toBe(`AND(D${row}<=C${row},C${row}<=E${row})`);
    expect(r.getCell(10).result).toBe(true);
    // The note says the app recomputes the stamped values, and the sheet prints with a header and footer.
    expect(ws.getRow(2).getCell(1).value).toBe(R.note);
    expect(ws.headerFooter.oddFooter).toContain(ws.name);
    expect(ws.pageSetup.orientation).toBe('landscape');
  });

  it('writes the sheet and its note in Italian for an Italian workbook', async () => {
    const it_ = await readBook(await buildWorkbook(c, { lang: 'it', exportedAt: AT, scenarioIds: [c.scenarios[1]!.id] }));
    const ws = it_.wb.getWorksheet(labels('it').sheets.risk)!;
    expect(ws.getRow(2).getCell(1).value).toBe(riskLabels('it').note);
    expect(riskLabels('it').note).not.toBe(riskLabels('en').note);
    expect(it_.value('S2_Risk_Seed')).toBe(4242);
    expect(it_.names.has('S1_Risk_Seed')).toBe(false);
  });
});
