/** Editing an exported workbook with exceljs (fast; the LibreOffice tests edit with LibreOffice itself). */
import ExcelJS from 'exceljs';
import { buildWorkbook, type XlsxOptions } from '@electron-node/export/xlsx/index';
import { openWorkbook } from '@electron-node/roundtrip/workbook';
import type { Case } from '@shared/case/schema';

export async function exported(c: Case, opts: XlsxOptions = {}): Promise<Uint8Array> {
  return buildWorkbook(c, opts);
}

/** Loads `bytes`, lets `edit` change the workbook (given each defined name's cell), writes it back. */
export async function editWorkbook(bytes: Uint8Array, edit: (wb: ExcelJS.Workbook, cell: (name: string) => ExcelJS.Cell) => void): Promise<Uint8Array> {
  const book = await openWorkbook(bytes);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const cell = (name: string) => {
    const p = book.names.get(name);
    if (!p) throw new Error(`no defined name ${name}`);
    return wb.getWorksheet(p.sheet)!.getRow(p.row).getCell(p.col);
  };
  edit(wb, cell);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
