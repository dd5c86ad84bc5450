/**
 * Which case a workbook belongs to, and whether this app can read its format. A workbook of
 * another case is refused naming both; an export format this app does not know is refused with
 * the reason, never half-read.
 */
import type { Case } from '../case/schema';
import type { WorkbookIdentity } from './schema';

/**
 * The round-trip format written into every export. 1: a hidden sheet lists every input's defined
 * name, its place in the case and the value exported. Raise it when that list changes meaning.
 */
export const EXPORT_FORMAT_VERSION = 1;

export type IdentityCheck = { ok: true } | { ok: false; reason: string };

export function checkIdentity(c: Case, id: WorkbookIdentity | null): IdentityCheck {
  if (id === null)
    return {
      ok: false,
      reason:
        'This workbook was exported by an earlier version of CX Case that did not record which case it came from or which value each input held, so its changes cannot be told apart safely. Export the case again and send that workbook.',
    };
  if (id.formatVersion > EXPORT_FORMAT_VERSION)
    return { ok: false, reason: `This workbook was exported by a newer version of CX Case (round-trip format ${id.formatVersion}); this version reads format ${EXPORT_FORMAT_VERSION}. Update CX Case to read it.` };
  if (id.formatVersion < 1) return { ok: false, reason: `This workbook's round-trip format (${id.formatVersion}) is not one CX Case ever wrote.` };
  if (id.caseId !== c.id)
    return { ok: false, reason: `This workbook belongs to the case "${id.caseName}", not to "${c.name}". Open "${id.caseName}" to take its changes.` };
  return { ok: true };
}
