/** Reading case files for the command line: every failure becomes a list of problems, never a throw. */
import { MAX_CXCASE_BYTES, parseCxcaseText } from '@shared/case/cxcase-file';
import type { ParseResult } from '@shared/case/validate';
import { readCaseFileText } from '../files/read-bounded';
import { CliError } from './output';

/** Case files are small; anything larger is certainly not one (and would stall JSON.parse). */
export const MAX_CASE_FILE_BYTES = MAX_CXCASE_BYTES;

/**
 * The file's text: a regular file of at most 20 MB (never a device, a pipe or a folder), valid
 * UTF-8. Anything else is a CliError with one clear sentence.
 */
export function readCaseText(file: string, consequence = ''): string {
  const r = readCaseFileText(file, MAX_CASE_FILE_BYTES);
  if (!r.ok) throw new CliError(`${r.message}.${consequence ? ` ${consequence}` : ''}`);
  return r.text;
}

export function readCaseFile(file: string): ParseResult {
  const r = readCaseFileText(file, MAX_CASE_FILE_BYTES);
  if (!r.ok) return { ok: false, problems: [{ path: '$', message: r.message }] };
  // A .cxcase file (envelope) or a bare case document: both are read the same way the app imports.
  const p = parseCxcaseText(r.text);
  if (p.ok) return { ok: true, value: p.value.case, migratedFrom: p.migratedFrom };
  return { ok: false, problems: p.problems.length > 0 ? p.problems : [{ path: '$', message: p.message }] };
}
