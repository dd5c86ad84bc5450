/**
 * Formulas copied down a column: shiftRows moves what a spreadsheet moves and nothing else, and
 * FillDown writes a cell as a shared formula only when it is exactly its column's first copied down.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FillDown, shiftRows } from '@electron-node/export/xlsx/cells';

describe('shiftRows', () => {
  it('moves relative rows, keeps absolute rows, names, functions and quoted text', () => {
    expect(shiftRows('IF(AND($A5>=1,B4>=0),$A5,"")', 3)).toBe('IF(AND($A8>=1,B7>=0),$A8,"")');
    expect(shiftRows('S1_Seg5_ARPU*LOG10(C$2)+Case_MonthlyRate', 2)).toBe('S1_Seg5_ARPU*LOG10(C$2)+Case_MonthlyRate');
    expect(shiftRows('SUM(D9:AZ9)*\'Cash flow – B2\'!$C$5+"A1"', 1)).toBe('SUM(D10:AZ10)*\'Cash flow – B2\'!$C$5+"A1"');
    expect(shiftRows('X1*2', 0)).toBe('X1*2');
  });
});

describe('FillDown', () => {
  it('shares a formula copied down, writes its own formula where a cell differs, and reads back the same', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('T');
    const fill = new FillDown(ws);
    for (let row = 2; row <= 6; row++) {
      ws.getRow(row).getCell(1).value = row;
      // From row 4 the formula changes (another constant): row 4 gets its own formula and starts a new run.
      fill.formula(row, 2, row >= 4 ? `A${row}*3` : `A${row}*2`, row * (row >= 4 ? 3 : 2));
      fill.formula(row, 3, 'SUM(1:1)', 0); // whole-row ranges move differently: never shared
    }
    const shared = [2, 3, 4, 5, 6].map((row) => ws.getRow(row).getCell(2).model.sharedFormula ?? null);
    expect(shared).toEqual([null, 'B2', null, 'B4', 'B4']);
    expect([2, 3, 4, 5, 6].map((row) => ws.getRow(row).getCell(3).model.sharedFormula ?? null)).toEqual([null, null, null, null, null]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    const b = back.getWorksheet('T');
    expect([2, 3, 4, 5, 6].map((row) => b?.getRow(row).getCell(2).formula)).toEqual(['A2*2', 'A3*2', 'A4*3', 'A5*3', 'A6*3']);
    expect([2, 3, 4, 5, 6].map((row) => b?.getRow(row).getCell(2).result)).toEqual([4, 6, 12, 15, 18]);
  });
});
