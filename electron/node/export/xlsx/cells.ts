/**
 * Writing cells safely. Three rules the whole workbook relies on:
 * - user text is always a string cell (never parsed as a formula, whatever it starts with) and
 *   carries no character XML forbids, so the file opens without a repair prompt;
 * - a number is finite, or the export stops with a message (no NaN/Infinity reaches a file);
 * - every formula carries the engine's figure as its cached result.
 */
import type { Cell, Style, Worksheet } from 'exceljs';

/** A cached formula result: a number, a text (e.g. "never"), or a boolean. */
export type Cached = number | string | boolean;

// XML 1.0 forbids C0 controls other than tab/newline/CR, and U+FFFE/U+FFFF; lone surrogates are not text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Excel's limit for one cell's text. */
const MAX_CELL_TEXT = 32_767;

// Any character XML_INVALID could match, without its look-arounds: text with none (nearly all) is kept as is.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const MAYBE_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function cleanText(s: string): string {
  if (s.length <= MAX_CELL_TEXT && !MAYBE_INVALID.test(s)) return s;
  return s.replace(XML_INVALID, '').slice(0, MAX_CELL_TEXT);
}

export class ExportError extends Error {}

/** The number, or an ExportError naming the cell (the message is built only then: this runs for every figure). */
function finite(x: number, ws: Worksheet, cell: Cell): number {
  if (!Number.isFinite(x)) throw new ExportError(`Cannot export: ${ws.name}!${cell.address} is not a finite number`);
  return x;
}

/** A text cell. exceljs stores a JS string as a string cell, so "=…", "+…", "-…", "@…" stay text. */
// Cells are reached through their row: ws.getCell(row, col) re-parses an A1 address on every call.

export function text(ws: Worksheet, row: number, col: number, s: string, numFmt?: string): Cell {
  const cell = ws.getRow(row).getCell(col);
  cell.value = cleanText(s);
  if (numFmt) cell.numFmt = numFmt;
  return cell;
}

/**
 * One style object per number format, shared by the cells of the big monthly tables: exceljs maps a
 * style object to its style id once (by identity), instead of serialising one per cell. Cells that
 * get a font or border later must NOT use a shared style (that would restyle every cell sharing it).
 */
const sharedStyles = new Map<string, Partial<Style>>();
function sharedStyle(numFmt: string): Partial<Style> {
  let s = sharedStyles.get(numFmt);
  if (!s) {
    s = Object.freeze({ numFmt });
    sharedStyles.set(numFmt, s);
  }
  return s;
}

function setFormat(cell: Cell, numFmt: string | undefined, share: boolean): void {
  if (!numFmt) return;
  if (share) cell.style = sharedStyle(numFmt);
  else cell.numFmt = numFmt;
}

export function num(ws: Worksheet, row: number, col: number, x: number, numFmt?: string, share = false): Cell {
  const cell = ws.getRow(row).getCell(col);
  cell.value = finite(x, ws, cell);
  setFormat(cell, numFmt, share);
  return cell;
}

export function bool(ws: Worksheet, row: number, col: number, b: boolean): Cell {
  const cell = ws.getRow(row).getCell(col);
  cell.value = b;
  return cell;
}

/** A formula (without the leading "=") and the engine's value as its cached result. */
export function formula(ws: Worksheet, row: number, col: number, f: string, result: Cached, numFmt?: string, share = false): Cell {
  const cell = ws.getRow(row).getCell(col);
  const r = typeof result === 'number' ? finite(result, ws, cell) : result;
  cell.value = { formula: f, result: r };
  setFormat(cell, numFmt, share);
  return cell;
}

// A1 cell reference outside quotes: not part of a name (S1_Seg5_ARPU), a function (LOG10() or a
// sheet prefix (CF1!); groups: column with its "$", row "$", row number.
const A1_REF = /(?<![A-Za-z0-9_.$])(\$?[A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g;
// Whole-row ranges (8:8) also move when a formula is copied; shiftRows leaves them, so never share them.
const ROW_RANGE = /(?<![A-Za-z0-9_$])\$?\d+:\$?\d+/;

/**
 * A formula cut at its relative row numbers, so that copying it `dr` rows down (every relative row
 * number moves; absolute $8 rows, names, text in double quotes and quoted sheet names stay) is a
 * string join, cheap enough to check every cell of a monthly table against its column's first.
 */
interface RowTemplate {
  parts: string[];
  rows: number[];
}

function rowTemplate(f: string): RowTemplate {
  const parts: string[] = [];
  const rows: number[] = [];
  let pending = '';
  f.split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/).forEach((piece, i) => {
    if (i % 2 === 1) {
      pending += piece;
      return;
    }
    let last = 0;
    for (const m of piece.matchAll(A1_REF)) {
      const [whole, col = '', abs = '', row = ''] = m;
      if (abs) continue;
      const at = m.index ?? 0;
      parts.push(pending + piece.slice(last, at) + col);
      rows.push(Number(row));
      pending = '';
      last = at + whole.length;
    }
    pending += piece.slice(last);
  });
  parts.push(pending);
  return { parts, rows };
}

function shifted(t: RowTemplate, dr: number): string {
  let out = t.parts[0] ?? '';
  for (let i = 0; i < t.rows.length; i++) out += `${(t.rows[i] ?? 0) + dr}${t.parts[i + 1] ?? ''}`;
  return out;
}

/** A formula as a spreadsheet copies it `dr` rows down. */
export function shiftRows(f: string, dr: number): string {
  return shifted(rowTemplate(f), dr);
}

/**
 * Formulas filled down the columns of one sheet. Where a cell's formula is exactly its column's
 * first formula copied down (checked here, cell by cell), it is written as a shared formula: the
 * same formula for Excel and LibreOffice, and for anyone reading the cell, but its text is stored
 * once per column instead of once per month, which keeps big monthly tables quick to write.
 */
export class FillDown {
  private readonly masters = new Map<number, { row: number; address: string; t: RowTemplate }>();
  constructor(private readonly ws: Worksheet) {}

  formula(row: number, col: number, f: string, result: Cached, numFmt?: string): Cell {
    const m = this.masters.get(col);
    if (m && row > m.row && shifted(m.t, row - m.row) === f) {
      const cell = this.ws.getRow(row).getCell(col);
      const r = typeof result === 'number' ? finite(result, this.ws, cell) : result;
      cell.value = { sharedFormula: m.address, result: r };
      setFormat(cell, numFmt, true);
      return cell;
    }
    const cell = formula(this.ws, row, col, f, result, numFmt, true);
    if (ROW_RANGE.test(f)) this.masters.delete(col);
    else this.masters.set(col, { row, address: cell.address, t: rowTemplate(f) });
    return cell;
  }
}

/** Column number → letters (1 → A, 27 → AA). */
export function colLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1-style reference; absolute parts with `abs`. */
export function ref(row: number, col: number, abs: 'none' | 'col' | 'row' | 'both' = 'none'): string {
  const c = abs === 'col' || abs === 'both' ? `$${colLetter(col)}` : colLetter(col);
  const r = abs === 'row' || abs === 'both' ? `$${row}` : `${row}`;
  return c + r;
}

/** A sheet name quoted for formulas ('Cash flow – Base'!A1). Sheet names never contain "'" here. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Absolute reference to a column range on a sheet: 'Sheet'!$C$5:$C$41. */
export function columnRange(sheet: string, col: number, top: number, bottom: number): string {
  return `${quoteSheet(sheet)}!${ref(top, col, 'both')}:${ref(bottom, col, 'both')}`;
}

/** At most `n` UTF-16 units of `s`, cut between code points (never inside an emoji's surrogate pair). */
function within(s: string, n: number): string {
  let out = '';
  for (const c of s) {
    if (out.length + c.length > n) break;
    out += c;
  }
  return out.trim();
}

/**
 * A valid, unique sheet name from user text: at most 31 characters, none of []:*?/\ and no
 * apostrophe (so formulas can always quote it the same way), unique ignoring case.
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = within(cleanText(wanted).replace(/[[\]:*?/\\']/g, ' ').replace(/\s+/g, ' ').trim(), 31) || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    name = within(base, 31 - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}
