/** A case as a portable `.cxcase` file: export, and import as a new case. */
import type { CaseSummary, FilePayload } from '@shared/contract/api';
import { fail, ok, type Result } from '@shared/contract/result';
import { parseCxcaseText, serializeCxcase } from '@shared/case/cxcase-file';
import { openCase } from './cases';
import { fileNameFor } from './names';
import type { StoreCore } from './store-core';

export const MAX_REPORTED_PROBLEMS = 100;

export interface ImportOutcome {
  summary: CaseSummary;
  /** True when the name was taken and the case was given a suffix such as "(imported)". */
  renamed: boolean;
}

export function exportCxcase(store: StoreCore, caseId: unknown): Result<{ fileName: string; text: string }> {
  return store.run(() => {
    const c = openCase(store, caseId);
    if (!c.ok) return c;
    return ok({ fileName: fileNameFor(c.data.name, '.cxcase'), text: serializeCxcase(c.data, store.config.app, store.nowIso()) });
  });
}

/** The same, as the contract's file payload (save dialog or download). */
export function exportCxcaseFile(store: StoreCore, caseId: unknown): Result<FilePayload> {
  const r = exportCxcase(store, caseId);
  if (!r.ok) return r;
  return ok({ fileName: r.data.fileName, mime: 'application/json', base64: Buffer.from(r.data.text, 'utf8').toString('base64') });
}

/**
 * Imports a `.cxcase` file's text as a NEW case: everything is validated before anything is
 * written; an existing case is never overwritten (new id; "(imported)" added if the name is taken).
 */
export function importCxcaseText(store: StoreCore, text: unknown): Result<ImportOutcome> {
  return store.run(() => {
    if (typeof text !== 'string') return fail('INVALID_FILE', 'The file could not be read as text. Nothing was imported.');
    const r = parseCxcaseText(text);
    if (!r.ok) {
      // A hostile file can produce thousands of problems; the first hundred say enough.
      const shown = r.problems.slice(0, MAX_REPORTED_PROBLEMS);
      if (r.problems.length > shown.length) shown.push({ path: '$', message: `…and ${r.problems.length - shown.length} more problems` });
      return fail('INVALID_FILE', r.message, shown);
    }
    return store.durableTx(() => {
      const added = store.addAsNew(r.value.case, 'imported');
      return ok({ summary: store.summaryOf(added.c.id), renamed: added.renamed });
    });
  });
}
