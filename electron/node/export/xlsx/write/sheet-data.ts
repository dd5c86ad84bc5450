/**
 * A worksheet's <sheetData> (its rows and cells) as text, the same text exceljs's RowXform and
 * CellXform write. exceljs pushes every attribute, bracket and value of every cell as a separate
 * string into one array and joins them at the end: for the large case that is millions of strings,
 * slower than everything else in the export. Here a row is one string. Only the common cells are
 * written here — empty, merged, numbers, shared strings, booleans, and formulas whose cached result is a
 * number, a text, a boolean or absent; any other cell (dates, errors, hyperlinks, inline rich text,
 * formulas with other results) is rendered by exceljs's own CellXform, so nothing is guessed.
 * tests/electron/node/export/xlsx/write checks the result against exceljs's writer part by part.
 */
import utils from 'exceljs/lib/utils/utils';
import XmlStream from 'exceljs/lib/utils/xml-stream';
import CellXform from 'exceljs/lib/xlsx/xform/sheet/cell-xform';
import type { CellModel, RowModel } from 'exceljs/lib/xlsx/xform/sheet/row-xform';

// exceljs's Enums.ValueType
const NULL = 0;
const MERGE = 1;
const NUMBER = 2;
const STRING = 3;
const FORMULA = 6;
const RICH_TEXT = 8;
const BOOLEAN = 9;

const enc = (s: unknown) => utils.xmlEncode(String(s));

/** An attribute as XmlStream writes it: left out when undefined, its value XML-encoded. */
const attr = (name: string, v: unknown) => (v === undefined ? '' : ` ${name}="${enc(v)}"`);

/**
 * <f>: as CellXform.renderFormula writes it (attributes t, ref, si; the text, or a leaf for a shared
 * clone); null for a shared master with no range, which exceljs itself handles (by failing).
 */
function formulaNode(c: CellModel): string | null {
  let attrs = '';
  if (c.shareType === 'shared') {
    const ref = c.ref || c.range?.range;
    if (ref === undefined) return null;
    attrs = ` t="shared"${attr('ref', ref)}${attr('si', c.si)}`;
  } else if (c.shareType === 'array') attrs = ` t="array"${attr('ref', c.ref)}`;
  else if (c.si !== undefined) attrs = ` t="shared"${attr('si', c.si)}`;
  return c.formula === undefined ? `<f${attrs}/>` : `<f${attrs}>${enc(c.formula)}</f>`;
}

const cellXform = new CellXform();

/** What exceljs's CellXform writes for a cell this module does not handle itself. */
function byExceljs(c: CellModel): string {
  const xs = new XmlStream();
  cellXform.render(xs, c);
  return xs.xml;
}

function cell(c: CellModel): string {
  const head = `<c r="${c.address}"${c.styleId ? ` s="${c.styleId}"` : ''}`;
  switch (c.type) {
    case NULL:
      return c.styleId ? `${head}/>` : '';
    case MERGE:
      return `${head}/>`;
    case NUMBER:
      return `${head}><v>${enc(c.value)}</v></c>`;
    case BOOLEAN:
      return `${head} t="b"><v>${c.value ? '1' : '0'}</v></c>`;
    case STRING:
    case RICH_TEXT:
      return c.ssId === undefined ? byExceljs(c) : `${head} t="s"><v>${c.ssId}</v></c>`;
    case FORMULA: {
      // The cached result decides the cell's t attribute (CellXform.renderFormula).
      const r = c.result;
      const f = formulaNode(c);
      if (f === null) return byExceljs(c);
      if (r === null || r === undefined) return `${head}>${f}</c>`;
      if (typeof r === 'number') return `${head}>${f}<v>${enc(r)}</v></c>`;
      if (typeof r === 'string') return `${head} t="str">${f}<v>${enc(r)}</v></c>`;
      if (typeof r === 'boolean') return `${head} t="b">${f}<v>${r ? 1 : 0}</v></c>`;
      return byExceljs(c);
    }
    default:
      return byExceljs(c);
  }
}

/** One <row>, as RowXform.render writes it. */
function row(r: RowModel): string {
  let open = `<row r="${r.number}"`;
  if (r.height) open += ` ht="${enc(r.height)}" customHeight="1"`;
  if (r.hidden) open += ' hidden="1"';
  if (r.min > 0 && r.max > 0 && r.min <= r.max) open += ` spans="${r.min}:${r.max}"`;
  if (r.styleId) open += ` s="${r.styleId}" customFormat="1"`;
  open += ' x14ac:dyDescent="0.25"';
  if (r.outlineLevel) open += ` outlineLevel="${enc(r.outlineLevel)}"`;
  if (r.collapsed) open += ' collapsed="1"';
  // Joined from an array: cheaper than a string grown cell by cell (a rope V8 must flatten later).
  const cs: string[] = [];
  for (const c of r.cells) cs.push(cell(c));
  const cells = cs.join('');
  return cells === '' ? `${open}/>` : `${open}>${cells}</row>`;
}

/** Writes <sheetData> into the worksheet's stream, in place of exceljs's ListXform of rows. */
export function renderSheetData(xs: XmlStream, rows: readonly RowModel[] | undefined): void {
  if (!rows || rows.length === 0) {
    xs.leafNode('sheetData');
    return;
  }
  // One string a row into the sheet's stream (measured: cheaper than one join of every row here).
  xs.openNode('sheetData');
  for (const r of rows) xs.writeXml(row(r));
  xs.closeNode();
}
