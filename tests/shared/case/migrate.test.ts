/** Document migrations, with injected steps (the app's table is empty until the format changes). */
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateCaseDocument, type JsonObject } from '@shared/case/migrate';
import { CASE_SCHEMA_VERSION } from '@shared/case/schema';
import { parseCase } from '@shared/case/validate';
import { generateCase } from '../../support/arbitraries';

// A pretend history: v1 had `title`, v2 renamed it to `name`, v3 added `tags`.
const steps = {
  1: (d: JsonObject): JsonObject => {
    const { title, ...rest } = d;
    return { ...rest, name: title };
  },
  2: (d: JsonObject): JsonObject => ({ ...d, tags: [] }),
};

describe('migrateCaseDocument', () => {
  it('runs every step from the document version up to the target, in order, and stamps each version', () => {
    const seen: number[] = [];
    const traced = {
      1: (d: JsonObject) => (seen.push(Number(d.schemaVersion)), steps[1](d)),
      2: (d: JsonObject) => (seen.push(Number(d.schemaVersion)), steps[2](d)),
    };
    const r = migrateCaseDocument({ schemaVersion: 1, title: 'Old case' }, 3, traced);
    expect(r).toEqual({ ok: true, doc: { schemaVersion: 3, name: 'Old case', tags: [] }, from: 1, to: 3 });
    expect(seen).toEqual([1, 2]);
  });

  it('starts from the middle for a document already at version 2', () => {
    const r = migrateCaseDocument({ schemaVersion: 2, name: 'Newer' }, 3, steps);
    expect(r).toEqual({ ok: true, doc: { schemaVersion: 3, name: 'Newer', tags: [] }, from: 2, to: 3 });
  });

  it('leaves a current document alone and does not copy it through steps', () => {
    const doc = { schemaVersion: 3, name: 'Now' };
    const r = migrateCaseDocument(doc, 3, steps);
    expect(r.ok && r.doc).toBe(doc);
  });

  it('never changes the input object', () => {
    const doc = { schemaVersion: 1, title: 'Keep me' };
    migrateCaseDocument(doc, 3, steps);
    expect(doc).toEqual({ schemaVersion: 1, title: 'Keep me' });
  });

  it('refuses a document from a newer app, a missing step, a missing version and a non-object', () => {
    expect(migrateCaseDocument({ schemaVersion: 4 }, 3, steps)).toMatchObject({ ok: false, code: 'TOO_NEW' });
    expect(migrateCaseDocument({ schemaVersion: 1 }, 3, { 2: steps[2] })).toMatchObject({ ok: false, code: 'TOO_OLD', message: 'No migration from case format 1 to 2' });
    for (const v of [undefined, '1', 0, -1, 1.5]) expect(migrateCaseDocument({ schemaVersion: v }, 3, steps)).toMatchObject({ ok: false, code: 'NO_VERSION' });
    for (const x of [null, [], 'case', 3]) expect(migrateCaseDocument(x, 3, steps)).toMatchObject({ ok: false, code: 'NOT_AN_OBJECT' });
  });

  it('the app table has a step for every version below the current one', () => {
    for (let v = 1; v < CASE_SCHEMA_VERSION; v++) expect(typeof MIGRATIONS[v]).toBe('function');
  });

  it('parseCase runs the live path: a current case is read unchanged and not reported as migrated', () => {
    const c = generateCase(5);
    const r = parseCase(c);
    expect(r.ok && r.migratedFrom).toBeNull();
  });
});
