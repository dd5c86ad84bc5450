/** Constants: every number the formulas use that is not an input, each a named cell with its source. */
import { CHOICE_WORDS } from '@shared/case/choice-words';
import type { Worksheet } from 'exceljs';
import { num, text } from '../cells';
import { CHOICE_ORDER, CHOICE_TITLES, choiceListName, choiceWordName, wordOf } from '../choices';
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
  writeChoiceWords(ctx, ws, row + 1);
  [70, 12, 16, 34, 70].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 3 }];
}

/**
 * The words of every choice list, below the constants: list, word (a named cell the formulas compare
 * with), the word's defined name. Each list's words are one named range, which the choice cells'
 * drop-downs offer. Editing a word here renames it for every formula and drop-down at once.
 */
function writeChoiceWords(ctx: Ctx, ws: Worksheet, top: number): void {
  const W = ctx.L.choiceWords;
  text(ws, top, 1, W.title).font = { bold: true };
  text(ws, top + 1, 1, W.note).font = { italic: true };
  [W.list, W.word, W.code, ctx.L.common.definedName].forEach((h, i) => (text(ws, top + 2, i + 1, h).font = { bold: true }));
  let row = top + 3;
  for (const id of CHOICE_ORDER) {
    const set = CHOICE_WORDS[id];
    const first = row;
    for (const code of set.codes) {
      text(ws, row, 1, CHOICE_TITLES[id][ctx.lang]);
      text(ws, row, 2, wordOf(id, code, ctx.lang));
      text(ws, row, 3, code);
      text(ws, row, 4, choiceWordName(set, code));
      ctx.define(choiceWordName(set, code), ws.name, row, 2);
      row++;
    }
    ctx.define(choiceListName(set), ws.name, first, 2, row - 1, 2);
  }
}
