/**
 * The portable `.cxcase` file: one JSON object, a small versioned envelope around one case document.
 * Shared so the desktop import (a file read by the main side) and the browser import (file contents
 * sent as text) run exactly the same checks. Parsing never throws; every problem has a JSON path.
 */
import { z } from 'zod';
import { singleLine, type Case } from './schema';
import { parseCase, problemsFromIssues, type Problem } from './validate';

export const CXCASE_FORMAT = 'cxcase';
export const CXCASE_FORMAT_VERSION = 1;
/** A real case is well under 1 MB; anything above this is refused before parsing (it would stall the parser). */
export const MAX_CXCASE_BYTES = 20 * 1024 * 1024;
/** Keys that could reach an object's prototype if some later code copied the data carelessly. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 64;

export interface CxcaseApp {
  name: string;
  version: string;
}

const EnvelopeSchema = z.strictObject({
  format: z.literal(CXCASE_FORMAT, { error: 'Not a CX Case file' }),
  formatVersion: z.int({ error: 'Must be a whole number' }).min(1, { error: 'Must be 1 or more' }),
  exportedAt: z.iso.datetime({ offset: true, error: 'Must be a date-time like 2026-01-31T09:00:00Z' }),
  app: z.strictObject({
    name: singleLine(z.string().max(100, { error: 'At most 100 characters' })),
    version: singleLine(z.string().max(50, { error: 'At most 50 characters' })),
  }),
  case: z.unknown(),
});

export interface CxcaseFile {
  format: typeof CXCASE_FORMAT;
  formatVersion: number;
  exportedAt: string;
  app: CxcaseApp;
  case: Case;
}

export type CxcaseParseResult =
  | { ok: true; value: CxcaseFile; bare: boolean; migratedFrom: number | null }
  | { ok: false; message: string; problems: Problem[] };

export function serializeCxcase(c: Case, app: CxcaseApp, exportedAt: string): string {
  const file: CxcaseFile = { format: CXCASE_FORMAT, formatVersion: CXCASE_FORMAT_VERSION, exportedAt, app, case: c };
  return JSON.stringify(file, null, 2) + '\n';
}

/** Size in bytes of a string once UTF-8 encoded, without allocating the encoding. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * A file's bytes → its text: strictly UTF-8 (a byte sequence that is not UTF-8 is refused, never
 * replaced by U+FFFD), a leading byte-order mark dropped. UTF-16 files get their own message.
 */
export function decodeCaseFileBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return { ok: false, message: 'is UTF-16 text, not UTF-8; a CX Case file is UTF-8 (save it again as UTF-8)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, message: 'is not valid UTF-8 text, so it cannot be a CX Case file' };
  }
}

const bad = (message: string, problems: Problem[] = [{ path: '$', message }]): CxcaseParseResult => ({ ok: false, message, problems });

/**
 * Forbidden keys and absurd nesting, found before any schema runs (iterative: a hostile file
 * cannot overflow the stack). Returns one problem per forbidden key, at most 20.
 */
export function findForbiddenKeys(root: unknown): Problem[] {
  const out: Problem[] = [];
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: root, path: '$', depth: 0 }];
  while (stack.length > 0 && out.length < 20) {
    const top = stack.pop();
    if (!top || typeof top.v !== 'object' || top.v === null) continue;
    if (top.depth > MAX_DEPTH) {
      out.push({ path: top.path, message: `Nested more than ${MAX_DEPTH} levels deep` });
      continue;
    }
    if (Array.isArray(top.v)) {
      top.v.forEach((item, i) => stack.push({ v: item, path: `${top.path}[${i}]`, depth: top.depth + 1 }));
      continue;
    }
    for (const [k, v] of Object.entries(top.v)) {
      const path = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? `${top.path}.${k}` : `${top.path}[${JSON.stringify(k.slice(0, 40))}]`;
      if (FORBIDDEN_KEYS.has(k)) out.push({ path, message: `The key "${k}" is not allowed` });
      else stack.push({ v, path, depth: top.depth + 1 });
    }
  }
  return out;
}

function prefixed(problems: readonly Problem[], prefix: string): Problem[] {
  return problems.map((p) => ({ path: prefix + p.path.slice(1), message: p.message }));
}

/**
 * A `.cxcase` file's text → the validated file. A bare case document (what `cxcase validate`
 * and older tools accept) is read too; it is given an envelope. Never throws.
 */
export function parseCxcaseText(text: string): CxcaseParseResult {
  if (typeof text !== 'string') return bad('The file could not be read as text.');
  // Cheap bound first (UTF-16 units ≤ UTF-8 bytes), exact count only when it could matter.
  if (text.length > MAX_CXCASE_BYTES || (text.length > MAX_CXCASE_BYTES / 4 && utf8Length(text) > MAX_CXCASE_BYTES))
    return bad(`This file is larger than ${MAX_CXCASE_BYTES / 1048576} MB, so it cannot be a CX Case file. Nothing was imported.`);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return bad(`This file is not a CX Case file: it is not valid JSON (${detail.slice(0, 200)}).`);
  }
  const forbidden = findForbiddenKeys(json);
  if (forbidden.length > 0)
    return bad(
      forbidden.every((p) => p.message.startsWith('Nested'))
        ? `This file is nested more than ${MAX_DEPTH} levels deep, so it cannot be a CX Case file. Nothing was imported.`
        : 'This file contains fields that are not allowed in a CX Case file. Nothing was imported.',
      forbidden,
    );
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return bad('This file is not a CX Case file: it does not hold a JSON object.');

  if (!('format' in json) && !('schemaVersion' in json))
    return bad(
      'missing schemaVersion: this is not a CX Case file, or it was damaged (a case file has "format": "cxcase", a bare case document a "schemaVersion")',
    );
  if (!('format' in json)) {
    const r = parseCase(json);
    if (!r.ok) return bad(invalidCaseMessage(r.problems), r.problems);
    return {
      ok: true,
      bare: true,
      migratedFrom: r.migratedFrom,
      value: { format: CXCASE_FORMAT, formatVersion: CXCASE_FORMAT_VERSION, exportedAt: r.value.updatedAt, app: { name: '', version: '' }, case: r.value },
    };
  }

  if ('formatVersion' in json && typeof json.formatVersion === 'number' && json.formatVersion > CXCASE_FORMAT_VERSION)
    return bad(
      `This file was written by a newer version of CX Case (file format ${json.formatVersion}; this app reads format ${CXCASE_FORMAT_VERSION}). Update the app to import it.`,
      [{ path: '$.formatVersion', message: `Must be at most ${CXCASE_FORMAT_VERSION}: written by a newer version of CX Case` }],
    );
  const env = EnvelopeSchema.safeParse(json);
  if (!env.success) {
    const problems = problemsFromIssues(env.error.issues);
    const notOurs = problems.some((p) => p.path === '$.format');
    return bad(notOurs ? 'This file is not a CX Case file.' : 'This file is damaged or incomplete: its header is not valid.', problems);
  }
  const r = parseCase(env.data.case);
  if (!r.ok) return bad(invalidCaseMessage(r.problems), prefixed(r.problems, '$.case'));
  return {
    ok: true,
    bare: false,
    migratedFrom: r.migratedFrom,
    value: { format: CXCASE_FORMAT, formatVersion: env.data.formatVersion, exportedAt: env.data.exportedAt, app: env.data.app, case: r.value },
  };
}

function invalidCaseMessage(problems: readonly Problem[]): string {
  const tooNew = problems.find((p) => p.path === '$.schemaVersion' && p.message.includes('newer version'));
  if (tooNew) return tooNew.message;
  return `The case in this file has ${problems.length} problem${problems.length === 1 ? '' : 's'}, so it was not imported.`;
}

