/**
 * Preparing a worksheet's rows for writing (style ids, shared strings, shared formulas), as exceljs's
 * ListXform → RowXform → CellXform.prepare does, with one change: a shared formula's clone widens its
 * master's range by the clone's row and column as numbers. exceljs re-parses the clone's A1 address
 * for that (building strings a character at a time, uncached beyond 4 characters), which on the large
 * case costs more than the rest of the clone's preparation. Every other cell, and any clone this does
 * not recognise, goes through exceljs's CellXform.prepare unchanged.
 */
import Range from 'exceljs/lib/doc/range';
import CellXform from 'exceljs/lib/xlsx/xform/sheet/cell-xform';
import type { CellModel, RowModel } from 'exceljs/lib/xlsx/xform/sheet/row-xform';
import type StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform';

// exceljs's Enums.ValueType
const NULL = 0;
const NUMBER = 2;
const STRING = 3;
const FORMULA = 6;
const BOOLEAN = 9;

/** What WorksheetXform.prepare hands the rows (the fields read here). */
export interface PrepareOptions {
  styles: StylesXform;
  formulae: Record<string, CellModel>;
  siFormulae: number;
  date1904?: boolean;
  index?: number;
}

/** The cell type exceljs styles a formula cell by (getValueType of its result), for the results handled here. */
function resultType(r: unknown): number | null {
  if (r === null || r === undefined) return NULL;
  if (typeof r === 'string') return STRING;
  if (typeof r === 'number') return NUMBER;
  if (typeof r === 'boolean') return BOOLEAN;
  return null;
}

/** The column number of an A1 address (its leading capital letters). */
function column(address: string): number {
  let col = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    col = col * 26 + ch - 64;
  }
  return col;
}

const cellXform = new CellXform();

/** CellXform.prepare for a shared formula's clone (no formula text of its own); false when it is not one this handles. */
function prepareClone(c: CellModel, row: number, options: PrepareOptions): boolean {
  if (c.type !== FORMULA || c.formula || !c.sharedFormula || c.shareType === 'shared' || c.comment) return false;
  const type = resultType(c.result);
  const master = options.formulae[c.sharedFormula];
  if (type === null || !master) return false;
  const styleId = options.styles.addStyleModel(c.style || {}, type);
  if (styleId) c.styleId = styleId;
  if (options.date1904) c.date1904 = true;
  if (master.si === undefined) {
    master.shareType = 'shared';
    master.si = options.siFormulae++;
    master.range = new Range(master.address, c.address);
  } else if (master.range) {
    const col = column(c.address);
    master.range.expand(row, col, row, col);
  }
  c.si = master.si;
  return true;
}

/** The sheetData ListXform's prepare: each row (RowXform.prepare), each of its cells. */
export function prepareRows(rows: RowModel[] | undefined, options: PrepareOptions): void {
  if (!rows) return;
  rows.forEach((r, index) => {
    options.index = index;
    const styleId = options.styles.addStyleModel(r.style);
    if (styleId) r.styleId = styleId;
    for (const c of r.cells) if (!prepareClone(c, r.number, options)) cellXform.prepare(c, options);
  });
}
