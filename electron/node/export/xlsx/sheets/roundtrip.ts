/**
 * The round-trip sheet (hidden): which case and scenarios the workbook holds, in which format, and
 * every input's defined name, place in the case and exported value (see input-map.ts). When finance
 * sends the workbook back, CX Case reads this to know what changed; people never need to see it.
 * Also one defined name per sheet (CXCase_Tab1…), so a sheet finance renames is still recognised.
 */
import { EXPORT_FORMAT_VERSION } from '@shared/roundtrip/identity';
import { text } from '../cells';
import type { Ctx } from '../context';
import { inputMap } from '../input-map';

export const ROUNDTRIP_SHEET = 'CXCase_RoundTrip';
export const IDENTITY_NAME = 'CXCase_Identity';
export const tabName = (k: number) => `CXCase_Tab${k + 1}`;
/** The Summary's row under its recalculation note, free until now. */
export const SUMMARY_IDENTITY_ROW = 8;
/** First row of the input table (after the identity rows and a header). */
export const ROUNDTRIP_FIRST_INPUT_ROW = 9;

export function writeRoundTrip(ctx: Ctx): void {
  const sheets = ctx.wb.worksheets.map((w) => w.name);
  const ws = ctx.wb.addWorksheet(ROUNDTRIP_SHEET);
  ws.state = 'veryHidden';
  ws.getColumn(1).width = 28;
  ws.getColumn(2).width = 80;
  const pairs: [string, string][] = [
    ['formatVersion', String(EXPORT_FORMAT_VERSION)],
    ['caseId', ctx.c.id],
    ['caseName', ctx.c.name],
    ['scenarioIds', JSON.stringify(ctx.plans.map((p) => p.s.id))],
    ['lang', ctx.lang],
  ];
  text(ws, 1, 1, 'CX Case round trip');
  pairs.forEach(([k, v], i) => {
    text(ws, i + 2, 1, k);
    text(ws, i + 2, 2, v);
  });
  ctx.define(IDENTITY_NAME, ws.name, 1, 1);
  ['name', 'path', 'type', 'exported'].forEach((h, i) => text(ws, ROUNDTRIP_FIRST_INPUT_ROW - 1, i + 1, h));
  let row = ROUNDTRIP_FIRST_INPUT_ROW;
  for (const e of inputMap(ctx.c, ctx.plans.map((p) => p.index))) {
    text(ws, row, 1, e.name);
    text(ws, row, 2, JSON.stringify(e.path));
    text(ws, row, 3, e.type);
    text(ws, row, 4, JSON.stringify(e.value));
    row++;
  }
  sheets.forEach((name, k) => ctx.define(tabName(k), name, 1, 1));
  // And where people look: one line on the Summary, under the recalculation note.
  const ids = ctx.plans.map((p) => p.s.id).join(', ');
  const line =
    ctx.lang === 'it'
      ? `Esportato da CX Case · caso ${ctx.c.id} · scenari ${ids} · formato di ritorno ${EXPORT_FORMAT_VERSION}: rimandate questo file per riportare le modifiche nel caso.`
      : `Exported by CX Case · case ${ctx.c.id} · scenarios ${ids} · round-trip format ${EXPORT_FORMAT_VERSION}: send this file back to bring its changes into the case.`;
  text(ctx.sheet('summary'), SUMMARY_IDENTITY_ROW, 1, line).font = { italic: true, color: { argb: 'FF7F7F7F' } };
  // The same identity in the document properties, for tools that read only those.
  ctx.wb.keywords = `CX Case export; round-trip format ${EXPORT_FORMAT_VERSION}; case ${ctx.c.id}`;
}
