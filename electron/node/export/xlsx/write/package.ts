/**
 * A workbook's .xlsx bytes, as exceljs's `wb.xlsx.writeBuffer()` makes them but several times faster
 * on the large case (scripts/bench/xlsx.bench.ts times both). exceljs's own part writers
 * (lib/xlsx/xlsx.js) and xforms still write every part, in exceljs's order, changed where its time goes:
 * - style de-duplication is memoised (./styles.ts), and shared formulas' ranges are grown without
 *   re-parsing addresses (./sheet-prepare.ts);
 * - each worksheet's rows are written one string a row (./sheet-data.ts), not one a token, and so
 *   are the shared strings (./shared-strings.ts);
 * - worksheets are encoded to UTF-8 in batches, and the parts zipped by Node's zlib (./zip.ts)
 *   instead of JSZip.
 * The parts' contents are exceljs's: tests/electron/node/export/xlsx/write compares them part by part
 * with writeBuffer's for the shipped samples, a rich case, an Italian export and the large case.
 * Because it reads exceljs's internal files (lib/…), package.json pins exceljs to one exact version:
 * an upgrade is a deliberate change that must pass those tests again.
 */
import type { Workbook } from 'exceljs';
import XmlStream from 'exceljs/lib/utils/xml-stream';
import CommentsXform from 'exceljs/lib/xlsx/xform/comment/comments-xform';
import VmlNotesXform from 'exceljs/lib/xlsx/xform/comment/vml-notes-xform';
import RelationshipsXform from 'exceljs/lib/xlsx/xform/core/relationships-xform';
import WorkbookXform from 'exceljs/lib/xlsx/xform/book/workbook-xform';
import SharedStringsXform from 'exceljs/lib/xlsx/xform/strings/shared-strings-xform';
import WorksheetXform from 'exceljs/lib/xlsx/xform/sheet/worksheet-xform';
import XLSX from 'exceljs/lib/xlsx/xlsx';
import { renderSheetData } from './sheet-data';
import { prepareRows } from './sheet-prepare';
import { sharedStringsXml } from './shared-strings';
import { memoisedStyles } from './styles';
import { ZipWriter } from './zip';

/** exceljs's XLSX.prepareModel with its default options, but with the memoised style manager. */
function prepare(model: XLSX.BookModel): void {
  model.creator = model.creator || 'ExcelJS';
  model.lastModifiedBy = model.lastModifiedBy || 'ExcelJS';
  model.created = model.created || new Date();
  model.modified = model.modified || new Date();
  model.useSharedStrings = true;
  model.useStyles = true;
  model.sharedStrings = new SharedStringsXform();
  model.styles = memoisedStyles();
  new WorkbookXform().prepare(model);
  const sheetXform = new WorksheetXform();
  sheetXform.map.sheetData = { prepare: prepareRows, render: renderSheetData };
  const drawings: unknown[] = [];
  const commentRefs: unknown[] = [];
  model.drawings = drawings;
  model.commentRefs = commentRefs;
  const options = {
    sharedStrings: model.sharedStrings,
    styles: model.styles,
    date1904: model.properties.date1904,
    drawingsCount: 0,
    media: model.media,
    drawings,
    commentRefs,
  };
  let tableCount = 0;
  const tables: unknown[] = [];
  model.tables = tables;
  for (const sheet of model.worksheets) {
    for (const table of sheet.tables) {
      tableCount++;
      table.target = `table${tableCount}.xml`;
      table.id = tableCount;
      tables.push(table);
    }
    sheetXform.prepare(sheet, options);
  }
}

// Pieces are encoded in batches of about this many characters (see utf8).
const BATCH = 1 << 16;

/**
 * A stream's XML as UTF-8 bytes, encoded a batch of pieces at a time: a worksheet is megabytes in
 * tens of thousands of pieces, and one join of them all, flattened and then encoded, costs more
 * (measured on the large case) than short joins encoded one by one.
 */
function utf8(xs: XmlStream): Buffer {
  xs.closeAll();
  const out: Buffer[] = [];
  let batch: string[] = [];
  let size = 0;
  for (const piece of xs._xml) {
    batch.push(piece);
    size += piece.length;
    if (size >= BATCH) {
      out.push(Buffer.from(batch.join(''), 'utf8'));
      batch = [];
      size = 0;
    }
  }
  out.push(Buffer.from(batch.join(''), 'utf8'));
  return Buffer.concat(out);
}

/** exceljs's XLSX.addWorksheets, each sheet's rows written by ./sheet-data. */
function addWorksheets(zip: ZipWriter, model: XLSX.BookModel): void {
  const sheetXform = new WorksheetXform();
  sheetXform.map.sheetData = { prepare: prepareRows, render: renderSheetData };
  for (const sheet of model.worksheets) {
    let xs = new XmlStream();
    sheetXform.render(xs, sheet);
    zip.append(utf8(xs), { name: `xl/worksheets/sheet${sheet.id}.xml` });
    if (sheet.rels && sheet.rels.length) {
      xs = new XmlStream();
      new RelationshipsXform().render(xs, sheet.rels);
      zip.append(xs.xml, { name: `xl/worksheets/_rels/sheet${sheet.id}.xml.rels` });
    }
    if (sheet.comments.length > 0) {
      xs = new XmlStream();
      new CommentsXform().render(xs, sheet);
      zip.append(xs.xml, { name: `xl/comments${sheet.id}.xml` });
      xs = new XmlStream();
      new VmlNotesXform().render(xs, sheet);
      zip.append(xs.xml, { name: `xl/drawings/vmlDrawing${sheet.id}.vml` });
    }
  }
}

/** The workbook's .xlsx bytes (the parts in exceljs's order: XLSX.write). */
export async function writeXlsx(wb: Workbook): Promise<Buffer> {
  const xlsx = new XLSX(wb);
  const { model } = xlsx.workbook;
  prepare(model);
  const zip = new ZipWriter(model.modified ?? new Date());
  await xlsx.addContentTypes(zip, model);
  await xlsx.addOfficeRels(zip, model);
  await xlsx.addWorkbookRels(zip, model);
  addWorksheets(zip, model);
  // After the worksheets, which fill the shared strings (XLSX.addSharedStrings).
  if (model.sharedStrings && model.sharedStrings.count) zip.append(sharedStringsXml(model.sharedStrings), { name: 'xl/sharedStrings.xml' });
  xlsx.addDrawings(zip, model);
  xlsx.addTables(zip, model);
  await xlsx.addThemes(zip, model);
  await xlsx.addStyles(zip, model);
  await xlsx.addMedia(zip, model);
  await xlsx.addApp(zip, model);
  await xlsx.addCore(zip, model);
  await xlsx.addWorkbook(zip, model);
  return await zip.finish();
}
