/**
 * A recording fake of the `electron` module for running the main process under Node (the Electron
 * binary cannot be had here). Test files mock `electron` with fakeElectron() and read `rec`.
 */
import { rmSync } from 'node:fs';
import { expect, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

export const rec = {
  isPackaged: false,
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
  /** Every message box shown, and the button index the fake answers with (1: usually "Cancel"/"Quit"). */
  dialogs: [] as { message: string; buttons?: string[] }[],
  messageBoxResponse: 1,
};

/** The `electron` module as main/index.ts uses it; `rec.isPackaged` is read when main starts. */
export function fakeElectron() {
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
    get isPackaged() {
      return rec.isPackaged;
    },
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
      showMessageBox: async (o: { message: string; buttons?: string[] }) => {
        rec.dialogs.push({ message: o.message, ...(o.buttons ? { buttons: o.buttons } : {}) });
        return { response: rec.messageBoxResponse };
      },
      showSaveDialog: async () => ({ canceled: true }),
      showOpenDialog: async () => (rec.openPick === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [rec.openPick] }),
    },
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
}

/** Starts the real main process against this fake (data in `rec.dataDir`) and waits for its window. */
export async function startMain(): Promise<void> {
  await import('@electron-main/index');
  rec.ready?.();
  await vi.waitFor(() => expect(rec.windows.length).toBe(1), { timeout: 10_000 });
}

/** Closes the app as the last window closing would, and removes its data folder. */
export async function stopMain(): Promise<void> {
  (rec.appHandlers.get('window-all-closed') as (() => void) | undefined)?.();
  rmSync(rec.dataDir, { recursive: true, force: true });
}
