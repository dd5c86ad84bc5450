/**
 * Opening a workbook that came back: exceljs over the bytes, its defined names as sheet + cell
 * ranges (LibreOffice and Excel rewrite them when rows move, columns are inserted or a sheet is
 * renamed, which is why inputs are found through them and never by position), and each cell's
 * content in the round trip's terms.
 */
import ExcelJS from 'exceljs';
import type { ReadCell } from '@shared/roundtrip/schema';

export interface Place {
  sheet: string;
  row: number;
  col: number;
}

export class WorkbookReadError extends Error {}

const RANGE = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/;

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function colLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export function address(p: Place): string {
  return `${p.sheet}!${colLetters(p.col)}${p.row}`;
}

export interface OpenBook {
  wb: ExcelJS.Workbook;
  /** The first cell of each defined name that still points at a cell (a #REF! name is absent). */
  names: Map<string, Place>;
}

export async function openWorkbook(bytes: Uint8Array): Promise<OpenBook> {
  const wb = new ExcelJS.Workbook();
  try {
    // A copy in a plain ArrayBuffer: what exceljs's typings ask for, and what its zip reader takes.
    await wb.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (e) {
    throw new WorkbookReadError(`This file could not be read as an Excel workbook (.xlsx): ${e instanceof Error ? e.message : String(e)}`);
  }
  const names = new Map<string, Place>();
  for (const d of wb.definedNames.model) {
    const m = RANGE.exec(d.ranges[0] ?? '');
    if (!m) continue;
    const sheet = (m[1] ?? m[2] ?? '').replace(/''/g, "'");
    if (!wb.getWorksheet(sheet)) continue;
    names.set(d.name, { sheet, row: Number(m[4]), col: colNumber(m[3] ?? 'A') });
  }
  return { wb, names };
}

const ERROR_TEXT = /^(#REF!|#NAME\?|#VALUE!|#DIV\/0!|#N\/A|#NUM!|#NULL!|Err:\d+)$/;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function scalar(v: unknown): number | string | boolean | null | { error: string } {
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return ERROR_TEXT.test(v) ? { error: v } : v;
  if (v instanceof Date) return null;
  if (isRecord(v)) {
    if (typeof v.error === 'string') return { error: v.error };
    // Rich text: the concatenated runs.
    if (Array.isArray(v.richText)) return v.richText.map((r: unknown) => (isRecord(r) && typeof r.text === 'string' ? r.text : '')).join('');
    if (typeof v.text === 'string') return v.text;
  }
  return null;
}

export function cellAt(book: OpenBook, p: Place): ExcelJS.Cell | null {
  const ws = book.wb.getWorksheet(p.sheet);
  return ws ? ws.getRow(p.row).getCell(p.col) : null;
}

export function isFormulaCell(cell: ExcelJS.Cell): boolean {
  return cell.type === ExcelJS.ValueType.Formula;
}

export function formulaOf(cell: ExcelJS.Cell): string {
  const m = cell.model;
  return m.formula ?? cell.formula ?? m.sharedFormula ?? '';
}

/** What an input cell holds, as the round trip reads it. */
export function readCell(cell: ExcelJS.Cell | null): ReadCell {
  if (!cell) return { kind: 'missing' };
  if (isFormulaCell(cell)) {
    const result: unknown = cell.model.result;
    const r = scalar(result);
    const formula = formulaOf(cell);
    // LibreOffice has no boolean cells: it saves TRUE and FALSE as the formulas =TRUE() and =FALSE().
    const bool = /^\s*(TRUE|FALSE)\s*(\(\s*\))?\s*$/i.exec(formula);
    if (bool) return { kind: 'value', value: bool[1]?.toUpperCase() === 'TRUE' };
    if (r !== null && typeof r === 'object') return { kind: 'error', text: r.error };
    return { kind: 'formula', formula, value: r };
  }
  const v = scalar(cell.value);
  if (v === null) return { kind: 'empty' };
  if (typeof v === 'object') return { kind: 'error', text: v.error };
  if (typeof v === 'string' && v.trim() === '') return { kind: 'empty' };
  return { kind: 'value', value: v };
}
