/**
 * The Electron main process, run under Node against a recording fake of the `electron` module (the
 * Electron binary cannot be had here). It proves the security settings of Electron's checklist and
 * the IPC wiring: what the real app would do with the same calls.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { CHANNELS } from '@shared/contract/api';
import { PickedExportSchema, TicketJobStatusSchema } from '@shared/contract/tickets';
import { ROOT } from '../../support/browser-app';
import { rec, startMain, stopMain } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());

beforeAll(async () => {
  rec.dataDir = mkdtempSync(join(tmpdir(), 'cxcase-main-'));
  rec.appPath = ROOT;
  await startMain();
}, 60_000);

afterAll(async () => {
  await stopMain();
});

const win = () => rec.windows[0]!;
const trustedEvent = () => ({ sender: win().webContents, senderFrame: { url: 'app://cxcase/index.html' } });

describe('Electron main process', () => {
  it('opens one window with context isolation, sandbox, no Node, web security and the preload', () => {
    const prefs = win().options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, allowRunningInsecureContent: false, disableBlinkFeatures: 'Auxclick' });
    expect(String(prefs['preload'])).toMatch(/preload[\\/]index\.cjs$/);
    expect(win().loaded).toEqual(['app://cxcase/index.html']);
  });

  it('in development: DevTools allowed, a Toggle DevTools item in View, devtools:// pages load', () => {
    const prefs = win().options['webPreferences'] as Record<string, unknown>;
    expect(prefs['devTools']).toBe(true);
    const view = (rec.menu as { label: string; submenu: { role?: string }[] }[]).find((m) => m.label === 'View');
    expect(view?.submenu.map((i) => i.role)).toContain('toggleDevTools');
    let cancelled: boolean | null = null;
    rec.beforeRequest?.({ url: 'devtools://devtools/bundled/inspector.html' }, (r) => (cancelled = r.cancel));
    expect(cancelled).toBe(false);
  });

  it('sets the window icon on Linux (from a file that exists); Windows and macOS take the executable’s', () => {
    const icon = win().options['icon'];
    if (process.platform !== 'linux') return expect(icon).toBeUndefined();
    expect(String(icon)).toMatch(/resources[\\/]icons[\\/]256x256\.png$/);
    expect(existsSync(String(icon))).toBe(true);
  });

  it('denies navigation, new windows, webviews and every permission', () => {
    let prevented = false;
    win().wcHandlers.get('will-navigate')?.({ preventDefault: () => (prevented = true) }, 'https://example.com');
    expect(prevented).toBe(true);
    expect(win().openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    let granted: boolean | null = null;
    rec.permissionRequest?.({}, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(rec.permissionCheck?.()).toBe(false);
    expect(rec.appHandlers.has('web-contents-created')).toBe(true);
  });

  it('makes no network request: everything but its own protocol is cancelled', () => {
    const cancel = (url: string) => {
      let c: boolean | null = null;
      rec.beforeRequest?.({ url }, (r) => (c = r.cancel));
      return c;
    };
    expect(cancel('https://example.com/x.js')).toBe(true);
    expect(cancel('http://127.0.0.1:8080/')).toBe(true);
    expect(cancel('file:///etc/passwd')).toBe(true);
    expect(cancel('app://cxcase/index.html')).toBe(false);
  });

  it('serves the app from its own protocol with the strict CSP, and nothing outside it', async () => {
    const index = await rec.protocolHandler!(new Request('app://cxcase/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect((await rec.protocolHandler!(new Request('app://cxcase/../../package.json'))).status).toBe(404);
    expect((await rec.protocolHandler!(new Request('app://other/index.html'))).status).toBe(404);
  });

  it('wires exactly the contract channels over IPC, and answers only its own window', async () => {
    expect([...rec.ipc.keys()].sort()).toEqual([...CHANNELS].sort());
    const list = rec.ipc.get('cases.list')!;
    expect(await list(trustedEvent(), { query: '' })).toEqual({ ok: true, data: [] });
    expect(await list({ sender: {}, senderFrame: { url: 'app://cxcase/index.html' } }, { query: '' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await list({ sender: win().webContents, senderFrame: { url: 'https://evil.example/' } }, { query: '' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await list(trustedEvent(), { query: 42 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const info = await rec.ipc.get('app.info')!(trustedEvent(), {});
    expect(info).toMatchObject({ ok: true, data: { mode: 'electron', nativeDialogs: true } });
  });

  it('builds the File, Edit, View and Help menus', () => {
    const labels = (rec.menu as { label: string }[]).map((m) => m.label);
    expect(labels).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('has every File and Edit command, each sent to the window as its menu command', () => {
    type Item = { label?: string; role?: string; click?: () => void };
    const menus = rec.menu as { label: string; submenu: Item[] }[];
    const items = (label: string) => (menus.find((m) => m.label === label)?.submenu ?? []).filter((i) => i.label);
    const expected: Record<string, [string, string][]> = {
      File: [
        ['New Case', 'newCase'],
        ['Open Sample…', 'openSample'],
        ['Import .cxcase…', 'importCase'],
        ['Export .cxcase…', 'exportCase'],
        ['Export Excel, All Scenarios…', 'exportXlsx'],
        ['Export Excel, This Scenario…', 'exportXlsxScenario'],
        ['Export PDF, All Scenarios…', 'exportPdf'],
        ['Export PDF, This Scenario…', 'exportPdfScenario'],
      ],
      Edit: [
        ['Undo', 'undo'],
        ['Redo', 'redo'],
      ],
    };
    for (const [menu, commands] of Object.entries(expected)) {
      expect(items(menu).map((i) => i.label)).toEqual(commands.map(([label]) => label));
      for (const [label, command] of commands) {
        const before = win().sent.length;
        items(menu).find((i) => i.label === label)?.click?.();
        expect(win().sent.slice(before), label).toEqual([['cxcase:menu', command]]);
      }
    }
    expect(items('Help').map((i) => i.label)).toEqual(['About CX Case', 'Where My Data Lives']);
  });

  it('on close, asks the renderer to save first and closes only when it answers that all is saved', async () => {
    let prevented = false;
    win().winHandlers.get('close')?.({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(win().sent).toContainEqual(['cxcase:menu', 'prepareClose']);
    expect(win().closes).toBe(0);
    // The renderer could not save: the window stays open.
    expect(await rec.ipc.get('app.closeWindow')!(trustedEvent(), { proceed: false })).toEqual({ ok: true, data: {} });
    expect(win().closes).toBe(0);
    // Saved: now it closes, and the next close event is let through.
    await rec.ipc.get('app.closeWindow')!(trustedEvent(), { proceed: true });
    expect(win().closes).toBe(1);
    prevented = false;
    win().winHandlers.get('close')?.({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(false);
  });

  it('imports through the open dialog with the bounded reader: devices, pipes, folders, huge and non-UTF-8 files are refused with a clear message', async () => {
    const open = rec.ipc.get('file.openCase')!;
    const dir = mkdtempSync(join(tmpdir(), 'cxcase-main-open-'));
    try {
      rec.openPick = null;
      expect(await open(trustedEvent(), {})).toEqual({ ok: true, data: null });
      const good = join(dir, 'good.cxcase');
      writeFileSync(good, '\uFEFF{"hello": "wörld"}');
      rec.openPick = good;
      expect(await open(trustedEvent(), {})).toEqual({ ok: true, data: { fileName: 'good.cxcase', text: '{"hello": "wörld"}' } });
      const fifo = join(dir, 'pipe.cxcase');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const huge = join(dir, 'huge.cxcase');
      writeFileSync(huge, Buffer.alloc(21 * 1024 * 1024, 0x20));
      const latin1 = join(dir, 'latin1.cxcase');
      writeFileSync(latin1, Buffer.from('{"name": "caf\xe9"}', 'latin1'));
      for (const [pick, message] of [
        ['/dev/zero', /is not a regular file/],
        [fifo, /is not a regular file/],
        [dir, /is not a regular file \(it is a folder\)/],
        [huge, /is larger than 20 MB/],
        [latin1, /is not valid UTF-8/],
      ] as const) {
        rec.openPick = pick;
        const r = await open(trustedEvent(), {});
        expect(r, pick).toMatchObject({ ok: false, error: { code: 'INVALID_FILE', message: expect.stringMatching(message) } });
      }
    } finally {
      rec.openPick = null;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a ticket export the open dialog picked: the renderer gets an id and the file name, never the path, then the aggregates', async () => {
    const pick = rec.ipc.get('tickets.pick')!;
    const start = rec.ipc.get('tickets.start')!;
    const status = rec.ipc.get('tickets.status')!;
    const dir = mkdtempSync(join(tmpdir(), 'cxcase-main-tickets-'));
    try {
      rec.openPick = null;
      expect(await pick(trustedEvent(), {})).toEqual({ ok: true, data: null });
      const file = join(dir, 'export.csv');
      const text = 'Created at;Type\n2025-01-03;Question\n2025-02-04;Incident\n';
      writeFileSync(file, text);
      rec.openPick = file;
      const picked = await pick(trustedEvent(), {});
      expect(JSON.stringify(picked)).not.toContain(dir);
      const { fileId, fileName, bytes } = z.object({ ok: z.literal(true), data: PickedExportSchema }).parse(picked).data;
      expect([fileName, bytes]).toEqual(['export.csv', text.length]);
      const options = { format: 'auto', map: {}, dateOrder: null, zoneOffsetMinutes: 0, rules: null, valueIntents: {}, customerDomains: [] };
      const { jobId } = z.object({ ok: z.literal(true), data: z.object({ jobId: z.string() }) }).parse(await start(trustedEvent(), { source: { kind: 'picked', fileId }, options })).data;
      const read = async () => z.object({ ok: z.literal(true), data: TicketJobStatusSchema }).parse(await status(trustedEvent(), { jobId })).data;
      await expect.poll(async () => (await read()).state).toBe('done');
      expect(await read()).toMatchObject({ result: { file: { name: 'export.csv' }, tickets: 2, period: { months: 2 } } });
    } finally {
      rec.openPick = null;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
