/**
 * The memoised style manager gives every cell the style id exceljs's own gives it, in the same order,
 * and ends with the same styles.xml — including exceljs's identity rule: a style object seen again
 * keeps its first id even when the cell's type (which picks the number format of a style without
 * one) differs, while an equal but distinct object is styled by its own cell's type.
 */
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform';
import { describe, expect, it } from 'vitest';
import { memoisedStyles } from '@electron-node/export/xlsx/write/styles';

// exceljs's Enums.ValueType
const NULL = 0;
const NUMBER = 2;
const STRING = 3;
const DATE = 4;

type Call = [model: Record<string, unknown> | undefined, type: number];

function calls(): Call[] {
  const shared = {};
  const pct = { numFmt: '0.0%' };
  const bold = { bold: true };
  return [
    [undefined, NUMBER],
    [shared, DATE],
    [shared, NUMBER],
    [{}, NUMBER],
    [{}, DATE],
    [{}, STRING],
    [{}, NULL],
    [pct, NUMBER],
    [pct, DATE],
    [{ numFmt: '0.0%' }, STRING],
    [{ numFmt: '#,##0' }, NUMBER],
    [{ font: bold }, NUMBER],
    [{ font: { bold: true } }, NUMBER],
    [{ font: bold, numFmt: '0.0%' }, DATE],
    [{ numFmt: '0.0%', font: bold }, DATE],
    [{ alignment: { wrapText: true } }, STRING],
    [{ alignment: { wrapText: true }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } } }, STRING],
    [{ border: { top: { style: 'thin' } } }, NUMBER],
    [shared, STRING],
  ];
}

describe('the memoised style manager', () => {
  it('gives the ids exceljs gives and writes the same styles.xml', () => {
    const theirs = new StylesXform(true);
    const ours = memoisedStyles();
    const a = calls().map(([m, t]) => theirs.addStyleModel(m, t));
    const b = calls().map(([m, t]) => ours.addStyleModel(m, t));
    expect(b).toEqual(a);
    expect(ours.xml).toBe(theirs.xml);
  });

  it('keeps the first id of a style object seen again with another cell type, as exceljs does', () => {
    const ours = memoisedStyles();
    // An equal style first, so that this object's id comes from the content cache, not from exceljs.
    const asDate = ours.addStyleModel({}, DATE);
    const plain = {};
    expect(ours.addStyleModel(plain, DATE)).toBe(asDate);
    expect(ours.addStyleModel(plain, NUMBER)).toBe(asDate);
    expect(ours.addStyleModel({}, NUMBER)).not.toBe(asDate);
  });
});
