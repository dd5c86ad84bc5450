/** Reading a case document from untrusted input: parse, migrate, validate, one message per problem. */
import type { z } from 'zod';
import { migrateCaseDocument } from './migrate';
import { CaseSchema, type Case, type Scenario } from './schema';

export interface Problem {
  /** JSON path, e.g. $.scenarios[0].segments[1].grossMargin */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; value: Case; migratedFrom: number | null } | { ok: false; problems: Problem[] };

export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (typeof p === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(p)) out += `.${p}`;
    else out += `[${JSON.stringify(String(p))}]`;
  }
  return out;
}

/** Keys that name an object's prototype machinery: never data, refused with their own message. */
const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** zod's type names → what the user must write there. */
const EXPECTED: Readonly<Record<string, string>> = {
  boolean: 'Must be true or false',
  array: 'Must be a list',
  object: 'Must be an object',
  string: 'Must be text',
  number: 'Must be a number',
};

/** Zod issues → one readable problem each (unknown keys: one per key). */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[]): Problem[] {
  const out: Problem[] = [];
  for (const iss of issues) {
    if (iss.code === 'unrecognized_keys') {
      for (const k of iss.keys)
        out.push({ path: jsonPath([...iss.path, k]), message: RESERVED_KEYS.has(k) ? `The key "${k}" is not allowed` : 'Unknown field' });
    } else if (iss.code === 'invalid_union' && 'note' in iss && iss.note === 'No matching discriminator') {
      // zod 4 already ends the path with the discriminator key; older versions stopped at the object.
      const path = iss.path[iss.path.length - 1] === 'kind' ? iss.path : [...iss.path, 'kind'];
      out.push({ path: jsonPath(path), message: 'Unknown or missing kind' });
    } else if (iss.code === 'invalid_type' && iss.message.endsWith('received undefined')) {
      out.push({ path: jsonPath(iss.path), message: 'Required' });
    } else if (iss.code === 'invalid_type' && iss.message.startsWith('Invalid input')) {
      // zod's own wording ("Invalid input: expected boolean, received string"); ours where we have one.
      out.push({ path: jsonPath(iss.path), message: EXPECTED[iss.expected] ?? iss.message });
    } else {
      out.push({ path: jsonPath(iss.path), message: iss.message });
    }
  }
  return out;
}

export function parseCase(input: unknown): ParseResult {
  const mig = migrateCaseDocument(input);
  if (!mig.ok) return { ok: false, problems: [{ path: mig.code === 'NOT_AN_OBJECT' ? '$' : '$.schemaVersion', message: mig.message }] };
  const r = CaseSchema.safeParse(mig.doc);
  if (!r.success) return { ok: false, problems: problemsFromIssues(r.error.issues) };
  return { ok: true, value: r.data, migratedFrom: mig.from === mig.to ? null : mig.from };
}

/** Text (a file's contents) → case. Never throws. */
export function parseCaseText(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, problems: [{ path: '$', message: `Not valid JSON: ${detail}` }] };
  }
  return parseCase(json);
}

/**
 * One scenario checked in its case: the case's own fields with that scenario alone, so every rule
 * of the schema applies but the one across scenarios (names unique), which the caller keeps.
 * Problems carry the scenario's real index. Far cheaper than the whole case on every keystroke.
 */
export function checkScenarioInCase(caseFields: object, scenario: unknown, index: number): { ok: true; value: Scenario } | { ok: false; problems: Problem[] } {
  const r = CaseSchema.safeParse({ ...caseFields, scenarios: [scenario] });
  const value = r.success ? r.data.scenarios[0] : undefined;
  if (value) return { ok: true, value };
  const problems = r.success ? [] : problemsFromIssues(r.error.issues);
  return { ok: false, problems: problems.map((p) => ({ ...p, path: p.path.replace(/^\$\.scenarios\[0\]/, `$.scenarios[${index}]`) })) };
}
