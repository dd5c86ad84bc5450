import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, contract } from '@shared/contract/api';
import { dispatch, type Handlers } from '@shared/contract/dispatch';
import { ok } from '@shared/contract/result';

/** A table whose every handler records its input and answers with a fixed reply. */
function recordingHandlers(reply: unknown = {}) {
  const calls: { channel: string; input: unknown }[] = [];
  const table = Object.fromEntries(
    CHANNELS.map((c) => [
      c,
      (input: unknown) => {
        calls.push({ channel: c, input });
        return ok(reply);
      },
    ]),
  ) as unknown as Handlers;
  return { table, calls };
}

describe('dispatch', () => {
  it('refuses an unknown channel without calling any handler', async () => {
    const { table, calls } = recordingHandlers();
    const r = await dispatch(table, 'fs.readFile', { path: '/etc/passwd' });
    expect(r).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Unknown request.' } });
    expect(calls).toEqual([]);
  });

  it('refuses inherited object keys as channel names', async () => {
    const { table } = recordingHandlers();
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const r = await dispatch(table, name, {});
      expect(r.ok).toBe(false);
    }
  });

  it('validates the payload before the handler runs, listing each problem', async () => {
    const { table, calls } = recordingHandlers();
    const r = await dispatch(table, 'cases.rename', { id: '../../etc', name: '', extra: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_INPUT');
    const paths = (r.error.problems ?? []).map((p) => p.path).sort();
    expect(paths).toEqual(['$.extra', '$.id', '$.name']);
    expect(calls).toEqual([]);
  });

  it('passes the parsed payload to the handler of that channel', async () => {
    const { table, calls } = recordingHandlers();
    const r = await dispatch(table, 'cases.list', { query: 'acme' });
    expect(r.ok).toBe(true);
    expect(calls).toEqual([{ channel: 'cases.list', input: { query: 'acme' } }]);
  });

  it('turns a throwing handler into a readable error instead of crashing', async () => {
    const { table } = recordingHandlers();
    table['cases.list'] = () => {
      throw new Error('database is on fire');
    };
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const r = await dispatch(table, 'cases.list', { query: '' });
    spy.mockRestore();
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INTERNAL');
      expect(r.error.message).not.toContain('fire');
    }
  });

  it('delete for good and empty trash take only valid case ids', async () => {
    const { table, calls } = recordingHandlers();
    expect(await dispatch(table, 'cases.deleteForGood', { id: '../cases' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await dispatch(table, 'cases.emptyTrash', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await dispatch(table, 'cases.emptyTrash', { ids: ['ok-id', 'bad id'] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(calls).toEqual([]);
    expect((await dispatch(table, 'cases.deleteForGood', { id: 'abc' })).ok).toBe(true);
    expect(calls).toEqual([{ channel: 'cases.deleteForGood', input: { id: 'abc' } }]);
    expect(contract['cases.emptyTrash'].output.safeParse({ deleted: 2 }).success).toBe(true);
    expect(contract['cases.emptyTrash'].output.safeParse({ deleted: -1 }).success).toBe(false);
  });

  it('has an input and an output schema for every channel', () => {
    for (const c of CHANNELS) {
      expect(typeof contract[c].input.safeParse).toBe('function');
      expect(typeof contract[c].output.safeParse).toBe('function');
    }
  });
});
