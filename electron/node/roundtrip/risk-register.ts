/**
 * The Risk sheet's register cells (low, high, owner, confidence, source URL and date of each ranged
 * assumption) are inputs for people reading the workbook, but ranges live in the case under `risk`,
 * keyed by scenario and assumption, and are edited in the app's Risk step: a change made in the
 * workbook is listed as not importable (cell, assumption, old and new value), never silently dropped.
 * The sheet's other rows (tornado, break-evens, Monte Carlo stamps) are values the app recomputes, so
 * the sheet is left out of the row-by-row comparison (structure.ts) and read here instead.
 * Register rows are found by their range check formula (column J) and matched by JSON path within
 * each scenario's block, so inserted rows or moved blocks do not count as edits.
 */
import type ExcelJS from 'exceljs';
import type { NotImportable } from '@shared/roundtrip/schema';
import { riskLabels } from '../export/xlsx/labels-risk';
import { labels, type Lang } from '../export/xlsx/labels';
import { tabName } from '../export/xlsx/sheets/roundtrip';
import { colLetters, isFormulaCell, type OpenBook } from './workbook';

/** The register's columns (as sheets/risk.ts writes them): label, path, then the editable ones. */
const LABEL = 1;
const PATH = 2;
const CHECK = 10;
const EDITABLE = [4, 5, 6, 7, 8, 9] as const;

type Shown = string | number | boolean | null;

function shown(v: unknown): Shown {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'result' in v) return shown(v.result);
  if (typeof v === 'object' && 'richText' in v && Array.isArray(v.richText)) return v.richText.map((r: { text?: unknown }) => String(r.text ?? '')).join('');
  return String(v);
}

const same = (a: Shown, b: Shown) => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b)) : a === b);

interface RegisterRow {
  row: number;
  label: string;
  values: Shown[];
}

/** Register rows by "block|path": the block counts the register headings met from the top. */
function registerRows(ws: ExcelJS.Worksheet, heading: string): Map<string, RegisterRow> {
  const out = new Map<string, RegisterRow>();
  let block = 0;
  ws.eachRow((row, r) => {
    if (row.getCell(LABEL).value === heading) block++;
    const path = row.getCell(PATH).value;
    if (typeof path !== 'string' || !path.startsWith('$.') || !isFormulaCell(row.getCell(CHECK))) return;
    out.set(`${block}|${path}`, { row: r, label: String(shown(row.getCell(LABEL).value) ?? path), values: EDITABLE.map((c) => shown(row.getCell(c).value)) });
  });
  return out;
}

/** The sheet of `book` that the reference's sheet `name` became (matched through the CXCase_Tab names). */
function counterpart(ref: OpenBook, book: OpenBook, name: string): { refWs: ExcelJS.Worksheet; ws: ExcelJS.Worksheet | undefined } | null {
  const k = ref.wb.worksheets.findIndex((w) => w.name === name);
  const refWs = ref.wb.getWorksheet(name);
  if (k < 0 || !refWs) return null;
  const place = book.names.get(tabName(k));
  return { refWs, ws: place ? book.wb.getWorksheet(place.sheet) : undefined };
}

export function compareRiskRegister(ref: OpenBook, book: OpenBook, lang: Lang): NotImportable[] {
  const R = riskLabels(lang);
  const heads = [R.low, R.high, R.owner, R.confidence, R.sourceUrl, R.sourceDate];
  const pair = counterpart(ref, book, labels(lang).sheets.risk);
  // A deleted sheet is already reported by the structure comparison.
  if (!pair?.ws) return [];
  const before = registerRows(pair.refWs, R.register);
  const after = registerRows(pair.ws, R.register);
  const out: NotImportable[] = [];
  for (const [key, now] of after) {
    const was = before.get(key);
    if (!was) continue;
    EDITABLE.forEach((col, i) => {
      const a = was.values[i] ?? null;
      const b = now.values[i] ?? null;
      if (same(a, b)) return;
      out.push({
        where: `${pair.ws?.name ?? ''}!${colLetters(col)}${now.row}`,
        what: `The risk register's ${heads[i] ?? ''} of "${now.label}" changed from "${a ?? ''}" to "${b ?? ''}": ranges, owners, confidence and sources come back only through the app's Risk step`,
      });
    });
  }
  return out;
}
