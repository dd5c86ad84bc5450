/**
 * The first worksheet of an XLSX export, row by row, through exceljs's streaming reader — from a
 * path or from a stream of bytes as they arrive (the browser mode's upload). Cells read as the text
 * a CSV export would hold, as the disk reader (read-export.ts) reads them.
 */
import type { Readable } from 'node:stream';

/** A cell as text: dates as wall-clock ISO (no zone), numbers as written, formulas by their result. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 19);
  if (typeof v === 'object') {
    if ('result' in v) return cellText(v.result);
    if ('text' in v) return cellText(v.text);
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r: unknown) => (r && typeof r === 'object' && 'text' in r ? String(r.text) : '')).join('');
    if ('error' in v) return '';
  }
  return String(v);
}

/** Calls visit with each row's cells (padded to the header's width) and row number; visit returns true to stop. */
export async function eachXlsxRow(input: string | Readable, visit: (fields: string[], line: number) => boolean | void): Promise<void> {
  const ExcelJS = (await import('exceljs')).default;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'ignore' });
  let width = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = Array.isArray(row.values) ? row.values : [];
      if (width === 0) width = values.length - 1;
      // Trailing empty cells are not stored in XLSX: pad to the header's width.
      const fields = Array.from({ length: Math.max(width, values.length - 1) }, (_, i) => cellText(values[i + 1]));
      if (visit(fields, row.number) === true) return;
    }
    return; // the tickets are on the first worksheet
  }
}
