/**
 * Delete for good (issue 9): only a case in the trash, with its scenarios and versions, in one
 * transaction — and its text really gone from the database file and its WAL, not left in free pages.
 */
import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Case } from '@shared/case/schema';
import { generateCase } from '../../../support/arbitraries';
import { clock, freshStore, openOk, unwrap } from './helpers';

const MARK = 'quokkazebra';

/** Whether the file (and its -wal, if any) holds the mark in any letter case, as UTF-8 or UTF-16LE bytes. */
function holdsMark(path: string): string[] {
  const found: string[] = [];
  for (const f of [path, `${path}-wal`]) {
    if (!existsSync(f)) continue;
    const bytes = readFileSync(f);
    const utf8 = bytes.toString('latin1').toLowerCase();
    const utf16 = bytes.toString('utf16le').toLowerCase();
    if (utf8.includes(MARK) || utf16.includes(MARK)) found.push(f);
  }
  return found;
}

function counts(path: string, caseId: string) {
  const raw = new Database(path, { readonly: true });
  try {
    return raw
      .prepare<[string, string, string], { cases: number; scenarios: number; versions: number }>(
        'SELECT (SELECT count(*) FROM cases WHERE id = ?) AS cases, (SELECT count(*) FROM scenarios WHERE case_id = ?) AS scenarios, (SELECT count(*) FROM versions WHERE case_id = ?) AS versions',
      )
      .get(caseId, caseId, caseId);
  } finally {
    raw.close();
  }
}

/** A case whose name, notes and scenario names carry the mark, edited several times (old copies left in free space), with versions. */
async function markedCase() {
  const t = clock();
  const { store, path } = await freshStore({ now: t.now });
  const keep = unwrap(store.createCaseFrom({ ...generateCase(5), name: 'Other client case' }));
  const doc = generateCase(11, { scenarios: [3, 3] });
  let c: Case = unwrap(store.createCaseFrom({ ...doc, name: 'Acme Quokkazebra renewal', notes: `Notes about QuokkaZebra Ltd. ${'x'.repeat(3000)}`, scenarios: doc.scenarios.map((s, i) => ({ ...s, name: `Quokkazebra ${i + 1}` })) }));
  for (let i = 0; i < 4; i++) {
    t.advance(6 * 60_000); // past the automatic-version interval: each edit keeps a version
    const r = unwrap(store.saveCase({ ...c, notes: `${c.notes} quokkazebra edit ${i}` }, c.updatedAt));
    c = { ...c, notes: `${c.notes} quokkazebra edit ${i}`, updatedAt: r.updatedAt };
  }
  unwrap(store.renameCase(c.id, 'Acme Quokkazebra renewal 2026'));
  unwrap(store.createSnapshot(c.id, 'Quokkazebra before review'));
  store.flush();
  return { store, path, c, keep };
}

describe('delete for good', () => {
  it('refuses a case that is not in the trash and changes nothing', async () => {
    const { store, path, c } = await markedCase();
    const before = counts(path, c.id);
    const r = store.purgeCase(c.id);
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_IN_TRASH' } });
    if (!r.ok) expect(r.error.message).toContain('Acme Quokkazebra renewal 2026');
    expect(counts(path, c.id)).toEqual(before);
    expect(unwrap(store.openCase(c.id)).name).toBe('Acme Quokkazebra renewal 2026');
    // Emptying the trash with a case that is not in it deletes nothing, not even the ones that are.
    const other = unwrap(store.createCase({ name: 'In the trash' }));
    unwrap(store.trashCase(other.id));
    expect(store.emptyTrash([other.id, c.id])).toMatchObject({ ok: false, error: { code: 'NOT_IN_TRASH' } });
    expect(unwrap(store.listCases({ trash: true })).map((s) => s.id)).toEqual([other.id]);
    expect(store.purgeCase('no-such-case')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(store.purgeCase('../x')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('removes the case, its scenarios and versions, and leaves the other cases alone', async () => {
    const { store, path, c, keep } = await markedCase();
    const before = counts(path, c.id);
    expect(before).toMatchObject({ cases: 1, scenarios: 3 });
    expect(before!.versions).toBeGreaterThanOrEqual(5);
    unwrap(store.trashCase(c.id));
    unwrap(store.purgeCase(c.id));
    expect(counts(path, c.id)).toEqual({ cases: 0, scenarios: 0, versions: 0 });
    expect(store.openCase(c.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(unwrap(store.listCases({ trash: true }))).toEqual([]);
    expect(unwrap(store.openCase(keep.id))).toEqual(keep);
    expect(unwrap(store.quickCheck())).toEqual(['ok']);
  });

  it('leaves none of its text in the database file or its WAL, while open and after closing', async () => {
    const { store, path, c, keep } = await markedCase();
    unwrap(store.trashCase(c.id));
    expect(holdsMark(path).length).toBeGreaterThan(0); // the check can see the text while the case exists
    unwrap(store.purgeCase(c.id));
    expect(holdsMark(path)).toEqual([]);
    store.close();
    expect(holdsMark(path)).toEqual([]);
    const again = await openOk({ path });
    expect(unwrap(again.openCase(keep.id))).toEqual(keep);
  });

  it('empties the trash: every case in it, in one go, with its text gone from the file', async () => {
    const { store, path, c, keep } = await markedCase();
    const second = unwrap(store.createCase({ name: 'Second quokkazebra' }));
    unwrap(store.trashCase(c.id));
    unwrap(store.trashCase(second.id));
    expect(unwrap(store.emptyTrash([c.id, second.id]))).toEqual({ deleted: 2 });
    expect(unwrap(store.listCases({ trash: true }))).toEqual([]);
    expect(unwrap(store.listCases()).map((s) => s.id)).toEqual([keep.id]);
    expect(counts(path, c.id)).toEqual({ cases: 0, scenarios: 0, versions: 0 });
    expect(holdsMark(path)).toEqual([]);
    store.close();
    expect(holdsMark(path)).toEqual([]);
  });

  it('empties the whole trash when no list is given, and an empty trash is a no-op', async () => {
    const { store } = await freshStore();
    const a = unwrap(store.createCase({ name: 'A' }));
    const b = unwrap(store.createCase({ name: 'B' }));
    unwrap(store.trashCase(a.id));
    unwrap(store.trashCase(b.id));
    expect(unwrap(store.emptyTrash())).toEqual({ deleted: 2 });
    expect(unwrap(store.emptyTrash())).toEqual({ deleted: 0 });
    expect(store.emptyTrash(['bad id!'])).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
