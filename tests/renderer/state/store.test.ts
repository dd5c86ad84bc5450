/**
 * The app state's save rules, with a fake API: a failed save never lets the case be dropped, it is
 * retried, and edits made while a save is in flight are saved next.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blankCase, newSegment } from '@shared/case/factory';
import type { Case } from '@shared/case/schema';
import { createApi, type Transport } from '@renderer/src/api/client';
import { useStore } from '@renderer/src/state/store';

function fakeApi(o: { failSaves: () => boolean }) {
  const saved: Case[] = [];
  const transport: Transport = {
    kind: 'browser',
    onMenuCommand: () => () => undefined,
    invoke: async (channel, input) => {
      if (channel === 'cases.save') {
        if (o.failSaves()) return { ok: false, error: { code: 'IO_ERROR', message: 'disk full' } };
        saved.push((input as { case: Case }).case);
        return { ok: true, data: { updatedAt: new Date().toISOString() } };
      }
      if (channel === 'settings.set') return { ok: true, data: { language: 'en', lastCaseId: null } };
      if (channel === 'cases.list') return { ok: true, data: [] };
      return { ok: false, error: { code: 'NOT_FOUND', message: 'not in this fake' } };
    },
  };
  return { api: createApi(transport), saved };
}

function sampleCase(): Case {
  const c = blankCase({ name: 'Fake', now: '2026-01-01T00:00:00Z' });
  c.scenarios[0]!.segments.push(newSegment('A'));
  return c;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('saving', () => {
  it('a failed save keeps the case open on Home, then retries until it succeeds', async () => {
    let failing = true;
    const { api, saved } = fakeApi({ failSaves: () => failing });
    useStore.setState({ api, toasts: [] });
    await useStore.getState().adoptCase(sampleCase());
    expect(useStore.getState().edit(['name'], 'Renamed').ok).toBe(true);
    await useStore.getState().goHome();
    const s = useStore.getState();
    expect(s.doc?.name).toBe('Renamed');
    expect(s.route.name).toBe('case');
    expect(s.saveState).toBe('error');
    expect(s.toasts.some((t) => t.kind === 'error' && t.message.includes('disk full'))).toBe(true);
    failing = false;
    await vi.advanceTimersByTimeAsync(5000);
    expect(useStore.getState().saveState).toBe('saved');
    expect(saved.at(-1)?.name).toBe('Renamed');
  });

  it('an edit is saved within a second, and edits during a save are saved next', async () => {
    const { api, saved } = fakeApi({ failSaves: () => false });
    useStore.setState({ api, toasts: [] });
    await useStore.getState().adoptCase(sampleCase());
    for (let i = 1; i <= 20; i++) {
      useStore.getState().edit(['scenarios', 0, 'segments', 0, 'customers'], i);
      await vi.advanceTimersByTimeAsync(100);
    }
    // Typing without pause for 2 s still saved at least once a second.
    expect(saved.length).toBeGreaterThanOrEqual(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved.at(-1)?.scenarios[0]!.segments[0]!.customers).toBe(20);
    expect(useStore.getState().saveState).toBe('saved');
  });
});

describe('a damaged case (CASE_DAMAGED)', () => {
  it('is named in a readable toast whose action restores its newest readable version, skipping a damaged one', async () => {
    const restoredDoc = sampleCase();
    const calls: string[] = [];
    const transport: Transport = {
      kind: 'browser',
      onMenuCommand: () => () => undefined,
      invoke: async (channel, input) => {
        calls.push(`${channel} ${JSON.stringify(input)}`);
        if (channel === 'cases.open') return { ok: false, error: { code: 'CASE_DAMAGED', message: 'The case "Broken Co" is damaged…' } };
        if (channel === 'versions.list')
          return {
            ok: true,
            data: [
              { id: 9, createdAt: '2026-01-02T10:00:00.000Z', kind: 'auto', label: null },
              { id: 4, createdAt: '2026-01-01T08:30:00.000Z', kind: 'auto', label: null },
            ],
          };
        if (channel === 'versions.restore')
          return (input as { versionId: number }).versionId === 9
            ? { ok: false, error: { code: 'VERSION_DAMAGED', message: 'damaged too' } }
            : { ok: true, data: restoredDoc };
        if (channel === 'settings.set') return { ok: true, data: { language: 'en', lastCaseId: null } };
        if (channel === 'cases.list') return { ok: true, data: [] };
        return { ok: false, error: { code: 'NOT_FOUND', message: 'not in this fake' } };
      },
    };
    useStore.setState({ api: createApi(transport), toasts: [], doc: null, route: { name: 'home' }, cases: [{ id: 'case_x', name: 'Broken Co', client: '', updatedAt: '2026-01-02T10:00:00.000Z', scenarioCount: 2, deletedAt: null }] });
    await useStore.getState().openCase('case_x');
    const toast = useStore.getState().toasts.at(-1);
    expect(toast?.kind).toBe('error');
    expect(toast?.message).toContain('“Broken Co” is damaged');
    expect(toast?.message).toContain('other cases are not affected');
    expect(useStore.getState().doc).toBeNull();
    toast?.action?.run();
    await vi.advanceTimersByTimeAsync(10);
    expect(calls.filter((c) => c.startsWith('versions.restore'))).toHaveLength(2);
    expect(useStore.getState().doc).toEqual(restoredDoc);
    expect(useStore.getState().toasts.at(-1)?.message).toContain('2026-01-01 08:30');
  });
});
