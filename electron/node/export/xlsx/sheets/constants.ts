/** Constants: every number the formulas use that is not an input, each a named cell with its source. */
import { num, text } from '../cells';
import { constants } from '../constants';
import type { Ctx } from '../context';

/** The rows of the Constants sheet: a title, a note, the headings, then one constant a row. */
export const CONSTANTS_FIRST_ROW = 4;

export function writeConstants(ctx: Ctx): void {
  const ws = ctx.sheet('constants');
  const L = ctx.L;
  text(ws, 1, 1, L.constants.title).font = { bold: true, size: 13 };
  text(ws, 2, 1, L.constants.note).font = { italic: true };
  [L.constants.constant, L.common.value, L.common.unit, L.common.definedName, L.common.source].forEach((h, i) => (text(ws, 3, i + 1, h).font = { bold: true }));
  const fmt = { pct: ctx.f.pct, dec: '#,##0.##', int: '0', exp: '0.0E+00' } as const;
  let row = CONSTANTS_FIRST_ROW;
  for (const k of constants()) {
    text(ws, row, 1, k.label[ctx.lang]);
    num(ws, row, 2, k.value, fmt[k.format]);
    text(ws, row, 3, k.unit[ctx.lang]);
    text(ws, row, 4, k.name);
    text(ws, row, 5, k.source(ctx.lang)).alignment = { wrapText: true, vertical: 'top' };
    ctx.define(k.name, ws.name, row, 2);
    row++;
  }
  [70, 12, 16, 34, 70].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 3 }];
}
