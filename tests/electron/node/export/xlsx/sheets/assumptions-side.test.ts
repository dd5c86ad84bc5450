/**
 * The Assumptions sheet puts scenarios side by side: one row per assumption, one value column per
 * scenario, rows matched by the item's id (then by name), each value cell keeping its defined name.
 */
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '@electron-node/export/xlsx/index';
import { ABSENT, sideCols, wrappedLines } from '@electron-node/export/xlsx/sheets/assumptions-side';
import { duplicateScenario, newSegment } from '@shared/case/factory';
import type { Case } from '@shared/case/schema';
import { parseCase } from '@shared/case/validate';
import { richCase } from '../fixtures';
import { readBook, type ReadBook } from '../read';

/** Base, a copy with one segment more (first in its list), and a second copy with another source. */
function threeScenarios(): Case {
  const c = richCase();
  const base = c.scenarios[0]!;
  base.revenueLines[0]!.source = 'Churn study 2024';
  const two = duplicateScenario(base, 'Two');
  two.segments = [{ ...newSegment('Only in two'), customers: 77 }, ...two.segments];
  const three = duplicateScenario(base, 'Three');
  three.revenueLines[0]!.source = 'Churn study 2026';
  c.scenarios = [base, two, three];
  const r = parseCase(c);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

/** The inputs' names on a sheet (not the round trip's own anchor, CXCase_Tab…, on A1). */
const namesOn = (book: ReadBook, sheet: string) => [...book.names.keys()].filter((n) => !n.startsWith('CXCase_') && book.places(n)[0]?.sheet === sheet);

describe('Assumptions sheet: scenarios side by side', () => {
  it('has one value column per scenario, a third of the stacked rows, and empty grey cells where a scenario lacks the item', async () => {
    const c = threeScenarios();
    const book = await readBook(await buildWorkbook(c, {}));
    const ws = book.wb.getWorksheet('Assumptions')!;
    const cols = sideCols(3);
    // The header names each scenario's value column and its defined-name column.
    c.scenarios.forEach((s, k) => {
      expect(ws.getCell(1, cols.value(k)).value).toBe(s.name);
      expect(ws.getCell(1, cols.name(k)).value).toBe(`Defined name — ${s.name}`);
    });
    // Each named value cell sits in its scenario's column, its name beside in that scenario's name column.
    const named = namesOn(book, 'Assumptions');
    for (const name of named) {
      const [at] = book.places(name);
      const k = Number(/^S(\d)_/.exec(name)?.[1] ?? 1) - 1;
      expect(at!.col, name).toBe(cols.value(k));
      expect(ws.getCell(at!.row, cols.name(k)).value, name).toBe(name);
    }
    // Stacked, the sheet had a row per named cell; side by side, about a third of that.
    let tableRows = 0;
    ws.eachRow((row, n) => {
      if (n > 1 && row.getCell(cols.input).value !== null) tableRows++;
    });
    expect(tableRows).toBeLessThan(named.length * 0.4);
    expect(tableRows).toBeGreaterThan(named.length / 3 - 1);
    // Matched by id: the same segment's churn on one row in every scenario, though it is second in scenario 2.
    const row = (name: string) => book.places(name)[0]!.row;
    expect(row('S2_Seg2_Churn')).toBe(row('S1_Seg1_Churn'));
    expect(row('S3_Seg1_Churn')).toBe(row('S1_Seg1_Churn'));
    // The segment only scenario 2 has: its row shows a grey "—" without a name for scenarios 1 and 3.
    const only = row('S2_Seg1_Customers');
    expect(book.value('S2_Seg1_Customers')).toBe(77);
    for (const k of [0, 2]) {
      const cell = ws.getCell(only, cols.value(k));
      expect(cell.value, `scenario ${k + 1}`).toBe('—');
      expect(cell.fill, `scenario ${k + 1}`).toMatchObject({ fgColor: { argb: ABSENT.fill.fgColor.argb } });
      expect(ws.getCell(only, cols.name(k)).value).toBeNull();
      expect(named.some((n) => book.places(n)[0]!.row === only && book.places(n)[0]!.col === cols.value(k))).toBe(false);
    }
    // Case-wide inputs come once, at the top, in the first scenario's column.
    expect(book.places('Case_DiscountRate')[0]).toMatchObject({ row: 2, col: cols.value(0) });
    expect(ws.getCell(2, cols.value(1)).value).toBeNull();
    // Sources that differ are each kept, with the scenario they belong to; one that agrees is written once.
    const source = String(ws.getCell(row('S1_Rev1_ChurnReduction'), cols.source).value);
    expect(source).toBe('Base: Churn study 2024\nTwo: Churn study 2024\nThree: Churn study 2026');
    // Every text wraps in its column and its row is as tall as its lines (LibreOffice does not size rows itself).
    const sourceCell = ws.getCell(row('S1_Rev1_ChurnReduction'), cols.source);
    expect(sourceCell.alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws.getRow(row('S1_Rev1_ChurnReduction')).height).toBeGreaterThanOrEqual(45);
    ws.eachRow((r) => r.eachCell((cell, col) => col <= cols.last && typeof cell.value === 'string' && expect(cell.alignment?.wrapText, cell.address).toBe(true)));
    expect(ws.getCell(row('S1_Bm_nps_Ours'), cols.source).value).toBe('Survey 2025');
    // Label columns stay in view; printing repeats them and the heading row on every page.
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({ printTitlesColumn: 'A:C', printTitlesRow: '1:1' });
  }, 60_000);

  it('matches the items of scenarios made apart (different ids) by their name', async () => {
    // The rich case's two scenarios were built apart: the same segments under new ids.
    const c = richCase();
    expect(c.scenarios[0]!.segments[0]!.id).not.toBe(c.scenarios[1]!.segments[0]!.id);
    const book = await readBook(await buildWorkbook(c, {}));
    const row = (name: string) => book.places(name)[0]!.row;
    expect(row('S2_Seg1_ARPU')).toBe(row('S1_Seg1_ARPU'));
    expect(row('S2_Mom3_Protected')).toBe(row('S1_Mom3_Protected'));
    expect(row('S2_Bm_nps_Cmp1')).toBe(row('S1_Bm_nps_Cmp1'));
  }, 60_000);

  it('counts wrapped lines as a spreadsheet breaks them: at spaces, after each line break, long words split', () => {
    expect(wrappedLines('', 10)).toBe(1);
    expect(wrappedLines('short', 10)).toBe(1);
    expect(wrappedLines('exactly ten', 11)).toBe(1);
    expect(wrappedLines('aaaa bbbb cccc', 9)).toBe(2);
    expect(wrappedLines('one\ntwo\nthree', 40)).toBe(3);
    expect(wrappedLines('x'.repeat(25), 10)).toBe(3);
    expect(wrappedLines(`ab ${'x'.repeat(25)}`, 10)).toBe(4);
  });
});
