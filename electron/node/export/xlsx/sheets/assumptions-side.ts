/**
 * The Assumptions sheet's side-by-side layout: one row per assumption (item and field), one value
 * column per exported scenario, so finance compares scenarios along a row instead of scrolling
 * through one block of rows per scenario.
 *
 * Rows are matched across scenarios by the item's id and the field (scenarios are copies, so ids
 * mostly coincide); failing that, by the item's kind and name (scenarios made apart). An item only some scenarios have keeps its row; the other scenarios' cells
 * show a grey "—" and carry no defined name. Every value cell keeps its own defined name,
 * validation and styling; the names are listed in one column per scenario at the right.
 */
import type { Cell, Fill, Worksheet } from 'exceljs';
import { choiceWord } from '@shared/case/choice-words';
import { bool, num, ref, text } from '../cells';
import type { Ctx } from '../context';
import { sheetLink } from '../links';
import { dataValidation } from '../validation';
import { defaultRule, publishedRange, STYLES, unitFormat, unitText, type InputRow } from './assumption-units';

/** The sheet's columns for n scenarios: labels, one value column each, shared texts, one name column each, the legend. */
export function sideCols(n: number) {
  return {
    item: 1,
    input: 2,
    unit: 3,
    value: (k: number) => 4 + k,
    source: 4 + n,
    range: 5 + n,
    notes: 6 + n,
    name: (k: number) => 7 + n + k,
    /** The table's last column (the filter's right edge). */
    last: 6 + 2 * n,
    /** The legend, right of the table (outside its filter): a sample cell and its meaning. */
    legend: { sample: 8 + 2 * n, text: 9 + 2 * n },
  };
}
export type SideCols = ReturnType<typeof sideCols>;

/** One row of the sheet: the same assumption in each scenario (undefined where a scenario lacks the item). */
export interface SideRow {
  key: string;
  cells: (InputRow | undefined)[];
}

/**
 * The rows of all scenarios, matched by key, in the case's order: the first scenario's order, with
 * an item another scenario adds placed after the row it follows there.
 */
export function mergeRows(lists: InputRow[][]): SideRow[] {
  const order: string[] = [];
  const byKey = new Map<string, SideRow>();
  const byAlt = new Map<string, SideRow>();
  lists.forEach((rows, k) => {
    let pos = 0;
    const seen = new Set<string>();
    for (const x of rows) {
      let key = x.key ?? x.name.slice(x.name.indexOf('_') + 1);
      // Two rows of one scenario never share a row of the sheet (each keeps its cell and name).
      if (seen.has(key)) key = `${key}#${x.name}`;
      seen.add(key);
      // By id first; else by kind and name, when that row is still free in this scenario.
      const free = (r: SideRow | undefined) => (r && r.cells[k] === undefined ? r : undefined);
      let row = free(byKey.get(key)) ?? free(x.alt === undefined ? undefined : byAlt.get(x.alt));
      if (row) pos = order.indexOf(row.key) + 1;
      else {
        // The id's row already taken here by a match on name: this item gets its own row.
        if (byKey.has(key)) key = `${key}#${x.name}`;
        row = { key, cells: lists.map(() => undefined) };
        byKey.set(key, row);
        if (x.alt !== undefined && !byAlt.has(x.alt)) byAlt.set(x.alt, row);
        order.splice(pos++, 0, key);
      }
      row.cells[k] = x;
    }
  });
  return order.flatMap((key) => {
    const row = byKey.get(key);
    return row ? [row] : [];
  });
}

/** A cell that a scenario does not have: grey, distinct from inputs and from descriptive values. */
export const ABSENT = {
  font: { color: { argb: 'FF7F7F7F' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } } satisfies Fill,
};

export function styleInput(cell: Cell): void {
  cell.font = STYLES.inputFont;
  cell.fill = STYLES.inputFill;
}

export function styleDescriptive(cell: Cell): void {
  cell.font = STYLES.descriptiveFont;
}

function styleAbsent(cell: Cell): void {
  cell.font = ABSENT.font;
  cell.fill = ABSENT.fill;
  cell.alignment = { horizontal: 'center' };
}

/** One value cell: the value, its format, validation, colour and defined name. */
export function writeValue(ctx: Ctx, ws: Worksheet, row: number, col: number, x: InputRow): void {
  const fmt = x.format ?? unitFormat(x.unit, ctx);
  if (typeof x.value === 'number') num(ws, row, col, x.value, fmt);
  else if (typeof x.value === 'boolean') bool(ws, row, col, x.value);
  const rule = x.rule ?? defaultRule(x.unit);
  // A choice shows its word in the workbook's language; the round trip reads the word back as the code.
  if (typeof x.value === 'string') text(ws, row, col, rule?.kind === 'choice' ? choiceWord(rule.set, x.value, ctx.lang) : x.value);
  else if (fmt) ws.getCell(row, col).numFmt = fmt;
  const cell = ws.getRow(row).getCell(col);
  if (x.validation) cell.dataValidation = x.validation(ref(row, col));
  else if (!rule) throw new Error(`Internal: no validation rule for ${x.name}`);
  else cell.dataValidation = dataValidation(rule, ref(row, col), { L: ctx.L, lang: ctx.lang, descriptive: x.descriptive });
  if (x.descriptive) styleDescriptive(cell);
  else styleInput(cell);
  ctx.define(x.name, ws.name, row, col);
}

const unique = (xs: (string | undefined)[]) => [...new Set(xs.filter((t): t is string => !!t && t.trim() !== ''))];

/**
 * A text shared by the row (source, notes): once when every scenario that has one agrees; otherwise
 * each scenario's own, prefixed by its name, one a line — never one scenario's source passed off as all's.
 */
function sharedText(ctx: Ctx, values: (string | undefined)[]): string {
  const distinct = unique(values);
  if (distinct.length <= 1) return distinct[0] ?? '';
  return values.flatMap((v, k) => (v && v.trim() !== '' ? [`${ctx.plans[k]?.s.name ?? ''}: ${v}`] : [])).join('\n');
}

const notesOf = (x: InputRow) => [x.descriptive, x.notes].filter((t): t is string => !!t && t.trim() !== '').join(' — ');

/** One row of the sheet: labels once, a value (or a grey —) per scenario, shared texts, the names. */
export function writeSideRow(ctx: Ctx, ws: Worksheet, row: number, cols: SideCols, r: SideRow): void {
  const present = r.cells.filter((x): x is InputRow => x !== undefined);
  text(ws, row, cols.item, unique(present.map((x) => x.item)).join(' / '));
  text(ws, row, cols.input, unique(present.map((x) => x.label)).join(' / '));
  text(ws, row, cols.unit, unique(present.map((x) => x.unitLabel ?? unitText(x.unit, ctx))).join(' / '));
  r.cells.forEach((x, k) => {
    if (x) {
      writeValue(ctx, ws, row, cols.value(k), x);
      text(ws, row, cols.name(k), x.name);
    } else styleAbsent(text(ws, row, cols.value(k), ctx.L.side.absent));
  });
  const source = sharedText(
    ctx,
    r.cells.map((x) => x?.source),
  );
  const notes = sharedText(
    ctx,
    r.cells.map((x) => (x ? notesOf(x) : undefined)),
  );
  // Texts that differ between scenarios are one a line; wrapTexts wraps them and the row grows to fit.
  if (source) text(ws, row, cols.source, source);
  if (notes) text(ws, row, cols.notes, notes);
  const fig = present.find((x) => x.figure)?.figure;
  if (fig) text(ws, row, cols.range, publishedRange(fig, ctx.lang));
}

/** The colours explained beside the table, and which scenario each name prefix stands for. */
export function writeLegend(ctx: Ctx, ws: Worksheet, cols: SideCols): void {
  const G = ctx.L.legend;
  const { sample, text: col } = cols.legend;
  text(ws, 1, sample, G.title).font = { bold: true };
  styleInput(text(ws, 2, sample, G.sample));
  text(ws, 2, col, G.input);
  text(ws, 3, sample, G.sample);
  text(ws, 3, col, G.derived);
  styleDescriptive(text(ws, 4, sample, G.sample));
  text(ws, 4, col, G.descriptive);
  text(ws, 5, col, G.validated).font = { italic: true };
  styleAbsent(text(ws, 6, sample, ctx.L.side.absent));
  text(ws, 6, col, ctx.L.side.legendAbsent);
  // Which scenario each prefix of the defined names (S1_…) stands for, and a link to its Cash flow sheet.
  const V = ctx.L.cover;
  text(ws, 7, sample, V.mapping).font = { bold: true };
  ctx.plans.forEach((plan, k) => {
    text(ws, 8 + k, sample, plan.p);
    text(ws, 8 + k, col, plan.s.name);
    sheetLink(ws, 8 + k, col + 1, plan.cfSheet, V.open);
  });
  ws.getColumn(sample).width = 12;
  ws.getColumn(col).width = 64;
  ws.getColumn(col + 1).width = 20;
}

/** Points per line of wrapped text at the default size (11 pt). */
const LINE_HEIGHT = 15;
/**
 * Characters of text per unit of column width, on the safe side. A width counts the default font's
 * digit and most letters are narrower: LibreOffice, setting Calibri's text in the wider DejaVu Sans
 * where Calibri is missing, fits about 1.15 per unit; Excel's Calibri fits more (rows end up a
 * little taller than needed there rather than cut).
 */
const CHARS_PER_WIDTH = 1;

/** How many lines `text` takes wrapped at `chars` characters, breaking at spaces as a spreadsheet does. */
export function wrappedLines(text: string, chars: number): number {
  const cap = Math.max(1, Math.floor(chars));
  let lines = 0;
  for (const para of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of para.split(' ')) {
      if (used > 0 && used + 1 + word.length <= cap) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) lines++;
      // A word longer than a line is broken across lines.
      const extra = Math.max(0, Math.ceil(word.length / cap) - 1);
      lines += extra;
      used = word.length - extra * cap;
    }
  }
  return lines;
}

/**
 * Every text of the table wraps within its column, top-aligned, and a row whose text wraps is made
 * as tall as its longest text: unwrapped, a long source, published range or note ran over the empty
 * cells beside it and was cut at the printed page's edge (the sheet prints two pages wide), and a
 * long item name or choice word ran under its neighbour. The height is set rather than left to the
 * reader: Excel fits an unsized row to wrapped text, LibreOffice keeps it one line tall.
 */
export function wrapTexts(ws: Worksheet, cols: SideCols, lastRow: number): void {
  for (let r = 1; r <= lastRow; r++) {
    let lines = 1;
    for (let c = 1; c <= cols.last; c++) {
      const cell = ws.getRow(r).getCell(c);
      if (cell.value === null || cell.value === undefined) continue;
      const t = typeof cell.value === 'string' ? cell.value : null;
      cell.alignment = { ...cell.alignment, vertical: 'top', ...(t !== null ? { wrapText: true } : {}) };
      if (t !== null) lines = Math.max(lines, wrappedLines(t, (ws.getColumn(c).width ?? 9) * CHARS_PER_WIDTH));
    }
    if (lines > 1) ws.getRow(r).height = LINE_HEIGHT * lines;
  }
}
