/** Reading case files for the command line: every failure becomes a list of problems, never a throw. */
import { readFileSync, statSync } from 'node:fs';
import { parseCxcaseText } from '../../../shared/case/cxcase-file';
import type { ParseResult } from '../../../shared/case/validate';

/** Case files are small; anything larger is certainly not one (and would stall JSON.parse). */
export const MAX_CASE_FILE_BYTES = 20 * 1024 * 1024;

export function readCaseFile(file: string): ParseResult {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return { ok: false, problems: [{ path: '$', message: `Cannot read ${file}: no such file` }] };
  }
  if (size > MAX_CASE_FILE_BYTES)
    return { ok: false, problems: [{ path: '$', message: `${file} is ${(size / 1048576).toFixed(1)} MB; a case file is at most 20 MB` }] };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { ok: false, problems: [{ path: '$', message: `Cannot read ${file}: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  // A .cxcase file (envelope) or a bare case document: both are read the same way the app imports.
  const r = parseCxcaseText(text);
  if (r.ok) return { ok: true, value: r.value.case, migratedFrom: r.migratedFrom };
  return { ok: false, problems: r.problems.length > 0 ? r.problems : [{ path: '$', message: r.message }] };
}
