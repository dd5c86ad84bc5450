/**
 * A link to another sheet of the workbook, as a HYPERLINK formula to an internal "#'Sheet'!A1"
 * location: Excel and LibreOffice both follow it. (exceljs's own hyperlink cells also write an
 * external relationship, which Excel would try to open as a file.) The label is the app's own
 * text, never user text, so no user text ever sits inside a formula.
 */
import type { Worksheet } from 'exceljs';
import { formula, quoteSheet } from './cells';

export function sheetLink(ws: Worksheet, row: number, col: number, sheet: string, label: string): void {
  const lit = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const cell = formula(ws, row, col, `HYPERLINK(${lit(`#${quoteSheet(sheet)}!A1`)},${lit(label)})`, label);
  cell.font = { color: { argb: 'FF0563C1' }, underline: true };
}
