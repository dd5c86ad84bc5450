/**
 * The desktop app's restore offer, under Node against a minimal fake of `electron`: the database
 * is missing (moved aside in an earlier run, or deleted) while its backups are there. The app says
 * so in a dialog before the window opens; choosing "Restore" brings the 7 cases back.
 */
import { mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../../electron/node/storage/open';
import { defaultDatabasePath } from '../../../electron/node/storage/paths';
import { generateCase } from '../../support/arbitraries';
import { ROOT } from '../../support/browser-app';

type Listener = (...args: unknown[]) => unknown;

const rec = vi.hoisted(() => ({
  dataDir: '',
  appPath: '',
  dialogs: [] as { message: string; buttons?: string[] }[],
  windows: [] as { webContents: object }[],
  ipc: new Map<string, (...a: unknown[]) => unknown>(),
  appHandlers: new Map<string, (...a: unknown[]) => unknown>(),
  ready: null as null | (() => void),
}));

vi.mock('electron', () => {
  class FakeBrowserWindow {
    webContents = { on: () => undefined, setWindowOpenHandler: () => undefined, send: () => undefined };
    constructor() {
      rec.windows.push(this);
    }
    async loadURL() {}
    once() {}
    on() {}
    close() {}
    show() {}
    maximize() {}
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1200, height: 800 };
    }
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
    dialog: {
      // Always the first button: "Restore the newest backup" where it is offered.
      showMessageBox: async (o: { message: string; buttons?: string[] }) => {
        rec.dialogs.push({ message: o.message, ...(o.buttons ? { buttons: o.buttons } : {}) });
        return { response: 0 };
      },
      showSaveDialog: async () => ({ canceled: true }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    },
    ipcMain: { handle: (ch: string, f: Listener) => void rec.ipc.set(ch, f) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => undefined },
    protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
    session: { defaultSession: { webRequest: { onBeforeRequest: () => undefined }, setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => undefined } },
    shell: { openPath: async () => '' },
  };
});

beforeAll(async () => {
  rec.dataDir = mkdtempSync(join(tmpdir(), 'cxcase-main-restore-'));
  rec.appPath = ROOT;
  // Seven cases and the daily backup; then the database is gone (deleted, or moved aside earlier).
  const path = defaultDatabasePath(rec.dataDir);
  const r = await openStore({ path, rollingBackup: false });
  if (!r.ok) throw new Error(r.error.message);
  for (let seed = 1; seed <= 7; seed++) if (!r.store.createCaseFrom(generateCase(seed)).ok) throw new Error('case not created');
  if (!(await r.store.rollingBackup()).ok) throw new Error('no backup');
  r.store.close();
  unlinkSync(path);

  await import('../../../electron/main/index');
  rec.ready?.();
  await vi.waitFor(() => expect(rec.windows.length).toBe(1), { timeout: 10_000 });
}, 60_000);

afterAll(() => {
  (rec.appHandlers.get('window-all-closed') as (() => void) | undefined)?.();
  rmSync(rec.dataDir, { recursive: true, force: true });
});

describe('Electron: the database missing, its backups there', () => {
  it('offers the newest backup in a dialog before the window opens; restoring it brings back the 7 cases', async () => {
    const offer = rec.dialogs[0];
    expect(offer?.message).toContain('No case database was found');
    expect(offer?.buttons?.[0]).toBe('Restore the newest backup');
    expect(rec.dialogs[1]?.message).toMatch(/The automatic backup taken .* was restored/);
    const win = rec.windows[0];
    if (!win) throw new Error('no window');
    const list = rec.ipc.get('cases.list');
    const r = (await list?.({ sender: win.webContents, senderFrame: { url: 'app://cxcase/index.html' } }, { query: '' })) as { ok: boolean; data: unknown[] };
    expect(r.ok).toBe(true);
    expect(r.data).toHaveLength(7);
  });
});
