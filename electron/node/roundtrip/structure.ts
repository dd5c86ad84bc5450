/**
 * What cannot come back: compares the workbook with what the exporter writes for the same case,
 * sheet by sheet (sheets matched through their CXCase_Tab names, so a renamed one is still matched).
 * - a calculation cell whose formula finance replaced by a value ("overwritten formula");
 * - a row that is not in the export (e.g. a new segment typed under the others): the model has no
 *   place for it, so it is listed as not importable rather than silently dropped;
 * - a sheet added or deleted.
 * Rows moved or columns inserted do not count: rows are compared by their labels, and formula cells
 * are only looked for by position when the sheet holds fewer of them than the export did.
 */
import type ExcelJS from 'exceljs';
import type { NotImportable, OverwrittenFormula } from '@shared/roundtrip/schema';
import { ROUNDTRIP_SHEET, tabName } from '../export/xlsx/sheets/roundtrip';
import { colLetters, formulaOf, isFormulaCell, type OpenBook } from './workbook';

export interface StructureFindings {
  notImportable: NotImportable[];
  overwrittenFormulas: OverwrittenFormula[];
}

/** Non-formula text of a row, outside the input cells: its labels. */
function rowLabels(row: ExcelJS.Row, inputs: ReadonlySet<number>): string[] {
  const out: string[] = [];
  row.eachCell((cell, col) => {
    if (inputs.has(col) || isFormulaCell(cell)) return;
    const v: unknown = cell.value;
    if (typeof v === 'string' && v.trim() !== '') out.push(v.trim());
  });
  return out;
}

/** The input cells of a sheet, by row then column (from the edited workbook's defined names). */
function inputCells(book: OpenBook, sheet: string, inputNames: ReadonlySet<string>): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const [name, p] of book.names) {
    if (p.sheet !== sheet || !inputNames.has(name)) continue;
    const cols = out.get(p.row) ?? new Set<number>();
    cols.add(p.col);
    out.set(p.row, cols);
  }
  return out;
}

function formulaCells(ws: ExcelJS.Worksheet, inputs: Map<number, Set<number>>): { row: number; col: number; formula: string }[] {
  const out: { row: number; col: number; formula: string }[] = [];
  ws.eachRow((row, r) =>
    row.eachCell((cell, col) => {
      if (isFormulaCell(cell) && !inputs.get(r)?.has(col)) out.push({ row: r, col, formula: formulaOf(cell) });
    }),
  );
  return out;
}

function compareSheet(ref: OpenBook, refWs: ExcelJS.Worksheet, book: OpenBook, ws: ExcelJS.Worksheet, inputNames: ReadonlySet<string>, out: StructureFindings): void {
  const refInputs = inputCells(ref, refWs.name, inputNames);
  const edInputs = inputCells(book, ws.name, inputNames);
  const refFormulas = formulaCells(refWs, refInputs);
  const edFormulas = formulaCells(ws, edInputs);
  if (edFormulas.length < refFormulas.length) {
    for (const f of refFormulas) {
      const cell = ws.getRow(f.row).getCell(f.col);
      if (!isFormulaCell(cell) && !edInputs.get(f.row)?.has(f.col)) out.overwrittenFormulas.push({ sheet: ws.name, cell: `${colLetters(f.col)}${f.row}`, formula: f.formula });
    }
  }
  const expected = new Map<string, number>();
  refWs.eachRow((row, r) => {
    const key = JSON.stringify(rowLabels(row, refInputs.get(r) ?? new Set()));
    expected.set(key, (expected.get(key) ?? 0) + 1);
  });
  ws.eachRow((row, r) => {
    const labels = rowLabels(row, edInputs.get(r) ?? new Set());
    if (labels.length === 0) return;
    const key = JSON.stringify(labels);
    const left = expected.get(key) ?? 0;
    if (left > 0) expected.set(key, left - 1);
    else
      out.notImportable.push({
        where: `${ws.name}, row ${r}`,
        what: `A row that is not in the export (${labels.slice(0, 3).map((l) => `"${l}"`).join(', ')}): the workbook cannot add items to the case; add it in the app`,
      });
  });
}

/**
 * `describing`: sheets of the reference whose rows are not compared here — the Read me sheet (its
 * export time and the case's last change differ between any two exports) and the Risk sheet (stamped
 * values; its register is compared by risk-register.ts); the sheet must still be there.
 */
export function compareStructure(ref: OpenBook, book: OpenBook, inputNames: ReadonlySet<string>, describing: ReadonlySet<string> = new Set()): StructureFindings {
  const out: StructureFindings = { notImportable: [], overwrittenFormulas: [] };
  const matched = new Set<string>([ROUNDTRIP_SHEET]);
  ref.wb.worksheets.forEach((_, k) => {
    const refPlace = ref.names.get(tabName(k));
    if (!refPlace) return;
    const refWs = ref.wb.getWorksheet(refPlace.sheet);
    const edPlace = book.names.get(tabName(k));
    const ws = edPlace ? book.wb.getWorksheet(edPlace.sheet) : undefined;
    if (!refWs) return;
    if (!ws) {
      out.notImportable.push({ where: refPlace.sheet, what: 'This sheet was deleted from the workbook; its calculations cannot be checked' });
      return;
    }
    matched.add(ws.name);
    if (describing.has(refPlace.sheet)) return;
    compareSheet(ref, refWs, book, ws, inputNames, out);
  });
  for (const ws of book.wb.worksheets)
    if (!matched.has(ws.name) && ws.actualRowCount > 0) out.notImportable.push({ where: ws.name, what: 'A sheet that is not in the export: its content cannot come back into the case' });
  return out;
}
