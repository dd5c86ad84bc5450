import Database from 'better-sqlite3';
import fc from 'fast-check';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileNameFor, uniqueName } from '@electron-node/storage/store';
import { blankScenario, newSegment } from '@shared/case/factory';
import type { Case } from '@shared/case/schema';
import { generateCase } from '../../../support/arbitraries';
import { clock, freshStore, openOk, unwrap } from './helpers';

/** The document minus what the store sets itself (id and dates). */
const content = (c: Case) => ({ ...c, id: 'x', createdAt: 'x', updatedAt: 'x' });

describe('cases: create, open, list, search', () => {
  it('creates a blank case that survives closing and reopening the database', async () => {
    const { store, path } = await freshStore();
    const c = unwrap(store.createCase({ name: 'Acme renewal', client: 'Acme', currency: 'USD' }));
    expect(c.scenarios).toHaveLength(1);
    expect(c.currency).toBe('USD');
    store.close();
    const again = await openOk({ path });
    expect(unwrap(again.openCase(c.id))).toEqual(c);
    expect(unwrap(again.listCases()).map((s) => s.name)).toEqual(['Acme renewal']);
  });

  it('creates a case from a whole document (e.g. a sample) with a new id, keeping its content', async () => {
    const { store } = await freshStore();
    const sample = generateCase(7, { scenarios: [2, 3] });
    const a = unwrap(store.createCaseFrom(sample));
    const b = unwrap(store.createCaseFrom(sample));
    expect(a.id).not.toBe(sample.id);
    expect(b.id).not.toBe(a.id);
    expect(content(a)).toEqual(content(sample));
    expect(b.name).toBe(`${sample.name} (2)`);
  });

  it('refuses an invalid document with problems at JSON paths and stores nothing', async () => {
    const { store } = await freshStore();
    const bad = generateCase(3);
    const r = store.createCaseFrom({ ...bad, horizonMonths: 5 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.problems?.map((p) => p.path)).toContain('$.horizonMonths');
    expect(unwrap(store.listCases())).toEqual([]);
  });

  it('lists newest change first and finds cases by name or client, ignoring case and accents, every word', async () => {
    const t = clock();
    const { store } = await freshStore({ now: t.now });
    const ids: string[] = [];
    for (const [name, client] of [
      ['Support revenue 2026', 'Società Rossi'],
      ['Budget review', 'Northwind'],
      ['100% growth_plan', 'Contoso'],
    ] as const) {
      ids.push(unwrap(store.createCase({ name, client })).id);
      t.advance(1000);
    }
    expect(unwrap(store.listCases()).map((s) => s.id)).toEqual([...ids].reverse());
    const find = (query: string) => unwrap(store.listCases({ query })).map((s) => s.name);
    expect(find('SOCIETA')).toEqual(['Support revenue 2026']);
    expect(find('rossi 2026')).toEqual(['Support revenue 2026']);
    expect(find('rossi northwind')).toEqual([]);
    expect(find('100%')).toEqual(['100% growth_plan']);
    expect(find('%')).toEqual(['100% growth_plan']); // LIKE wildcards are literal
    expect(find('o_t')).toEqual([]); // as a wildcard, _ would match "growth"
    expect(unwrap(store.listCases({ sort: 'name' })).map((s) => s.name)).toEqual(['100% growth_plan', 'Budget review', 'Support revenue 2026']);
    const summary = unwrap(store.listCases({ query: 'budget' }))[0];
    expect(summary).toEqual({ id: ids[1], name: 'Budget review', client: 'Northwind', updatedAt: '2026-01-05T09:00:01.000Z', scenarioCount: 1, deletedAt: null });
  });
});

describe('cases: rename, duplicate, trash', () => {
  it('renames; refuses an empty or 100,000-character name and changes nothing', async () => {
    const { store } = await freshStore();
    const c = unwrap(store.createCase({ name: 'Old' }));
    expect(unwrap(store.renameCase(c.id, '  New name ')).name).toBe('New name');
    for (const bad of ['', '   ', 'x'.repeat(100_000), 42, null]) {
      const r = store.renameCase(c.id, bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message.length).toBeLessThan(300);
    }
    expect(unwrap(store.openCase(c.id)).name).toBe('New name');
  });

  it('duplicates a case under a "(copy)" name with the same content', async () => {
    const { store } = await freshStore();
    const c = unwrap(store.createCaseFrom(generateCase(11)));
    const d = unwrap(store.duplicateCase(c.id));
    expect(d.name).toBe(`${c.name} (copy)`);
    expect(unwrap(store.duplicateCase(c.id)).name).toBe(`${c.name} (copy 2)`);
    expect(content({ ...unwrap(store.openCase(d.id)), name: c.name })).toEqual(content(c));
  });

  it('moves a case to the trash and back; a trashed case cannot be edited; only a trashed case can be purged', async () => {
    const { store, path } = await freshStore();
    const c = unwrap(store.createCase({ name: 'Keep me' }));
    expect(store.purgeCase(c.id)).toMatchObject({ ok: false, error: { code: 'NOT_IN_TRASH' } });
    unwrap(store.trashCase(c.id));
    expect(unwrap(store.listCases())).toEqual([]);
    expect(unwrap(store.listCases({ trash: true })).map((s) => s.id)).toEqual([c.id]);
    expect(store.saveCase({ ...c, notes: 'edit' })).toMatchObject({ ok: false, error: { code: 'IN_TRASH' } });
    expect(unwrap(store.openCase(c.id))).toEqual(c); // still readable
    unwrap(store.restoreCase(c.id));
    expect(unwrap(store.listCases()).map((s) => s.id)).toEqual([c.id]);
    unwrap(store.createSnapshot(c.id, 'Before purge'));
    unwrap(store.trashCase(c.id));
    unwrap(store.purgeCase(c.id));
    expect(store.openCase(c.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // Foreign keys are on: its scenarios and versions went with it.
    const raw = new Database(path, { readonly: true });
    expect(raw.prepare('SELECT (SELECT count(*) FROM scenarios) + (SELECT count(*) FROM versions) AS n').get()).toEqual({ n: 0 });
    raw.close();
  });
});

describe('autosave', () => {
  it('saveCase persists the whole document, keeps createdAt, stamps updatedAt', async () => {
    const t = clock();
    const { store, path } = await freshStore({ now: t.now });
    const c = unwrap(store.createCaseFrom(generateCase(21, { scenarios: [3, 3] })));
    t.advance(60_000);
    const edited: Case = { ...c, createdAt: '2000-01-01T00:00:00Z', notes: 'edited', scenarios: [...c.scenarios].reverse() };
    expect(unwrap(store.saveCase(edited))).toEqual({ updatedAt: '2026-01-05T09:01:00.000Z' });
    store.close();
    const back = unwrap((await openOk({ path })).openCase(c.id));
    expect(back).toEqual({ ...edited, createdAt: c.createdAt, updatedAt: '2026-01-05T09:01:00.000Z' });
  });

  it('saveCase of an unchanged document writes nothing and keeps updatedAt', async () => {
    const t = clock();
    const { store } = await freshStore({ now: t.now });
    const c = unwrap(store.createCaseFrom(generateCase(24)));
    t.advance(60_000);
    expect(unwrap(store.saveCase({ ...c, updatedAt: '2030-01-01T00:00:00Z' }))).toEqual({ updatedAt: c.updatedAt });
    expect(unwrap(store.listVersions(c.id))).toEqual([]);
    expect(unwrap(store.saveCase({ ...c, notes: 'new' })).updatedAt).toBe('2026-01-05T09:01:00.000Z');
  });

  it('saveCase refuses an invalid document (e.g. a lone NaN) with its path and keeps the stored one', async () => {
    const { store } = await freshStore();
    const c = unwrap(store.createCaseFrom(generateCase(22)));
    const s0 = c.scenarios[0]!;
    const bad = { ...c, scenarios: [{ ...s0, service: { ...s0.service, agentHourCost: Number.NaN } }, ...c.scenarios.slice(1)] };
    const r = store.saveCase(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.problems?.map((p) => p.path)).toEqual(['$.scenarios[0].service.agentHourCost']);
    expect(unwrap(store.openCase(c.id))).toEqual(c);
    expect(store.saveCase({ ...c, id: 'case_missing' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('saveScenario writes one scenario; problems point at that scenario in the case', async () => {
    const { store } = await freshStore();
    const c = unwrap(store.createCaseFrom({ ...generateCase(23), scenarios: [blankScenario('Base', 'USD'), blankScenario('Bold', 'USD')] }));
    const s1 = c.scenarios[1]!;
    const seg = newSegment('SMB');
    unwrap(store.saveScenario(c.id, { ...s1, segments: [seg] }));
    expect(unwrap(store.openCase(c.id)).scenarios[1]!.segments).toEqual([seg]);

    const r = store.saveScenario(c.id, { ...s1, segments: [{ ...seg, annualChurn: 0 }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.problems?.map((p) => p.path)).toEqual(['$.scenarios[1].segments[0].annualChurn']);
    const dup = store.saveScenario(c.id, { ...s1, name: 'base' });
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.error.problems).toEqual([{ path: '$.scenarios[1].name', message: 'Another scenario has this name' }]);
    expect(store.saveScenario(c.id, { ...s1, id: 'scn_other' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(unwrap(store.openCase(c.id)).scenarios[1]!.segments).toEqual([seg]);
  });
});

describe('scenarios', () => {
  it('adds, duplicates, renames, reorders and deletes scenarios; the last one cannot be deleted', async () => {
    const { store } = await freshStore();
    const c = unwrap(store.createCase({ name: 'Scenarios' }));
    const base = c.scenarios[0]!;
    const added = unwrap(store.addScenario(c.id, 'Optimistic'));
    const copy = unwrap(store.duplicateScenario(c.id, base.id));
    expect(copy.name).toBe('Base (copy)');
    unwrap(store.renameScenario(c.id, copy.id, 'Conservative'));
    expect(store.renameScenario(c.id, copy.id, 'optimistic').ok).toBe(false); // names are unique per case
    expect(unwrap(store.openCase(c.id)).scenarios.map((s) => s.name)).toEqual(['Base', 'Conservative', 'Optimistic']);
    unwrap(store.reorderScenarios(c.id, [added.id, base.id, copy.id]));
    expect(unwrap(store.openCase(c.id)).scenarios.map((s) => s.name)).toEqual(['Optimistic', 'Base', 'Conservative']);
    expect(store.reorderScenarios(c.id, [added.id, base.id]).ok).toBe(false);
    expect(store.reorderScenarios(c.id, [added.id, added.id, base.id]).ok).toBe(false);
    unwrap(store.deleteScenario(c.id, added.id));
    unwrap(store.deleteScenario(c.id, copy.id));
    expect(store.deleteScenario(c.id, base.id)).toMatchObject({ ok: false, error: { code: 'LAST_SCENARIO' } });
    expect(unwrap(store.listCases())[0]!.scenarioCount).toBe(1);
  });
});

describe('version history', () => {
  it('coalesces automatic versions: one per interval, whatever the number of edits, and keeps the last K', async () => {
    const t = clock();
    const { store } = await freshStore({ now: t.now, autoVersionEveryMs: 5 * 60_000, keepAutoVersions: 3 });
    const c = unwrap(store.createCase({ name: 'History' }));
    for (let i = 0; i < 100; i++) {
      unwrap(store.saveCase({ ...c, notes: `edit ${i}` }));
      t.advance(1000);
    }
    expect(unwrap(store.listVersions(c.id))).toHaveLength(1);
    for (let k = 0; k < 5; k++) {
      t.advance(5 * 60_000);
      unwrap(store.saveCase({ ...c, notes: `later ${k}` }));
    }
    const versions = unwrap(store.listVersions(c.id));
    expect(versions).toHaveLength(3);
    expect(versions.every((v) => v.kind === 'auto' && v.label === null)).toBe(true);
    // Each automatic version holds the state before the burst of edits that created it.
    expect(unwrap(store.getVersion(c.id, versions[0]!.id)).notes).toBe('later 3');
  });

  it('restores a named snapshot, keeping the replaced state as a version so the restore can be undone', async () => {
    const t = clock();
    const { store } = await freshStore({ now: t.now });
    const c = unwrap(store.createCaseFrom(generateCase(31)));
    const snap = unwrap(store.createSnapshot(c.id, 'Sent to CFO'));
    expect(snap).toMatchObject({ kind: 'named', label: 'Sent to CFO' });
    t.advance(1000);
    unwrap(store.saveCase({ ...c, notes: 'after the meeting', horizonMonths: 60 }));
    t.advance(1000);
    const restored = unwrap(store.restoreVersion(c.id, snap.id));
    expect(content(restored)).toEqual(content(c));
    const before = unwrap(store.listVersions(c.id)).find((v) => v.kind === 'auto' && v.createdAt === '2026-01-05T09:00:02.000Z');
    expect(before).toBeDefined();
    expect(unwrap(store.getVersion(c.id, before!.id))).toMatchObject({ notes: 'after the meeting', horizonMonths: 60 });
    expect(unwrap(store.restoreVersion(c.id, before!.id))).toMatchObject({ notes: 'after the meeting', horizonMonths: 60 });
    expect(store.restoreVersion(c.id, 999_999)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(store.createSnapshot(c.id, '')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('settings and user figures', () => {
  it('returns defaults, saves valid settings and refuses invalid ones', async () => {
    const { store, path } = await freshStore();
    expect(unwrap(store.getSettings())).toEqual({ language: null, lastCaseId: null });
    unwrap(store.updateSettings({ language: 'it' }));
    unwrap(store.updateSettings({ lastCaseId: 'case_abc' }));
    expect(store.updateSettings({ language: 'xx' }).ok).toBe(false);
    expect(store.updateSettings({ theme: 'dark' }).ok).toBe(false);
    expect(unwrap(store.setWindowState({ x: 10, y: 20, width: 1200, height: 800, maximized: false }))).toBeTruthy();
    expect(store.setWindowState({ x: 10, y: 20, width: Infinity, height: 800, maximized: false }).ok).toBe(false);
    store.close();
    const again = await openOk({ path });
    expect(unwrap(again.getSettings())).toEqual({ language: 'it', lastCaseId: 'case_abc' });
    expect(unwrap(again.getWindowState())).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: false });
  });

  it('keeps user-added benchmark figures; refuses one that shadows a shipped figure or has no number', async () => {
    const { store } = await freshStore();
    const fig = { id: 'my_csat', label: { en: 'Our CSAT target', it: 'Obiettivo CSAT' }, value: 0.85, low: 0.8, high: 0.9, unit: 'fraction', source: { en: 'Internal survey', it: 'Sondaggio interno' }, year: 2025 };
    unwrap(store.saveFigure(fig));
    expect(unwrap(store.listFigures())).toEqual([fig]);
    expect(store.saveFigure({ ...fig, id: 'costPerContactAssisted' }).ok).toBe(false);
    expect(store.saveFigure({ ...fig, value: Number.NaN }).ok).toBe(false);
    unwrap(store.deleteFigure('my_csat'));
    expect(unwrap(store.listFigures())).toEqual([]);
  });
});

describe('never throws', () => {
  it('answers every operation on arbitrary input with a Result', async () => {
    const { store } = await freshStore();
    const c = unwrap(store.createCase({ name: 'Target' }));
    const junk = fc.oneof(fc.anything(), fc.constant(c.id), fc.constant({ ...c, scenarios: 'nope' }), fc.constant('x'.repeat(10_000)));
    const calls: ((a: unknown, b: unknown, d: unknown) => unknown)[] = [
      (a) => store.listCases(a as never),
      (a) => store.createCase(a),
      (a) => store.createCaseFrom(a),
      (a) => store.openCase(a),
      (a) => store.saveCase(a),
      (a, b) => store.saveScenario(a, b),
      (a, b) => store.renameCase(a, b),
      (a) => store.duplicateCase(a),
      (a) => store.trashCase(a),
      (a) => store.restoreCase(a),
      (a, b) => store.addScenario(a, b),
      (a, b) => store.duplicateScenario(a, b),
      (a, b, d) => store.renameScenario(a, b, d),
      (a, b) => store.reorderScenarios(a, b),
      (a, b) => store.deleteScenario(a, b),
      (a) => store.listVersions(a),
      (a, b) => store.createSnapshot(a, b),
      (a, b) => store.getVersion(a, b),
      (a, b) => store.restoreVersion(a, b),
      (a) => store.exportCxcase(a),
      (a) => store.importCxcaseText(a),
      (a) => store.updateSettings(a),
      (a) => store.setWindowState(a),
      (a) => store.saveFigure(a),
      (a) => store.deleteFigure(a),
    ];
    fc.assert(
      fc.property(fc.nat(calls.length - 1), junk, junk, junk, (i, a, b, d) => {
        const r = calls[i]!(a, b, d);
        expect(r).toMatchObject({ ok: expect.any(Boolean) });
        if (r && typeof r === 'object' && 'ok' in r && !r.ok && 'error' in r) expect(r.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
      }),
      { numRuns: 600 },
    );
    expect(unwrap(store.quickCheck())).toEqual(['ok']);
  });

  it('answers CLOSED after close instead of throwing', async () => {
    const { store } = await freshStore();
    store.close();
    expect(store.listCases()).toMatchObject({ ok: false, error: { code: 'CLOSED' } });
  });
});

describe('names', () => {
  it('makes names unique within the length limit', () => {
    const taken = new Set(['a', 'a (imported)']);
    expect(uniqueName('A', taken, 'imported')).toBe('A (imported 2)');
    const long = 'n'.repeat(200);
    const n = uniqueName(long, new Set([long]), 'copy');
    expect(n.length).toBeLessThanOrEqual(200);
    expect(n.endsWith(' (copy)')).toBe(true);
  });

  it('turns any case name into a plain file name', () => {
    expect(fileNameFor('Q3: plan / "final"?', '.cxcase')).toBe('Q3- plan - -final--.cxcase');
    expect(fileNameFor('...', '.cxcase')).toBe('case.cxcase');
    expect(fileNameFor('Plan', 'xlsx')).toBe('Plan.xlsx');
    expect(join('x', fileNameFor('../../etc/passwd', '.cxcase'))).toBe(join('x', '-..-etc-passwd.cxcase'));
  });
});

describe('durability', () => {
  /** What a power cut would leave: the database file alone, without the write-ahead log. */
  async function mainFileOnly(path: string, dir: string, caseId: string): Promise<string> {
    const copy = join(dir, `copy-${Math.random().toString(36).slice(2)}.sqlite3`);
    copyFileSync(path, copy);
    const db = new Database(copy, { readonly: true });
    try {
      const row = db.prepare<[string], { fields: string }>('SELECT fields FROM cases WHERE id = ?').get(caseId);
      return row ? String(JSON.parse(row.fields).notes) : '(missing)';
    } finally {
      db.close();
    }
  }

  it('writes a new case into the database file at once, and each autosave within the flush delay', async () => {
    const { store, path, dir } = await freshStore({ flushAfterMs: 150 });
    const c = unwrap(store.createCase({ name: 'Durable' }));
    expect(await mainFileOnly(path, dir, c.id)).toBe('');
    unwrap(store.saveCase({ ...c, notes: 'typed just now' }));
    expect(await mainFileOnly(path, dir, c.id)).toBe(''); // committed (crash-safe in the log), not yet synced
    // The flush timer fires about 150 ms later; polled rather than timed (a loaded machine may be slower).
    const deadline = Date.now() + 5000;
    while ((await mainFileOnly(path, dir, c.id)) !== 'typed just now' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await mainFileOnly(path, dir, c.id)).toBe('typed just now');
  });
});
