/**
 * Damage inside one record: the file passes SQLite's quick check, but a row's bytes were changed
 * (its JSON no longer parses) or its document no longer passes validation. That case answers
 * CASE_DAMAGED — with its name and what can bring it back — and every other case keeps working.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { generateCase } from '../../../support/arbitraries';
import { clock, freshStore, openOk, unwrap } from './helpers';
import type { CaseStore } from '@electron-node/storage/store';
import type { Result } from '@shared/contract/result';

function code(r: Result<unknown>): string {
  return r.ok ? 'ok' : r.error.code;
}

/** Three cases; the first one edited once, so it has an automatic version of its state before. */
async function threeCases(o: { backup?: boolean } = {}) {
  const t = clock();
  const { store, path } = await freshStore({ now: t.now });
  const [a, b, c] = [11, 12, 13].map((seed) => unwrap(store.createCaseFrom(generateCase(seed, { scenarios: [3, 3] }))));
  if (!a || !b || !c) throw new Error('cases not created');
  t.advance(60_000);
  unwrap(store.renameCase(a.id, 'Damaged Co'));
  if (o.backup) unwrap(await store.backupNow());
  store.close();
  return { path, t, a: { ...a, name: 'Damaged Co' }, b, c };
}

/** Changes stored bytes behind the store's back (what a bad sector or a stray program does). */
function tamper(path: string, sql: string, ...params: unknown[]): void {
  const db = new Database(path);
  expect(db.prepare(sql).run(...params).changes).toBeGreaterThan(0);
  db.close();
}

function expectOthersWork(store: CaseStore, others: { id: string }[], total: number): void {
  expect(unwrap(store.listCases())).toHaveLength(total);
  for (const o of others) {
    const doc = unwrap(store.openCase(o.id));
    unwrap(store.saveCase({ ...doc, notes: 'still saved' }, doc.updatedAt));
    expect(unwrap(store.openCase(o.id)).notes).toBe('still saved');
  }
  expect(code(store.createCase({ name: 'A new one' }))).toBe('ok');
}

describe('a damaged record inside a sound database file', () => {
  it('a scenario row whose JSON bytes are damaged: CASE_DAMAGED naming the case and its newest version; the other cases open and save; the version brings it back', async () => {
    const { path, t, a, b, c } = await threeCases({ backup: true });
    const db = new Database(path);
    const row = db.prepare<[string], { id: string; doc: string }>('SELECT id, doc FROM scenarios WHERE case_id = ? ORDER BY position LIMIT 1 OFFSET 1').get(a.id);
    db.close();
    if (!row) throw new Error('no scenario row');
    // A few bytes in the middle of the JSON replaced, as a bad sector would.
    const mid = Math.floor(row.doc.length / 2);
    tamper(path, 'UPDATE scenarios SET doc = ? WHERE case_id = ? AND id = ?', `${row.doc.slice(0, mid)}\u0000\u00ff#@${row.doc.slice(mid + 4)}`, a.id, row.id);

    const store = await openOk({ path, now: t.now });
    expect(unwrap(store.quickCheck())).toEqual(['ok']);
    const opened = store.openCase(a.id);
    expect(code(opened)).toBe('CASE_DAMAGED');
    if (opened.ok) return;
    expect(opened.error.message).toContain('"Damaged Co"');
    expect(opened.error.message).toMatch(/newest readable version, saved 2026-01-05 09:0\d UTC/);
    expect(opened.error.message).toContain('newest automatic backup');
    expect(opened.error.message).not.toMatch(/went wrong|INTERNAL|SyntaxError|JSON/);
    expect(opened.error.problems?.[0]?.path).toMatch(/^\$\.scenarios\[1\]/);

    // Every operation on that case says the same, none fails with a vague internal error.
    t.advance(10 * 60_000);
    for (const r of [
      store.renameCase(a.id, 'New name'),
      store.addScenario(a.id),
      store.duplicateCase(a.id),
      store.createSnapshot(a.id, 'Keep'),
      store.exportCxcase(a.id),
      store.deleteScenario(a.id, row.id),
    ])
      expect(code(r)).toBe('CASE_DAMAGED');
    expectOthersWork(store, [b, c], 3);

    // The offer works: its newest version restores it (and the damaged state is kept as a version too).
    const versions = unwrap(store.listVersions(a.id));
    const newest = versions[0];
    if (!newest) throw new Error('no version');
    const restored = unwrap(store.restoreVersion(a.id, newest.id));
    expect(restored.scenarios).toHaveLength(a.scenarios.length);
    expect(unwrap(store.openCase(a.id))).toEqual(restored);
    expect(unwrap(store.listVersions(a.id)).length).toBe(versions.length + 1);
  });

  it('case fields that no longer pass validation: CASE_DAMAGED, also for the one-scenario autosave; no version or backup → says so', async () => {
    const t = clock();
    const { store: s0, path } = await freshStore({ now: t.now });
    const a = unwrap(s0.createCaseFrom(generateCase(21)));
    const b = unwrap(s0.createCaseFrom(generateCase(22)));
    s0.close();
    tamper(path, `UPDATE cases SET fields = json_set(fields, '$.currency', 42) WHERE id = ?`, a.id);

    const store = await openOk({ path, now: t.now });
    const r = store.openCase(a.id);
    expect(code(r)).toBe('CASE_DAMAGED');
    if (!r.ok) expect(r.error.message).toContain('no readable saved version and there is no automatic backup');
    const scenario = a.scenarios[0];
    if (!scenario) throw new Error('no scenario');
    expect(code(store.saveScenario(a.id, { ...scenario, name: 'Edited' }))).toBe('CASE_DAMAGED');
    expectOthersWork(store, [b], 2);
  });

  it('case fields whose JSON is cut short: CASE_DAMAGED, and the listing still shows the case', async () => {
    const { path, t, a, b, c } = await threeCases();
    tamper(path, 'UPDATE cases SET fields = substr(fields, 1, 25) WHERE id = ?', a.id);
    const store = await openOk({ path, now: t.now });
    expect(code(store.openCase(a.id))).toBe('CASE_DAMAGED');
    expect(unwrap(store.listCases()).map((s) => s.id)).toContain(a.id);
    expectOthersWork(store, [b, c], 3);
  });

  it('a damaged version: VERSION_DAMAGED on preview and restore, the case itself untouched', async () => {
    const { path, t, a } = await threeCases();
    tamper(path, 'UPDATE versions SET doc = substr(doc, 1, 40) WHERE case_id = ?', a.id);
    const store = await openOk({ path, now: t.now });
    const v = unwrap(store.listVersions(a.id))[0];
    if (!v) throw new Error('no version');
    expect(code(store.getVersion(a.id, v.id))).toBe('VERSION_DAMAGED');
    expect(code(store.restoreVersion(a.id, v.id))).toBe('VERSION_DAMAGED');
    expect(unwrap(store.openCase(a.id)).name).toBe('Damaged Co');
  });
});
