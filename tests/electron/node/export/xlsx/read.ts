/** Reading workbooks back in tests: values behind defined names, every cell, error values. */
import ExcelJS from 'exceljs';
import { sideCols, type SideCols } from '@electron-node/export/xlsx/sheets/assumptions-side';

export type CellValue = number | string | boolean | null | { error: string } | undefined;

export interface Place {
  sheet: string;
  row: number;
  col: number;
}

export interface ReadBook {
  wb: ExcelJS.Workbook;
  names: Map<string, string[]>;
  /** Cells behind a defined name, row by row. */
  places(name: string): Place[];
  /** Values (formula results for formula cells) behind a defined name. */
  values(name: string): CellValue[];
  value(name: string): CellValue;
  /** Every non-empty cell of every sheet. */
  cells(): { sheet: string; address: string; formula: string | null; value: CellValue; type: ExcelJS.ValueType }[];
}

const RANGE = /^(?:'((?:[^']|'')+)'|([^!]+))!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellValue(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const r: unknown = cell.model.result;
    return r === undefined ? undefined : (r as CellValue);
  }
  const v: unknown = cell.value;
  return v as CellValue;
}

export async function readBook(source: string | Uint8Array): Promise<ReadBook> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === 'string') await wb.xlsx.readFile(source);
  else await wb.xlsx.load(Buffer.from(source) as unknown as ArrayBuffer);
  const names = new Map<string, string[]>();
  for (const d of wb.definedNames.model) names.set(d.name, d.ranges);
  const places = (name: string): Place[] => {
    const ranges = names.get(name);
    if (!ranges) throw new Error(`No defined name ${name}`);
    const out: Place[] = [];
    for (const r of ranges) {
      const m = RANGE.exec(r);
      if (!m) throw new Error(`Unreadable range ${r} for ${name}`);
      const sheet = (m[1] ?? m[2] ?? '').replace(/''/g, "'");
      const c1 = colNumber(m[3] ?? 'A');
      const r1 = Number(m[4]);
      const c2 = m[5] ? colNumber(m[5]) : c1;
      const r2 = m[6] ? Number(m[6]) : r1;
      for (let row = r1; row <= r2; row++) for (let col = c1; col <= c2; col++) out.push({ sheet, row, col });
    }
    return out;
  };
  const values = (name: string) =>
    places(name).map((p) => {
      const ws = wb.getWorksheet(p.sheet);
      if (!ws) throw new Error(`No sheet ${p.sheet}`);
      return cellValue(ws.getCell(p.row, p.col));
    });
  return {
    wb,
    names,
    places,
    values,
    value: (name) => values(name)[0],
    cells: () => {
      const out: ReturnType<ReadBook['cells']> = [];
      wb.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            out.push({ sheet: ws.name, address: cell.address, formula: cell.type === ExcelJS.ValueType.Formula ? cell.formula : null, value: cellValue(cell), type: cell.type });
          }),
        ),
      );
      return out;
    },
  };
}

const ERROR_TEXT = /^(#REF!|#NAME\?|#VALUE!|#DIV\/0!|#N\/A|#NUM!|#NULL!|Err:\d+)/;

export function isErrorValue(v: CellValue): boolean {
  if (v !== null && typeof v === 'object' && 'error' in v) return true;
  return typeof v === 'string' && ERROR_TEXT.test(v);
}

/** |a − b| within 1e-9 of the larger magnitude (and 1e-9 absolute around zero). */
export function relDiff(a: number, b: number): number {
  const d = Math.abs(a - b);
  if (d <= 1e-9) return 0;
  return d / Math.max(Math.abs(a), Math.abs(b));
}

/**
 * The Assumptions sheet (English or Italian) and its side-by-side columns, for as many scenarios as
 * the sheet holds value columns for (counted from the name prefixes S1_, S2_… defined on it).
 */
export function assumptionsSheet(book: ReadBook): { ws: ExcelJS.Worksheet; cols: SideCols; n: number } {
  const ws = book.wb.worksheets.find((w) => w.name === 'Assumptions' || w.name === 'Ipotesi');
  if (!ws) throw new Error('No Assumptions sheet');
  const prefixes = new Set<string>();
  for (const name of book.names.keys()) {
    const m = /^(S\d+)_/.exec(name);
    if (m?.[1] && book.places(name)[0]?.sheet === ws.name) prefixes.add(m[1]);
  }
  const n = Math.max(1, prefixes.size);
  return { ws, cols: sideCols(n), n };
}
