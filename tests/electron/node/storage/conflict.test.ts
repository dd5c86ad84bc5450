/**
 * Two windows on one case: saveCase(doc, expectedUpdatedAt) refuses to write over a change the
 * caller has not seen (CONFLICT, nothing written), and a caller that passes each reply's updatedAt
 * on to its next save never conflicts with itself. Without expectedUpdatedAt the last writer wins,
 * as before (the CLI and older callers).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case } from '@shared/case/schema';
import { generateCase } from '../../../support/arbitraries';
import { clock, freshStore, unwrap } from './helpers';

/** How the clock moves between two writes: the check must not depend on it moving forward. */
const CLOCKS: { name: string; step: number }[] = [
  { name: 'the clock moving on', step: 60_000 },
  { name: 'the clock standing still (same millisecond)', step: 0 },
  { name: 'the clock set back', step: -3_600_000 },
];

describe('saveCase with the updatedAt the caller last saw', () => {
  describe.each(CLOCKS)('with $name', ({ step }) => {
    it('refuses a stale second writer (CONFLICT, plain message) and keeps the first writer’s case', async () => {
      const t = clock();
      const { store } = await freshStore({ now: t.now });
      const id = unwrap(store.createCaseFrom(generateCase(31, { scenarios: [2, 2] }))).id;
      const tabA = unwrap(store.openCase(id));
      const tabB = unwrap(store.openCase(id));
      t.advance(step);
      const editA: Case = { ...tabA, notes: 'edited in tab A' };
      const savedA = unwrap(store.saveCase(editA, tabA.updatedAt));
      expect(savedA.updatedAt).not.toBe(tabA.updatedAt);
      const versions = unwrap(store.listVersions(id));

      t.advance(step);
      const editB: Case = { ...tabB, name: 'Renamed in tab B', scenarios: [...tabB.scenarios].reverse() };
      const r = store.saveCase(editB, tabB.updatedAt);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('CONFLICT');
        expect(r.error.message).toMatch(/changed elsewhere.*another window.*nothing was saved.*reopen/is);
      }
      const stored = unwrap(store.openCase(id));
      expect(stored).toEqual({ ...editA, updatedAt: savedA.updatedAt });
      expect(unwrap(store.listVersions(id))).toEqual(versions); // not even an automatic version was added
      expect(unwrap(store.listCases())[0]).toMatchObject({ name: tabA.name, updatedAt: savedA.updatedAt });

      // Tab B reopens, sees tab A's edit, and its next save goes through.
      const savedB = unwrap(store.saveCase({ ...stored, name: 'Renamed in tab B' }, stored.updatedAt));
      expect(unwrap(store.openCase(id))).toEqual({ ...editA, name: 'Renamed in tab B', updatedAt: savedB.updatedAt });
    });

    it('lets a writer that chains each reply’s updatedAt save 100 times without conflicting with itself', async () => {
      const t = clock();
      const { store } = await freshStore({ now: t.now });
      let doc = unwrap(store.createCaseFrom(generateCase(32)));
      let seen = unwrap(store.openCase(doc.id)).updatedAt;
      for (let i = 0; i < 100; i++) {
        t.advance(step);
        // Every tenth save sends the document unchanged: nothing is written, the same updatedAt comes back.
        if (i % 10 !== 9) doc = { ...doc, notes: `edit ${i}` };
        const reply = unwrap(store.saveCase(doc, seen));
        if (i % 10 === 9) expect(reply.updatedAt).toBe(seen);
        else expect(reply.updatedAt).not.toBe(seen);
        seen = reply.updatedAt;
        // The reply is exactly what is stored and what openCase hands to the next window.
        if (i % 25 === 0) expect(unwrap(store.openCase(doc.id)).updatedAt).toBe(seen);
      }
      expect(unwrap(store.openCase(doc.id))).toEqual({ ...doc, updatedAt: seen });
    });
  });

  it('treats an unchanged document like any other: fine with the current updatedAt, CONFLICT with a stale one', async () => {
    const t = clock();
    const { store } = await freshStore({ now: t.now });
    const c = unwrap(store.createCaseFrom(generateCase(33)));
    expect(unwrap(store.saveCase(c, c.updatedAt))).toEqual({ updatedAt: c.updatedAt });
    const after = unwrap(store.saveCase({ ...c, notes: 'changed' }, c.updatedAt)).updatedAt;
    expect(store.saveCase({ ...c, notes: 'changed' }, c.updatedAt)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(unwrap(store.saveCase({ ...c, notes: 'changed' }, after))).toEqual({ updatedAt: after });
  });

  it('catches changes made by any other operation (scenario autosave, rename, restore), even in the same millisecond', async () => {
    const t = clock(); // never advanced
    const { store } = await freshStore({ now: t.now });
    const c = unwrap(store.createCaseFrom(generateCase(34, { scenarios: [2, 2] })));
    const changes: ((seen: Case) => unknown)[] = [
      (seen) => unwrap(store.saveScenario(seen.id, { ...seen.scenarios[0]!, name: 'Changed elsewhere' })),
      (seen) => unwrap(store.renameCase(seen.id, 'Renamed elsewhere')),
      (seen) => unwrap(store.addScenario(seen.id, 'Added elsewhere')),
      (seen) => unwrap(store.restoreVersion(seen.id, unwrap(store.createSnapshot(seen.id, 'snap')).id)),
    ];
    for (const change of changes) {
      const seen = unwrap(store.openCase(c.id));
      change(seen);
      const before = unwrap(store.openCase(c.id));
      expect(before.updatedAt > seen.updatedAt).toBe(true);
      expect(store.saveCase({ ...seen, notes: 'stale' }, seen.updatedAt)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(unwrap(store.openCase(c.id))).toEqual(before);
    }
  });

  it('without expectedUpdatedAt, the last writer wins as before', async () => {
    const { store } = await freshStore();
    const c = unwrap(store.createCaseFrom(generateCase(35)));
    unwrap(store.saveCase({ ...c, notes: 'first' }));
    unwrap(store.saveCase({ ...c, notes: 'second' }));
    expect(unwrap(store.openCase(c.id)).notes).toBe('second');
  });

  it('refuses an expectedUpdatedAt that is not text, writing nothing', async () => {
    const { store } = await freshStore();
    const c = unwrap(store.createCaseFrom(generateCase(36)));
    for (const bad of [null, 0, {}]) {
      // @ts-expect-error: the value comes from another process and may be anything
      expect(store.saveCase({ ...c, notes: 'x' }, bad)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(unwrap(store.openCase(c.id))).toEqual(c);
  });

  it('whatever the interleaving of two windows, a save succeeds exactly when it saw the newest state, and the stored case is the last accepted one', async () => {
    const t = clock();
    const { store } = await freshStore({ now: t.now });
    const base = unwrap(store.createCaseFrom(generateCase(37)));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ tab: fc.integer({ min: 0, max: 1 }), action: fc.constantFrom('edit', 'unchanged', 'reopen'), tick: fc.constantFrom(0, 1, 1000, -1000) }), { maxLength: 25 }),
        async (ops) => {
          const start = unwrap(store.openCase(base.id));
          // Each tab: its document and the updatedAt it last saw.
          const tabs = [0, 1].map(() => ({ doc: start, seen: start.updatedAt }));
          let stored = start;
          let n = 0;
          for (const op of ops) {
            t.advance(op.tick);
            const tab = tabs[op.tab]!;
            if (op.action === 'reopen') {
              tab.doc = unwrap(store.openCase(base.id));
              tab.seen = tab.doc.updatedAt;
              expect(tab.doc).toEqual(stored);
              continue;
            }
            const doc = op.action === 'edit' ? { ...tab.doc, notes: `tab ${op.tab} edit ${n++}` } : tab.doc;
            const r = store.saveCase(doc, tab.seen);
            expect(r.ok).toBe(tab.seen === stored.updatedAt);
            if (r.ok) {
              tab.doc = doc;
              tab.seen = r.data.updatedAt;
              stored = { ...doc, updatedAt: r.data.updatedAt };
            } else expect(r.error.code).toBe('CONFLICT');
            expect(unwrap(store.openCase(base.id))).toEqual(stored);
          }
        },
      ),
      { numRuns: 40, seed: 20261123 },
    );
  });
});
