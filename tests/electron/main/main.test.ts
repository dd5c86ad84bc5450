/**
 * The Electron main process, run under Node against a recording fake of the `electron` module (the
 * Electron binary cannot be had here). It proves the security settings of Electron's checklist and
 * the IPC wiring: what the real app would do with the same calls.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/contract/api';
import { ROOT } from '../../support/browser-app';

type Listener = (...args: unknown[]) => unknown;

const rec = vi.hoisted(() => ({
  dataDir: '',
  appPath: '',
  windows: [] as { options: Record<string, unknown>; wcHandlers: Map<string, (...a: unknown[]) => unknown>; winHandlers: Map<string, (...a: unknown[]) => unknown>; openHandler: ((d: unknown) => unknown) | null; loaded: string[]; sent: unknown[][]; closes: number; webContents: object }[],
  ipc: new Map<string, (...a: unknown[]) => unknown>(),
  protocolHandler: null as ((req: Request) => Promise<Response>) | null,
  privileged: [] as unknown[],
  beforeRequest: null as ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null,
  permissionRequest: null as ((wc: unknown, perm: string, cb: (ok: boolean) => void) => void) | null,
  permissionCheck: null as (() => boolean) | null,
  appHandlers: new Map<string, (...a: unknown[]) => unknown>(),
  menu: null as unknown,
  ready: null as null | (() => void),
  /** What the fake open dialog answers: the path the user picked, or null for cancel. */
  openPick: null as string | null,
}));

vi.mock('electron', () => {
  class FakeBrowserWindow {
    webContents: { on: (e: string, f: Listener) => void; setWindowOpenHandler: (f: Listener) => void; send: (...a: unknown[]) => void };
    constructor(options: Record<string, unknown>) {
      const entry = { options, wcHandlers: new Map<string, Listener>(), winHandlers: new Map<string, Listener>(), openHandler: null as Listener | null, loaded: [] as string[], sent: [] as unknown[][], closes: 0, webContents: {} };
      this.entry = entry;
      this.webContents = {
        on: (e, f) => void entry.wcHandlers.set(e, f),
        setWindowOpenHandler: (f) => void (entry.openHandler = f),
        send: (...a: unknown[]) => void entry.sent.push(a),
      };
      entry.webContents = this.webContents;
      rec.windows.push(entry);
      this.loadURL = async (u: string) => void entry.loaded.push(u);
    }
    loadURL: (u: string) => Promise<void>;
    entry: { winHandlers: Map<string, Listener>; closes: number };
    once() {}
    on(e: string, f: Listener) {
      this.entry.winHandlers.set(e, f);
    }
    close() {
      this.entry.closes++;
    }
    show() {}
    maximize() {}
    isMaximized() { return false; }
    getNormalBounds() { return { x: 0, y: 0, width: 1200, height: 800 }; }
  }
  const app = {
    isPackaged: false,
    requestSingleInstanceLock: () => true,
    on: (e: string, f: Listener) => void rec.appHandlers.set(e, f),
    whenReady: () => new Promise<void>((resolve) => (rec.ready = resolve)),
    getPath: () => rec.dataDir,
    getAppPath: () => rec.appPath,
    getVersion: () => '0.0.0-test',
    quit: () => undefined,
  };
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    dialog: { showMessageBox: async () => ({ response: 1 }), showSaveDialog: async () => ({ canceled: true }), showOpenDialog: async () => (rec.openPick === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [rec.openPick] }) },
    ipcMain: { handle: (ch: string, f: Listener) => void rec.ipc.set(ch, f) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => void (rec.menu = m) },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => void rec.privileged.push(...s),
      handle: (_scheme: string, f: (req: Request) => Promise<Response>) => void (rec.protocolHandler = f),
    },
    session: {
      defaultSession: {
        webRequest: { onBeforeRequest: (f: NonNullable<typeof rec.beforeRequest>) => void (rec.beforeRequest = f) },
        setPermissionRequestHandler: (f: NonNullable<typeof rec.permissionRequest>) => void (rec.permissionRequest = f),
        setPermissionCheckHandler: (f: NonNullable<typeof rec.permissionCheck>) => void (rec.permissionCheck = f),
      },
    },
    shell: { openPath: async () => '' },
  };
});

beforeAll(async () => {
  rec.dataDir = mkdtempSync(join(tmpdir(), 'cxcase-main-'));
  rec.appPath = ROOT;
  await import('../../../electron/main/index');
  rec.ready?.();
  await vi.waitFor(() => expect(rec.windows.length).toBe(1), { timeout: 10_000 });
}, 60_000);

afterAll(() => {
  (rec.appHandlers.get('window-all-closed') as (() => void) | undefined)?.();
  rmSync(rec.dataDir, { recursive: true, force: true });
});

const win = () => rec.windows[0]!;
const trustedEvent = () => ({ sender: win().webContents, senderFrame: { url: 'app://cxcase/index.html' } });

describe('Electron main process', () => {
  it('opens one window with context isolation, sandbox, no Node, web security and the preload', () => {
    const prefs = win().options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, allowRunningInsecureContent: false });
    expect(String(prefs['preload'])).toMatch(/preload[\\/]index\.cjs$/);
    expect(win().loaded).toEqual(['app://cxcase/index.html']);
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
        ['Export PDF…', 'exportPdf'],
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
});
