/**
 * Reading the round-trip sheet the exporter wrote (sheets/roundtrip.ts): the workbook's identity and
 * its list of inputs. Found through its defined name first, so a renamed sheet is still found.
 */
import type ExcelJS from 'exceljs';
import { z } from 'zod';
import { InputTypeSchema, ScalarSchema, StablePathSchema, WorkbookIdentitySchema, type WorkbookIdentity } from '@shared/roundtrip/schema';
import { IDENTITY_NAME, ROUNDTRIP_FIRST_INPUT_ROW, ROUNDTRIP_SHEET } from '../export/xlsx/sheets/roundtrip';
import type { InputEntry } from '../export/xlsx/input-map';
import { WorkbookReadError, type OpenBook } from './workbook';

export interface StoredMap {
  identity: WorkbookIdentity;
  inputs: InputEntry[];
}

function str(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const v: unknown = ws.getRow(row).getCell(col).value;
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

const json = (s: string): unknown => {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
};

/** The identity and input list, or null when the workbook has none (an export older than the round trip). */
export function readStoredMap(book: OpenBook): StoredMap | null {
  const place = book.names.get(IDENTITY_NAME);
  const ws = book.wb.getWorksheet(place?.sheet ?? ROUNDTRIP_SHEET);
  if (!ws) return null;
  const pairs = new Map<string, string>();
  for (let row = 2; row < ROUNDTRIP_FIRST_INPUT_ROW - 1; row++) pairs.set(str(ws, row, 1), str(ws, row, 2));
  const id = WorkbookIdentitySchema.safeParse({
    formatVersion: Number(pairs.get('formatVersion')),
    caseId: pairs.get('caseId'),
    caseName: pairs.get('caseName'),
    scenarioIds: json(pairs.get('scenarioIds') ?? ''),
    lang: pairs.get('lang'),
  });
  if (!id.success) throw new WorkbookReadError('The workbook’s hidden CX Case sheet was changed, so CX Case cannot tell which case and values it holds. Export the case again.');
  const Entry = z.strictObject({ name: z.string().min(1), path: StablePathSchema, type: InputTypeSchema, value: ScalarSchema.nullable() });
  const inputs: InputEntry[] = [];
  for (let row = ROUNDTRIP_FIRST_INPUT_ROW; str(ws, row, 1) !== ''; row++) {
    const e = Entry.safeParse({ name: str(ws, row, 1), path: json(str(ws, row, 2)), type: str(ws, row, 3), value: json(str(ws, row, 4)) });
    if (!e.success) throw new WorkbookReadError(`The workbook’s hidden CX Case sheet was changed at row ${row}, so CX Case cannot read its inputs. Export the case again.`);
    inputs.push(e.data);
  }
  return { identity: id.data, inputs };
}
