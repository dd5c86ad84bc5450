/**
 * Case document migrations. Each step takes a document of version n to n + 1; documents are
 * migrated before validation, so an old file or database row is read with today's schema.
 * Each step lives in its own file under migrations/, named after the versions it joins.
 */
import { v1ToV2 } from './migrations/v1-to-v2';
import { CASE_SCHEMA_VERSION } from './schema';
import { v2ToV3Risk } from './migrations/v2-to-v3-risk';
import { v3ToV4Sources } from './migrations/v3-to-v4-sources';

export type JsonObject = { [key: string]: unknown };
export type Migration = (doc: JsonObject) => JsonObject;

/** MIGRATIONS[n] migrates version n to n + 1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: v1ToV2, 2: v2ToV3Risk, 3: v3ToV4Sources };

export type MigrationOutcome =
  | { ok: true; doc: JsonObject; from: number; to: number }
  | { ok: false; code: 'NOT_AN_OBJECT' | 'NO_VERSION' | 'TOO_NEW' | 'TOO_OLD'; message: string };

export function isJsonObject(x: unknown): x is JsonObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function migrateCaseDocument(
  input: unknown,
  target = CASE_SCHEMA_VERSION,
  steps: Readonly<Record<number, Migration>> = MIGRATIONS,
): MigrationOutcome {
  if (!isJsonObject(input)) return { ok: false, code: 'NOT_AN_OBJECT', message: 'A case must be a JSON object' };
  const v = input['schemaVersion'];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
    return { ok: false, code: 'NO_VERSION', message: 'schemaVersion is missing or not a positive whole number' };
  if (v > target)
    return {
      ok: false,
      code: 'TOO_NEW',
      message: `This case was written by a newer version of CX Case (format ${v}; this app reads up to ${target}). Update the app to open it.`,
    };
  let doc = input;
  for (let n = v; n < target; n++) {
    const step = steps[n];
    if (!step) return { ok: false, code: 'TOO_OLD', message: `No migration from case format ${n} to ${n + 1}` };
    doc = { ...step(doc), schemaVersion: n + 1 };
  }
  return { ok: true, doc, from: v, to: target };
}
