/**
 * The fast writer handles the cells the export writes itself and hands every other kind to exceljs:
 * a workbook built by hand with every kind of cell and row exceljs knows (dates, errors, hyperlinks,
 * rich text, formulas of each result type, shared and array formulas, merges, notes, styled empty
 * cells, row heights, hidden and outlined rows) comes out byte for byte as exceljs's writeBuffer makes it.
 */
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '@electron-node/export/xlsx/write/package';

async function parts(bytes: Uint8Array | ArrayBuffer): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: [string, string][] = [];
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out.push([name, await entry.async('string')]);
  return out;
}

function build(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date('2026-01-02T03:04:05Z');
  wb.modified = new Date('2026-01-02T03:04:05Z');
  const ws = wb.addWorksheet('Kinds');
  const put = (address: string, value: ExcelJS.CellValue) => (ws.getCell(address).value = value);
  put('A1', 42.5);
  put('A2', 'text with <xml> & "quotes"');
  put('A3', ' padded ');
  put('A4', { richText: [{ text: 'bold', font: { bold: true } }, { text: ' plain' }] });
  put('A5', new Date('2026-05-06T00:00:00Z'));
  put('A6', true);
  put('A7', { error: '#DIV/0!' });
  put('A8', { text: 'a link', hyperlink: 'https://example.org/?a=1&b=2' });
  put('B1', { formula: 'A1*2', result: 85 });
  put('B2', { formula: 'A2&"!"', result: 'text!' });
  put('B3', { formula: 'A6', result: false });
  put('B4', { formula: 'A5+1', result: new Date('2026-05-07T00:00:00Z') });
  put('B5', { formula: '1/0', result: { error: '#DIV/0!' } });
  put('B6', { formula: 'NOW()', result: undefined } as ExcelJS.CellFormulaValue);
  put('C1', { formula: 'A1+1', result: 43.5 });
  for (let r = 2; r <= 6; r++) put(`C${r}`, { sharedFormula: 'C1', result: r });
  put('D1', { formula: 'A1:A2', result: 1, shareType: 'array', ref: 'D1:D2' } as ExcelJS.CellFormulaValue);
  ws.getCell('E1').numFmt = '0.00%';
  ws.getCell('E2').font = { italic: true };
  put('E3', 0.25);
  ws.getCell('E3').style = ws.getCell('E1').style;
  ws.mergeCells('F1:G2');
  put('F1', 'merged');
  ws.getCell('H1').note = 'a note';
  put('H1', 1);
  ws.getRow(9).height = 30;
  ws.getRow(10).hidden = true;
  ws.getRow(11).outlineLevel = 1;
  ws.getRow(12).font = { bold: true };
  put('A12', 'row style');
  put('A11', 'outlined');
  ws.getCell('A13').dataValidation = { type: 'whole', operator: 'between', formulae: [1, 9], showErrorMessage: true };
  return wb;
}

describe('the fast Excel writer, on every kind of cell', () => {
  it('writes what exceljs writes', async () => {
    const ref = await parts(await build().xlsx.writeBuffer());
    const ours = await parts(await writeXlsx(build()));
    expect(ours.map(([n]) => n)).toEqual(ref.map(([n]) => n));
    for (const [i, [name, xml]] of ref.entries()) expect({ name, xml: ours[i]?.[1] }).toEqual({ name, xml });
  });
});
